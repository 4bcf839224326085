package pycompile

import (
	"sort"
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
)

// ScopeKind is the kind of a name scope.
type ScopeKind uint8

// Scope kinds.
const (
	ModuleScope ScopeKind = iota + 1
	FunctionScope
	ClassScope
	ComprehensionScope
)

// Binding says where a name lives in a scope.
type Binding uint8

// Bindings, as CPython's symtable computes them.
const (
	// Local is a fast local of a function (a namespace entry of a class body).
	Local Binding = iota + 1
	// Cell is a local of a function that nested functions capture.
	Cell
	// Free is a variable of an enclosing function.
	Free
	// GlobalExplicit is a name declared global.
	GlobalExplicit
	// GlobalImplicit is a name not bound in any enclosing function: a module
	// global, a builtin, or undefined.
	GlobalImplicit
)

// symbol flags, as CPython's DEF_* flags.
type symFlags uint16

const (
	defLocal symFlags = 1 << iota // assigned, imported, def/class, for/with target …
	defParam
	defGlobal
	defNonlocal
	useName
	defFreeClass // free in a nested scope while the class body also uses it
)

type symbol struct {
	name    string
	flags   symFlags
	binding Binding
	first   source.Span // first use or definition, for diagnostics
}

// Scope is the result of resolving one scope.
type Scope struct {
	Kind     ScopeKind
	Node     python.Node
	Name     string
	QualName string
	Parent   *Scope
	Children []*Scope

	syms  map[string]*symbol
	order []string

	Params []string // parameter names in order (*args and **kwargs last)
	// Locals, Cells and Frees are the fast locals, captured locals and free
	// variables of a function or comprehension, in a stable order.
	Locals []string
	Cells  []string
	Frees  []string

	// Private is the name of the innermost enclosing class (the class
	// itself for a class body), "" outside classes: names of the form
	// __spam are mangled with it.
	Private string

	Generator      bool // contains yield
	NeedsClassCell bool // class body whose methods use super() or __class__
	importStar     bool
	loopDepth      int
	nested         bool
}

// Binding returns where name lives in s.
func (s *Scope) Binding(name string) Binding {
	if sym, ok := s.syms[name]; ok {
		return sym.binding
	}
	return GlobalImplicit
}

// IsClassLocal reports whether a class body assigns name (so the name is
// looked up in the class namespace first).
func (s *Scope) IsClassLocal(name string) bool {
	sym, ok := s.syms[name]
	return ok && s.Kind == ClassScope && sym.binding == Local
}

// Resolution is the result of resolving a module.
type Resolution struct {
	Module      *Scope
	scopes      map[python.Node]*Scope
	Globals     []string // every global name, in order of first appearance
	globalIndex map[string]int
	// Refs lists every occurrence of a name in the module, in the order
	// the resolver met them (for editors: definitions, references,
	// renames).
	Refs []Ref
}

// Ref is one occurrence of a name: a use, an assignment target, a
// parameter, the name of a def or class, an imported name, a global or
// nonlocal declaration.
type Ref struct {
	// Name is the name as its scope knows it (mangled inside a class).
	Name string
	Span source.Span
	// Scope is the scope the occurrence is in.
	Scope *Scope
	// Def is set when the occurrence binds the name.
	Def bool
}

// Owner returns the scope whose binding of name an occurrence in s
// reaches: s for its locals, the enclosing function that binds a free
// variable, the module for every other name (module globals, and the
// builtins and injected names that nothing in the module binds).
func (r *Resolution) Owner(s *Scope, name string) *Scope {
	switch s.Binding(name) {
	case Local, Cell:
		return s
	case Free:
		for p := s.Parent; p != nil; p = p.Parent {
			if p.Kind == ClassScope {
				continue
			}
			if b := p.Binding(name); b == Local || b == Cell {
				return p
			}
		}
	}
	return r.Module
}

// ScopeOf returns the scope that node (a module, def, lambda, class or
// comprehension) opens.
func (r *Resolution) ScopeOf(node python.Node) *Scope { return r.scopes[node] }

