package diag

// App layout and routing (6xxx): the URL rules, endpoints and methods of the
// files of pages/ (reference §2).
var (
	RuleMalformed      = define("E6001", "a page's path is not a valid URL rule (werkzeug's `<converter(args):name>` placeholders)")
	ConverterUnknown   = define("E6002", "a URL placeholder names a converter other than string, int, float, path, uuid or any")
	ConverterArgs      = define("E6003", "a URL converter's arguments are not the ones it takes")
	RuleDuplicate      = define("E6004", "two pages answer the same URLs")
	EndpointDuplicate  = define("E6005", "two pages have the same endpoint name")
	RuleUnsupported    = define("E6006", "a URL rule that the router cannot express (a `<path:…>` placeholder before the end, `{`, `}` or `*` in a path)")
	MethodUnknown      = define("E6007", "a `# methods=` comment names something that is not an HTTP method")
	MethodNeverCalled  = define("W6008", "a method function that the page's `# methods=` list leaves out, so it is never called")
	NotARoute          = define("I6009", "a file of pages/ that is not served: a dotfile, a partial (`_name`) or `__init__.py`")
	PageWithoutExt     = define("W6010", "a file of pages/ without an extension; it is not served (the Python reference fails to start)")
	VariableDuplicate  = define("E6011", "a URL rule uses one placeholder name twice")
	ConfigUnreadable   = define("E6012", "a configuration file (config.yml, config.<env>.yml, .env) that cannot be read or parsed")
	ConfigDevSecretKey = define("W6013", "no SECRET_KEY is configured: sessions are signed with the development default")
	MisplacedFile      = define("W6014", "a file of the app that is never served or rendered where it is (a page outside pages/, a component of an unknown kind, pages/ beside app/)")
)
