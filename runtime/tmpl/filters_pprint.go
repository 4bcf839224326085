package tmpl

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/pyfmt"
	"github.com/hyperflask/hfc/runtime/vm"
)

// The pprint filter: Python's pprint.pformat(value) (width 80, indent 1,
// dicts sorted) for dicts, lists, tuples, sets and strs, their subclasses
// that keep the built-in repr, and repr() for everything else.
func init() {
	defFilter("do_pprint(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		p := &pprinter{th: th, width: 80}
		var b strings.Builder
		if err := p.format(c.args[0], &b, 0, 0, map[int64]bool{}, 0); err != nil {
			return nil, err
		}
		return vm.Str(b.String()), nil
	}, "pprint")
}

// pprinter is the state of a PrettyPrinter (indent=1, compact=False,
// sort_dicts=True, depth=None).
type pprinter struct {
	th    *vm.Thread
	width int
}

// reprKind says which of pprint's built-in handlers a value gets: the
// class's __repr__ is the one of dict, list, tuple, set, frozenset or str.
func reprKind(v vm.Value) *vm.Class {
	t := v.Type()
	r := t.Lookup("__repr__")
	for _, c := range []*vm.Class{vm.DictClass, vm.ListClass, vm.TupleClass, vm.SetClass, vm.FrozenSetClass, vm.StrClass} {
		if !t.IsSubclass(c) {
			continue
		}
		if cr := c.Lookup("__repr__"); t == c || (r != nil && cr != nil && vm.Is(r, cr)) {
			return c
		}
		return nil
	}
	return nil
}

// recursion is pprint's _recursion.
func recursion(v vm.Value) string {
	return "<Recursion on " + v.Type().Name + " with id=" + strconv.FormatInt(vm.ID(v), 10) + ">"
}

// items returns the elements of a list, tuple or set value.
func (p *pprinter) elems(v vm.Value) ([]vm.Value, error) {
	switch x := v.(type) {
	case *vm.List:
		return x.Elems, nil
	case vm.Tuple:
		return x, nil
	case *vm.TupleSub:
		return x.Items, nil
	}
	return p.th.ToSlice(v)
}

// safeRepr is PrettyPrinter._safe_repr: repr() with dicts sorted, for one
// line.
func (p *pprinter) safeRepr(v vm.Value, context map[int64]bool, level int) (string, error) {
	switch reprKind(v) {
	case vm.DictClass:
		d := v.(*vm.Dict)
		if d.Len() == 0 {
			return "{}", nil
		}
		id := vm.ID(v)
		if context[id] {
			return recursion(v), nil
		}
		context[id] = true
		keys, vals, err := p.sortedItems(d)
		if err != nil {
			return "", err
		}
		parts := make([]string, len(keys))
		for i := range keys {
			k, err := p.safeRepr(keys[i], context, level+1)
			if err != nil {
				return "", err
			}
			val, err := p.safeRepr(vals[i], context, level+1)
			if err != nil {
				return "", err
			}
			parts[i] = k + ": " + val
		}
		delete(context, id)
		return "{" + strings.Join(parts, ", ") + "}", nil
	case vm.ListClass, vm.TupleClass:
		items, err := p.elems(v)
		if err != nil {
			return "", err
		}
		open, close := "[", "]"
		if _, isList := v.(*vm.List); !isList {
			open, close = "(", ")"
			if len(items) == 1 {
				close = ",)"
			}
		}
		if len(items) == 0 {
			return open + close, nil
		}
		id := vm.ID(v)
		if context[id] {
			return recursion(v), nil
		}
		context[id] = true
		parts := make([]string, len(items))
		for i, it := range items {
			if parts[i], err = p.safeRepr(it, context, level+1); err != nil {
				return "", err
			}
		}
		delete(context, id)
		return open + strings.Join(parts, ", ") + close, nil
	}
	return p.th.Repr(v)
}

// repr is PrettyPrinter._repr: _safe_repr with a copy of the context.
func (p *pprinter) repr(v vm.Value, context map[int64]bool, level int) (string, error) {
	c := make(map[int64]bool, len(context))
	for k := range context {
		c[k] = true
	}
	return p.safeRepr(v, c, level)
}

