package pycompile

import (
	"fmt"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/grammar/python"
)

func (c *compiler) exprs(es []python.Expr) error {
	for _, e := range es {
		if err := c.expr(e); err != nil {
			return err
		}
	}
	return nil
}

// constValue converts a literal to a constant of the code object.
func constValue(v python.Value) (bytecode.Const, error) {
	switch x := v.(type) {
	case python.NoneType:
		return nil, nil
	case python.Bool:
		return bool(x), nil
	case python.EllipsisType:
		return bytecode.Ellipsis, nil
	case python.Int:
		if i, ok := x.Int64(); ok {
			return i, nil
		}
		return x.Big(), nil
	case python.Float:
		return float64(x), nil
	case python.Str:
		return string(x), nil
	case python.Bytes:
		return bytecode.Bytes(x), nil
	}
	return nil, fmt.Errorf("constant %v of type %T is not supported", v, v)
}

func (c *compiler) expr(e python.Expr) error {
	prev := c.setPos(e.Span())
	defer c.b.SetPos(prev)
	switch n := e.(type) {
	case *python.Constant:
		k, err := constValue(n.Value)
		if err != nil {
			return fmt.Errorf("%s: %v", n.Loc.Start, err)
		}
		c.loadConst(k)
	case *python.Name:
		c.nameOp(n.ID, python.Load)
	case *python.BinOp:
		if err := c.expr(n.Left); err != nil {
			return err
		}
		if err := c.expr(n.Right); err != nil {
			return err
		}
		c.emit(bytecode.BINARY_OP, int(binaryOps[n.Op]))
	case *python.UnaryOp:
		if k, ok := foldUnary(n); ok {
			c.loadConst(k)
			return nil
		}
		if err := c.expr(n.Operand); err != nil {
			return err
		}
		switch n.Op {
		case python.Not:
			c.emit(bytecode.UNARY_NOT, 0)
		case python.USub:
			c.emit(bytecode.UNARY_NEGATIVE, 0)
		case python.UAdd:
			c.emit(bytecode.UNARY_POSITIVE, 0)
		case python.Invert:
			c.emit(bytecode.UNARY_INVERT, 0)
		}
	case *python.BoolOp:
		end := c.b.NewLabel()
		op := bytecode.JUMP_IF_FALSE_OR_POP
		if n.Op == python.Or {
			op = bytecode.JUMP_IF_TRUE_OR_POP
		}
		for i, v := range n.Values {
			if err := c.expr(v); err != nil {
				return err
			}
			if i < len(n.Values)-1 {
				c.setPos(n.Loc)
				c.b.EmitJump(op, end)
			}
		}
		c.b.Bind(end)
	case *python.Compare:
		return c.compare(n)
	case *python.IfExp:
		orelse, end := c.b.NewLabel(), c.b.NewLabel()
		if err := c.jumpIf(n.Test, false, orelse); err != nil {
			return err
		}
		if err := c.expr(n.Body); err != nil {
			return err
		}
		c.b.EmitJump(bytecode.JUMP, end)
		c.b.Bind(orelse)
		if err := c.expr(n.Orelse); err != nil {
			return err
		}
		c.b.Bind(end)
	case *python.Call:
		return c.call(n)
	case *python.Attribute:
		if err := c.expr(n.Value); err != nil {
			return err
		}
		c.setPos(n.Loc)
		c.emit(bytecode.LOAD_ATTR, c.attrName(n.Attr))
	case *python.Subscript:
		if err := c.expr(n.Value); err != nil {
			return err
		}
		if err := c.expr(n.Slice); err != nil {
			return err
		}
		c.setPos(n.Loc)
		c.emit(bytecode.BINARY_SUBSCR, 0)
	case *python.Slice:
		n2 := 2
		for _, p := range []python.Expr{n.Lower, n.Upper} {
			if p == nil {
				c.emit(bytecode.LOAD_NONE, 0)
			} else if err := c.expr(p); err != nil {
				return err
			}
		}
		if n.Step != nil {
			if err := c.expr(n.Step); err != nil {
				return err
			}
			n2 = 3
		}
		c.setPos(n.Loc)
		c.emit(bytecode.BUILD_SLICE, n2)
	case *python.Tuple:
		if k, ok := constTuple(n.Elts); ok {
			c.loadConst(k)
			return nil
		}
		return c.sequence(n.Elts, bytecode.BUILD_TUPLE)
	case *python.List:
		return c.sequence(n.Elts, bytecode.BUILD_LIST)
	case *python.Set:
		if k, ok := constTuple(n.Elts); ok && len(k) > 2 {
			// As CPython: the members go through a frozenset constant,
			// which decides the iteration order of the new set.
			c.emit(bytecode.BUILD_SET, 0)
			c.loadConst(bytecode.FrozenSet(k))
			c.emit(bytecode.SET_UPDATE, 1)
			return nil
		}
		return c.sequence(n.Elts, bytecode.BUILD_SET)
	case *python.Dict:
		return c.dict(n)
	case *python.ListComp:
		return c.comprehension(n, n.Generators, n.Elt, nil, bytecode.BUILD_LIST)
	case *python.SetComp:
		return c.comprehension(n, n.Generators, n.Elt, nil, bytecode.BUILD_SET)
	case *python.DictComp:
		return c.comprehension(n, n.Generators, n.Key, n.Value, bytecode.BUILD_MAP)
	case *python.GeneratorExp:
		return c.comprehension(n, n.Generators, n.Elt, nil, 0)
	case *python.Lambda:
		flags, err := c.defaults(n.Args, nil)
		if err != nil {
			return err
		}
		child := c.res.ScopeOf(n)
		code, err := c.functionBody(child, n, n.Args, nil, n.Body)
		if err != nil {
			return err
		}
		c.setPos(n.Loc)
		c.makeFunction(child, code, flags)
	case *python.JoinedStr:
		return c.fstring(n)
	case *python.FormattedValue:
		return c.formatted(n)
	case *python.NamedExpr:
		if err := c.expr(n.Value); err != nil {
			return err
		}
		c.setPos(n.Loc)
		c.emit(bytecode.DUP_TOP, 0)
		return c.store(n.Target)
	case *python.Yield:
		if n.Value != nil {
			if err := c.expr(n.Value); err != nil {
				return err
			}
		} else {
			c.emit(bytecode.LOAD_NONE, 0)
		}
		c.setPos(n.Loc)
		c.emit(bytecode.YIELD_VALUE, 0)
	case *python.YieldFrom:
		if err := c.expr(n.Value); err != nil {
			return err
		}
		c.setPos(n.Loc)
		c.emit(bytecode.GET_YIELD_FROM, 0)
		c.emit(bytecode.LOAD_NONE, 0)
		c.yieldFromLoop()
	case *python.Starred:
		return fmt.Errorf("%s: can't use starred expression here", n.Loc.Start)
	default:
		return fmt.Errorf("%s: cannot compile %T", e.Span().Start, e)
	}
	return nil
}

