package tmplcompile

import (
	"github.com/hyperflask/hfc/compiler/asm"
	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/template"
)

// hasExtends reports whether a template has an {% extends %} or
// {% use_layout %} at any depth of its top-level statements.
func hasExtends(body []template.Stmt) bool {
	found := false
	for _, s := range body {
		template.Inspect(s, func(n template.Node) bool {
			switch n.(type) {
			case *template.Extends, *template.UseLayout:
				found = true
			case *template.Macro, *template.Block:
				return false
			}
			return !found
		})
	}
	return found
}

// localMacroNames lists the macros a template defines or imports by name,
// which component tags call directly (reference §5.3, documented intent).
func localMacroNames(t *template.Template) map[string]bool {
	names := map[string]bool{}
	template.Inspect(t, func(n template.Node) bool {
		switch n := n.(type) {
		case *template.Macro:
			names[n.Name] = true
		case *template.FromImport:
			for _, in := range n.Names {
				if in.Alias != "" {
					names[in.Alias] = true
				} else {
					names[in.Name] = true
				}
			}
		}
		return true
	})
	return names
}

func (c *compiler) body(stmts []template.Stmt) {
	for _, s := range stmts {
		c.stmt(s)
	}
}

// guardOutput starts code that runs only while the template has no parent
// (Jinja skips top-level output and blocks of a child template); it returns
// the label to bind after that code, or nil when no guard is needed. ok is
// false when the code can be dropped: an extends ran unconditionally before.
func (c *compiler) guardOutput() (end *asm.Label, ok bool) {
	if c.fn.kind != funcRoot || !c.extends {
		return nil, true
	}
	if c.knownParent && c.isTopLevel() {
		return nil, false
	}
	end = c.b().NewLabel()
	c.emit(bytecode.HAS_PARENT, 0)
	c.b().EmitJump(bytecode.POP_JUMP_IF_TRUE, end)
	return end, true
}

