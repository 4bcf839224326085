package pyfmt

// Part is a piece of a str.format string: literal text (with "{{" and "}}"
// already unescaped), then optionally a replacement field.
type Part struct {
	Literal string
	Field   *Field
}

// Field is a replacement field {name!conversion:spec}.
type Field struct {
	Name FieldName
	// NameText is the field name as written.
	NameText string
	// Conversion is the code point after '!', or 0 for none. Only 'r',
	// 's' and 'a' are valid; any other is an error when the field is
	// evaluated (ConversionError), after the object is looked up.
	Conversion rune
	// Spec is the format spec as written.
	Spec string
	// Nested reports that Spec holds replacement fields: the spec passed to
	// format() is then SpecParts evaluated, and SpecErr (if not nil) is
	// raised after the parts are evaluated, as CPython's build_string.
	Nested    bool
	SpecParts []Part
	SpecErr   error
}

// FieldName is the field name of a replacement field: a first part that
// selects an argument, then a chain of .attr and [key] accessors.
type FieldName struct {
	// Auto means the first part is empty: the argument is the next
	// automatically numbered positional one.
	Auto bool
	// Index is the positional index when the first part is a decimal
	// number, else -1 and Key names a keyword argument.
	Index int
	Key   string
	// Err is an error in the first part, raised when the field is evaluated.
	Err error
	// Accessors are applied in order; AccessErr, if not nil, is raised
	// after them (CPython parses the chain lazily while applying it).
	Accessors []Accessor
	AccessErr error
}

// Accessor is one .attr or [key] of a field name.
type Accessor struct {
	Attr bool   // .Name when true, else [key]
	Name string // the attribute name, or the key when Index is -1
	// Index is the key of [key] when it is a decimal number (an int key,
	// used as a sequence index or a mapping key), else -1.
	Index int
}

// recursionDepth is CPython's limit on nested format specs: a spec may hold
// replacement fields, but theirs may not.
const recursionDepth = 2

// ParseFormatString splits a str.format string into parts. On a malformed
// string it returns the parts before the error with the error: CPython
// evaluates those fields before it raises, so the caller must evaluate them
// first (FormatString does).
func ParseFormatString(s string) ([]Part, error) {
	return parseFormat([]rune(s), recursionDepth)
}

func parseFormat(r []rune, depth int) ([]Part, error) {
	var parts []Part
	pos := 0
	for pos < len(r) {
		literal, field, err := nextMarkup(r, &pos, depth)
		if err != nil {
			return parts, err
		}
		if n := len(parts); n > 0 && parts[n-1].Field == nil {
			parts[n-1].Literal += literal
			parts[n-1].Field = field
		} else {
			parts = append(parts, Part{Literal: literal, Field: field})
		}
	}
	return parts, nil
}

// nextMarkup is CPython's MarkupIterator_next: literal text up to a field
// or an escaped brace, then the field if there is one.
func nextMarkup(r []rune, pos *int, depth int) (string, *Field, error) {
	start := *pos
	var c rune
	markup := false
	for *pos < len(r) {
		c = r[*pos]
		*pos++
		if c == '{' || c == '}' {
			markup = true
			break
		}
	}
	atEnd := *pos >= len(r)
	end := *pos
	if c == '}' && markup && (atEnd || r[*pos] != '}') {
		return "", nil, valueError("Single '}' encountered in format string")
	}
	if atEnd && c == '{' && markup {
		return "", nil, valueError("Single '{' encountered in format string")
	}
	if !atEnd && markup {
		if r[*pos] == c {
			*pos++
			markup = false
		} else {
			end--
		}
	}
	literal := string(r[start:end])
	if !markup {
		return literal, nil, nil
	}
	f, err := parseField(r, pos, depth)
	return literal, f, err
}

