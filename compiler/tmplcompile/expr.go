package tmplcompile

import (
	"sort"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
)

// expr compiles an expression, leaving its value on the stack.
func (c *compiler) expr(e template.Expr) {
	switch n := e.(type) {
	case *template.Name:
		c.setPos(n)
		c.loadName(n)
	case *template.Const:
		c.emit(bytecode.LOAD_CONST, c.b().Const(constValue(n)))
	case *template.Tuple:
		c.exprs(n.Items)
		c.emit(bytecode.BUILD_TUPLE, len(n.Items))
	case *template.List:
		c.exprs(n.Items)
		c.emit(bytecode.BUILD_LIST, len(n.Items))
	case *template.Dict:
		for _, p := range n.Items {
			c.expr(p.Key)
			c.expr(p.Value)
		}
		c.setPos(n)
		c.emit(bytecode.BUILD_MAP, len(n.Items))
	case *template.Getattr:
		c.expr(n.Node)
		c.setPos(n)
		c.emit(bytecode.JINJA_GETATTR, c.b().Name(n.Attr))
	case *template.Getitem:
		c.expr(n.Node)
		if s, ok := n.Arg.(*template.Slice); ok {
			c.slice(s)
		} else {
			c.expr(n.Arg)
		}
		c.setPos(n)
		c.emit(bytecode.JINJA_GETITEM, 0)
	case *template.Slice:
		c.slice(n)
	case *template.Call:
		c.expr(n.Node)
		c.setPos(n)
		c.callArgs(0, n.Args, n.Kwargs, n.DynArgs, n.DynKwargs, nil)
	case *template.Filter:
		c.filter(n, func() {
			if n.Node == nil {
				c.errorf(n, "a filter without a value outside a filter block")
				c.emit(bytecode.LOAD_NONE, 0)
				return
			}
			c.expr(n.Node)
		})
	case *template.Test:
		c.test(n)
	case *template.CondExpr:
		c.soft(func() {
			otherwise, end := c.b().NewLabel(), c.b().NewLabel()
			c.cond(n.Test, false, otherwise)
			c.expr(n.Expr1)
			c.b().EmitJump(bytecode.JUMP, end)
			c.b().Bind(otherwise)
			if n.Expr2 != nil {
				c.expr(n.Expr2)
			} else {
				c.setPos(n)
				c.emit(bytecode.LOAD_UNDEFINED, c.b().Const(
					"the inline if-expression on "+c.position(n)+" evaluated to false and no else section was defined."))
			}
			c.b().Bind(end)
		})
	case *template.Concat:
		c.exprs(n.Nodes)
		c.setPos(n)
		mode := c.fn.mode
		if mode != bytecode.WriteAuto && c.isConst(n) {
			// Jinja folds a constant ~ at compile time with str.join: the
			// result is plain text even when a part is markup.
			mode = bytecode.WriteRaw
		}
		c.emit(bytecode.JINJA_CONCAT, len(n.Nodes)|mode<<bytecode.ConcatModeShift)
	case *template.Compare:
		c.compare(n)
	case *template.And:
		end := c.b().NewLabel()
		c.expr(n.Left)
		c.b().EmitJump(bytecode.JUMP_IF_FALSE_OR_POP, end)
		c.expr(n.Right)
		c.b().Bind(end)
	case *template.Or:
		end := c.b().NewLabel()
		c.expr(n.Left)
		c.b().EmitJump(bytecode.JUMP_IF_TRUE_OR_POP, end)
		c.expr(n.Right)
		c.b().Bind(end)
	case *template.Add:
		c.binary(&n.BinExpr, bytecode.OpAdd)
	case *template.Sub:
		c.binary(&n.BinExpr, bytecode.OpSub)
	case *template.Mul:
		c.binary(&n.BinExpr, bytecode.OpMul)
	case *template.Div:
		c.binary(&n.BinExpr, bytecode.OpTrueDiv)
	case *template.FloorDiv:
		c.binary(&n.BinExpr, bytecode.OpFloorDiv)
	case *template.Mod:
		c.binary(&n.BinExpr, bytecode.OpMod)
	case *template.Pow:
		c.binary(&n.BinExpr, bytecode.OpPow)
	case *template.Not:
		c.expr(n.Node)
		c.setPos(n)
		c.emit(bytecode.UNARY_NOT, 0)
	case *template.Neg:
		c.expr(n.Node)
		c.setPos(n)
		c.emit(bytecode.UNARY_NEGATIVE, 0)
	case *template.Pos:
		c.expr(n.Node)
		c.setPos(n)
		c.emit(bytecode.UNARY_POSITIVE, 0)
	case *template.ComponentTag:
		c.component(n)
	case *template.BadExpr:
		c.errorf(n, "cannot compile a broken expression")
		c.emit(bytecode.LOAD_NONE, 0)
	default:
		c.errorf(e, "cannot compile %T", e)
		c.emit(bytecode.LOAD_NONE, 0)
	}
}