// yieldFromLoop emits SEND, which suspends the generator while the inner
// iterator yields and re-executes on resumption; the JUMP back to it is
// never taken but keeps the stack depths consistent for the assembler.
func (c *compiler) yieldFromLoop() {
	send, end := c.b.NewLabel(), c.b.NewLabel()
	c.b.Bind(send)
	c.b.EmitJump(bytecode.SEND, end)
	c.b.EmitJump(bytecode.JUMP, send)
	c.b.Bind(end)
}

// foldUnary folds -N, +N and ~N of number literals, as CPython's AST
// optimizer does (it also makes the most negative int64 literal work).
func foldUnary(n *python.UnaryOp) (bytecode.Const, bool) {
	k, ok := n.Operand.(*python.Constant)
	if !ok || n.Op == python.Not {
		return nil, false
	}
	switch v := k.Value.(type) {
	case python.Int:
		x := v.Big()
		switch n.Op {
		case python.USub:
			x.Neg(x)
		case python.Invert:
			x.Not(x)
		}
		if x.IsInt64() {
			return x.Int64(), true
		}
		return x, true
	case python.Float:
		switch n.Op {
		case python.USub:
			return -float64(v), true
		case python.UAdd:
			return float64(v), true
		}
	}
	return nil, false
}

// constTuple folds a tuple of constants into one constant.
func constTuple(elts []python.Expr) (bytecode.Tuple, bool) {
	t := make(bytecode.Tuple, len(elts))
	for i, e := range elts {
		switch x := e.(type) {
		case *python.Constant:
			k, err := constValue(x.Value)
			if err != nil {
				return nil, false
			}
			t[i] = k
		case *python.UnaryOp:
			k, ok := foldUnary(x)
			if !ok {
				return nil, false
			}
			t[i] = k
		case *python.Tuple:
			inner, ok := constTuple(x.Elts)
			if !ok {
				return nil, false
			}
			t[i] = inner
		default:
			return nil, false
		}
	}
	return t, true
}

