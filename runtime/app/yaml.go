package app

import (
	"math"
	"math/big"
	"regexp"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"

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
		return vm.Str(x.Value.Value), nil
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
// do (timestamps stay strings: hfc has no date objects in templates yet).
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
	return vm.Str(s), nil
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