func (c *compiler) stmt(s template.Stmt) {
	c.setPos(s)
	switch n := s.(type) {
	case *template.Output:
		end, ok := c.guardOutput()
		if !ok {
			return
		}
		for _, node := range n.Nodes {
			c.output(node)
		}
		if end != nil {
			c.b().Bind(end)
		}
	case *template.If:
		c.ifStmt(n)
	case *template.For:
		c.hard(func() { c.forStmt(n) })
	case *template.Assign:
		c.expr(n.Node)
		c.assign(n.Target)
	case *template.AssignBlock:
		c.emit(bytecode.PUSH_OUTPUT, 0)
		c.hard(func() { c.body(n.Body) })
		c.emit(bytecode.POP_OUTPUT, c.fn.mode)
		if n.Filter != nil {
			c.filterChain(n.Filter)
		}
		c.assign(n.Target)
	case *template.Macro:
		c.macro(n)
		c.storeName(n.Name, n.NameSpan)
	case *template.CallBlock:
		call, ok := n.Call.(*template.Call)
		if !ok {
			c.errorf(n, "{%% call %%} expects a call")
			return
		}
		c.setPos(n)
		c.expr(call.Node)
		c.callArgs(0, call.Args, call.Kwargs, call.DynArgs, call.DynKwargs, func() int {
			c.callerMacro(n, n.Args, n.Defaults, n.Body)
			return 1
		})
		c.emit(bytecode.WRITE, bytecode.WriteRaw)
	case *template.FilterBlock:
		c.emit(bytecode.PUSH_OUTPUT, 0)
		c.hard(func() { c.body(n.Body) })
		c.emit(bytecode.POP_OUTPUT, c.fn.mode)
		c.filterChain(n.Filter)
		c.emit(bytecode.WRITE, c.fn.mode)
	case *template.With:
		for _, v := range n.Values {
			c.expr(v)
		}
		c.pushScope()
		for i := len(n.Targets) - 1; i >= 0; i-- {
			c.assignTarget(n.Targets[i], false)
		}
		c.hard(func() { c.body(n.Body) })
		c.popScope()
	case *template.Block:
		c.blockStmt(n)
	case *template.Extends:
		if !c.isTopLevel() {
			c.errorf(n, "cannot use extend from a non top-level scope")
			return
		}
		c.expr(n.Template)
		c.setPos(n)
		c.emit(bytecode.EXTENDS, 0)
		if len(c.fn.scopes) == 1 && !c.fn.soft {
			c.knownParent = true
		}
	case *template.Include:
		c.expr(n.Template)
		if n.WithContext {
			c.visibleLocals()
		} else {
			c.emit(bytecode.LOAD_NONE, 0)
		}
		flags := 0
		if n.WithContext {
			flags |= bytecode.IncludeWithContext
		}
		if n.IgnoreMissing {
			flags |= bytecode.IncludeIgnoreMissing
		}
		c.setPos(n)
		c.emit(bytecode.INCLUDE, flags)
	case *template.Import:
		c.expr(n.Template)
		c.setPos(n)
		c.emit(bytecode.IMPORT, boolArg(n.WithContext))
		c.storeName(n.Target, n.TargetSpan)
	case *template.FromImport:
		c.expr(n.Template)
		c.setPos(n)
		c.emit(bytecode.IMPORT, boolArg(n.WithContext))
		for _, in := range n.Names {
			c.emit(bytecode.DUP_TOP, 0)
			c.emit(bytecode.FROM_IMPORT, c.b().Const(bytecode.Tuple{in.Name, c.position(n)}))
			name, span := in.Name, in.NameSpan
			if in.Alias != "" {
				name, span = in.Alias, in.AliasSpan
			}
			c.storeName(name, span)
		}
		c.emit(bytecode.POP_TOP, 0)
	case *template.ExprStmt:
		c.expr(n.Node)
		c.emit(bytecode.POP_TOP, 0)
	case *template.Scope:
		// An inner frame ({% autoescape %} blocks are wrapped in one):
		// what it defines stays inside.
		c.pushScope()
		c.hard(func() { c.body(n.Body) })
		c.popScope()
	case *template.ScopedEvalContextModifier:
		c.autoescapeBlock(n)
	case *template.Break:
		if len(c.fn.loops) == 0 {
			c.errorf(n, "'break' outside a loop")
			return
		}
		c.emit(bytecode.POP_TOP, 0) // the iterator
		c.b().EmitJump(bytecode.JUMP, c.fn.loops[len(c.fn.loops)-1].end)
		// The code after a jump is unreachable; keep the stack depth of the
		// loop body for the assembler.
		c.emit(bytecode.LOAD_NONE, 0)
	case *template.Continue:
		if len(c.fn.loops) == 0 {
			c.errorf(n, "'continue' outside a loop")
			return
		}
		c.b().EmitJump(bytecode.JUMP, c.fn.loops[len(c.fn.loops)-1].start)
	case *template.ComponentTag:
		c.component(n)
		c.emit(bytecode.WRITE, bytecode.WriteRaw)
	case *template.UseLayout:
		c.useLayout(n)
	case *template.Suspense:
		// Off a streamed request, the reference renders the body in place
		// (reference §7.8).
		c.body(n.Body)
	case *template.Markdown:
		c.emit(bytecode.PUSH_OUTPUT, 0)
		c.body(n.Body)
		c.emit(bytecode.POP_OUTPUT, bytecode.WriteRaw)
		c.callFilter(n, "markdown", 1)
		c.emit(bytecode.WRITE, bytecode.WriteRaw)
	case *template.Form:
		// {% form [Name] [= var] %} declares the template's form class
		// (read from the syntax tree for page.form()) and renders nothing;
		// it binds the variable to __form__(var, template, "var"): the
		// form the page set, or else a new one from the request.
		v := n.Var
		if v == "" {
			v = "form"
		}
		str := func(s string) *template.Const {
			return &template.Const{Base: n.Base, Kind: template.ConstString, Value: s}
		}
		c.expr(&template.Call{Base: n.Base, Node: &template.Name{Base: n.Base, Name: "__form__", Ctx: "load"},
			Args: []template.Expr{&template.Name{Base: n.Base, Name: v, Ctx: "load"}, str(c.opts.Name), str(v)}})
		c.assign(&template.Name{Base: n.Base, Name: v, Ctx: "store"})
	case *template.BadTag:
		c.errorf(n, "cannot compile a broken tag")
	default:
		c.errorf(s, "cannot compile %T", s)
	}
}