// compare compiles a comparison, chained ones with short-circuit.
func (c *compiler) compare(n *python.Compare) error {
	if err := c.expr(n.Left); err != nil {
		return err
	}
	if len(n.Ops) == 1 {
		if err := c.expr(n.Comparators[0]); err != nil {
			return err
		}
		c.setPos(n.Loc)
		c.compareOp(n.Ops[0])
		return nil
	}
	cleanup, end := c.b.NewLabel(), c.b.NewLabel()
	for i, op := range n.Ops {
		if err := c.expr(n.Comparators[i]); err != nil {
			return err
		}
		c.setPos(n.Loc)
		if i < len(n.Ops)-1 {
			c.emit(bytecode.DUP_TOP, 0)
			c.emit(bytecode.ROT_THREE, 0)
			c.compareOp(op)
			c.b.EmitJump(bytecode.JUMP_IF_FALSE_OR_POP, cleanup)
		} else {
			c.compareOp(op)
		}
	}
	c.b.EmitJump(bytecode.JUMP, end)
	c.b.Bind(cleanup)
	c.emit(bytecode.ROT_TWO, 0)
	c.emit(bytecode.POP_TOP, 0)
	c.b.Bind(end)
	return nil
}

func (c *compiler) compareOp(op python.CmpOp) {
	switch op {
	case python.Eq:
		c.emit(bytecode.COMPARE_OP, int(bytecode.CmpEQ))
	case python.NotEq:
		c.emit(bytecode.COMPARE_OP, int(bytecode.CmpNE))
	case python.Lt:
		c.emit(bytecode.COMPARE_OP, int(bytecode.CmpLT))
	case python.LtE:
		c.emit(bytecode.COMPARE_OP, int(bytecode.CmpLE))
	case python.Gt:
		c.emit(bytecode.COMPARE_OP, int(bytecode.CmpGT))
	case python.GtE:
		c.emit(bytecode.COMPARE_OP, int(bytecode.CmpGE))
	case python.Is:
		c.emit(bytecode.IS_OP, 0)
	case python.IsNot:
		c.emit(bytecode.IS_OP, 1)
	case python.In:
		c.emit(bytecode.CONTAINS_OP, 0)
	case python.NotIn:
		c.emit(bytecode.CONTAINS_OP, 1)
	}
}

// sequence builds a tuple, list or set, with *unpacking.
func (c *compiler) sequence(elts []python.Expr, build bytecode.Opcode) error {
	starred := false
	for _, e := range elts {
		if _, ok := e.(*python.Starred); ok {
			starred = true
		}
	}
	if !starred {
		if err := c.exprs(elts); err != nil {
			return err
		}
		c.emit(build, len(elts))
		return nil
	}
	if build == bytecode.BUILD_SET {
		c.emit(bytecode.BUILD_SET, 0)
	} else {
		c.emit(bytecode.BUILD_LIST, 0)
	}
	for _, e := range elts {
		if s, ok := e.(*python.Starred); ok {
			if err := c.expr(s.Value); err != nil {
				return err
			}
			if build == bytecode.BUILD_SET {
				c.emit(bytecode.SET_UPDATE, 1)
			} else {
				c.emit(bytecode.LIST_EXTEND, 1)
			}
			continue
		}
		if err := c.expr(e); err != nil {
			return err
		}
		if build == bytecode.BUILD_SET {
			c.emit(bytecode.SET_ADD, 1)
		} else {
			c.emit(bytecode.LIST_APPEND, 1)
		}
	}
	if build == bytecode.BUILD_TUPLE {
		c.emit(bytecode.LIST_TO_TUPLE, 0)
	}
	return nil
}

// dict builds a dict display, with **unpacking.
func (c *compiler) dict(n *python.Dict) error {
	pending := 0
	built := false
	flush := func() {
		if pending > 0 || !built {
			c.emit(bytecode.BUILD_MAP, pending)
			if built {
				c.emit(bytecode.DICT_UPDATE, 1)
			}
			built = true
			pending = 0
		}
	}
	for i, v := range n.Values {
		if n.Keys[i] == nil {
			flush()
			if err := c.expr(v); err != nil {
				return err
			}
			c.emit(bytecode.DICT_UPDATE, 1)
			continue
		}
		if err := c.expr(n.Keys[i]); err != nil {
			return err
		}
		if err := c.expr(v); err != nil {
			return err
		}
		pending++
	}
	if pending > 0 || !built {
		flush()
	}
	return nil
}

