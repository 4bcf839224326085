// Package pycompile compiles Python modules to bytecode: Resolve computes
// scopes and bindings (CPython's symtable) and reports name errors; Compile
// generates code objects (CPython's compile.c), one per module, function,
// class body and comprehension, with a source range for every instruction.
package pycompile

import (
	"fmt"

	"github.com/hyperflask/hfc/compiler/asm"
	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
)

// Blocking reports whether a diagnostic prevents compilation: syntax errors
// and what CPython rejects at compile time. Undefined names and unsupported
// builtins do not block: like CPython, the code raises NameError when it
// reaches them.
func Blocking(d diag.Diagnostic) bool {
	if d.Severity != diag.Error {
		return false
	}
	return d.Code != diag.UndefinedName && d.Code != diag.UnsupportedBuiltin
}

// Result is a compiled module with every diagnostic met on the way.
type Result struct {
	Program *bytecode.Program
	Diags   diag.List
}

// CompileModule resolves and compiles a parsed module. Program is nil when a
// diagnostic blocks compilation.
func CompileModule(f *source.File, mod *python.Module, opts Options) *Result {
	res, diags := Resolve(f, mod, opts)
	out := &Result{Diags: diags}
	for _, d := range diags {
		if Blocking(d) {
			return out
		}
	}
	prog, err := Compile(f, mod, res)
	if err != nil {
		b := diag.Builder{File: f.Name}
		b.Add(diag.Unsupported, mod.Loc, "internal compiler error: %v", err)
		out.Diags = append(out.Diags, b.Diags...)
		return out
	}
	out.Program = prog
	return out
}

// Compile generates the program of a resolved module.
func Compile(f *source.File, mod *python.Module, res *Resolution) (*bytecode.Program, error) {
	c := &compiler{res: res, file: f}
	body, err := c.module(mod)
	if err != nil {
		return nil, err
	}
	return &bytecode.Program{File: f.Name, Globals: res.Globals, Body: body}, nil
}

type compiler struct {
	res     *Resolution
	file    *source.File
	b       *asm.Builder
	scope   *Scope
	fblocks []*fblock
}

type fblockKind uint8

const (
	fbWhile fblockKind = iota + 1
	fbFor
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbWith
	fbHandlerCleanup
	fbPopValue
	fbExceptionHandler
)

type fblock struct {
	kind        fblockKind
	start, exit *asm.Label // loops: continue and break targets
	finalBody   []python.Stmt
	name        string // fbHandlerCleanup: the "as" name to clear
	outside     int    // number of open handler regions outside this block
}

func span(s source.Span) bytecode.Span {
	return bytecode.Span{Line: int32(s.Start.Line), Col: int32(s.Start.Col), EndLine: int32(s.End.Line), EndCol: int32(s.End.Col)}
}

// setPos sets the position of the next instructions and returns the
// previous one, to restore it with c.b.SetPos.
func (c *compiler) setPos(s source.Span) bytecode.Span {
	prev := c.b.Pos()
	c.b.SetPos(span(s))
	return prev
}

func (c *compiler) emit(op bytecode.Opcode, arg int) { c.b.Emit(op, arg) }

func (c *compiler) loadConst(v bytecode.Const) {
	if v == nil {
		c.emit(bytecode.LOAD_NONE, 0)
		return
	}
	c.emit(bytecode.LOAD_CONST, c.b.Const(v))
}

// newCode starts a code object for scope s and returns the previous state.
func (c *compiler) newCode(s *Scope, kind bytecode.Kind, firstLine int) (prevB *asm.Builder, prevS *Scope, prevF []*fblock) {
	prevB, prevS, prevF = c.b, c.scope, c.fblocks
	c.b = asm.New(kind, s.Name, s.QualName, c.file.Name, firstLine)
	c.scope = s
	c.fblocks = nil
	code := c.b.Code
	code.Locals = s.Locals
	code.Cells = s.Cells
	code.Frees = s.Frees
	for _, cell := range s.Cells {
		idx := -1
		for i, l := range s.Locals {
			if l == cell {
				idx = i
			}
		}
		code.CellParams = append(code.CellParams, idx)
	}
	if s.Generator {
		code.Flags |= bytecode.FlagGenerator
	}
	if s.nested {
		code.Flags |= bytecode.FlagNested
	}
	if s.NeedsClassCell {
		code.Flags |= bytecode.FlagClassCell
	}
	return
}