// contextFilters are Jinja's built-in filters that take the render context
// (pass_context), which its optimizer never folds.
var contextFilters = map[string]bool{"random": true, "map": true, "select": true, "reject": true, "selectattr": true, "rejectattr": true}

// isConst reports whether Jinja's optimizer folds e to a constant at
// compile time (nodes.Expr.as_const succeeds, barring errors at run time).
func (c *compiler) isConst(e template.Expr) bool {
	switch n := e.(type) {
	case *template.Const:
		return true
	case *template.Tuple:
		return c.allConst(n.Items)
	case *template.List:
		return c.allConst(n.Items)
	case *template.Dict:
		for _, p := range n.Items {
			if !c.isConst(p.Key) || !c.isConst(p.Value) {
				return false
			}
		}
		return true
	case *template.Add:
		return c.isConst(n.Left) && c.isConst(n.Right)
	case *template.Sub:
		return c.isConst(n.Left) && c.isConst(n.Right)
	case *template.Mul:
		return c.isConst(n.Left) && c.isConst(n.Right)
	case *template.Div:
		return c.isConst(n.Left) && c.isConst(n.Right)
	case *template.FloorDiv:
		return c.isConst(n.Left) && c.isConst(n.Right)
	case *template.Mod:
		return c.isConst(n.Left) && c.isConst(n.Right)
	case *template.Pow:
		return c.isConst(n.Left) && c.isConst(n.Right)
	case *template.And:
		return c.isConst(n.Left) && c.isConst(n.Right)
	case *template.Or:
		return c.isConst(n.Left) && c.isConst(n.Right)
	case *template.Not:
		return c.isConst(n.Node)
	case *template.Neg:
		return c.isConst(n.Node)
	case *template.Pos:
		return c.isConst(n.Node)
	case *template.CondExpr:
		return n.Expr2 != nil && c.isConst(n.Test) && c.isConst(n.Expr1) && c.isConst(n.Expr2)
	case *template.Filter:
		known := c.opts.Filters == nil || c.opts.Filters[n.Name]
		return known && !contextFilters[n.Name] && n.Node != nil && c.isConst(n.Node) && c.constArgs(n.Args, n.Kwargs, n.DynArgs, n.DynKwargs)
	case *template.Test:
		known := c.opts.Tests == nil || c.opts.Tests[n.Name]
		return known && c.isConst(n.Node) && c.constArgs(n.Args, n.Kwargs, n.DynArgs, n.DynKwargs)
	case *template.Getitem:
		return c.isConst(n.Node) && c.isConst(n.Arg)
	case *template.Getattr:
		return c.isConst(n.Node)
	case *template.Slice:
		for _, p := range []template.Expr{n.Start, n.Stop, n.Step} {
			if p != nil && !c.isConst(p) {
				return false
			}
		}
		return true
	case *template.Concat:
		return c.allConst(n.Nodes)
	case *template.Compare:
		if !c.isConst(n.Expr) {
			return false
		}
		for _, op := range n.Ops {
			if !c.isConst(op.Expr) {
				return false
			}
		}
		return true
	}
	return false
}

func (c *compiler) allConst(es []template.Expr) bool {
	for _, e := range es {
		if !c.isConst(e) {
			return false
		}
	}
	return true
}

func (c *compiler) constArgs(args []template.Expr, kwargs []*template.Keyword, dynArgs, dynKwargs template.Expr) bool {
	if !c.allConst(args) {
		return false
	}
	for _, k := range kwargs {
		if !c.isConst(k.Value) {
			return false
		}
	}
	return (dynArgs == nil || c.isConst(dynArgs)) && (dynKwargs == nil || c.isConst(dynKwargs))
}

func (c *compiler) exprs(es []template.Expr) {
	for _, e := range es {
		c.expr(e)
	}
}