// format is PrettyPrinter._format.
func (p *pprinter) format(v vm.Value, b *strings.Builder, indent, allowance int, context map[int64]bool, level int) error {
	id := vm.ID(v)
	if context[id] {
		b.WriteString(recursion(v))
		return nil
	}
	rep, err := p.repr(v, context, level)
	if err != nil {
		return err
	}
	if utf8.RuneCountInString(rep) > p.width-indent-allowance {
		kind := reprKind(v)
		if kind != nil {
			context[id] = true
			var err error
			switch kind {
			case vm.DictClass:
				err = p.pprintDict(v.(*vm.Dict), b, indent, allowance, context, level+1)
			case vm.ListClass, vm.TupleClass:
				err = p.pprintSeq(v, b, indent, allowance, context, level+1)
			case vm.SetClass, vm.FrozenSetClass:
				err = p.pprintSet(v, b, indent, allowance, context, level+1)
			case vm.StrClass:
				err = p.pprintStr(strOf(v), b, indent, allowance, level+1)
			}
			delete(context, id)
			return err
		}
	}
	b.WriteString(rep)
	return nil
}

// sortedItems returns the items of d sorted by key as
// sorted(d.items(), key=_safe_tuple) orders them.
func (p *pprinter) sortedItems(d *vm.Dict) ([]vm.Value, []vm.Value, error) {
	keys := d.Keys()
	sorted, err := callBuiltin(p.th, "sorted", []vm.Value{vm.NewList(keys), safeKeyFunc}, []string{"key"})
	if err != nil {
		return nil, nil, err
	}
	keys = sorted.(*vm.List).Elems
	vals := make([]vm.Value, len(keys))
	for i, k := range keys {
		v, _, err := d.Get(p.th, k)
		if err != nil {
			return nil, nil, err
		}
		vals[i] = v
	}
	return keys, vals, nil
}

func (p *pprinter) pprintDict(d *vm.Dict, b *strings.Builder, indent, allowance int, context map[int64]bool, level int) error {
	b.WriteByte('{')
	if d.Len() > 0 {
		keys, vals, err := p.sortedItems(d)
		if err != nil {
			return err
		}
		indent++
		allowance++
		delim := ",\n" + strings.Repeat(" ", indent)
		for i, k := range keys {
			last := i == len(keys)-1
			rep, err := p.repr(k, context, level)
			if err != nil {
				return err
			}
			b.WriteString(rep)
			b.WriteString(": ")
			a := 1
			if last {
				a = allowance
			}
			if err := p.format(vals[i], b, indent+utf8.RuneCountInString(rep)+2, a, context, level); err != nil {
				return err
			}
			if !last {
				b.WriteString(delim)
			}
		}
	}
	b.WriteByte('}')
	return nil
}

func (p *pprinter) pprintSeq(v vm.Value, b *strings.Builder, indent, allowance int, context map[int64]bool, level int) error {
	items, err := p.elems(v)
	if err != nil {
		return err
	}
	open, close := "[", "]"
	if _, isList := v.(*vm.List); !isList {
		open, close = "(", ")"
		if len(items) == 1 {
			close = ",)"
		}
	}
	b.WriteString(open)
	if err := p.formatItems(items, b, indent, allowance+len(close), context, level); err != nil {
		return err
	}
	b.WriteString(close)
	return nil
}

func (p *pprinter) pprintSet(v vm.Value, b *strings.Builder, indent, allowance int, context map[int64]bool, level int) error {
	n, err := p.th.Len(v)
	if err != nil {
		return err
	}
	if n == 0 {
		r, err := p.th.Repr(v)
		b.WriteString(r)
		return err
	}
	open, close := "{", "}"
	if v.Type() != vm.SetClass {
		name := v.Type().Name
		open, close = name+"({", "})"
		indent += utf8.RuneCountInString(name) + 1
	}
	sorted, err := callBuiltin(p.th, "sorted", []vm.Value{v, safeKeyFunc}, []string{"key"})
	if err != nil {
		return err
	}
	b.WriteString(open)
	if err := p.formatItems(sorted.(*vm.List).Elems, b, indent, allowance+len(close), context, level); err != nil {
		return err
	}
	b.WriteString(close)
	return nil
}

// formatItems is PrettyPrinter._format_items (compact=False).
func (p *pprinter) formatItems(items []vm.Value, b *strings.Builder, indent, allowance int, context map[int64]bool, level int) error {
	indent++
	delimnl := ",\n" + strings.Repeat(" ", indent)
	delim := ""
	for i, it := range items {
		last := i == len(items)-1
		b.WriteString(delim)
		delim = delimnl
		a := 1
		if last {
			a = allowance
		}
		if err := p.format(it, b, indent, a, context, level); err != nil {
			return err
		}
	}
	return nil
}

