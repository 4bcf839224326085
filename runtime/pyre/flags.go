package pyre

// Flags are the compile flags of Python's re module, with the same bit values.
type Flags uint32

// The flags of Python's re module.
const (
	TemplateFlag Flags = 1   // re.TEMPLATE: deprecated; repeats are then an error, as in CPython
	IgnoreCase   Flags = 2   // re.IGNORECASE
	Locale       Flags = 4   // re.LOCALE: not supported, rejected by Compile
	Multiline    Flags = 8   // re.MULTILINE
	DotAll       Flags = 16  // re.DOTALL
	Unicode      Flags = 32  // re.UNICODE: the default for str patterns
	Verbose      Flags = 64  // re.VERBOSE
	Debug        Flags = 128 // re.DEBUG: accepted; pyre prints nothing
	ASCII        Flags = 256 // re.ASCII
)

const (
	typeFlags   = ASCII | Locale | Unicode
	globalFlags = Debug | TemplateFlag
)

// flagLetter maps the letter of an inline flag to its flag.
func flagLetter(c rune) (Flags, bool) {
	switch c {
	case 'i':
		return IgnoreCase, true
	case 'L':
		return Locale, true
	case 'm':
		return Multiline, true
	case 's':
		return DotAll, true
	case 'x':
		return Verbose, true
	case 'a':
		return ASCII, true
	case 't':
		return TemplateFlag, true
	case 'u':
		return Unicode, true
	}
	return 0, false
}

// combineFlags applies the flags of a scoped group (?add-del:...).
func combineFlags(flags, add, del Flags) Flags {
	if add&typeFlags != 0 {
		flags &^= typeFlags
	}
	return (flags | add) &^ del
}
