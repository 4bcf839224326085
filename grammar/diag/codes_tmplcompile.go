package diag

// Template semantics (compiler, 5xxx).
var (
	TemplateCompile     = define("E5001", "a template construct that cannot be compiled")
	UnknownFilter       = define("E5002", "a filter that the environment does not define")
	UnknownTest         = define("E5003", "a test that the environment does not define")
	ComponentPositional = define("E5004", "positional arguments to a component tag that renders an HTML element")
	BlockDefinedTwice   = define("E5005", "a block name defined twice in one template")
	UnknownComponent    = define("W5006", "a component tag naming no component, registry macro or macro of the template, that does not look like an HTML element (it renders as one)")
	TemplateNotFound    = define("E5007", "extends, include, import, from, use_layout or a `layout` key naming a template the app does not have")
	UndefinedVariable   = define("W5008", "a template variable that no page attribute, loop, set, macro parameter, import or global defines")
	UnknownEndpoint     = define("E5009", "url_for() naming an endpoint that no page, component or static route defines, or leaving out an argument its URL needs")
	UnknownProp         = define("W5010", "a prop that the component does not read")
	MacroArity          = define("E5011", "a macro called with more positional arguments than it takes, or with a keyword it does not take")
)