// position is Jinja's human-readable position of a node in messages.
func (c *compiler) position(n template.Node) string {
	s := "line " + itoa(int(n.Span().Start.Line))
	if c.opts.Name != "" {
		s += " in " + pyRepr(c.opts.Name)
	}
	return s
}

// pyRepr quotes a name as Python's repr of a str does for printable text.
func pyRepr(s string) string {
	quote := byte('\'')
	for i := 0; i < len(s); i++ {
		if s[i] == '\'' {
			quote = '"'
		}
	}
	out := []byte{quote}
	for i := 0; i < len(s); i++ {
		switch ch := s[i]; {
		case ch == '\\':
			out = append(out, '\\', '\\')
		case ch == quote:
			out = append(out, '\\', ch)
		default:
			out = append(out, ch)
		}
	}
	return string(append(out, quote))
}

func (c *compiler) slice(s *template.Slice) {
	for _, part := range []template.Expr{s.Start, s.Stop} {
		if part == nil {
			c.emit(bytecode.LOAD_NONE, 0)
		} else {
			c.expr(part)
		}
	}
	if s.Step != nil {
		c.expr(s.Step)
		c.emit(bytecode.BUILD_SLICE, 3)
		return
	}
	c.emit(bytecode.BUILD_SLICE, 2)
}

func (c *compiler) binary(n *template.BinExpr, op bytecode.BinaryOp) {
	c.expr(n.Left)
	c.expr(n.Right)
	c.b().SetPos(spanOf(n.OpSpan, n.Loc))
	c.emit(bytecode.BINARY_OP, int(op))
}

// compare compiles a (chained) comparison as Python evaluates it: each
// operand once, stopping at the first false link.
func (c *compiler) compare(n *template.Compare) {
	c.expr(n.Expr)
	if len(n.Ops) == 1 {
		c.expr(n.Ops[0].Expr)
		c.setPos(n.Ops[0])
		c.compareOp(n.Ops[0].Op)
		return
	}
	cleanup, end := c.b().NewLabel(), c.b().NewLabel()
	for i, op := range n.Ops {
		c.expr(op.Expr)
		c.setPos(op)
		if i < len(n.Ops)-1 {
			c.emit(bytecode.DUP_TOP, 0)
			c.emit(bytecode.ROT_THREE, 0)
			c.compareOp(op.Op)
			c.b().EmitJump(bytecode.JUMP_IF_FALSE_OR_POP, cleanup)
		} else {
			c.compareOp(op.Op)
		}
	}
	c.b().EmitJump(bytecode.JUMP, end)
	c.b().Bind(cleanup)
	c.emit(bytecode.ROT_TWO, 0)
	c.emit(bytecode.POP_TOP, 0)
	c.b().Bind(end)
}

func (c *compiler) compareOp(op string) {
	switch op {
	case "eq":
		c.emit(bytecode.COMPARE_OP, int(bytecode.CmpEQ))
	case "ne":
		c.emit(bytecode.COMPARE_OP, int(bytecode.CmpNE))
	case "lt":
		c.emit(bytecode.COMPARE_OP, int(bytecode.CmpLT))
	case "lteq":
		c.emit(bytecode.COMPARE_OP, int(bytecode.CmpLE))
	case "gt":
		c.emit(bytecode.COMPARE_OP, int(bytecode.CmpGT))
	case "gteq":
		c.emit(bytecode.COMPARE_OP, int(bytecode.CmpGE))
	case "in":
		c.emit(bytecode.CONTAINS_OP, 0)
	case "notin":
		c.emit(bytecode.CONTAINS_OP, 1)
	default:
		c.diags.Add(diag.TemplateCompile, c.file.Span(0, 0), "unknown comparison operator %q", op)
	}
}

