package app

import (
	"math"
	"math/big"
	"regexp"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"

	"github.com/hyperflask/hfc/grammar/yamlfm"
	"github.com/hyperflask/hfc/runtime/stdlib/datetime"
	"github.com/hyperflask/hfc/runtime/vm"
)

// yamlValue converts a YAML node to Python values as PyYAML's safe loader
// does: plain scalars are resolved with YAML 1.1's rules (yes/no/on/off
// are booleans, 010 is octal, 1e3 is a string), quoted ones are strings.
type yamlConverter struct {
	th      *vm.Thread
	anchors map[string]vm.Value
}

func (c *yamlConverter) value(n ast.Node) (vm.Value, error) {
	switch x := n.(type) {
	case nil:
		return vm.None, nil
	case *ast.MappingNode:
		d := vm.NewDict(len(x.Values))
		for _, mv := range x.Values {
			if err := c.pair(d, mv); err != nil {
				return nil, err
			}
		}
		return d, nil
	case *ast.MappingValueNode:
		d := vm.NewDict(1)
		return d, c.pair(d, x)
	case *ast.SequenceNode:
		items := make([]vm.Value, len(x.Values))
		for i, v := range x.Values {
			var err error
			if items[i], err = c.value(v); err != nil {
				return nil, err
			}
		}
		return vm.NewList(items), nil
	case *ast.AnchorNode:
		v, err := c.value(x.Value)
		if err != nil {
			return nil, err
		}
		if c.anchors == nil {
			c.anchors = map[string]vm.Value{}
		}
		c.anchors[x.Name.String()] = v
		return v, nil
	case *ast.AliasNode:
		if v, ok := c.anchors[x.Value.String()]; ok {
			return v, nil
		}
		return nil, c.th.Raise(vm.ValueErrorClass, "found undefined alias %s", x.Value.String())
	case *ast.TagNode:
		return c.tagged(x)
	case *ast.LiteralNode:
		v := x.Value.Value
		if strings.HasPrefix(x.Start.Value, ">") && !strings.HasSuffix(v, "\n") {
			// goccy/go-yaml leaves a folded scalar that ends the text
			// without a line break unfolded.
			v = foldLines(v)
		}
		return vm.Str(v), nil
	case *ast.StringNode:
		if quoted(x.Token) {
			return vm.Str(x.Value), nil
		}
		return c.plain(x.Token.Value)
	case *ast.CommentNode, *ast.CommentGroupNode:
		return vm.None, nil
	}
	tok := n.GetToken()
	if tok == nil {
		return vm.None, nil
	}
	if quoted(tok) {
		return vm.Str(tok.Value), nil
	}
	return c.plain(tok.Value)
}

func quoted(t *token.Token) bool {
	return t != nil && (t.Type == token.SingleQuoteType || t.Type == token.DoubleQuoteType)
}

func (c *yamlConverter) pair(d *vm.Dict, mv *ast.MappingValueNode) error {
	k, err := c.value(mv.Key)
	if err != nil {
		return err
	}
	v, err := c.value(mv.Value)
	if err != nil {
		return err
	}
	return d.SetItem(c.th, k, v)
}

// tagged handles the standard tags the safe loader knows.
func (c *yamlConverter) tagged(n *ast.TagNode) (vm.Value, error) {
	tag := n.Start.Value
	switch tag {
	case "!!str":
		if tok := n.Value.GetToken(); tok != nil {
			return vm.Str(tok.Value), nil
		}
		return vm.Str(""), nil
	case "!!int", "!!float", "!!bool", "!!null":
		tok := n.Value.GetToken()
		if tok == nil {
			return vm.None, nil
		}
		return c.plain(tok.Value)
	case "!!seq", "!!map":
		return c.value(n.Value)
	}
	return nil, c.th.Raise(vm.ValueErrorClass, "could not determine a constructor for the tag '%s'", tag)
}

var (
	yamlBool  = regexp.MustCompile(`^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$`)
	yamlFloat = regexp.MustCompile(`^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$`)
	yamlInt   = regexp.MustCompile(`^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$`)
	yamlNull  = regexp.MustCompile(`^(?:~|null|Null|NULL|)$`)
)

// plain resolves a plain scalar as PyYAML's Resolver and SafeConstructor
// do.
func (c *yamlConverter) plain(s string) (vm.Value, error) {
	switch {
	case yamlNull.MatchString(s):
		return vm.None, nil
	case yamlBool.MatchString(s):
		switch strings.ToLower(s) {
		case "yes", "true", "on":
			return vm.True, nil
		}
		return vm.False, nil
	case yamlInt.MatchString(s):
		return yamlIntValue(s), nil
	case yamlFloat.MatchString(s):
		return yamlFloatValue(s), nil
	}
	if m := yamlTimestamp.FindStringSubmatch(s); m != nil {
		return c.timestamp(m)
	}
	return vm.Str(s), nil
}

var yamlTimestamp = regexp.MustCompile(`^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:(?:[Tt]|[ \t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?)?$`)