func (c *compiler) endCode(prevB *asm.Builder, prevS *Scope, prevF []*fblock) (*bytecode.Code, error) {
	code, err := c.b.Finish()
	c.b, c.scope, c.fblocks = prevB, prevS, prevF
	return code, err
}

func (c *compiler) module(mod *python.Module) (*bytecode.Code, error) {
	s := c.res.Module
	pb, ps, pf := c.newCode(s, bytecode.KindModule, 1)
	body := mod.Body
	if doc, ok := docstring(body); ok {
		c.setPos(body[0].Span())
		c.loadConst(doc)
		c.emit(bytecode.STORE_GLOBAL, c.res.GlobalSlot("__doc__"))
		body = body[1:]
	}
	if hasAnnotations(body) {
		c.emit(bytecode.SETUP_ANNOTATIONS, 0)
	}
	if err := c.stmts(body); err != nil {
		return nil, err
	}
	c.emit(bytecode.LOAD_NONE, 0)
	c.emit(bytecode.RETURN_VALUE, 0)
	return c.endCode(pb, ps, pf)
}

// docstring returns the string of a leading string-literal statement.
func docstring(body []python.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	e, ok := body[0].(*python.ExprStmt)
	if !ok {
		return "", false
	}
	k, ok := e.Value.(*python.Constant)
	if !ok {
		return "", false
	}
	s, ok := k.Value.(python.Str)
	return string(s), ok
}

// hasAnnotations reports whether a module or class body annotates a simple
// name at its top level (which then needs __annotations__).
func hasAnnotations(body []python.Stmt) bool {
	found := false
	var walk func([]python.Stmt)
	walk = func(stmts []python.Stmt) {
		for _, s := range stmts {
			switch n := s.(type) {
			case *python.AnnAssign:
				found = true
			case *python.If:
				walk(n.Body)
				walk(n.Orelse)
			case *python.For:
				walk(n.Body)
				walk(n.Orelse)
			case *python.While:
				walk(n.Body)
				walk(n.Orelse)
			case *python.With:
				walk(n.Body)
			case *python.Try:
				walk(n.Body)
				for _, h := range n.Handlers {
					walk(h.Body)
				}
				walk(n.Orelse)
				walk(n.Finalbody)
			}
		}
	}
	walk(body)
	return found
}

func (c *compiler) stmts(body []python.Stmt) error {
	for _, s := range body {
		if err := c.stmt(s); err != nil {
			return err
		}
	}
	return nil
}

func (c *compiler) stmt(s python.Stmt) error {
	c.setPos(s.Span())
	switch n := s.(type) {
	case *python.FunctionDef:
		return c.funcDef(n, n.Name, n.Args, n.Returns, n.Body, n.DecoratorList)
	case *python.ClassDef:
		return c.classDef(n)
	case *python.Return:
		if n.Value != nil {
			if err := c.expr(n.Value); err != nil {
				return err
			}
		} else {
			c.emit(bytecode.LOAD_NONE, 0)
		}
		c.setPos(n.Loc)
		saved := c.b.SaveHandlers()
		for i := len(c.fblocks) - 1; i >= 0; i-- {
			if err := c.unwind(c.fblocks[i], true); err != nil {
				return err
			}
		}
		c.emit(bytecode.RETURN_VALUE, 0)
		c.b.RestoreHandlers(saved)
	case *python.Delete:
		for _, t := range n.Targets {
			if err := c.delete(t); err != nil {
				return err
			}
		}
	case *python.Assign:
		if err := c.expr(n.Value); err != nil {
			return err
		}
		for i, t := range n.Targets {
			if i < len(n.Targets)-1 {
				c.emit(bytecode.DUP_TOP, 0)
			}
			if err := c.store(t); err != nil {
				return err
			}
		}
	case *python.AugAssign:
		return c.augAssign(n)
	case *python.AnnAssign:
		return c.annAssign(n)
	case *python.For:
		return c.forStmt(n)
	case *python.While:
		return c.whileStmt(n)
	case *python.If:
		return c.ifStmt(n)
	case *python.With:
		return c.with(n, 0)
	case *python.Raise:
		argc := 0
		if n.Exc != nil {
			if err := c.expr(n.Exc); err != nil {
				return err
			}
			argc++
			if n.Cause != nil {
				if err := c.expr(n.Cause); err != nil {
					return err
				}
				argc++
			}
		}
		c.setPos(n.Loc)
		c.emit(bytecode.RAISE_VARARGS, argc)
	case *python.Try:
		if len(n.Finalbody) > 0 {
			return c.tryFinally(n)
		}
		return c.tryExcept(n)
	case *python.Assert:
		end := c.b.NewLabel()
		if err := c.jumpIf(n.Test, true, end); err != nil {
			return err
		}
		c.setPos(n.Loc)
		c.emit(bytecode.LOAD_ASSERTION, 0)
		if n.Msg != nil {
			if err := c.expr(n.Msg); err != nil {
				return err
			}
			c.setPos(n.Loc)
			c.emit(bytecode.CALL, 1)
		}
		c.emit(bytecode.RAISE_VARARGS, 1)
		c.b.Bind(end)
	case *python.Import:
		return c.importStmt(n)
	case *python.ImportFrom:
		return c.importFrom(n)
	case *python.Global, *python.Nonlocal:
	case *python.ExprStmt:
		if _, ok := n.Value.(*python.Constant); ok {
			// A constant statement (a docstring-like string) has no effect.
			c.emit(bytecode.NOP, 0)
			return nil
		}
		if err := c.expr(n.Value); err != nil {
			return err
		}
		c.emit(bytecode.POP_TOP, 0)
	case *python.Pass:
		c.emit(bytecode.NOP, 0)
	case *python.Break:
		return c.breakStmt(n)
	case *python.Continue:
		return c.continueStmt(n)
	default:
		return fmt.Errorf("%s: cannot compile %T", s.Span().Start, s)
	}
	return nil
}