// parseField is CPython's parse_field, from just after the '{'.
func parseField(r []rune, pos *int, depth int) (*Field, error) {
	nameStart := *pos
	var c rune
scan:
	for *pos < len(r) {
		c = r[*pos]
		*pos++
		switch c {
		case '{':
			return nil, valueError("unexpected '{' in field name")
		case '[':
			for *pos < len(r) && r[*pos] != ']' {
				*pos++
			}
		case '}', ':', '!':
			break scan
		}
	}
	f := &Field{}
	nameEnd := *pos - 1
	if c == '!' || c == ':' {
		if c == '!' {
			if *pos >= len(r) {
				return nil, valueError("end of string while looking for conversion specifier")
			}
			f.Conversion = r[*pos]
			*pos++
			if *pos < len(r) {
				c = r[*pos]
				*pos++
				if c == '}' {
					f.Name, f.NameText = parseFieldName(r[nameStart:nameEnd]), string(r[nameStart:nameEnd])
					return f, nil
				}
				if c != ':' {
					return nil, valueError("expected ':' after conversion specifier")
				}
			}
		}
		specStart := *pos
		count := 1
		for *pos < len(r) {
			c = r[*pos]
			*pos++
			switch c {
			case '{':
				f.Nested = true
				count++
			case '}':
				count--
				if count == 0 {
					f.Name, f.NameText = parseFieldName(r[nameStart:nameEnd]), string(r[nameStart:nameEnd])
					spec := r[specStart : *pos-1]
					f.Spec = string(spec)
					if f.Nested {
						if depth <= 1 {
							f.SpecErr = valueError("Max string recursion exceeded")
						} else {
							f.SpecParts, f.SpecErr = parseFormat(spec, depth-1)
						}
					}
					return f, nil
				}
			}
		}
		return nil, valueError("unmatched '{' in format spec")
	}
	if c != '}' {
		return nil, valueError("expected '}' before end of string")
	}
	f.Name, f.NameText = parseFieldName(r[nameStart:nameEnd]), string(r[nameStart:nameEnd])
	return f, nil
}

// parseFieldName is CPython's field_name_split and FieldNameIterator.
func parseFieldName(r []rune) FieldName {
	i := 0
	for i < len(r) && r[i] != '.' && r[i] != '[' {
		i++
	}
	var n FieldName
	first := r[:i]
	n.Index, n.Err = fieldInteger(first)
	if n.Err != nil {
		return n
	}
	n.Auto = len(first) == 0
	if n.Index < 0 && !n.Auto {
		n.Key = string(first)
	}
	for i < len(r) {
		var a Accessor
		switch r[i] {
		case '.':
			a.Attr = true
			i++
			start := i
			for i < len(r) && r[i] != '.' && r[i] != '[' {
				i++
			}
			a.Name, a.Index = string(r[start:i]), -1
		case '[':
			i++
			start := i
			for i < len(r) && r[i] != ']' {
				i++
			}
			if i == len(r) {
				n.AccessErr = valueError("Missing ']' in format string")
				return n
			}
			key := r[start:i]
			i++
			a.Name = string(key)
			var err error
			if a.Index, err = fieldInteger(key); err != nil {
				n.AccessErr = err
				return n
			}
		default:
			n.AccessErr = valueError("Only '.' or '[' may follow ']' in format field specifier")
			return n
		}
		if a.Name == "" {
			n.AccessErr = valueError("Empty attribute in format string")
			return n
		}
		if a.Index >= 0 {
			a.Name = ""
		}
		n.Accessors = append(n.Accessors, a)
	}
	return n
}

// fieldInteger is CPython's get_integer for field names: the value of a
// non-empty run of decimal digits (any script), or -1.
func fieldInteger(r []rune) (int, error) {
	if len(r) == 0 {
		return -1, nil
	}
	v := 0
	for _, c := range r {
		d := decimalValue(c)
		if d < 0 {
			return -1, nil
		}
		if v > (maxSsize-d)/10 {
			return -1, valueError("Too many decimal digits in format string")
		}
		v = v*10 + d
	}
	return v, nil
}

// Markup is one item of CPython's _string.formatter_parser: literal text,
// then, when Field is true, a replacement field as written.
type Markup struct {
	Literal    string
	Field      bool
	Name       string // the field name
	Spec       string // the format spec, nested fields unexpanded
	Conversion rune   // 0 for none
}

// ParseMarkup splits s as _string.formatter_parser (string.Formatter.parse)
// does: unlike ParseFormatString, literal text is not joined across escaped
// braces and nested specs are left as written. On a malformed string it
// returns the items before the error with the error.
func ParseMarkup(s string) ([]Markup, error) {
	r := []rune(s)
	var out []Markup
	pos := 0
	for pos < len(r) {
		literal, f, err := nextMarkup(r, &pos, recursionDepth)
		if err != nil {
			return out, err
		}
		m := Markup{Literal: literal}
		if f != nil {
			m.Field, m.Name, m.Spec, m.Conversion = true, f.NameText, f.Spec, f.Conversion
		}
		out = append(out, m)
	}
	return out, nil
}

// ParseFieldName splits a field name as _string.formatter_field_name_split
// does: Err is raised at once, AccessErr after the accessors before it.
func ParseFieldName(s string) FieldName { return parseFieldName([]rune(s)) }
