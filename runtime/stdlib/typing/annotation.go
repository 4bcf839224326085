package typing

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/vm"
)

// String annotations ("Node", "Optional[Node]", "int | None") are
// evaluated by get_type_hints. hfc cannot run eval(); this evaluates the
// expressions that annotations are made of: names (dotted), subscripts,
// lists (Callable's parameters), | unions, None, ..., and str and int
// literals (Literal's arguments).

// annotNode is a parsed annotation expression.
type annotNode struct {
	kind  annotKind
	name  string // annotName: the dotted name; annotStr: the text
	num   int64
	left  *annotNode   // annotSubscript: the subscripted value; annotOr: the left operand
	items []*annotNode // annotSubscript: the arguments; annotList: the items; annotOr: right operand in items[0]
	tuple bool         // annotSubscript: several arguments (or a trailing comma)
}

type annotKind uint8

const (
	annotName annotKind = iota
	annotNone
	annotEllipsis
	annotStr
	annotInt
	annotSubscript
	annotList
	annotOr
)

type annotParser struct {
	s   string
	pos int
}

// parseAnnotation parses the text of a string annotation.
func parseAnnotation(s string) (*annotNode, error) {
	p := &annotParser{s: s}
	n, err := p.union()
	if err != nil {
		return nil, err
	}
	p.space()
	if p.pos != len(p.s) {
		return nil, fmt.Errorf("unexpected %q at offset %d", p.s[p.pos:], p.pos)
	}
	return n, nil
}

func (p *annotParser) space() {
	for p.pos < len(p.s) && (p.s[p.pos] == ' ' || p.s[p.pos] == '\t') {
		p.pos++
	}
}

func (p *annotParser) peek() byte {
	p.space()
	if p.pos < len(p.s) {
		return p.s[p.pos]
	}
	return 0
}

func (p *annotParser) union() (*annotNode, error) {
	left, err := p.term()
	if err != nil {
		return nil, err
	}
	for p.peek() == '|' {
		p.pos++
		right, err := p.term()
		if err != nil {
			return nil, err
		}
		left = &annotNode{kind: annotOr, left: left, items: []*annotNode{right}}
	}
	return left, nil
}

func (p *annotParser) term() (*annotNode, error) {
	n, err := p.atom()
	if err != nil {
		return nil, err
	}
	for p.peek() == '[' {
		p.pos++
		items, trailing, err := p.list(']')
		if err != nil {
			return nil, err
		}
		if len(items) == 0 {
			return nil, fmt.Errorf("empty subscript at offset %d", p.pos)
		}
		n = &annotNode{kind: annotSubscript, left: n, items: items, tuple: len(items) > 1 || trailing}
	}
	return n, nil
}

// list reads comma-separated expressions up to the closing character.
func (p *annotParser) list(closing byte) ([]*annotNode, bool, error) {
	var items []*annotNode
	trailing := false
	for {
		if p.peek() == closing {
			p.pos++
			return items, trailing, nil
		}
		n, err := p.union()
		if err != nil {
			return nil, false, err
		}
		items = append(items, n)
		trailing = false
		switch p.peek() {
		case ',':
			p.pos++
			trailing = true
		case closing:
		default:
			return nil, false, fmt.Errorf("expected ',' or %q at offset %d", closing, p.pos)
		}
	}
}

func (p *annotParser) atom() (*annotNode, error) {
	c := p.peek()
	switch {
	case c == '[':
		p.pos++
		items, _, err := p.list(']')
		if err != nil {
			return nil, err
		}
		return &annotNode{kind: annotList, items: items}, nil
	case c == '(':
		p.pos++
		n, err := p.union()
		if err != nil {
			return nil, err
		}
		if p.peek() != ')' {
			return nil, fmt.Errorf("expected ')' at offset %d", p.pos)
		}
		p.pos++
		return n, nil
	case c == '\'' || c == '"':
		end := strings.IndexByte(p.s[p.pos+1:], c)
		if end < 0 {
			return nil, fmt.Errorf("unterminated string at offset %d", p.pos)
		}
		text := p.s[p.pos+1 : p.pos+1+end]
		if strings.ContainsRune(text, '\\') {
			return nil, fmt.Errorf("escapes in string literals are not supported")
		}
		p.pos += end + 2
		return &annotNode{kind: annotStr, name: text}, nil
	case strings.HasPrefix(p.s[p.pos:], "..."):
		p.pos += 3
		return &annotNode{kind: annotEllipsis}, nil
	case c == '-' || (c >= '0' && c <= '9'):
		start := p.pos
		p.pos++
		for p.pos < len(p.s) && p.s[p.pos] >= '0' && p.s[p.pos] <= '9' {
			p.pos++
		}
		n, err := strconv.ParseInt(p.s[start:p.pos], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("bad number %q", p.s[start:p.pos])
		}
		return &annotNode{kind: annotInt, num: n}, nil
	}
	name := p.dotted()
	if name == "" {
		return nil, fmt.Errorf("expected a name at offset %d", p.pos)
	}
	if name == "None" {
		return &annotNode{kind: annotNone}, nil
	}
	return &annotNode{kind: annotName, name: name}, nil
}

// dotted reads an identifier, or identifiers joined by dots.
func (p *annotParser) dotted() string {
	start := p.pos
	for {
		i := p.pos
		for i < len(p.s) {
			r, size := utf8.DecodeRuneInString(p.s[i:])
			if r == '_' || unicode.IsLetter(r) || (i > p.pos && unicode.IsDigit(r)) {
				i += size
				continue
			}
			break
		}
		if i == p.pos {
			p.pos = start
			return ""
		}
		p.pos = i
		if p.pos < len(p.s) && p.s[p.pos] == '.' && !strings.HasPrefix(p.s[p.pos:], "...") {
			p.pos++
			continue
		}
		return p.s[start:p.pos]
	}
}

// evalAnnotation evaluates a parsed annotation; resolve looks a top-level
// name up.
func evalAnnotation(th *vm.Thread, n *annotNode, resolve func(string) (vm.Value, error)) (vm.Value, error) {
	switch n.kind {
	case annotNone:
		return vm.None, nil
	case annotEllipsis:
		return vm.Ellipsis, nil
	case annotStr:
		return vm.Str(n.name), nil
	case annotInt:
		return vm.MakeInt(n.num), nil
	case annotName:
		parts := strings.Split(n.name, ".")
		v, err := resolve(parts[0])
		if err != nil {
			return nil, err
		}
		for _, attr := range parts[1:] {
			if v, err = th.GetAttr(v, attr); err != nil {
				return nil, err
			}
		}
		return v, nil
	case annotList:
		items, err := evalItems(th, n.items, resolve)
		return vm.NewList(items), err
	case annotOr:
		a, err := evalAnnotation(th, n.left, resolve)
		if err != nil {
			return nil, err
		}
		b, err := evalAnnotation(th, n.items[0], resolve)
		if err != nil {
			return nil, err
		}
		return th.Binary(bytecode.OpOr, a, b)
	}
	base, err := evalAnnotation(th, n.left, resolve)
	if err != nil {
		return nil, err
	}
	items, err := evalItems(th, n.items, resolve)
	if err != nil {
		return nil, err
	}
	if n.tuple {
		return th.GetItem(base, vm.Tuple(items))
	}
	return th.GetItem(base, items[0])
}

func evalItems(th *vm.Thread, nodes []*annotNode, resolve func(string) (vm.Value, error)) ([]vm.Value, error) {
	out := make([]vm.Value, len(nodes))
	for i, n := range nodes {
		v, err := evalAnnotation(th, n, resolve)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}