// ---------------------------------------------------------------------------
// Names

// nameOp emits the load, store or delete of a name per its binding.
func (c *compiler) nameOp(name string, ctx python.ExprContext) {
	s := c.scope
	name = mangle(s.Private, name)
	b := s.Binding(name)
	pick := func(load, store, del bytecode.Opcode) bytecode.Opcode {
		switch ctx {
		case python.Store:
			return store
		case python.Del:
			return del
		}
		return load
	}
	switch b {
	case Local:
		switch s.Kind {
		case ClassScope:
			c.emit(pick(bytecode.LOAD_NAME, bytecode.STORE_NAME, bytecode.DELETE_NAME), c.b.Name(name))
		case ModuleScope:
			c.emit(pick(bytecode.LOAD_GLOBAL, bytecode.STORE_GLOBAL, bytecode.DELETE_GLOBAL), c.res.GlobalSlot(name))
		default:
			c.emit(pick(bytecode.LOAD_FAST, bytecode.STORE_FAST, bytecode.DELETE_FAST), indexOf(s.Locals, name))
		}
	case Cell, Free:
		idx := c.cellIndex(name)
		if s.Kind == ClassScope && ctx == python.Load {
			c.emit(bytecode.LOAD_CLASSDEREF, idx)
			return
		}
		c.emit(pick(bytecode.LOAD_DEREF, bytecode.STORE_DEREF, bytecode.DELETE_DEREF), idx)
	case GlobalExplicit:
		c.emit(pick(bytecode.LOAD_GLOBAL, bytecode.STORE_GLOBAL, bytecode.DELETE_GLOBAL), c.res.GlobalSlot(name))
	default: // GlobalImplicit
		if s.Kind == ClassScope {
			c.emit(pick(bytecode.LOAD_NAME, bytecode.STORE_NAME, bytecode.DELETE_NAME), c.b.Name(name))
			return
		}
		if ctx == python.Load && c.isPureBuiltin(name) {
			i, _ := bytecode.BuiltinIndex(name)
			c.emit(bytecode.LOAD_BUILTIN, i)
			return
		}
		c.emit(pick(bytecode.LOAD_GLOBAL, bytecode.STORE_GLOBAL, bytecode.DELETE_GLOBAL), c.res.GlobalSlot(name))
	}
}

// isPureBuiltin reports whether a global name can only mean the builtin:
// the module never binds it and has no `import *`.
func (c *compiler) isPureBuiltin(name string) bool {
	if _, ok := bytecode.BuiltinIndex(name); !ok {
		return false
	}
	m := c.res.Module
	if m.importStar {
		return false
	}
	if _, ok := c.res.globalIndex[name]; ok {
		return false
	}
	return true
}

