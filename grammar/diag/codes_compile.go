package diag

// Python names and the supported subset (compiler, 4xxx).
var (
	UndefinedName        = define("E4001", "a name that no assignment, import, parameter or builtin defines")
	ReturnOutsideFunc    = define("E4002", "`return` outside a function")
	YieldOutsideFunc     = define("E4003", "`yield` outside a function")
	BreakOutsideLoop     = define("E4004", "`break` outside a loop")
	ContinueOutsideLoop  = define("E4005", "`continue` outside a loop")
	NonlocalError        = define("E4006", "a `nonlocal` declaration that names no variable of an enclosing function")
	GlobalAfterUse       = define("E4007", "a name used or assigned before its `global` or `nonlocal` declaration")
	ParamGlobal          = define("E4008", "a parameter declared `global` or `nonlocal`")
	ShadowInjected       = define("W4009", "an assignment that shadows a name the runtime injects into pages (page, request, …)")
	Unsupported          = define("E4010", "a construct that hfc parses but does not run (async, match, except*, metaclasses, multiple inheritance, complex numbers)")
	UnsupportedBuiltin   = define("E4011", "a builtin that hfc does not provide (eval, exec, open, input, …)")
	DuplicateArgument    = define("E4012", "a parameter name used twice in one definition")
	YieldInComprehension = define("E4013", "`yield` inside a comprehension")
	AssignToDebug        = define("E4014", "an assignment to a name that cannot be assigned (__debug__)")
)