func boolArg(b bool) int {
	if b {
		return 1
	}
	return 0
}

// output writes one node of an Output.
func (c *compiler) output(n template.Expr) {
	c.setPos(n)
	switch x := n.(type) {
	case *template.TemplateData:
		if parts, ok := c.bundleParts[x]; ok {
			for _, p := range parts {
				c.output(p)
			}
			return
		}
		if x.Data != "" {
			c.textPos(x)
			c.emit(bytecode.WRITE_TEXT, c.b().Const(x.Data))
		}
	case *template.ComponentTag:
		c.component(x)
		c.emit(bytecode.WRITE, bytecode.WriteRaw)
	default:
		c.expr(n)
		c.setPos(n)
		c.emit(bytecode.WRITE, c.fn.mode)
	}
}

func (c *compiler) ifStmt(n *template.If) {
	c.soft(func() { c.ifBranches(n) })
}

func (c *compiler) ifBranches(n *template.If) {
	end := c.b().NewLabel()
	branches := append([]*template.If{n}, n.Elif...)
	for _, br := range branches {
		next := c.b().NewLabel()
		c.cond(br.Test, false, next)
		c.body(br.Body)
		c.b().EmitJump(bytecode.JUMP, end)
		c.b().Bind(next)
	}
	c.body(n.Else)
	c.b().Bind(end)
}

// cond compiles a test and jumps to target when its truth equals when.
func (c *compiler) cond(e template.Expr, when bool, target *asm.Label) {
	if not, ok := e.(*template.Not); ok {
		c.cond(not.Node, !when, target)
		return
	}
	c.expr(e)
	if when {
		c.b().EmitJump(bytecode.POP_JUMP_IF_TRUE, target)
	} else {
		c.b().EmitJump(bytecode.POP_JUMP_IF_FALSE, target)
	}
}

// usesName reports whether nodes read name (outside nested macros, which
// have their own scope).
func usesName(name string, nodes ...template.Node) bool {
	found := false
	for _, root := range nodes {
		if root == nil {
			continue
		}
		template.Inspect(root, func(n template.Node) bool {
			switch x := n.(type) {
			case *template.Name:
				if x.Name == name && x.Ctx != template.CtxStore {
					found = true
				}
			case *template.Macro:
				return false
			}
			return !found
		})
	}
	return found
}

func stmtsNodes(stmts []template.Stmt) []template.Node {
	out := make([]template.Node, len(stmts))
	for i, s := range stmts {
		out[i] = s
	}
	return out
}

// forStmt compiles a for loop: a recursive loop becomes a function called
// with the iterable (loop(x) calls it again).
func (c *compiler) forStmt(n *template.For) {
	if n.Recursive {
		child := c.newFunc(c.fn, funcLoop, "loop", bytecode.KindMacro, int(n.Loc.Start.Line))
		parent := c.fn
		c.fn = child
		iterSlot := c.newLocal(".iter")
		depthSlot := c.newLocal(".depth")
		c.fn.b.Code.ArgCount = 2
		c.emit(bytecode.LOAD_FAST, iterSlot)
		c.emit(bytecode.LOAD_FAST, depthSlot)
		c.emit(bytecode.MAKE_LOOP, bytecode.LoopRecursive)
		c.loopBody(n, true)
		code := c.finish(child)
		c.fn = parent
		if code == nil {
			return
		}
		c.makeFunction(child, code)
		c.iterable(n)
		c.emit(bytecode.LOAD_CONST, c.b().Const(int64(0)))
		c.emit(bytecode.CALL, 2)
		c.emit(bytecode.POP_TOP, 0)
		return
	}
	c.iterable(n)
	usesLoop := usesName("loop", append(stmtsNodes(n.Body), n.Test)...)
	if usesLoop {
		c.emit(bytecode.MAKE_LOOP, 0)
	}
	c.loopBody(n, usesLoop)
}

