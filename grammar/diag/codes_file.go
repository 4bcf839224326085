package diag

// Files, frontmatter splitting and YAML frontmatter (1xxx).
var (
	FileUnreadable     = define("E1001", "the file cannot be read")
	FileNotUTF8        = define("E1002", "the file is not valid UTF-8")
	FenceCRLF          = define("W1001", "a frontmatter fence ends with CRLF; the Python reference sees no frontmatter")
	FenceBOM           = define("W1002", "a byte order mark precedes the opening frontmatter fence; the Python reference sees no frontmatter")
	FenceTrailing      = define("W1003", "a frontmatter fence has trailing whitespace; the Python reference does not recognise it")
	FenceAtEOF         = define("W1004", "the closing frontmatter fence ends the file without a newline; the Python reference does not recognise it")
	FenceInString      = define("W1005", "a `---` line inside a Python string; the Python reference ends the frontmatter there")
	FrontmatterEmpty   = define("W1006", "empty frontmatter `---` `---`; the Python reference reads it as unclosed")
	FrontmatterOpen    = define("W1007", "the frontmatter has no closing `---` line; the whole file is frontmatter")
	YAMLSyntax         = define("E1010", "the YAML frontmatter does not parse")
	YAMLNotMapping     = define("E1011", "the YAML frontmatter is not a mapping of keys to values")
	FrontmatterIgnored = define("W1012", "frontmatter that this kind of file ignores")
)
