package vm

import (
	"github.com/hyperflask/hfc/runtime/pyfmt"
)

// The methods markupsafe 2.1 overrides on Markup: the str methods whose
// result is text come back as Markup, with their str arguments escaped.

// markupSimpleMethods are markupsafe's _simple_escaping_wrapper methods.
var markupSimpleMethods = []string{
	"__getitem__", "capitalize", "title", "lower", "upper", "replace", "ljust", "rjust", "lstrip",
	"rstrip", "center", "strip", "translate", "expandtabs", "swapcase", "zfill",
}

func init() {
	// The str methods are looked up when called: package initialisation
	// defines them after this file's init.
	for _, name := range markupSimpleMethods {
		addMethod(MarkupClass, name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			esc, err := th.escapeArgs(args)
			if err != nil {
				return nil, err
			}
			r, err := strMethodFn(name)(th, Str(self.(Markup)), esc, kwnames)
			if err != nil {
				return nil, err
			}
			return toMarkup(th, r)
		})
	}
	for _, name := range []string{"split", "rsplit", "splitlines"} {
		addMethod(MarkupClass, name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			r, err := strMethodFn(name)(th, Str(self.(Markup)), args, kwnames)
			if err != nil {
				return nil, err
			}
			l := r.(*List)
			for i, v := range l.Elems {
				l.Elems[i] = Markup(v.(Str))
			}
			return l, nil
		})
	}
	for _, name := range []string{"partition", "rpartition"} {
		addMethod(MarkupClass, name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := th.ExactArgs(name, args, kwnames, 1); err != nil {
				return nil, err
			}
			sep, err := th.Escape(args[0])
			if err != nil {
				return nil, err
			}
			r, err := strMethodFn(name)(th, Str(self.(Markup)), []Value{Str(sep)}, nil)
			if err != nil {
				return nil, err
			}
			t := r.(Tuple)
			return Tuple{Markup(t[0].(Str)), Markup(t[1].(Str)), Markup(t[2].(Str))}, nil
		})
	}
	addMethod(MarkupClass, "join", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("join", args, kwnames, 1); err != nil {
			return nil, err
		}
		items, err := th.ToSlice(args[0])
		if err != nil {
			return nil, err
		}
		esc := make([]Value, len(items))
		for i, it := range items {
			m, err := th.Escape(it)
			if err != nil {
				return nil, err
			}
			esc[i] = Str(m)
		}
		r, err := strMethodFn("join")(th, Str(self.(Markup)), []Value{NewList(esc)}, nil)
		if err != nil {
			return nil, err
		}
		return toMarkup(th, r)
	})
	addMethod(MarkupClass, "format", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		npos := len(args) - len(kwnames)
		env := &markupFormatEnv{formatEnv{th: th, args: args[:npos], kwnames: kwnames, kwvals: args[npos:]}}
		p := parseFormatCached(string(self.(Markup)))
		r, err := pyfmt.FormatParsed[Value](p.parts, p.err, env)
		if err != nil {
			return nil, fromPyfmt(err)
		}
		return Markup(r), nil
	})
	addMethod(MarkupClass, "__html__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("__html__", args, kwnames, 0); err != nil {
			return nil, err
		}
		return self, nil
	})
	addMethod(MarkupClass, "__html_format__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("__html_format__", args, kwnames, 1); err != nil {
			return nil, err
		}
		if spec, _ := args[0].(Str); spec != "" {
			return nil, th.ValueError("Unsupported format specification for Markup.")
		}
		return self, nil
	})
}

// strMethodFn returns the Go function of a method of str.
func strMethodFn(name string) MethodFunc {
	m, _ := StrClass.Dict.Get(name)
	return m.(*Method).Fn
}

// escapeArgs escapes the str and __html__ arguments of a Markup method
// (markupsafe's _escape_argspec); others pass unchanged.
func (th *Thread) escapeArgs(args []Value) ([]Value, error) {
	out := make([]Value, len(args))
	for i, a := range args {
		out[i] = a
		if _, isStr := a.(Str); isStr || IsMarkup(a) || hasHTML(a) {
			m, err := th.Escape(a)
			if err != nil {
				return nil, err
			}
			out[i] = Str(m)
		}
	}
	return out, nil
}

// hasHTML reports whether a value has an __html__ method.
func hasHTML(v Value) bool { return v.Type().Lookup("__html__") != nil }

// toMarkup wraps a str result as Markup.
func toMarkup(th *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case Str:
		return Markup(x), nil
	case Markup:
		return x, nil
	}
	s, err := th.Str(v)
	return Markup(s), err
}

// markupFormatEnv is markupsafe's EscapeFormatter: each field is escaped
// after formatting, unless it provides __html_format__ or __html__.
type markupFormatEnv struct{ formatEnv }

// Format implements pyfmt.FormatEnv.
func (e *markupFormatEnv) Format(v Value, spec string) (string, error) {
	th := e.th
	if m := v.Type().Lookup("__html_format__"); m != nil {
		r, err := th.CallValue(m, []Value{v, Str(spec)}, nil)
		if err != nil {
			return "", err
		}
		return e.escaped(r)
	}
	if m := v.Type().Lookup("__html__"); m != nil {
		if spec != "" {
			return "", th.ValueError("Format specifier %s given, but %s does not define __html_format__. A class that defines __html__ must define __html_format__ to work with format specifiers.", spec, reprNoThread(v.Type()))
		}
		r, err := th.CallValue(m, []Value{v}, nil)
		if err != nil {
			return "", err
		}
		return e.escaped(r)
	}
	s, err := e.formatEnv.Format(v, spec)
	if err != nil {
		return "", err
	}
	return e.escaped(Str(s))
}

func (e *markupFormatEnv) escaped(v Value) (string, error) {
	m, err := e.th.Escape(v)
	return string(m), err
}