// GlobalSlot returns the slot of a global name, adding it when new.
func (r *Resolution) GlobalSlot(name string) int {
	if i, ok := r.globalIndex[name]; ok {
		return i
	}
	r.globalIndex[name] = len(r.Globals)
	r.Globals = append(r.Globals, name)
	return len(r.Globals) - 1
}

// Options control resolution.
type Options struct {
	// Injected are the names the runtime sets in the module's globals
	// before it runs (page, request, … for pages).
	Injected []string
	// ModuleGlobals are names every module has (__name__, __file__ …).
	ModuleGlobals []string
}

// DefaultModuleGlobals are the globals that every module has.
var DefaultModuleGlobals = []string{"__name__", "__file__", "__doc__", "__package__", "__builtins__", "__spec__", "__loader__", "__annotations__"}

// unsupportedBuiltins are CPython builtins that hfc does not provide.
var unsupportedBuiltins = map[string]string{
	"eval": "evaluating code from strings", "exec": "running code from strings", "compile": "compiling code from strings",
	"open": "file access from pages", "input": "reading standard input", "breakpoint": "breakpoint() (use the hfls debugger)",
	"memoryview": "memoryview", "bytearray": "bytearray", "complex": "complex numbers", "aiter": "async iteration",
	"anext": "async iteration", "help": "help()", "exit": "exit() (raise SystemExit)", "quit": "quit() (raise SystemExit)",
	"copyright": "copyright", "credits": "credits", "license": "license",
}

type resolver struct {
	res   *Resolution
	opts  Options
	diags diag.Builder
	file  *source.File
	cur   *Scope
	// unresolved global uses, checked once every scope is known
	uses []globalUse
	// implicit is set while adding a name the source does not spell, which
	// gets no Ref.
	implicit bool
}

type globalUse struct {
	name  string
	span  source.Span
	scope *Scope
}

// Resolve computes the scopes and bindings of a module and reports the
// errors CPython's symbol table reports, plus hfc's: undefined names,
// unsupported constructs and builtins, and assignments that shadow injected
// names.
func Resolve(f *source.File, mod *python.Module, opts Options) (*Resolution, diag.List) {
	if opts.ModuleGlobals == nil {
		opts.ModuleGlobals = DefaultModuleGlobals
	}
	r := &resolver{res: &Resolution{scopes: map[python.Node]*Scope{}, globalIndex: map[string]int{}}, opts: opts, file: f}
	r.diags.File = f.Name
	m := r.newScope(ModuleScope, mod, "<module>", "<module>")
	r.res.Module = m
	r.cur = m
	r.stmts(mod.Body)
	r.analyze(m, nil)
	r.checkUndefined()
	return r.res, r.diags.Diags
}

func (r *resolver) newScope(kind ScopeKind, node python.Node, name, qual string) *Scope {
	s := &Scope{Kind: kind, Node: node, Name: name, QualName: qual, Parent: r.cur, syms: map[string]*symbol{}}
	if kind == ClassScope {
		s.Private = name
	} else if r.cur != nil {
		s.Private = r.cur.Private
	}
	if r.cur != nil {
		r.cur.Children = append(r.cur.Children, s)
		s.nested = r.cur.Kind != ModuleScope || r.cur.nested
	}
	r.res.scopes[node] = s
	return s
}

// qualName is CPython's __qualname__ for a def, class, lambda or
// comprehension in the current scope (compiler_set_qualname): a function
// or class declared global there has its bare name, and comprehensions
// have no "<locals>".
func (r *resolver) qualName(name string) string {
	s := r.cur
	if sym, ok := s.syms[mangle(s.Private, name)]; ok && sym.flags&defGlobal != 0 {
		return name
	}
	switch s.Kind {
	case ModuleScope:
		return name
	case FunctionScope:
		return s.QualName + ".<locals>." + name
	}
	return s.QualName + "." + name
}