// attrName returns the index in the names table of an attribute, mangled
// inside a class.
func (c *compiler) attrName(attr string) int {
	return c.b.Name(mangle(c.scope.Private, attr))
}

func (c *compiler) cellIndex(name string) int {
	if i := indexOf(c.scope.Cells, name); i >= 0 {
		return i
	}
	return len(c.scope.Cells) + indexOf(c.scope.Frees, name)
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// ---------------------------------------------------------------------------
// Functions and classes

// makeClosure emits what MAKE_FUNCTION needs for a nested scope: the code
// constant and, when it has free variables, the tuple of cells.
func (c *compiler) makeFunction(child *Scope, code *bytecode.Code, flags int) {
	if len(child.Frees) > 0 {
		for _, name := range child.Frees {
			c.emit(bytecode.LOAD_CLOSURE, c.cellIndex(name))
		}
		c.emit(bytecode.BUILD_TUPLE, len(child.Frees))
		flags |= bytecode.MakeClosure
	}
	c.emit(bytecode.LOAD_CONST, c.b.Const(code))
	c.emit(bytecode.MAKE_FUNCTION, flags)
}

// defaults emits the defaults tuple, the keyword-only defaults dict and the
// annotations dict of a def or lambda and returns the MAKE_FUNCTION flags.
func (c *compiler) defaults(args *python.Arguments, returns python.Expr) (int, error) {
	flags := 0
	if args == nil {
		return 0, nil
	}
	if len(args.Defaults) > 0 {
		if err := c.exprs(args.Defaults); err != nil {
			return 0, err
		}
		c.emit(bytecode.BUILD_TUPLE, len(args.Defaults))
		flags |= bytecode.MakeDefaults
	}
	n := 0
	for i, d := range args.KwDefaults {
		if d == nil {
			continue
		}
		c.loadConst(args.KwOnlyArgs[i].Arg)
		if err := c.expr(d); err != nil {
			return 0, err
		}
		n++
	}
	if n > 0 {
		c.emit(bytecode.BUILD_MAP, n)
		flags |= bytecode.MakeKwDefaults
	}
	n = 0
	for _, a := range allArgs(args) {
		if a.Annotation == nil {
			continue
		}
		c.loadConst(a.Arg)
		if err := c.expr(a.Annotation); err != nil {
			return 0, err
		}
		n++
	}
	if returns != nil {
		c.loadConst("return")
		if err := c.expr(returns); err != nil {
			return 0, err
		}
		n++
	}
	if n > 0 {
		c.emit(bytecode.BUILD_MAP, n)
		flags |= bytecode.MakeAnnotations
	}
	return flags, nil
}

func (c *compiler) funcDef(node python.Node, name string, args *python.Arguments, returns python.Expr, body []python.Stmt, decorators []python.Expr) error {
	if err := c.exprs(decorators); err != nil {
		return err
	}
	c.setPos(node.Span())
	flags, err := c.defaults(args, returns)
	if err != nil {
		return err
	}
	child := c.res.ScopeOf(node)
	code, err := c.functionBody(child, node, args, body, nil)
	if err != nil {
		return err
	}
	c.setPos(node.Span())
	c.makeFunction(child, code, flags)
	for range decorators {
		c.emit(bytecode.CALL, 1)
	}
	c.nameOp(name, python.Store)
	return nil
}

// functionBody compiles the code object of a def (body) or lambda (expr).
func (c *compiler) functionBody(s *Scope, node python.Node, args *python.Arguments, body []python.Stmt, expr python.Expr) (*bytecode.Code, error) {
	pb, ps, pf := c.newCode(s, bytecode.KindFunction, int(node.Span().Start.Line))
	code := c.b.Code
	if args != nil {
		code.PosOnlyArgCount = len(args.PosOnlyArgs)
		code.ArgCount = len(args.PosOnlyArgs) + len(args.Args)
		code.KwOnlyArgCount = len(args.KwOnlyArgs)
		if args.Vararg != nil {
			code.Flags |= bytecode.FlagVarArgs
		}
		if args.Kwarg != nil {
			code.Flags |= bytecode.FlagVarKwArgs
		}
	}
	if expr != nil {
		if err := c.expr(expr); err != nil {
			return nil, err
		}
		c.emit(bytecode.RETURN_VALUE, 0)
		return c.endCode(pb, ps, pf)
	}
	if doc, ok := docstring(body); ok {
		code.Doc = doc
		body = body[1:]
		if len(body) == 0 {
			// keep a position for the empty body
			c.setPos(node.Span())
		}
	}
	if err := c.stmts(body); err != nil {
		return nil, err
	}
	if op, ok := c.b.LastOp(); !ok || op != bytecode.RETURN_VALUE {
		c.emit(bytecode.LOAD_NONE, 0)
		c.emit(bytecode.RETURN_VALUE, 0)
	}
	return c.endCode(pb, ps, pf)
}

func (c *compiler) classDef(n *python.ClassDef) error {
	if err := c.exprs(n.DecoratorList); err != nil {
		return err
	}
	c.setPos(n.Loc)
	c.emit(bytecode.LOAD_BUILD_CLASS, 0)
	child := c.res.ScopeOf(n)
	pb, ps, pf := c.newCode(child, bytecode.KindClass, int(n.Loc.Start.Line))
	body := n.Body
	if doc, ok := docstring(body); ok {
		c.setPos(body[0].Span())
		c.loadConst(doc)
		c.emit(bytecode.STORE_NAME, c.b.Name("__doc__"))
		body = body[1:]
	}
	if hasAnnotations(body) {
		c.emit(bytecode.SETUP_ANNOTATIONS, 0)
	}
	if err := c.stmts(body); err != nil {
		return err
	}
	c.setPos(n.Loc)
	if child.NeedsClassCell {
		c.emit(bytecode.LOAD_CLOSURE, indexOf(child.Cells, "__class__"))
		c.emit(bytecode.DUP_TOP, 0)
		c.emit(bytecode.STORE_NAME, c.b.Name("__classcell__"))
	} else {
		c.emit(bytecode.LOAD_NONE, 0)
	}
	c.emit(bytecode.RETURN_VALUE, 0)
	code, err := c.endCode(pb, ps, pf)
	if err != nil {
		return err
	}
	c.setPos(n.Loc)
	c.makeFunction(child, code, 0)
	c.loadConst(n.Name)
	call := &python.Call{Loc: n.Loc, Args: n.Bases, Keywords: n.Keywords}
	if err := c.callArgs(call, 2); err != nil {
		return err
	}
	for range n.DecoratorList {
		c.emit(bytecode.CALL, 1)
	}
	c.nameOp(n.Name, python.Store)
	return nil
}

// ---------------------------------------------------------------------------
// Assignment

func (c *compiler) store(t python.Expr) error {
	prev := c.setPos(t.Span())
	defer c.b.SetPos(prev)
	switch n := t.(type) {
	case *python.Name:
		c.nameOp(n.ID, python.Store)
	case *python.Attribute:
		if err := c.expr(n.Value); err != nil {
			return err
		}
		c.setPos(n.Loc)
		c.emit(bytecode.STORE_ATTR, c.attrName(n.Attr))
	case *python.Subscript:
		if err := c.expr(n.Value); err != nil {
			return err
		}
		if err := c.expr(n.Slice); err != nil {
			return err
		}
		c.setPos(n.Loc)
		c.emit(bytecode.STORE_SUBSCR, 0)
	case *python.Tuple:
		return c.unpackStore(n.Elts)
	case *python.List:
		return c.unpackStore(n.Elts)
	case *python.Starred:
		return c.store(n.Value)
	default:
		return fmt.Errorf("%s: cannot assign to %T", t.Span().Start, t)
	}
	return nil
}

func (c *compiler) unpackStore(elts []python.Expr) error {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*python.Starred); ok {
			star = i
		}
	}
	if star < 0 {
		c.emit(bytecode.UNPACK_SEQUENCE, len(elts))
	} else {
		c.emit(bytecode.UNPACK_EX, star|(len(elts)-star-1)<<8)
	}
	for _, e := range elts {
		if err := c.store(e); err != nil {
			return err
		}
	}
	return nil
}

