package pyfmt

import "strings"

// FormatEnv is what FormatString needs from the VM to evaluate replacement
// fields on values of type V. Errors returned by its methods are returned
// by FormatString unchanged.
type FormatEnv[V any] interface {
	// Arg returns positional argument i. With no such argument it returns
	// ArgIndexError(i) for str.format, PositionalFieldsError() for
	// str.format_map.
	Arg(i int) (V, error)
	// Kwarg returns the keyword argument (or the format_map mapping's
	// item) name, or the VM's KeyError.
	Kwarg(name string) (V, error)
	// Attr returns getattr(v, name).
	Attr(v V, name string) (V, error)
	// Item returns v[index] when index >= 0 (CPython uses the sequence
	// protocol when v is a sequence, else v[int]), else v[key].
	Item(v V, index int, key string) (V, error)
	// Convert applies the conversion 'r' (repr), 's' (str) or 'a' (ascii).
	Convert(v V, conversion rune) (V, error)
	// Format returns format(v, spec).
	Format(v V, spec string) (string, error)
}

// ArgIndexError is str.format's IndexError for a missing positional argument.
func ArgIndexError(i int) error {
	return errorf(IndexError, "Replacement index %d out of range for positional args tuple", i)
}

// PositionalFieldsError is str.format_map's ValueError for a positional field.
func PositionalFieldsError() error {
	return valueError("Format string contains positional fields")
}

// FormatString returns format.format(...) (or format_map), evaluating the
// fields through env in CPython's order, so that errors surface exactly
// where CPython raises them.
func FormatString[V any](format string, env FormatEnv[V]) (string, error) {
	parts, err := ParseFormatString(format)
	return FormatParsed(parts, err, env)
}

// FormatParsed is FormatString on the result of ParseFormatString (parts
// and the parse error), which a caller may cache: evaluation does not
// modify the parts.
func FormatParsed[V any](parts []Part, perr error, env FormatEnv[V]) (string, error) {
	var b strings.Builder
	var an autoNumber
	if err := render(parts, perr, env, &an, &b); err != nil {
		return "", err
	}
	return b.String(), nil
}

// render writes parts and then returns perr, the error that ended them.
func render[V any](parts []Part, perr error, env FormatEnv[V], an *autoNumber, b *strings.Builder) error {
	for i := range parts {
		b.WriteString(parts[i].Literal)
		if f := parts[i].Field; f != nil {
			if err := renderField(f, env, an, b); err != nil {
				return err
			}
		}
	}
	return perr
}

func renderField[V any](f *Field, env FormatEnv[V], an *autoNumber, b *strings.Builder) error {
	v, err := lookupField(&f.Name, env, an)
	if err != nil {
		return err
	}
	if f.Conversion != 0 {
		switch c := f.Conversion; c {
		case 'r', 's', 'a':
			if v, err = env.Convert(v, c); err != nil {
				return err
			}
		default:
			if c > 32 && c < 127 {
				return errorf(ValueError, "Unknown conversion specifier %c", c)
			}
			return errorf(ValueError, "Unknown conversion specifier %s", hexEscape(c))
		}
	}
	spec := f.Spec
	if f.Nested {
		var sb strings.Builder
		if err := render(f.SpecParts, f.SpecErr, env, an, &sb); err != nil {
			return err
		}
		spec = sb.String()
	}
	s, err := env.Format(v, spec)
	if err != nil {
		return err
	}
	b.WriteString(s)
	return nil
}

// lookupField is CPython's get_field_object.
func lookupField[V any](n *FieldName, env FormatEnv[V], an *autoNumber) (V, error) {
	var v V
	if n.Err != nil {
		return v, n.Err
	}
	index, err := an.number(n)
	if err != nil {
		return v, err
	}
	if index >= 0 {
		v, err = env.Arg(index)
	} else {
		v, err = env.Kwarg(n.Key)
	}
	if err != nil {
		return v, err
	}
	for _, a := range n.Accessors {
		if a.Attr {
			v, err = env.Attr(v, a.Name)
		} else {
			v, err = env.Item(v, a.Index, a.Name)
		}
		if err != nil {
			return v, err
		}
	}
	return v, n.AccessErr
}

// autoNumber is CPython's AutoNumber: whether fields are numbered
// automatically ("{}") or manually ("{0}"), which may not be mixed.
type autoNumber struct {
	state int // 0 before any numeric field, then autoState or manualState
	next  int
}

const (
	autoState = 1 + iota
	manualState
)

// number returns the positional index of a field, or -1 for a keyword.
func (an *autoNumber) number(n *FieldName) (int, error) {
	if !n.Auto && n.Index < 0 {
		return -1, nil
	}
	if an.state == 0 {
		an.state = manualState
		if n.Auto {
			an.state = autoState
		}
	}
	switch {
	case an.state == manualState && n.Auto:
		return 0, valueError("cannot switch from manual field specification to automatic field numbering")
	case an.state == autoState && !n.Auto:
		return 0, valueError("cannot switch from automatic field numbering to manual field specification")
	case n.Auto:
		an.next++
		return an.next - 1, nil
	}
	return n.Index, nil
}