// add records a use or definition of name (mangled inside a class) in the
// current scope.
func (r *resolver) add(name string, flags symFlags, span source.Span) {
	s := r.cur
	name = mangle(s.Private, name)
	sym, ok := s.syms[name]
	if !ok {
		sym = &symbol{name: name, first: span}
		s.syms[name] = sym
		s.order = append(s.order, name)
	}
	if flags&defParam != 0 && sym.flags&defParam != 0 {
		r.diags.Add(diag.DuplicateArgument, span, "duplicate argument '%s' in function definition", name)
	}
	if flags&defLocal != 0 && name == "__debug__" {
		r.diags.Add(diag.AssignToDebug, span, "cannot assign to __debug__")
	}
	if flags&defLocal != 0 && s.Kind == ModuleScope {
		for _, inj := range r.opts.Injected {
			if inj == name {
				r.diags.Add(diag.ShadowInjected, span, "this assignment replaces the injected `%s` for the rest of the page", name).
					WithHint("the runtime sets `%s` before the frontmatter runs; pick another name", name)
				break
			}
		}
	}
	sym.flags |= flags
	if !r.implicit && !strings.HasPrefix(name, ".") {
		r.res.Refs = append(r.res.Refs, Ref{Name: name, Span: span, Scope: s, Def: flags&(defLocal|defParam) != 0})
	}
}

func (r *resolver) store(name string, span source.Span) { r.add(name, defLocal, span) }

func (r *resolver) stmts(body []python.Stmt) {
	for _, s := range body {
		r.stmt(s)
	}
}

func (r *resolver) unsupported(span source.Span, what string) {
	r.diags.Add(diag.Unsupported, span, "%s is not supported by hfc", what).
		WithHint("hfc parses all of Python 3.11 but runs a subset; see docs/python.md")
}