func (c *compiler) delete(t python.Expr) error {
	c.setPos(t.Span())
	switch n := t.(type) {
	case *python.Name:
		c.nameOp(n.ID, python.Del)
	case *python.Attribute:
		if err := c.expr(n.Value); err != nil {
			return err
		}
		c.setPos(n.Loc)
		c.emit(bytecode.DELETE_ATTR, c.attrName(n.Attr))
	case *python.Subscript:
		if err := c.expr(n.Value); err != nil {
			return err
		}
		if err := c.expr(n.Slice); err != nil {
			return err
		}
		c.setPos(n.Loc)
		c.emit(bytecode.DELETE_SUBSCR, 0)
	case *python.Tuple:
		for _, e := range n.Elts {
			if err := c.delete(e); err != nil {
				return err
			}
		}
	case *python.List:
		for _, e := range n.Elts {
			if err := c.delete(e); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("%s: cannot delete %T", t.Span().Start, t)
	}
	return nil
}

var binaryOps = map[python.Operator]bytecode.BinaryOp{
	python.Add: bytecode.OpAdd, python.Sub: bytecode.OpSub, python.Mult: bytecode.OpMul,
	python.MatMult: bytecode.OpMatMul, python.Div: bytecode.OpTrueDiv, python.Mod: bytecode.OpMod,
	python.Pow: bytecode.OpPow, python.LShift: bytecode.OpLShift, python.RShift: bytecode.OpRShift,
	python.BitOr: bytecode.OpOr, python.BitXor: bytecode.OpXor, python.BitAnd: bytecode.OpAnd,
	python.FloorDiv: bytecode.OpFloorDiv,
}

func (c *compiler) augAssign(n *python.AugAssign) error {
	op := int(binaryOps[n.Op] | bytecode.InPlace)
	switch t := n.Target.(type) {
	case *python.Name:
		c.setPos(t.Loc)
		c.nameOp(t.ID, python.Load)
		if err := c.expr(n.Value); err != nil {
			return err
		}
		c.setPos(n.Loc)
		c.emit(bytecode.BINARY_OP, op)
		c.setPos(t.Loc)
		c.nameOp(t.ID, python.Store)
	case *python.Attribute:
		if err := c.expr(t.Value); err != nil {
			return err
		}
		c.setPos(t.Loc)
		c.emit(bytecode.DUP_TOP, 0)
		c.emit(bytecode.LOAD_ATTR, c.attrName(t.Attr))
		if err := c.expr(n.Value); err != nil {
			return err
		}
		c.setPos(n.Loc)
		c.emit(bytecode.BINARY_OP, op)
		c.setPos(t.Loc)
		c.emit(bytecode.ROT_TWO, 0)
		c.emit(bytecode.STORE_ATTR, c.attrName(t.Attr))
	case *python.Subscript:
		if err := c.expr(t.Value); err != nil {
			return err
		}
		if err := c.expr(t.Slice); err != nil {
			return err
		}
		c.setPos(t.Loc)
		c.emit(bytecode.DUP_TOP_TWO, 0)
		c.emit(bytecode.BINARY_SUBSCR, 0)
		if err := c.expr(n.Value); err != nil {
			return err
		}
		c.setPos(n.Loc)
		c.emit(bytecode.BINARY_OP, op)
		c.setPos(t.Loc)
		c.emit(bytecode.ROT_THREE, 0)
		c.emit(bytecode.STORE_SUBSCR, 0)
	default:
		return fmt.Errorf("%s: cannot augment %T", n.Loc.Start, n.Target)
	}
	return nil
}

func (c *compiler) annAssign(n *python.AnnAssign) error {
	if n.Value != nil {
		if err := c.expr(n.Value); err != nil {
			return err
		}
		if err := c.store(n.Target); err != nil {
			return err
		}
	}
	name, simple := n.Target.(*python.Name)
	if simple && n.Simple && (c.scope.Kind == ModuleScope || c.scope.Kind == ClassScope) {
		if err := c.expr(n.Annotation); err != nil {
			return err
		}
		c.setPos(n.Loc)
		if c.scope.Kind == ClassScope {
			c.emit(bytecode.LOAD_NAME, c.b.Name("__annotations__"))
		} else {
			c.emit(bytecode.LOAD_GLOBAL, c.res.GlobalSlot("__annotations__"))
		}
		c.loadConst(name.ID)
		c.emit(bytecode.STORE_SUBSCR, 0)
		return nil
	}
	if n.Value == nil && !simple {
		// CPython evaluates the target's object (and index) for checks.
		switch t := n.Target.(type) {
		case *python.Attribute:
			if err := c.expr(t.Value); err != nil {
				return err
			}
			c.emit(bytecode.POP_TOP, 0)
		case *python.Subscript:
			if err := c.expr(t.Value); err != nil {
				return err
			}
			c.emit(bytecode.POP_TOP, 0)
			if err := c.expr(t.Slice); err != nil {
				return err
			}
			c.emit(bytecode.POP_TOP, 0)
		}
	}
	return nil
}

// ---------------------------------------------------------------------------
// Control flow

func (c *compiler) pushFblock(kind fblockKind, start, exit *asm.Label) *fblock {
	fb := &fblock{kind: kind, start: start, exit: exit, outside: c.b.OpenHandlers()}
	c.fblocks = append(c.fblocks, fb)
	return fb
}

func (c *compiler) popFblock() { c.fblocks = c.fblocks[:len(c.fblocks)-1] }

func (c *compiler) forStmt(n *python.For) error {
	start, cleanup, end := c.b.NewLabel(), c.b.NewLabel(), c.b.NewLabel()
	if err := c.expr(n.Iter); err != nil {
		return err
	}
	c.setPos(n.Iter.Span())
	c.emit(bytecode.GET_ITER, 0)
	c.b.Bind(start)
	c.setPos(n.Target.Span())
	c.b.EmitJump(bytecode.FOR_ITER, cleanup)
	c.pushFblock(fbFor, start, end)
	if err := c.store(n.Target); err != nil {
		return err
	}
	if err := c.stmts(n.Body); err != nil {
		return err
	}
	c.setPos(n.Target.Span())
	c.b.EmitJump(bytecode.JUMP, start)
	c.popFblock()
	c.b.Bind(cleanup)
	if err := c.stmts(n.Orelse); err != nil {
		return err
	}
	c.b.Bind(end)
	return nil
}

func (c *compiler) whileStmt(n *python.While) error {
	start, orelse, end := c.b.NewLabel(), c.b.NewLabel(), c.b.NewLabel()
	c.b.Bind(start)
	if !isConstTrue(n.Test) {
		if err := c.jumpIf(n.Test, false, orelse); err != nil {
			return err
		}
	}
	c.pushFblock(fbWhile, start, end)
	if err := c.stmts(n.Body); err != nil {
		return err
	}
	c.setPos(n.Loc)
	c.b.EmitJump(bytecode.JUMP, start)
	c.popFblock()
	c.b.Bind(orelse)
	if err := c.stmts(n.Orelse); err != nil {
		return err
	}
	c.b.Bind(end)
	return nil
}

func isConstTrue(e python.Expr) bool {
	k, ok := e.(*python.Constant)
	if !ok {
		return false
	}
	switch v := k.Value.(type) {
	case python.Bool:
		return bool(v)
	case python.Int:
		return v != "0"
	case python.Str:
		return v != ""
	}
	return false
}

func (c *compiler) ifStmt(n *python.If) error {
	end := c.b.NewLabel()
	next := end
	if len(n.Orelse) > 0 {
		next = c.b.NewLabel()
	}
	if err := c.jumpIf(n.Test, false, next); err != nil {
		return err
	}
	if err := c.stmts(n.Body); err != nil {
		return err
	}
	if len(n.Orelse) > 0 {
		c.b.EmitJump(bytecode.JUMP, end)
		c.b.Bind(next)
		if err := c.stmts(n.Orelse); err != nil {
			return err
		}
	}
	c.b.Bind(end)
	return nil
}

// jumpIf compiles a condition and jumps to target when its truth equals
// cond, with short-circuit jumps for not, and, or and comparisons.
func (c *compiler) jumpIf(e python.Expr, cond bool, target *asm.Label) error {
	switch n := e.(type) {
	case *python.UnaryOp:
		if n.Op == python.Not {
			return c.jumpIf(n.Operand, !cond, target)
		}
	case *python.BoolOp:
		isOr := n.Op == python.Or
		if isOr == cond {
			// or/jump-if-true and and/jump-if-false: any operand decides.
			for _, v := range n.Values {
				if err := c.jumpIf(v, cond, target); err != nil {
					return err
				}
			}
			return nil
		}
		skip := c.b.NewLabel()
		for _, v := range n.Values[:len(n.Values)-1] {
			if err := c.jumpIf(v, !cond, skip); err != nil {
				return err
			}
		}
		if err := c.jumpIf(n.Values[len(n.Values)-1], cond, target); err != nil {
			return err
		}
		c.b.Bind(skip)
		return nil
	}
	if err := c.expr(e); err != nil {
		return err
	}
	c.setPos(e.Span())
	if cond {
		c.b.EmitJump(bytecode.POP_JUMP_IF_TRUE, target)
	} else {
		c.b.EmitJump(bytecode.POP_JUMP_IF_FALSE, target)
	}
	return nil
}

func (c *compiler) breakStmt(n *python.Break) error {
	saved := c.b.SaveHandlers()
	for i := len(c.fblocks) - 1; i >= 0; i-- {
		fb := c.fblocks[i]
		if fb.kind == fbWhile || fb.kind == fbFor {
			c.b.TruncateHandlers(fb.outside)
			if fb.kind == fbFor {
				c.emit(bytecode.POP_TOP, 0)
			}
			c.b.EmitJump(bytecode.JUMP, fb.exit)
			c.b.RestoreHandlers(saved)
			return nil
		}
		if err := c.unwind(fb, false); err != nil {
			return err
		}
	}
	return fmt.Errorf("%s: 'break' outside loop", n.Loc.Start)
}

func (c *compiler) continueStmt(n *python.Continue) error {
	saved := c.b.SaveHandlers()
	for i := len(c.fblocks) - 1; i >= 0; i-- {
		fb := c.fblocks[i]
		if fb.kind == fbWhile || fb.kind == fbFor {
			c.b.TruncateHandlers(fb.outside)
			c.b.EmitJump(bytecode.JUMP, fb.start)
			c.b.RestoreHandlers(saved)
			return nil
		}
		if err := c.unwind(fb, false); err != nil {
			return err
		}
	}
	return fmt.Errorf("%s: 'continue' not properly in loop", n.Loc.Start)
}

// unwind emits the cleanup of one block when control leaves it by return,
// break or continue (CPython's compiler_unwind_fblock).
func (c *compiler) unwind(fb *fblock, preserve bool) error {
	c.b.TruncateHandlers(fb.outside)
	switch fb.kind {
	case fbWhile, fbExceptionHandler, fbTryExcept:
	case fbFor:
		if preserve {
			c.emit(bytecode.ROT_TWO, 0)
		}
		c.emit(bytecode.POP_TOP, 0)
	case fbFinallyTry:
		// The finally body runs outside its own try, with the blocks
		// outside it still active (and the return value kept below it).
		saved := c.fblocks
		outer := append([]*fblock(nil), c.fblocks[:indexOfBlock(c.fblocks, fb)]...)
		if preserve {
			outer = append(outer, &fblock{kind: fbPopValue, outside: c.b.OpenHandlers()})
		}
		c.fblocks = outer
		err := c.stmts(fb.finalBody)
		c.fblocks = saved
		if err != nil {
			return err
		}
	case fbFinallyEnd:
		if preserve {
			c.emit(bytecode.SWAP, 2)
		}
		c.emit(bytecode.POP_TOP, 0)
		if preserve {
			c.emit(bytecode.SWAP, 2)
		}
		c.emit(bytecode.POP_EXCEPT, 0)
	case fbWith:
		if preserve {
			c.emit(bytecode.ROT_TWO, 0)
		}
		c.emit(bytecode.LOAD_NONE, 0)
		c.emit(bytecode.LOAD_NONE, 0)
		c.emit(bytecode.LOAD_NONE, 0)
		c.emit(bytecode.CALL, 3)
		c.emit(bytecode.POP_TOP, 0)
	case fbHandlerCleanup:
		if preserve {
			c.emit(bytecode.SWAP, 2)
		}
		c.emit(bytecode.POP_EXCEPT, 0)
		if fb.name != "" {
			c.emit(bytecode.LOAD_NONE, 0)
			c.nameOp(fb.name, python.Store)
			c.nameOp(fb.name, python.Del)
		}
	case fbPopValue:
		if preserve {
			c.emit(bytecode.SWAP, 2)
		}
		c.emit(bytecode.POP_TOP, 0)
	}
	return nil
}

func indexOfBlock(list []*fblock, fb *fblock) int {
	for i, x := range list {
		if x == fb {
			return i
		}
	}
	return len(list)
}