// call compiles a call: obj.method(…) without unpacking uses LOAD_METHOD and
// CALL_METHOD; any *args or **kwargs goes through CALL_EX.
func (c *compiler) call(n *python.Call) error {
	if attr, ok := n.Func.(*python.Attribute); ok && simpleArgs(n) {
		if err := c.expr(attr.Value); err != nil {
			return err
		}
		c.setPos(attr.Loc)
		c.emit(bytecode.LOAD_METHOD, c.attrName(attr.Attr))
		if err := c.exprs(n.Args); err != nil {
			return err
		}
		for _, k := range n.Keywords {
			if err := c.expr(k.Value); err != nil {
				return err
			}
		}
		c.setPos(n.Loc)
		if len(n.Keywords) > 0 {
			c.loadConst(kwTuple(n.Keywords))
			c.emit(bytecode.CALL_METHOD_KW, len(n.Args)+len(n.Keywords))
		} else {
			c.emit(bytecode.CALL_METHOD, len(n.Args))
		}
		return nil
	}
	if err := c.expr(n.Func); err != nil {
		return err
	}
	return c.callArgs(n, 0)
}

func simpleArgs(n *python.Call) bool {
	for _, a := range n.Args {
		if _, ok := a.(*python.Starred); ok {
			return false
		}
	}
	for _, k := range n.Keywords {
		if k.Arg == "" {
			return false
		}
	}
	return true
}

func kwTuple(kws []*python.Keyword) bytecode.Tuple {
	t := make(bytecode.Tuple, len(kws))
	for i, k := range kws {
		t[i] = k.Arg
	}
	return t
}

// callArgs emits the arguments of a call whose callee is on the stack, with
// extra positional arguments already pushed after it (the class body and
// name of __build_class__), then the call.
func (c *compiler) callArgs(n *python.Call, extra int) error {
	if simpleArgs(n) {
		if err := c.exprs(n.Args); err != nil {
			return err
		}
		for _, k := range n.Keywords {
			if err := c.expr(k.Value); err != nil {
				return err
			}
		}
		c.setPos(n.Loc)
		if len(n.Keywords) > 0 {
			c.loadConst(kwTuple(n.Keywords))
			c.emit(bytecode.CALL_KW, extra+len(n.Args)+len(n.Keywords))
		} else {
			c.emit(bytecode.CALL, extra+len(n.Args))
		}
		return nil
	}
	// Positional arguments as one tuple (taking the extra values in); a
	// lone f(*args) passes its iterable as it is, as CPython does, so that
	// a value that is not iterable is reported against f.
	if s, ok := loneStarred(n, extra); ok {
		if err := c.expr(s.Value); err != nil {
			return err
		}
	} else if err := c.positionalTuple(n, extra); err != nil {
		return err
	}
	if len(n.Keywords) == 0 {
		c.setPos(n.Loc)
		c.emit(bytecode.CALL_EX, 0)
		return nil
	}
	c.emit(bytecode.BUILD_MAP, 0)
	for _, k := range n.Keywords {
		if k.Arg == "" {
			if err := c.expr(k.Value); err != nil {
				return err
			}
		} else {
			c.loadConst(k.Arg)
			if err := c.expr(k.Value); err != nil {
				return err
			}
			c.emit(bytecode.BUILD_MAP, 1)
		}
		c.emit(bytecode.DICT_MERGE, 1)
	}
	c.setPos(n.Loc)
	c.emit(bytecode.CALL_EX, 1)
	return nil
}

// loneStarred returns the starred argument of a call f(*args) with no
// other positional argument.
func loneStarred(n *python.Call, extra int) (*python.Starred, bool) {
	if extra != 0 || len(n.Args) != 1 {
		return nil, false
	}
	s, ok := n.Args[0].(*python.Starred)
	return s, ok
}

// positionalTuple pushes the positional arguments of a call with *args as
// one tuple, taking in the extra values already pushed.
func (c *compiler) positionalTuple(n *python.Call, extra int) error {
	c.emit(bytecode.BUILD_LIST, extra)
	for _, a := range n.Args {
		if s, ok := a.(*python.Starred); ok {
			if err := c.expr(s.Value); err != nil {
				return err
			}
			c.emit(bytecode.LIST_EXTEND, 1)
			continue
		}
		if err := c.expr(a); err != nil {
			return err
		}
		c.emit(bytecode.LIST_APPEND, 1)
	}
	c.emit(bytecode.LIST_TO_TUPLE, 0)
	return nil
}

