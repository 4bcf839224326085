package pycompile

import "strings"

// mangle is CPython's _Py_Mangle: inside a class (private is its name, ""
// elsewhere), an identifier __spam that does not end with two underscores
// becomes _Class__spam, with the class name's leading underscores removed.
// Names, attributes and parameters are mangled; dotted names are not.
func mangle(private, name string) string {
	if private == "" || len(name) < 3 || name[0] != '_' || name[1] != '_' {
		return name
	}
	if strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	class := strings.TrimLeft(private, "_")
	if class == "" {
		return name
	}
	return "_" + class + name
}