// iterable compiles the loop's iterable, filtered by its "if" test through a
// generator so that loop.index and loop.length count only kept items.
func (c *compiler) iterable(n *template.For) {
	c.expr(n.Iter)
	if n.Test == nil {
		return
	}
	child := c.newFunc(c.fn, funcGen, "filter", bytecode.KindComprehension, int(n.Loc.Start.Line))
	parent := c.fn
	c.fn = child
	src := c.newLocal(".0")
	child.b.Code.ArgCount = 1
	child.b.Code.Flags |= bytecode.FlagGenerator
	start, end := c.b().NewLabel(), c.b().NewLabel()
	c.emit(bytecode.LOAD_FAST, src)
	c.b().Bind(start)
	c.b().EmitJump(bytecode.FOR_ITER, end)
	c.emit(bytecode.DUP_TOP, 0)
	c.assignTarget(n.Target, false)
	c.cond(n.Test, false, c.popAndJump(start))
	c.emit(bytecode.YIELD_VALUE, 0)
	c.emit(bytecode.POP_TOP, 0)
	c.b().EmitJump(bytecode.JUMP, start)
	c.b().Bind(end)
	code := c.finish(child)
	c.fn = parent
	if code == nil {
		return
	}
	// filter(iter(x))
	c.makeFunction(child, code)
	c.emit(bytecode.ROT_TWO, 0)
	c.emit(bytecode.GET_ITER, 0)
	c.emit(bytecode.CALL, 1)
}

// popAndJump returns a label that pops the value kept for YIELD_VALUE and
// jumps to target.
func (c *compiler) popAndJump(target *asm.Label) *asm.Label {
	skip, after := c.b().NewLabel(), c.b().NewLabel()
	c.b().EmitJump(bytecode.JUMP, after)
	c.b().Bind(skip)
	c.emit(bytecode.POP_TOP, 0)
	c.b().EmitJump(bytecode.JUMP, target)
	c.b().Bind(after)
	return skip
}

// loopBody runs the loop over the iterator (or loop variable) on the stack.
func (c *compiler) loopBody(n *template.For, loopVar bool) {
	hasElse := len(n.Else) > 0
	var emptySlot int
	if hasElse {
		emptySlot = c.newLocal(".empty")
		c.emit(bytecode.LOAD_CONST, c.b().Const(true))
		c.emit(bytecode.STORE_FAST, emptySlot)
	}
	c.pushScope()
	var loopSlot int
	if loopVar {
		loopSlot = c.newLocal("loop")
		c.recordStore("loop", n.Tag.Loc, loopSlot, false, true)
		c.emit(bytecode.DUP_TOP, 0)
		c.emit(bytecode.STORE_FAST, loopSlot)
	}
	c.emit(bytecode.GET_ITER, 0)
	start, end := c.b().NewLabel(), c.b().NewLabel()
	c.b().Bind(start)
	c.setPos(n.Target)
	c.b().EmitJump(bytecode.FOR_ITER, end)
	c.assignTarget(n.Target, false)
	c.fn.loops = append(c.fn.loops, loopLabels{start: start, end: end})
	c.body(n.Body)
	c.fn.loops = c.fn.loops[:len(c.fn.loops)-1]
	// The end of an iteration and the test of the else branch belong to the
	// {% for %} line: a debugger stops there once per iteration, and not on
	// the body's last line again when the loop is over.
	c.setPos(n.Target)
	if hasElse {
		// Jinja marks the loop as iterated at the end of the body: a break
		// or continue before it leaves the else branch armed.
		c.emit(bytecode.LOAD_CONST, c.b().Const(false))
		c.emit(bytecode.STORE_FAST, emptySlot)
	}
	c.b().EmitJump(bytecode.JUMP, start)
	c.b().Bind(end)
	c.popScope()
	if hasElse {
		skip := c.b().NewLabel()
		c.emit(bytecode.LOAD_FAST, emptySlot)
		c.b().EmitJump(bytecode.POP_JUMP_IF_FALSE, skip)
		c.body(n.Else)
		c.b().Bind(skip)
	}
}