// comprehension compiles a comprehension as a call of a hidden function
// whose argument is the iterator of the first clause.
func (c *compiler) comprehension(node python.Expr, gens []*python.Comprehension, elt, value python.Expr, build bytecode.Opcode) error {
	child := c.res.ScopeOf(node)
	pb, ps, pf := c.newCode(child, bytecode.KindComprehension, int(node.Span().Start.Line))
	c.setPos(node.Span())
	c.b.Code.ArgCount = 1
	if build != 0 {
		c.emit(build, 0)
	}
	if err := c.compGenerator(gens, 0, elt, value, build); err != nil {
		return err
	}
	c.setPos(node.Span())
	if build == 0 {
		c.emit(bytecode.LOAD_NONE, 0)
	}
	c.emit(bytecode.RETURN_VALUE, 0)
	code, err := c.endCode(pb, ps, pf)
	if err != nil {
		return err
	}
	c.setPos(node.Span())
	c.makeFunction(child, code, 0)
	if err := c.expr(gens[0].Iter); err != nil {
		return err
	}
	c.setPos(node.Span())
	c.emit(bytecode.GET_ITER, 0)
	c.emit(bytecode.CALL, 1)
	return nil
}

// compGenerator emits clause i of a comprehension and, innermost, the
// append (or yield) of the element.
func (c *compiler) compGenerator(gens []*python.Comprehension, i int, elt, value python.Expr, build bytecode.Opcode) error {
	g := gens[i]
	start, end := c.b.NewLabel(), c.b.NewLabel()
	if i == 0 {
		c.emit(bytecode.LOAD_FAST, 0) // .0
	} else {
		if err := c.expr(g.Iter); err != nil {
			return err
		}
		c.setPos(g.Iter.Span())
		c.emit(bytecode.GET_ITER, 0)
	}
	c.b.Bind(start)
	c.setPos(g.Target.Span())
	c.b.EmitJump(bytecode.FOR_ITER, end)
	if err := c.store(g.Target); err != nil {
		return err
	}
	for _, cond := range g.Ifs {
		if err := c.jumpIf(cond, false, start); err != nil {
			return err
		}
	}
	if i+1 < len(gens) {
		if err := c.compGenerator(gens, i+1, elt, value, build); err != nil {
			return err
		}
	} else {
		// The collection sits below one iterator per clause.
		depth := len(gens) + 1
		switch build {
		case bytecode.BUILD_LIST:
			if err := c.expr(elt); err != nil {
				return err
			}
			c.emit(bytecode.LIST_APPEND, depth)
		case bytecode.BUILD_SET:
			if err := c.expr(elt); err != nil {
				return err
			}
			c.emit(bytecode.SET_ADD, depth)
		case bytecode.BUILD_MAP:
			if err := c.expr(elt); err != nil {
				return err
			}
			if err := c.expr(value); err != nil {
				return err
			}
			c.emit(bytecode.MAP_ADD, depth)
		default:
			if err := c.expr(elt); err != nil {
				return err
			}
			c.emit(bytecode.YIELD_VALUE, 0)
			c.emit(bytecode.POP_TOP, 0)
		}
	}
	c.b.EmitJump(bytecode.JUMP, start)
	c.b.Bind(end)
	return nil
}

// fstring compiles the parts of an f-string and joins them.
func (c *compiler) fstring(n *python.JoinedStr) error {
	if len(n.Values) == 0 {
		c.loadConst("")
		return nil
	}
	for _, v := range n.Values {
		if err := c.expr(v); err != nil {
			return err
		}
	}
	if len(n.Values) > 1 {
		c.setPos(n.Loc)
		c.emit(bytecode.BUILD_STRING, len(n.Values))
	}
	return nil
}

// formatted compiles one replacement field: the value, then the spec (an
// f-string itself), then FORMAT_VALUE.
func (c *compiler) formatted(n *python.FormattedValue) error {
	if err := c.expr(n.Value); err != nil {
		return err
	}
	flags := 0
	switch n.Conversion {
	case python.ConvStr:
		flags = bytecode.ConvStr
	case python.ConvRepr:
		flags = bytecode.ConvRepr
	case python.ConvASCII:
		flags = bytecode.ConvASCII
	}
	if n.FormatSpec != nil {
		if err := c.expr(n.FormatSpec); err != nil {
			return err
		}
		flags |= bytecode.FormatSpec
	}
	c.setPos(n.Loc)
	c.emit(bytecode.FORMAT_VALUE, flags)
	return nil
}