// callArgs emits the arguments of a call whose callee is on the stack, then
// the call; pre positional arguments are already pushed after the callee.
// extra, when set, pushes keyword arguments of its own after the
// written ones (the caller of a call block) and returns how many.
func (c *compiler) callArgs(pre int, args []template.Expr, kwargs []*template.Keyword, dynArgs, dynKwargs template.Expr, extra func() int) {
	pos := c.b().Pos()
	npos := pre + len(args)
	if dynArgs == nil && dynKwargs == nil {
		c.exprs(args)
		names := make(bytecode.Tuple, 0, len(kwargs)+1)
		for _, k := range kwargs {
			c.expr(k.Value)
			names = append(names, k.Key)
		}
		if extra != nil {
			extra()
			names = append(names, "caller")
		}
		c.b().SetPos(pos)
		if len(names) == 0 {
			c.emit(bytecode.CALL, npos)
			return
		}
		c.emit(bytecode.LOAD_CONST, c.b().Const(names))
		c.emit(bytecode.CALL_KW, npos+len(names))
		return
	}
	// Positional arguments as one tuple, then the keywords as one dict.
	c.exprs(args)
	c.emit(bytecode.BUILD_LIST, npos)
	if dynArgs != nil {
		c.expr(dynArgs)
		c.emit(bytecode.LIST_EXTEND, 1)
	}
	c.emit(bytecode.LIST_TO_TUPLE, 0)
	for _, k := range kwargs {
		c.emit(bytecode.LOAD_CONST, c.b().Const(k.Key))
		c.expr(k.Value)
	}
	n := len(kwargs)
	if extra != nil {
		c.emit(bytecode.LOAD_CONST, c.b().Const("caller"))
		extra()
		n++
	}
	c.emit(bytecode.BUILD_MAP, n)
	if dynKwargs != nil {
		c.expr(dynKwargs)
		c.emit(bytecode.DICT_MERGE, 1)
	}
	c.b().SetPos(pos)
	c.emit(bytecode.CALL_EX, 1)
}

// filter compiles node|name(args): value pushes the filtered value.
func (c *compiler) filter(f *template.Filter, value func()) {
	c.setPos(f)
	c.emit(bytecode.LOAD_FILTER, c.filterIndex(f, f.Name))
	value()
	c.b().SetPos(spanOf(f.NameSpan, f.Loc))
	c.callArgs(1, f.Args, f.Kwargs, f.DynArgs, f.DynKwargs, nil)
}

// filterChain applies the filters of a {% filter %} or {% set %} block to
// the value on the stack; the innermost filter (Node nil) applies first.
func (c *compiler) filterChain(e template.Expr) {
	f, ok := e.(*template.Filter)
	if !ok {
		c.errorf(e, "a filter block applies filters only")
		return
	}
	if inner, ok := f.Node.(*template.Filter); ok {
		c.filterChain(inner)
	} else if f.Node != nil {
		c.errorf(f.Node, "a filter block applies filters only")
		c.emit(bytecode.POP_TOP, 0)
		c.expr(f.Node)
	}
	c.setPos(f)
	c.emit(bytecode.LOAD_FILTER, c.filterIndex(f, f.Name))
	c.emit(bytecode.ROT_TWO, 0)
	c.b().SetPos(spanOf(f.NameSpan, f.Loc))
	c.callArgs(1, f.Args, f.Kwargs, f.DynArgs, f.DynKwargs, nil)
}

// callFilter applies a filter the template does not name (the markdown
// tag's) to the nargs values on the stack.
func (c *compiler) callFilter(n template.Node, name string, nargs int) {
	c.setPos(n)
	c.emit(bytecode.LOAD_FILTER, c.filterIndex(n, name))
	for i := 0; i < nargs; i++ {
		c.emit(bytecode.SWAP, nargs+1-i)
	}
	c.emit(bytecode.CALL, nargs)
}

func (c *compiler) test(t *template.Test) {
	c.setPos(t)
	c.emit(bytecode.LOAD_TEST, c.testIndex(t))
	c.expr(t.Node)
	c.b().SetPos(spanOf(t.NameSpan, t.Loc))
	c.callArgs(1, t.Args, t.Kwargs, t.DynArgs, t.DynKwargs, nil)
}

// filterIndex returns the index of a filter in the current code's Filters,
// reporting a filter the environment does not define unless the use is
// conditional (Jinja then raises only if the filter runs).
func (c *compiler) filterIndex(n template.Node, name string) int {
	if c.opts.Filters != nil && !c.opts.Filters[name] && !c.fn.soft {
		suggest(c.diags.Add(diag.UnknownFilter, nameSpan(n), "No filter named %s.", pyRepr(name)), name, c.opts.Filters)
	}
	return addName(&c.b().Code.Filters, name)
}

func (c *compiler) testIndex(t *template.Test) int {
	if c.opts.Tests != nil && !c.opts.Tests[t.Name] && !c.fn.soft {
		suggest(c.diags.Add(diag.UnknownTest, nameSpan(t), "No test named %s.", pyRepr(t.Name)), t.Name, c.opts.Tests)
	}
	return addName(&c.b().Code.Tests, t.Name)
}

