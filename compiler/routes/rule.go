package routes

import (
	"fmt"
	"math/big"
	"regexp"
	"strconv"
	"strings"
)

// Part is a piece of a URL rule: static text (slashes included) or a
// placeholder.
type Part struct {
	Static string
	Var    *Var // nil for static text
}

// Var is a placeholder of a URL rule: `<name>`, `<conv:name>` or
// `<conv(args):name>` (werkzeug's rule syntax).
type Var struct {
	Name string
	Conv *Converter
}

// ConverterKind names one of werkzeug's default converters.
type ConverterKind string

// The converters of werkzeug 2.2 (DEFAULT_CONVERTERS); "default" is the
// string converter.
const (
	ConvString ConverterKind = "string"
	ConvInt    ConverterKind = "int"
	ConvFloat  ConverterKind = "float"
	ConvPath   ConverterKind = "path"
	ConvUUID   ConverterKind = "uuid"
	ConvAny    ConverterKind = "any"
)

// Converter is a placeholder's converter with its arguments applied, as
// werkzeug's converter classes hold them.
type Converter struct {
	Kind ConverterKind
	// string: the length bounds ({minlength,maxlength}, or {length});
	// MaxLength < 0 is unbounded.
	MinLength, MaxLength, Length int
	// int and float: FixedDigits (int only), the bounds and whether a "-"
	// sign is accepted.
	FixedDigits int
	Min, Max    *big.Float
	Signed      bool
	// any: the accepted values, in the rule's order.
	Items []string
}

// Regex returns the regular expression (Go syntax) that the converter's
// text matches, werkzeug's `regex` attribute.
func (c *Converter) Regex() string {
	switch c.Kind {
	case ConvInt:
		return c.sign() + `[0-9]+`
	case ConvFloat:
		return c.sign() + `[0-9]+\.[0-9]+`
	case ConvPath:
		return `[^/].*?`
	case ConvUUID:
		return `[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}`
	case ConvAny:
		quoted := make([]string, len(c.Items))
		for i, it := range c.Items {
			quoted[i] = regexp.QuoteMeta(it)
		}
		return `(?:` + strings.Join(quoted, "|") + `)`
	}
	if c.Length > 0 {
		return fmt.Sprintf(`[^/]{%d}`, c.Length)
	}
	if c.MaxLength < 0 {
		return fmt.Sprintf(`[^/]{%d,}`, c.MinLength)
	}
	return fmt.Sprintf(`[^/]{%d,%d}`, c.MinLength, c.MaxLength)
}

func (c *Converter) sign() string {
	if c.Signed {
		return "-?"
	}
	return ""
}

// IsDefault reports whether the converter is the plain string converter
// (any non-empty text without "/").
func (c *Converter) IsDefault() bool {
	return c.Kind == ConvString && c.Length == 0 && c.MinLength == 1 && c.MaxLength < 0
}

// Accepts reports whether text that the converter's regex matched passes
// its to_python checks (werkzeug raises ValidationError otherwise): the
// number of digits and the bounds of numbers.
func (c *Converter) Accepts(s string) bool {
	switch c.Kind {
	case ConvInt, ConvFloat:
		if c.FixedDigits > 0 && len(s) != c.FixedDigits {
			return false
		}
		if c.Min == nil && c.Max == nil {
			return true
		}
		v, _, err := big.ParseFloat(s, 10, 256, big.ToNearestEven)
		if err != nil {
			return false
		}
		return (c.Min == nil || v.Cmp(c.Min) >= 0) && (c.Max == nil || v.Cmp(c.Max) <= 0)
	case ConvPath:
		return s != "" && s[0] != '/'
	}
	return true
}

// Weight orders converters as werkzeug does: a lower weight is tried first.
func (c *Converter) Weight() int {
	switch c.Kind {
	case ConvInt, ConvFloat:
		return 50
	case ConvPath:
		return 200
	}
	return 100
}

// partRe is werkzeug's _part_re: a slash, static text, or a placeholder.
var partRe = regexp.MustCompile(`^(?:(/)|([^</]+)|<(?:([a-zA-Z_][a-zA-Z0-9_]*)(?:\((.*?)\))?:)?([a-zA-Z_][a-zA-Z0-9_]*)>)`)

// ruleError is a problem with a rule, reported against the page's file.
type ruleError struct {
	code    string // "malformed", "converter", "args", "duplicate-var"
	message string
}

func (e *ruleError) Error() string { return e.message }

