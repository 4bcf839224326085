package diag

// Template semantics (compiler, 5xxx).
var (
	TemplateCompile     = define("E5001", "a template construct that cannot be compiled")
	UnknownFilter       = define("E5002", "a filter that the environment does not define")
	UnknownTest         = define("E5003", "a test that the environment does not define")
	ComponentPositional = define("E5004", "positional arguments to a component tag that renders an HTML element")
	BlockDefinedTwice   = define("E5005", "a block name defined twice in one template")
	UnknownComponent    = define("W5006", "a component tag naming no component, registry macro or macro of the template, that does not look like an HTML element (it renders as one) (hfls)")
	TemplateNotFound    = define("E5007", "extends, include, import, from or use_layout naming a template the app does not have (hfls)")
)