// assign stores the value on the stack into a {% set %} target.
func (c *compiler) assign(t template.Expr) {
	c.assignTarget(t, true)
}

// assignTarget stores the value on the stack: into a name (exported at the
// top level when export is set), a tuple of targets, or a namespace
// attribute.
func (c *compiler) assignTarget(t template.Expr, export bool) {
	switch x := t.(type) {
	case *template.Name:
		if export {
			c.storeName(x.Name, x.Loc)
		} else {
			slot := c.bindLocal(x.Name)
			c.recordStore(x.Name, x.Loc, slot, false, false)
			c.emit(bytecode.STORE_FAST, slot)
		}
	case *template.Tuple:
		c.emit(bytecode.UNPACK_SEQUENCE, len(x.Items))
		for _, item := range x.Items {
			c.assignTarget(item, export)
		}
	case *template.List:
		c.emit(bytecode.UNPACK_SEQUENCE, len(x.Items))
		for _, item := range x.Items {
			c.assignTarget(item, export)
		}
	case *template.NSRef:
		name := x.Loc
		name.End = c.file.Pos(int(name.Start.Offset) + len(x.Name))
		c.loadName(&template.Name{Base: template.Base{Loc: name}, Name: x.Name})
		c.setPos(x)
		c.emit(bytecode.SET_NSATTR, c.b().Name(x.Attr))
	default:
		c.errorf(t, "cannot assign to %T", t)
	}
}

// macro compiles {% macro %} and leaves the macro on the stack.
func (c *compiler) macro(n *template.Macro) {
	c.macroValue(n, n.Name, n.Args, n.Defaults, n.Body)
}

// macroValue compiles a macro body (a {% macro %}, a call block's caller, a
// block component tag's body) and pushes the Macro. A caller has no name
// (name "").
func (c *compiler) macroValue(node template.Node, name string, args []*template.Name, defaults []template.Expr, body []template.Stmt) {
	first := len(args) - len(defaults)
	explicitCaller := false
	for i, a := range args {
		if a.Name == "caller" {
			explicitCaller = true
			if i < first {
				c.diags.Add(diag.TemplateCompile, a.Loc, `When defining macros or call blocks the special "caller" argument must be omitted or be given a default.`)
			}
		}
	}
	qual := name
	if qual == "" {
		qual = "caller"
	}
	child := c.newFunc(c.fn, funcMacro, qual, bytecode.KindMacro, int(node.Span().Start.Line))
	parent := c.fn
	c.fn = child
	argNames := make(bytecode.Tuple, len(args))
	for i, a := range args {
		c.recordStore(a.Name, a.Loc, c.newLocal(a.Name), false, false)
		argNames[i] = a.Name
	}
	flags := 0
	bodyNodes := stmtsNodes(body)
	if usesName("varargs", bodyNodes...) {
		c.recordStore("varargs", node.Span(), c.newLocal("varargs"), false, true)
		flags |= bytecode.MacroVarargs
	}
	if usesName("kwargs", bodyNodes...) {
		c.recordStore("kwargs", node.Span(), c.newLocal("kwargs"), false, true)
		flags |= bytecode.MacroKwargs
	}
	if !explicitCaller && usesName("caller", bodyNodes...) {
		c.recordStore("caller", node.Span(), c.newLocal("caller"), false, true)
		flags |= bytecode.MacroCaller
	}
	child.b.Code.ArgCount = len(child.locals)
	// Defaults are computed in the macro, when the caller left them out.
	for i, d := range defaults {
		slot := first + i
		skip := c.b().NewLabel()
		c.emit(bytecode.IS_UNBOUND, slot)
		c.b().EmitJump(bytecode.POP_JUMP_IF_FALSE, skip)
		c.expr(d)
		c.emit(bytecode.STORE_FAST, slot)
		c.b().Bind(skip)
	}
	c.body(body)
	code := c.finish(child)
	c.fn = parent
	if code == nil {
		c.emit(bytecode.LOAD_NONE, 0)
		return
	}
	c.setPos(node)
	c.makeFunction(child, code)
	var descName bytecode.Const
	if name != "" {
		descName = name
	}
	desc := bytecode.Tuple{descName, argNames, int64(len(defaults)), int64(flags)}
	c.emit(bytecode.MAKE_MACRO, c.b().Const(desc))
}