// ParseRule splits a werkzeug URL rule into its parts and builds each
// placeholder's converter, as werkzeug's Rule._parse_rule does.
func ParseRule(rule string) ([]Part, error) {
	var parts []Part
	seen := map[string]bool{}
	addStatic := func(s string) {
		if n := len(parts); n > 0 && parts[n-1].Var == nil {
			parts[n-1].Static += s
			return
		}
		parts = append(parts, Part{Static: s})
	}
	for pos := 0; pos < len(rule); {
		m := partRe.FindStringSubmatchIndex(rule[pos:])
		if m == nil {
			return nil, &ruleError{"malformed", fmt.Sprintf("malformed URL rule %q at %q; expected a placeholder such as <name> or <int:name>", rule, rule[pos:])}
		}
		group := func(i int) (string, bool) {
			if m[2*i] < 0 {
				return "", false
			}
			return rule[pos+m[2*i] : pos+m[2*i+1]], true
		}
		if s, ok := group(1); ok {
			addStatic(s)
		} else if s, ok := group(2); ok {
			addStatic(s)
		} else {
			name, _ := group(5)
			convName, _ := group(3)
			args, hasArgs := group(4)
			if seen[name] {
				return nil, &ruleError{"duplicate-var", fmt.Sprintf("the placeholder name %q is used twice in the URL rule %q", name, rule)}
			}
			seen[name] = true
			conv, err := newConverter(convName, args, hasArgs)
			if err != nil {
				return nil, err
			}
			parts = append(parts, Part{Var: &Var{Name: name, Conv: conv}})
		}
		pos += m[1]
	}
	return parts, nil
}

// literal is a converter argument as werkzeug's _pythonize reads it.
type literal struct {
	kind string // "none", "bool", "int", "float", "str"
	s    string
	i    *big.Int
	f    float64
	b    bool
}

func (l literal) String() string {
	switch l.kind {
	case "none":
		return "None"
	case "bool":
		if l.b {
			return "True"
		}
		return "False"
	case "int":
		return l.i.String()
	case "float":
		return strconv.FormatFloat(l.f, 'g', -1, 64)
	}
	return strconv.Quote(l.s)
}

// argRe is werkzeug's _converter_args_re (each item ends with a comma).
var argRe = regexp.MustCompile(`((\w+)\s*=\s*)?(True|False|\d+.\d+|\d+.|\d+|[\w\d_.]+|[urUR]?("[^"]*?"|'[^']*'))\s*,`)

// parseArgs is werkzeug's parse_converter_args.
func parseArgs(s string) (pos []literal, kw map[string]literal, names []string) {
	kw = map[string]literal{}
	for _, m := range argRe.FindAllStringSubmatch(s+",", -1) {
		v := m[3]
		if m[4] != "" {
			v = m[4]
		}
		lit := pythonize(v)
		if m[2] == "" {
			pos = append(pos, lit)
		} else {
			if _, dup := kw[m[2]]; !dup {
				names = append(names, m[2])
			}
			kw[m[2]] = lit
		}
	}
	return pos, kw, names
}

// intLiteral is what Python's int() accepts among the argument texts.
var intLiteral = regexp.MustCompile(`^[0-9]+(_[0-9]+)*$`)

// pythonize is werkzeug's _pythonize: None, True, False, an int, a float,
// else a string (its quotes removed).
func pythonize(v string) literal {
	switch v {
	case "None":
		return literal{kind: "none"}
	case "True":
		return literal{kind: "bool", b: true}
	case "False":
		return literal{kind: "bool"}
	}
	if intLiteral.MatchString(v) {
		i, _ := new(big.Int).SetString(strings.ReplaceAll(v, "_", ""), 10)
		return literal{kind: "int", i: i}
	}
	if f, err := strconv.ParseFloat(v, 64); err == nil && !strings.ContainsAny(v, "xXpP_") {
		return literal{kind: "float", f: f}
	}
	if len(v) >= 2 && v[0] == v[len(v)-1] && (v[0] == '"' || v[0] == '\'') {
		v = v[1 : len(v)-1]
	}
	return literal{kind: "str", s: v}
}

// params binds converter arguments to a signature, as Python binds a call
// to the converter's __init__.
func params(conv string, pos []literal, kw map[string]literal, kwOrder []string, names ...string) (map[string]literal, error) {
	out := map[string]literal{}
	if len(pos) > len(names) {
		return nil, &ruleError{"args", fmt.Sprintf("the %s converter takes at most %d arguments (%d given)", conv, len(names), len(pos))}
	}
	for i, v := range pos {
		out[names[i]] = v
	}
	for _, k := range kwOrder {
		known := false
		for _, n := range names {
			known = known || n == k
		}
		if !known {
			return nil, &ruleError{"args", fmt.Sprintf("the %s converter has no argument %q; expected one of %s", conv, k, strings.Join(names, ", "))}
		}
		if _, dup := out[k]; dup {
			return nil, &ruleError{"args", fmt.Sprintf("the %s converter got two values for the argument %q", conv, k)}
		}
		out[k] = kw[k]
	}
	return out, nil
}