// suggest adds a "did you mean" hint and quick fix to d when one of known is
// close to name.
func suggest(d *diag.Diagnostic, name string, known map[string]bool) {
	names := make([]string, 0, len(known))
	for k := range known {
		names = append(names, k)
	}
	sort.Strings(names)
	if s := diag.Closest(name, names); s != "" {
		d.WithHint("did you mean %s?", pyRepr(s)).WithFix("Replace with "+s, d.Range, s)
	}
}

func addName(list *[]string, name string) int {
	for i, n := range *list {
		if n == name {
			return i
		}
	}
	*list = append(*list, name)
	return len(*list) - 1
}

// soft compiles code that Jinja compiles in a "soft frame" (an if
// statement's test and branches, a conditional expression): unknown
// filters and tests there fail only when they run.
func (c *compiler) soft(fn func()) {
	saved := c.fn.soft
	c.fn.soft = true
	fn()
	c.fn.soft = saved
}

// hard compiles code in a new Jinja frame (loop, with, filter and set
// blocks), where the soft state of the enclosing if no longer applies.
func (c *compiler) hard(fn func()) {
	saved := c.fn.soft
	c.fn.soft = false
	c.fn.inner++
	fn()
	c.fn.inner--
	c.fn.soft = saved
}

// component compiles a component tag and pushes its output (reference §5.3):
// a macro the template defines or imports is called by name, a registered
// component is loaded from the registry, and any other name renders an HTML
// element through html_tag.
func (c *compiler) component(n *template.ComponentTag) {
	c.setPos(n)
	var body func() int
	if !n.Inline {
		body = func() int {
			c.callerMacro(n, n.CallerArgs, n.CallerDefaults, n.Body)
			return 1
		}
	}
	switch {
	case c.localMacros[n.Name]:
		c.loadName(&template.Name{Base: template.Base{Loc: n.NameSpan}, Name: n.Name})
		c.callArgs(0, n.Args, n.Kwargs, n.DynArgs, n.DynKwargs, body)
	case c.opts.IsComponent != nil && c.opts.IsComponent(n.Name):
		c.emit(bytecode.LOAD_COMPONENT, c.b().Name(n.Name))
		c.callArgs(0, n.Args, n.Kwargs, n.DynArgs, n.DynKwargs, body)
	default:
		if len(n.Args) > 0 || n.DynArgs != nil {
			c.diags.Add(diag.ComponentPositional, argsSpan(n), "<%s> renders an HTML element and takes no positional arguments", n.Name)
		}
		c.emit(bytecode.LOAD_CONTEXT, c.b().Name("html_tag"))
		c.emit(bytecode.LOAD_CONST, c.b().Const(n.Name))
		c.callArgs(1, nil, n.Kwargs, nil, n.DynKwargs, func() int {
			if body != nil {
				return body()
			}
			c.emit(bytecode.LOAD_NONE, 0)
			return 1
		})
	}
}

// spanOf returns s, or fallback when s is empty (a node built by the
// compiler).
func spanOf(s, fallback source.Span) bytecode.Span {
	if s == (source.Span{}) {
		s = fallback
	}
	return bytecode.Span{Line: int32(s.Start.Line), Col: int32(s.Start.Col), EndLine: int32(s.End.Line), EndCol: int32(s.End.Col)}
}

// nameSpan is the span of the name of a filter or test, for diagnostics.
func nameSpan(n template.Node) source.Span {
	switch x := n.(type) {
	case *template.Filter:
		if x.NameSpan != (source.Span{}) {
			return x.NameSpan
		}
	case *template.Test:
		if x.NameSpan != (source.Span{}) {
			return x.NameSpan
		}
	}
	return n.Span()
}

// argsSpan covers the positional arguments of a component tag.
func argsSpan(n *template.ComponentTag) source.Span {
	var first, last template.Expr
	if len(n.Args) > 0 {
		first, last = n.Args[0], n.Args[len(n.Args)-1]
	}
	if n.DynArgs != nil {
		if first == nil {
			first = n.DynArgs
		}
		last = n.DynArgs
	}
	if first == nil {
		return n.NameSpan
	}
	return source.Span{Start: first.Span().Start, End: last.Span().End}
}