// markerBases reports whether the bases after a class's first one are all
// abc.ABC (written ABC or x.ABC): hfc has single inheritance, but a class
// may list ABC as a marker (class Base(Model, ABC)); the VM checks at run
// time that the name is a marker class.
func markerBases(bases []python.Expr) bool {
	for _, b := range bases {
		switch x := b.(type) {
		case *python.Name:
			if x.ID != "ABC" {
				return false
			}
		case *python.Attribute:
			if x.Attr != "ABC" {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func (r *resolver) stmt(s python.Stmt) {
	switch n := s.(type) {
	case *python.FunctionDef:
		r.exprs(n.DecoratorList)
		r.funcDef(n, n.Name, n.NameLoc, n.Args, n.Returns, n.Body)
	case *python.AsyncFunctionDef:
		r.unsupported(n.Loc, "async def")
		r.exprs(n.DecoratorList)
		r.funcDef(n, n.Name, n.NameLoc, n.Args, n.Returns, n.Body)
	case *python.ClassDef:
		r.exprs(n.DecoratorList)
		r.exprs(n.Bases)
		if len(n.Bases) > 1 && !markerBases(n.Bases[1:]) {
			r.unsupported(source.Cover(n.Bases[0].Span(), n.Bases[len(n.Bases)-1].Span()), "multiple inheritance")
		}
		for _, k := range n.Keywords {
			if k.Arg == "metaclass" {
				r.unsupported(k.Loc, "a metaclass")
			}
			r.expr(k.Value)
		}
		r.store(n.Name, n.NameLoc)
		outer := r.cur
		sc := r.newScope(ClassScope, n, n.Name, r.qualName(n.Name))
		r.cur = sc
		r.stmts(n.Body)
		r.cur = outer
	case *python.Return:
		if r.cur.Kind != FunctionScope {
			r.diags.Add(diag.ReturnOutsideFunc, n.Loc, "'return' outside function").
				WithHint("a page's frontmatter is a module body; stop early with page.respond(), page.redirect() or page.abort()")
		}
		r.expr(n.Value)
	case *python.Delete:
		for _, t := range n.Targets {
			r.target(t)
		}
	case *python.Assign:
		r.expr(n.Value)
		for _, t := range n.Targets {
			r.target(t)
		}
	case *python.AugAssign:
		r.expr(n.Value)
		if name, ok := n.Target.(*python.Name); ok {
			r.add(name.ID, useName|defLocal, name.Loc)
		} else {
			r.target(n.Target)
		}
	case *python.AnnAssign:
		r.expr(n.Annotation)
		r.expr(n.Value)
		if name, ok := n.Target.(*python.Name); ok {
			r.add(name.ID, defLocal, name.Loc)
		} else {
			r.target(n.Target)
		}
	case *python.For:
		r.expr(n.Iter)
		r.target(n.Target)
		r.cur.loopDepth++
		r.stmts(n.Body)
		r.cur.loopDepth--
		r.stmts(n.Orelse)
	case *python.AsyncFor:
		r.unsupported(n.Loc, "async for")
		r.expr(n.Iter)
		r.target(n.Target)
		r.cur.loopDepth++
		r.stmts(n.Body)
		r.cur.loopDepth--
		r.stmts(n.Orelse)
	case *python.While:
		r.expr(n.Test)
		r.cur.loopDepth++
		r.stmts(n.Body)
		r.cur.loopDepth--
		r.stmts(n.Orelse)
	case *python.If:
		r.expr(n.Test)
		r.stmts(n.Body)
		r.stmts(n.Orelse)
	case *python.With:
		for _, it := range n.Items {
			r.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				r.target(it.OptionalVars)
			}
		}
		r.stmts(n.Body)
	case *python.AsyncWith:
		r.unsupported(n.Loc, "async with")
		for _, it := range n.Items {
			r.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				r.target(it.OptionalVars)
			}
		}
		r.stmts(n.Body)
	case *python.Match:
		r.unsupported(n.Loc, "the match statement")
		r.expr(n.Subject)
		for _, c := range n.Cases {
			r.pattern(c.Pattern)
			r.expr(c.Guard)
			r.stmts(c.Body)
		}
	case *python.Raise:
		r.expr(n.Exc)
		r.expr(n.Cause)
	case *python.Try:
		r.stmts(n.Body)
		for _, h := range n.Handlers {
			r.expr(h.Type)
			if h.Name != "" {
				r.store(h.Name, h.NameLoc)
			}
			r.stmts(h.Body)
		}
		r.stmts(n.Orelse)
		r.stmts(n.Finalbody)
	case *python.TryStar:
		r.unsupported(n.Loc, "except*")
		r.stmts(n.Body)
		for _, h := range n.Handlers {
			r.expr(h.Type)
			if h.Name != "" {
				r.store(h.Name, h.NameLoc)
			}
			r.stmts(h.Body)
		}
		r.stmts(n.Orelse)
		r.stmts(n.Finalbody)
	case *python.Assert:
		r.expr(n.Test)
		r.expr(n.Msg)
	case *python.Import:
		for _, a := range n.Names {
			name := a.Asname
			span := a.AsnameLoc
			if name == "" {
				name, _, _ = strings.Cut(a.Name, ".")
				span = a.NameLoc
			}
			r.store(name, span)
		}
	case *python.ImportFrom:
		for _, a := range n.Names {
			if a.Name == "*" {
				if r.cur.Kind != ModuleScope {
					r.diags.Add(diag.Unsupported, a.Loc, "import * only allowed at module level")
				}
				r.cur.importStar = true
				continue
			}
			name, span := a.Name, a.NameLoc
			if a.Asname != "" {
				name, span = a.Asname, a.AsnameLoc
			}
			r.store(name, span)
		}
	case *python.Global:
		for i, name := range n.Names {
			r.declare(name, n.NameLocs[i], defGlobal, "global")
		}
	case *python.Nonlocal:
		for i, name := range n.Names {
			if r.cur.Kind == ModuleScope {
				r.diags.Add(diag.NonlocalError, n.NameLocs[i], "nonlocal declaration not allowed at module level")
				continue
			}
			r.declare(name, n.NameLocs[i], defNonlocal, "nonlocal")
		}
	case *python.ExprStmt:
		r.expr(n.Value)
	case *python.Break:
		if r.cur.loopDepth == 0 {
			r.diags.Add(diag.BreakOutsideLoop, n.Loc, "'break' outside loop")
		}
	case *python.Continue:
		if r.cur.loopDepth == 0 {
			r.diags.Add(diag.ContinueOutsideLoop, n.Loc, "'continue' not properly in loop")
		}
	case *python.Pass, *python.BadStmt:
	}
}

// declare records a global or nonlocal declaration.
func (r *resolver) declare(name string, span source.Span, flag symFlags, kw string) {
	s := r.cur
	name = mangle(s.Private, name)
	if sym, ok := s.syms[name]; ok {
		switch {
		case sym.flags&defParam != 0:
			r.diags.Add(diag.ParamGlobal, span, "name '%s' is parameter and %s", name, kw)
			return
		case sym.flags&defLocal != 0 && sym.flags&(defGlobal|defNonlocal) == 0:
			r.diags.Add(diag.GlobalAfterUse, span, "name '%s' is assigned to before %s declaration", name, kw)
		case sym.flags&useName != 0 && sym.flags&(defGlobal|defNonlocal) == 0:
			r.diags.Add(diag.GlobalAfterUse, span, "name '%s' is used prior to %s declaration", name, kw)
		}
	}
	r.add(name, flag, span)
	if flag == defGlobal {
		r.res.GlobalSlot(name)
	}
}

// funcDef opens the scope of a def or lambda. Defaults and annotations are
// evaluated in the enclosing scope.
func (r *resolver) funcDef(node python.Node, name string, nameLoc source.Span, args *python.Arguments, returns python.Expr, body []python.Stmt) {
	if args != nil {
		r.exprs(args.Defaults)
		for _, d := range args.KwDefaults {
			r.expr(d)
		}
		for _, a := range allArgs(args) {
			r.expr(a.Annotation)
		}
	}
	r.expr(returns)
	if _, isLambda := node.(*python.Lambda); !isLambda {
		r.store(name, nameLoc)
	}
	outer := r.cur
	s := r.newScope(FunctionScope, node, name, r.qualName(name))
	r.cur = s
	if args != nil {
		for _, a := range allArgs(args) {
			r.add(a.Arg, defParam|defLocal, a.Loc)
			s.Params = append(s.Params, mangle(s.Private, a.Arg))
		}
	}
	if lam, ok := node.(*python.Lambda); ok {
		r.expr(lam.Body)
	} else {
		r.stmts(body)
	}
	r.cur = outer
}

// allArgs lists the parameters in frame order: positional-only, positional,
// keyword-only, *args, **kwargs.
func allArgs(a *python.Arguments) []*python.Arg {
	out := append(append([]*python.Arg(nil), a.PosOnlyArgs...), a.Args...)
	out = append(out, a.KwOnlyArgs...)
	if a.Vararg != nil {
		out = append(out, a.Vararg)
	}
	if a.Kwarg != nil {
		out = append(out, a.Kwarg)
	}
	return out
}

// target records the names bound by an assignment target.
func (r *resolver) target(t python.Expr) {
	switch n := t.(type) {
	case *python.Name:
		if n.Ctx == python.Del {
			r.add(n.ID, defLocal, n.Loc)
		} else {
			r.store(n.ID, n.Loc)
		}
	case *python.Tuple:
		for _, e := range n.Elts {
			r.target(e)
		}
	case *python.List:
		for _, e := range n.Elts {
			r.target(e)
		}
	case *python.Starred:
		r.target(n.Value)
	case *python.Attribute:
		r.expr(n.Value)
	case *python.Subscript:
		r.expr(n.Value)
		r.expr(n.Slice)
	default:
		r.expr(t)
	}
}

func (r *resolver) exprs(es []python.Expr) {
	for _, e := range es {
		r.expr(e)
	}
}

func (r *resolver) expr(e python.Expr) {
	switch n := e.(type) {
	case nil:
	case *python.Name:
		switch n.Ctx {
		case python.Load:
			r.add(n.ID, useName, n.Loc)
			if n.ID == "super" && r.cur.Kind == FunctionScope {
				// super() needs __class__ from the enclosing class body;
				// the source does not name it.
				r.implicit = true
				r.add("__class__", useName, n.Loc)
				r.implicit = false
			}
			r.uses = append(r.uses, globalUse{mangle(r.cur.Private, n.ID), n.Loc, r.cur})
		default:
			r.target(n)
		}
	case *python.BoolOp:
		r.exprs(n.Values)
	case *python.NamedExpr:
		r.expr(n.Value)
		r.walrusTarget(n.Target.(*python.Name))
	case *python.BinOp:
		r.expr(n.Left)
		r.expr(n.Right)
	case *python.UnaryOp:
		r.expr(n.Operand)
	case *python.Lambda:
		r.funcDef(n, "<lambda>", n.Loc, n.Args, nil, nil)
	case *python.IfExp:
		r.expr(n.Test)
		r.expr(n.Body)
		r.expr(n.Orelse)
	case *python.Dict:
		for i := range n.Values {
			r.expr(n.Keys[i])
			r.expr(n.Values[i])
		}
	case *python.Set:
		r.exprs(n.Elts)
	case *python.ListComp:
		r.comprehension(n, "<listcomp>", n.Generators, n.Elt, nil)
	case *python.SetComp:
		r.comprehension(n, "<setcomp>", n.Generators, n.Elt, nil)
	case *python.DictComp:
		r.comprehension(n, "<dictcomp>", n.Generators, n.Key, n.Value)
	case *python.GeneratorExp:
		r.comprehension(n, "<genexpr>", n.Generators, n.Elt, nil)
	case *python.Await:
		r.unsupported(n.Loc, "await")
		r.expr(n.Value)
	case *python.Yield:
		r.yield(n.Loc)
		r.expr(n.Value)
	case *python.YieldFrom:
		r.yield(n.Loc)
		r.expr(n.Value)
	case *python.Compare:
		r.expr(n.Left)
		r.exprs(n.Comparators)
	case *python.Call:
		r.expr(n.Func)
		r.exprs(n.Args)
		for _, k := range n.Keywords {
			r.expr(k.Value)
		}
	case *python.FormattedValue:
		r.expr(n.Value)
		r.expr(n.FormatSpec)
	case *python.JoinedStr:
		r.exprs(n.Values)
	case *python.Constant:
		if _, ok := n.Value.(python.Imag); ok {
			r.unsupported(n.Loc, "a complex number")
		}
	case *python.Attribute:
		r.expr(n.Value)
	case *python.Subscript:
		r.expr(n.Value)
		r.expr(n.Slice)
	case *python.Starred:
		r.expr(n.Value)
	case *python.List:
		r.exprs(n.Elts)
	case *python.Tuple:
		r.exprs(n.Elts)
	case *python.Slice:
		r.expr(n.Lower)
		r.expr(n.Upper)
		r.expr(n.Step)
	case *python.BadExpr:
	}
}

func (r *resolver) yield(span source.Span) {
	switch r.cur.Kind {
	case FunctionScope:
		r.cur.Generator = true
	case ComprehensionScope:
		r.diags.Add(diag.YieldInComprehension, span, "'yield' inside %s", comprehensionWord(r.cur.Name))
	default:
		r.diags.Add(diag.YieldOutsideFunc, span, "'yield' outside function")
	}
}

func comprehensionWord(name string) string {
	switch name {
	case "<listcomp>":
		return "list comprehension"
	case "<setcomp>":
		return "set comprehension"
	case "<dictcomp>":
		return "dict comprehension"
	}
	return "generator expression"
}

// walrusTarget binds the target of := in the nearest enclosing scope that is
// not a comprehension (CPython's symtable_extend_namedexpr_scope).
func (r *resolver) walrusTarget(n *python.Name) {
	if r.cur.Kind != ComprehensionScope {
		r.store(n.ID, n.Loc)
		return
	}
	outer := r.cur
	r.add(n.ID, defNonlocal, n.Loc)
	s := r.cur
	for s.Kind == ComprehensionScope {
		s = s.Parent
	}
	r.cur = s
	if s.Kind == ModuleScope {
		r.add(n.ID, defLocal, n.Loc)
	} else if s.Kind == ClassScope {
		r.diags.Add(diag.Unsupported, n.Loc, "assignment expression within a comprehension cannot be used in a class body")
	} else {
		r.add(n.ID, defLocal, n.Loc)
	}
	r.cur = outer
	// The comprehension reads and writes the enclosing variable.
	name := mangle(r.cur.Private, n.ID)
	sym := r.cur.syms[name]
	if s.Kind == ModuleScope {
		sym.flags = sym.flags&^defNonlocal | defGlobal
		r.res.GlobalSlot(name)
	}
}

// comprehension opens the scope of a comprehension; its first iterable is
// evaluated in the enclosing scope and passed as the parameter ".0".
func (r *resolver) comprehension(node python.Expr, name string, gens []*python.Comprehension, elt, value python.Expr) {
	if len(gens) == 0 {
		return
	}
	r.expr(gens[0].Iter)
	outer := r.cur
	s := r.newScope(ComprehensionScope, node, name, r.qualName(name))
	r.cur = s
	r.add(".0", defParam|defLocal, gens[0].Iter.Span())
	s.Params = []string{".0"}
	for i, g := range gens {
		if g.IsAsync {
			r.unsupported(g.Loc, "async comprehension")
		}
		if i > 0 {
			r.expr(g.Iter)
		}
		r.target(g.Target)
		r.exprs(g.Ifs)
	}
	r.expr(elt)
	r.expr(value)
	if name == "<genexpr>" {
		s.Generator = true
	}
	r.cur = outer
}

func (r *resolver) pattern(p python.Pattern) {
	switch n := p.(type) {
	case *python.MatchValue:
		r.expr(n.Value)
	case *python.MatchSequence:
		for _, q := range n.Patterns {
			r.pattern(q)
		}
	case *python.MatchMapping:
		r.exprs(n.Keys)
		for _, q := range n.Patterns {
			r.pattern(q)
		}
		if n.Rest != "" {
			r.store(n.Rest, n.RestLoc)
		}
	case *python.MatchClass:
		r.expr(n.Cls)
		for _, q := range n.Patterns {
			r.pattern(q)
		}
		for _, q := range n.KwdPatterns {
			r.pattern(q)
		}
	case *python.MatchStar:
		if n.Name != "" {
			r.store(n.Name, n.NameLoc)
		}
	case *python.MatchAs:
		r.pattern(n.Pattern)
		if n.Name != "" {
			r.store(n.Name, n.NameLoc)
		}
	case *python.MatchOr:
		for _, q := range n.Patterns {
			r.pattern(q)
		}
	}
}

// analyze computes the binding of every name (CPython's analyze_block):
// bound holds the names bound by enclosing functions. It returns the names
// that are free in s (to be cells or frees of the enclosing scopes).
func (r *resolver) analyze(s *Scope, bound map[string]bool) map[string]bool {
	free := map[string]bool{}
	for _, name := range s.order {
		sym := s.syms[name]
		f := sym.flags
		switch {
		case f&defGlobal != 0:
			sym.binding = GlobalExplicit
		case f&defNonlocal != 0:
			if !bound[name] {
				if s.Kind != ComprehensionScope {
					r.diags.Add(diag.NonlocalError, sym.first, "no binding for nonlocal '%s' found", name)
				}
				sym.binding = GlobalImplicit
			} else {
				sym.binding = Free
				free[name] = true
			}
		case f&(defLocal|defParam) != 0:
			sym.binding = Local
		case s.Kind != ModuleScope && bound[name]:
			sym.binding = Free
			free[name] = true
		case name == "__class__" && s.Kind == FunctionScope && bound["__class__"]:
			sym.binding = Free
			free[name] = true
		default:
			sym.binding = GlobalImplicit
		}
		if s.Kind == ModuleScope && sym.binding == Local {
			r.res.GlobalSlot(name)
		}
	}
	// What the children see.
	childBound := map[string]bool{}
	switch s.Kind {
	case FunctionScope, ComprehensionScope:
		// A global statement hides the enclosing functions' binding of
		// the name from nested functions too (analyze_name discards it
		// from bound).
		for k := range bound {
			if sym, ok := s.syms[k]; !ok || sym.binding != GlobalExplicit {
				childBound[k] = true
			}
		}
		for name, sym := range s.syms {
			if sym.binding == Local {
				childBound[name] = true
			}
		}
	case ClassScope:
		for k := range bound {
			childBound[k] = true
		}
		// Methods see __class__ (for super()).
		childBound["__class__"] = true
	}
	for _, c := range s.Children {
		childFree := r.analyze(c, childBound)
		for name := range childFree {
			if s.Kind == ClassScope && name == "__class__" {
				s.NeedsClassCell = true
				continue
			}
			sym, ok := s.syms[name]
			switch {
			case ok && sym.binding == Local && (s.Kind == FunctionScope || s.Kind == ComprehensionScope):
				sym.binding = Cell
			case ok && sym.binding == Cell:
			case ok && sym.binding == Free:
			case s.Kind == ClassScope && ok && (sym.binding == Local || sym.binding == GlobalImplicit):
				// The class body uses it as well: read from the namespace
				// first, then from the cell (LOAD_CLASSDEREF).
				sym.flags |= defFreeClass
				free[name] = true
			case s.Kind != ModuleScope:
				if !ok {
					sym = &symbol{name: name}
					s.syms[name] = sym
					s.order = append(s.order, name)
				}
				if sym.binding != Local {
					sym.binding = Free
				}
				free[name] = true
			}
		}
	}
	// Fast locals, cells and frees of functions and comprehensions.
	if s.Kind == FunctionScope || s.Kind == ComprehensionScope {
		s.Locals = append(s.Locals, s.Params...)
		isParam := map[string]bool{}
		for _, p := range s.Params {
			isParam[p] = true
		}
		for _, name := range s.order {
			sym := s.syms[name]
			if sym.binding == Local && !isParam[name] {
				s.Locals = append(s.Locals, name)
			}
		}
	}
	for _, name := range s.order {
		sym := s.syms[name]
		switch {
		case sym.binding == Cell:
			s.Cells = append(s.Cells, name)
		case sym.binding == Free, sym.flags&defFreeClass != 0:
			// A class body also passes on the cells of the names
			// it binds itself but its methods take from outside.
			s.Frees = append(s.Frees, name)
		}
	}
	if s.NeedsClassCell {
		s.Cells = append(s.Cells, "__class__")
	}
	sort.Strings(s.Frees)
	return free
}

// checkUndefined reports names that nothing defines, with "did you mean".
func (r *resolver) checkUndefined() {
	if r.res.Module.importStar {
		return
	}
	known := map[string]bool{}
	for _, g := range r.res.Globals {
		known[g] = true
	}
	for name, sym := range r.res.Module.syms {
		if sym.binding == Local {
			known[name] = true
		}
	}
	for _, n := range r.opts.Injected {
		known[n] = true
	}
	for _, n := range r.opts.ModuleGlobals {
		known[n] = true
	}
	reported := map[source.Pos]bool{}
	for _, u := range r.uses {
		if u.scope.Binding(u.name) != GlobalImplicit || known[u.name] {
			continue
		}
		if u.scope.Kind == ClassScope && u.scope.IsClassLocal(u.name) {
			continue
		}
		if reported[u.span.Start] {
			continue
		}
		reported[u.span.Start] = true
		if what, bad := unsupportedBuiltins[u.name]; bad {
			r.diags.Add(diag.UnsupportedBuiltin, u.span, "`%s` is not available in hfc (%s is not supported)", u.name, what)
			continue
		}
		if _, ok := bytecode.BuiltinIndex(u.name); ok {
			continue
		}
		d := r.diags.Add(diag.UndefinedName, u.span, "name '%s' is not defined", u.name)
		candidates := r.visibleNames(u.scope, known)
		if best := diag.Closest(u.name, candidates); best != "" {
			d.WithHint("did you mean '%s'?", best).WithFix("replace with '"+best+"'", u.span, best)
		}
	}
}

// visibleNames lists every name a use in s could mean.
func (r *resolver) visibleNames(s *Scope, globals map[string]bool) []string {
	seen := map[string]bool{}
	for name := range globals {
		seen[name] = true
	}
	for sc := s; sc != nil; sc = sc.Parent {
		for name, sym := range sc.syms {
			if sym.binding == Local || sym.binding == Cell {
				seen[name] = true
			}
		}
	}
	for _, b := range bytecode.Builtins {
		seen[b] = true
	}
	out := make([]string, 0, len(seen))
	for n := range seen {
		if !strings.HasPrefix(n, ".") {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}