func intArg(conv, name string, l literal, def int) (int, error) {
	switch l.kind {
	case "":
		return def, nil
	case "int":
		if l.i.IsInt64() && l.i.Int64() >= 0 && l.i.Int64() < 1<<20 {
			return int(l.i.Int64()), nil
		}
	case "bool":
		if l.b {
			return 1, nil
		}
		return 0, nil
	}
	return 0, &ruleError{"args", fmt.Sprintf("the %s converter's %s must be a small non-negative integer, not %s", conv, name, l)}
}

func numArg(conv, name string, l literal) (*big.Float, error) {
	switch l.kind {
	case "", "none":
		return nil, nil
	case "int":
		return new(big.Float).SetPrec(256).SetInt(l.i), nil
	case "float":
		return new(big.Float).SetPrec(256).SetFloat64(l.f), nil
	}
	return nil, &ruleError{"args", fmt.Sprintf("the %s converter's %s must be a number, not %s", conv, name, l)}
}

func truthy(l literal) bool {
	switch l.kind {
	case "bool":
		return l.b
	case "int":
		return l.i.Sign() != 0
	case "float":
		return l.f != 0
	case "str":
		return l.s != ""
	}
	return false
}

// newConverter builds the converter named conv ("" for the default) with
// the argument text args.
func newConverter(conv, args string, hasArgs bool) (*Converter, error) {
	pos, kw, kwOrder := parseArgs(args)
	if hasArgs && strings.TrimSpace(args) != "" && len(pos)+len(kw) == 0 {
		return nil, &ruleError{"args", fmt.Sprintf("cannot read the converter arguments %q; expected values such as 2, 'a' or name=3 separated by commas", args)}
	}
	switch conv {
	case "", "default", "string":
		p, err := params("string", pos, kw, kwOrder, "minlength", "maxlength", "length")
		if err != nil {
			return nil, err
		}
		c := &Converter{Kind: ConvString, MaxLength: -1}
		if c.MinLength, err = intArg("string", "minlength", p["minlength"], 1); err != nil {
			return nil, err
		}
		if l := p["maxlength"]; l.kind != "" && l.kind != "none" {
			if c.MaxLength, err = intArg("string", "maxlength", l, -1); err != nil {
				return nil, err
			}
		}
		if l := p["length"]; l.kind != "" && l.kind != "none" {
			if c.Length, err = intArg("string", "length", l, 0); err != nil {
				return nil, err
			}
			if c.Length == 0 {
				return nil, &ruleError{"args", "the string converter's length must be at least 1"}
			}
		}
		return c, nil
	case "int", "float":
		names := []string{"fixed_digits", "min", "max", "signed"}
		if conv == "float" {
			names = names[1:]
		}
		p, err := params(conv, pos, kw, kwOrder, names...)
		if err != nil {
			return nil, err
		}
		c := &Converter{Kind: ConverterKind(conv), Signed: truthy(p["signed"])}
		if c.FixedDigits, err = intArg(conv, "fixed_digits", p["fixed_digits"], 0); err != nil {
			return nil, err
		}
		if c.Min, err = numArg(conv, "min", p["min"]); err != nil {
			return nil, err
		}
		if c.Max, err = numArg(conv, "max", p["max"]); err != nil {
			return nil, err
		}
		return c, nil
	case "path", "uuid":
		// BaseConverter takes and ignores any arguments.
		return &Converter{Kind: ConverterKind(conv)}, nil
	case "any":
		if len(kw) > 0 {
			return nil, &ruleError{"args", fmt.Sprintf("the any converter takes its values as positional arguments, not %s=", kwOrder[0])}
		}
		if len(pos) == 0 {
			return nil, &ruleError{"args", "the any converter needs at least one value: <any(a, b):name>"}
		}
		c := &Converter{Kind: ConvAny}
		for _, l := range pos {
			if l.kind == "str" {
				c.Items = append(c.Items, l.s)
			} else {
				c.Items = append(c.Items, l.String())
			}
		}
		return c, nil
	}
	return nil, &ruleError{"converter", fmt.Sprintf("unknown converter %q; expected string, int, float, path, uuid or any", conv)}
}