// callerMacro pushes the `caller` macro of a call block.
func (c *compiler) callerMacro(node template.Node, args []*template.Name, defaults []template.Expr, body []template.Stmt) {
	c.macroValue(node, "", args, defaults, body)
}

// blockStmt compiles a {% block %}: a function registered in the template,
// rendered in place unless a parent template will render it.
func (c *compiler) blockStmt(n *template.Block) {
	for _, b := range c.out.Blocks {
		if b.Name == n.Name {
			c.diags.Add(diag.BlockDefinedTwice, n.Loc, "block '%s' defined twice", n.Name)
			return
		}
	}
	child := c.newFunc(c.fn, funcBlock, "block '"+n.Name+"'", bytecode.KindBlock, int(n.Loc.Start.Line))
	child.block = n.Name
	child.parent = nil
	parent := c.fn
	c.fn = child
	c.body(n.Body)
	code := c.finish(child)
	c.fn = parent
	if code == nil {
		return
	}
	c.out.Blocks = append(c.out.Blocks, bytecode.Block{Name: n.Name, Code: code, Scoped: n.Scoped, Required: n.Required})
	end, ok := c.guardOutput()
	if !ok {
		return
	}
	if n.Scoped {
		c.visibleLocals()
	} else {
		c.emit(bytecode.LOAD_NONE, 0)
	}
	c.setPos(n)
	c.emit(bytecode.RENDER_BLOCK, c.b().Name(n.Name))
	if end != nil {
		c.b().Bind(end)
	}
}

// autoescapeBlock compiles {% autoescape value %}: the setting is pushed at
// run time for the filters that read it, and a constant one also fixes the
// write mode of the body at compile time.
func (c *compiler) autoescapeBlock(n *template.ScopedEvalContextModifier) {
	saved := c.fn.mode
	var value template.Expr
	for _, kw := range n.Options {
		if kw.Key == "autoescape" {
			value = kw.Value
		}
	}
	if value == nil {
		c.body(n.Body)
		return
	}
	c.fn.mode = bytecode.WriteAuto
	if k, ok := value.(*template.Const); ok {
		if b, isBool := k.Value.(bool); isBool {
			c.fn.mode = bytecode.WriteRaw
			if b {
				c.fn.mode = bytecode.WriteEscape
			}
		}
	}
	c.expr(value)
	c.emit(bytecode.AUTOESCAPE, 1)
	c.body(n.Body)
	c.emit(bytecode.AUTOESCAPE, 0)
	c.fn.mode = saved
}

// useLayout lowers {% use_layout %} (reference §4.1): extends, then the
// hoisted macros, the blocks, and the loose content as the default block
// when no block has its name.
func (c *compiler) useLayout(n *template.UseLayout) {
	if n.Template != nil {
		c.expr(n.Template)
	} else {
		c.emit(bytecode.LOAD_CONST, c.b().Const(c.opts.DefaultLayout))
	}
	c.setPos(n)
	c.emit(bytecode.EXTENDS, 0)
	c.knownParent = true
	name := n.BlockName
	if name == "" {
		name = "content"
	}
	macros, blocks, loose, named := n.Parts(name)
	for _, m := range macros {
		c.stmt(m)
	}
	for _, b := range blocks {
		c.stmt(b)
	}
	if !named && len(loose) > 0 {
		c.blockStmt(&template.Block{Base: n.Base, Name: name, Body: loose})
	}
}