// timestamp is SafeConstructor.construct_yaml_timestamp: a date, or a
// datetime (aware when the text has a time zone). A date must have two
// digits for the month and day.
func (c *yamlConverter) timestamp(m []string) (vm.Value, error) {
	datetime.Ready()
	atoi := func(s string) vm.Value {
		n, _ := strconv.Atoi(s)
		return vm.MakeInt(int64(n))
	}
	if m[4] == "" {
		if len(m[2]) != 2 || len(m[3]) != 2 {
			return vm.Str(m[0]), nil
		}
		return c.th.CallValue(datetime.DateClass, []vm.Value{atoi(m[1]), atoi(m[2]), atoi(m[3])}, nil)
	}
	frac := m[7]
	if len(frac) > 6 {
		frac = frac[:6]
	}
	for len(frac) < 6 {
		frac += "0"
	}
	args := []vm.Value{atoi(m[1]), atoi(m[2]), atoi(m[3]), atoi(m[4]), atoi(m[5]), atoi(m[6]), atoi(frac)}
	var kw []string
	switch {
	case m[9] != "":
		minutes := 0
		if m[11] != "" {
			minutes, _ = strconv.Atoi(m[11])
		}
		hours, _ := strconv.Atoi(m[10])
		offset := hours*60 + minutes
		if m[9] == "-" {
			offset = -offset
		}
		delta, err := c.th.CallValue(datetime.TimedeltaClass, []vm.Value{vm.MakeInt(int64(offset))}, []string{"minutes"})
		if err != nil {
			return nil, err
		}
		tz, err := c.th.CallValue(datetime.TimezoneClass, []vm.Value{delta}, nil)
		if err != nil {
			return nil, err
		}
		args, kw = append(args, tz), []string{"tzinfo"}
	case m[8] == "Z":
		utc, err := c.th.GetAttr(datetime.TimezoneClass, "utc")
		if err != nil {
			return nil, err
		}
		args, kw = append(args, utc), []string{"tzinfo"}
	}
	return c.th.CallValue(datetime.DateTimeClass, args, kw)
}

// foldLines folds the lines of a folded block scalar (YAML §8.1.3): a line
// break between two text lines becomes a space, each empty line a line
// break, and breaks around more-indented lines are kept.
func foldLines(s string) string {
	lines := strings.Split(s, "\n")
	var b strings.Builder
	b.WriteString(lines[0])
	for i := 1; i < len(lines); i++ {
		cur, prev := lines[i], lines[i-1]
		switch {
		case cur == "":
			b.WriteByte('\n')
		case moreIndented(cur) || moreIndented(prev):
			b.WriteByte('\n')
			b.WriteString(cur)
		case prev == "":
			b.WriteString(cur)
		default:
			b.WriteByte(' ')
			b.WriteString(cur)
		}
	}
	return b.String()
}

func moreIndented(line string) bool {
	return line != "" && (line[0] == ' ' || line[0] == '\t')
}

// yamlIntValue is SafeConstructor.construct_yaml_int.
func yamlIntValue(s string) vm.Value {
	s = strings.ReplaceAll(s, "_", "")
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	if s[0] == '-' || s[0] == '+' {
		s = s[1:]
	}
	n := new(big.Int)
	switch {
	case s == "0":
	case strings.HasPrefix(s, "0b"):
		n.SetString(s[2:], 2)
	case strings.HasPrefix(s, "0x"):
		n.SetString(s[2:], 16)
	case s[0] == '0':
		n.SetString(s, 8)
	case strings.Contains(s, ":"):
		base := big.NewInt(1)
		parts := strings.Split(s, ":")
		for i := len(parts) - 1; i >= 0; i-- {
			d, _ := strconv.ParseInt(parts[i], 10, 64)
			n.Add(n, new(big.Int).Mul(big.NewInt(d), base))
			base.Mul(base, big.NewInt(60))
		}
	default:
		n.SetString(s, 10)
	}
	if sign < 0 {
		n.Neg(n)
	}
	if n.IsInt64() {
		return vm.MakeInt(n.Int64())
	}
	return vm.MakeBigInt(n)
}

// yamlFloatValue is SafeConstructor.construct_yaml_float.
func yamlFloatValue(s string) vm.Value {
	s = strings.ToLower(strings.ReplaceAll(s, "_", ""))
	sign := 1.0
	if s[0] == '-' {
		sign = -1
	}
	if s[0] == '-' || s[0] == '+' {
		s = s[1:]
	}
	switch {
	case s == ".inf":
		return vm.Float(sign * math.Inf(1))
	case s == ".nan":
		return vm.Float(math.NaN())
	case strings.Contains(s, ":"):
		parts := strings.Split(s, ":")
		v, base := 0.0, 1.0
		for i := len(parts) - 1; i >= 0; i-- {
			d, _ := strconv.ParseFloat(parts[i], 64)
			v += d * base
			base *= 60
		}
		return vm.Float(sign * v)
	}
	f, _ := strconv.ParseFloat(s, 64)
	return vm.Float(sign * f)
}

// YAMLValue converts a parsed YAML document to Python values as PyYAML's
// safe loader does (None for an empty document).
func YAMLValue(th *vm.Thread, doc *yamlfm.Doc) (vm.Value, error) {
	c := &yamlConverter{th: th}
	return c.value(doc.Body)
}