// pprintStr is PrettyPrinter._pprint_str: a long str split into the reprs
// of chunks that fit, at line ends and after runs of whitespace.
func (p *pprinter) pprintStr(s string, b *strings.Builder, indent, allowance, level int) error {
	if s == "" {
		b.WriteString("''")
		return nil
	}
	lines, err := splitLinesKeep(p.th, s)
	if err != nil {
		return err
	}
	if level == 1 {
		indent++
		allowance++
	}
	maxWidth := p.width - indent
	maxWidth1 := maxWidth
	reprLen := func(s string) int { return utf8.RuneCountInString(pyfmt.StrRepr(s)) }
	var chunks []string
	var rep string
	for i, lv := range lines {
		line := strOf(lv)
		rep = pyfmt.StrRepr(line)
		if i == len(lines)-1 {
			maxWidth1 -= allowance
		}
		if utf8.RuneCountInString(rep) <= maxWidth1 {
			chunks = append(chunks, rep)
			continue
		}
		parts := wordParts(line)
		maxWidth2 := maxWidth
		current := ""
		for j, part := range parts {
			candidate := current + part
			if j == len(parts)-1 && i == len(lines)-1 {
				maxWidth2 -= allowance
			}
			if reprLen(candidate) > maxWidth2 {
				if current != "" {
					chunks = append(chunks, pyfmt.StrRepr(current))
				}
				current = part
			} else {
				current = candidate
			}
		}
		if current != "" {
			chunks = append(chunks, pyfmt.StrRepr(current))
		}
	}
	if len(chunks) == 1 {
		b.WriteString(rep)
		return nil
	}
	if level == 1 {
		b.WriteByte('(')
	}
	for i, c := range chunks {
		if i > 0 {
			b.WriteString("\n" + strings.Repeat(" ", indent))
		}
		b.WriteString(c)
	}
	if level == 1 {
		b.WriteByte(')')
	}
	return nil
}

// splitLinesKeep is str.splitlines(True).
func splitLinesKeep(th *vm.Thread, s string) ([]vm.Value, error) {
	r, err := callMethod(th, vm.Str(s), "splitlines", []vm.Value{vm.True}, nil)
	if err != nil {
		return nil, err
	}
	return th.ToSlice(r)
}

// wordParts is re.findall(r'\S*\s*', line) without its final empty match.
func wordParts(line string) []string {
	var parts []string
	for i := 0; i < len(line); {
		j := i
		for j < len(line) {
			r, n := utf8.DecodeRuneInString(line[j:])
			if pyfmt.IsSpace(r) {
				break
			}
			j += n
		}
		for j < len(line) {
			r, n := utf8.DecodeRuneInString(line[j:])
			if !pyfmt.IsSpace(r) {
				break
			}
			j += n
		}
		parts = append(parts, line[i:j])
		i = j
	}
	return parts
}

// safeKeyClass is pprint._safe_key: it orders values with <, and values
// that cannot be compared by the str of their type, then their id.
var safeKeyClass = vm.NewGoClass("_safe_key", "pprint", nil, nil)

type safeKey struct{ obj vm.Value }

// Type implements vm.Value.
func (*safeKey) Type() *vm.Class { return safeKeyClass }

// Compare implements <.
func (k *safeKey) Compare(th *vm.Thread, op bytecode.CompareOp, other vm.Value) (vm.Value, error) {
	o, ok := other.(*safeKey)
	if !ok || op != bytecode.CmpLT {
		return vm.NotImplemented, nil
	}
	r, err := th.Compare(bytecode.CmpLT, k.obj, o.obj)
	if !isExc(err, vm.TypeErrorClass) {
		return r, err
	}
	a, err := th.Str(k.obj.Type())
	if err != nil {
		return nil, err
	}
	b, err := th.Str(o.obj.Type())
	if err != nil {
		return nil, err
	}
	if a != b {
		return vm.MakeBool(a < b), nil
	}
	return vm.MakeBool(vm.ID(k.obj) < vm.ID(o.obj)), nil
}

// safeKeyFunc wraps values in _safe_key, as a key function.
var safeKeyFunc = vm.NewBuiltin("_safe_key", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	return &safeKey{obj: args[0]}, nil
})
