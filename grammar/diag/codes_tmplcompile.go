package diag

// Template semantics (compiler, 5xxx).
var (
	TemplateCompile     = define("E5001", "a template construct that cannot be compiled")
	UnknownFilter       = define("E5002", "a filter that the environment does not define")
	UnknownTest         = define("E5003", "a test that the environment does not define")
	ComponentPositional = define("E5004", "positional arguments to a component tag that renders an HTML element")
	BlockDefinedTwice   = define("E5005", "a block name defined twice in one template")
)
