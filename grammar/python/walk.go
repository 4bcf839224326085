package python

import (
	"fmt"
	"sort"
)

// A Visitor's Visit method is called for each node met by Walk. If the
// result w is not nil, Walk visits each child of node with w, then calls
// w.Visit(nil).
type Visitor interface {
	Visit(node Node) (w Visitor)
}

// Walk traverses the tree rooted at node depth-first, like go/ast.Walk. The
// children of a node are visited in source order (decorators before their
// def, the body of an IfExp before its test, dict keys interleaved with
// their values), which is not always CPython's field order. Nil children
// are skipped.
func Walk(v Visitor, node Node) {
	if v = v.Visit(node); v == nil {
		return
	}
	switch n := node.(type) {
	case *Module:
		walkStmts(v, n.Body)
	case *FunctionDef:
		walkExprs(v, n.DecoratorList)
		walkNode(v, n.Args)
		walkExpr(v, n.Returns)
		walkStmts(v, n.Body)
	case *AsyncFunctionDef:
		walkExprs(v, n.DecoratorList)
		walkNode(v, n.Args)
		walkExpr(v, n.Returns)
		walkStmts(v, n.Body)
	case *ClassDef:
		walkExprs(v, n.DecoratorList)
		walkCallArgs(v, n.Bases, n.Keywords)
		walkStmts(v, n.Body)
	case *Return:
		walkExpr(v, n.Value)
	case *Delete:
		walkExprs(v, n.Targets)
	case *Assign:
		walkExprs(v, n.Targets)
		walkExpr(v, n.Value)
	case *AugAssign:
		walkExpr(v, n.Target)
		walkExpr(v, n.Value)
	case *AnnAssign:
		walkExpr(v, n.Target)
		walkExpr(v, n.Annotation)
		walkExpr(v, n.Value)
	case *For:
		walkExpr(v, n.Target)
		walkExpr(v, n.Iter)
		walkStmts(v, n.Body)
		walkStmts(v, n.Orelse)
	case *AsyncFor:
		walkExpr(v, n.Target)
		walkExpr(v, n.Iter)
		walkStmts(v, n.Body)
		walkStmts(v, n.Orelse)
	case *While:
		walkExpr(v, n.Test)
		walkStmts(v, n.Body)
		walkStmts(v, n.Orelse)
	case *If:
		walkExpr(v, n.Test)
		walkStmts(v, n.Body)
		walkStmts(v, n.Orelse)
	case *With:
		for _, it := range n.Items {
			walkNode(v, it)
		}
		walkStmts(v, n.Body)
	case *AsyncWith:
		for _, it := range n.Items {
			walkNode(v, it)
		}
		walkStmts(v, n.Body)
	case *Match:
		walkExpr(v, n.Subject)
		for _, c := range n.Cases {
			walkNode(v, c)
		}
	case *Raise:
		walkExpr(v, n.Exc)
		walkExpr(v, n.Cause)
	case *Try:
		walkTry(v, n.Body, n.Handlers, n.Orelse, n.Finalbody)
	case *TryStar:
		walkTry(v, n.Body, n.Handlers, n.Orelse, n.Finalbody)
	case *Assert:
		walkExpr(v, n.Test)
		walkExpr(v, n.Msg)
	case *Import:
		for _, a := range n.Names {
			walkNode(v, a)
		}
	case *ImportFrom:
		for _, a := range n.Names {
			walkNode(v, a)
		}
	case *ExprStmt:
		walkExpr(v, n.Value)
	case *Global, *Nonlocal, *Pass, *Break, *Continue, *BadStmt:

	case *BoolOp:
		walkExprs(v, n.Values)
	case *NamedExpr:
		walkExpr(v, n.Target)
		walkExpr(v, n.Value)
	case *BinOp:
		walkExpr(v, n.Left)
		walkExpr(v, n.Right)
	case *UnaryOp:
		walkExpr(v, n.Operand)
	case *Lambda:
		walkNode(v, n.Args)
		walkExpr(v, n.Body)
	case *IfExp:
		walkExpr(v, n.Body)
		walkExpr(v, n.Test)
		walkExpr(v, n.Orelse)
	case *Dict:
		for i := range n.Values {
			if i < len(n.Keys) {
				walkExpr(v, n.Keys[i])
			}
			walkExpr(v, n.Values[i])
		}
	case *Set:
		walkExprs(v, n.Elts)
	case *ListComp:
		walkExpr(v, n.Elt)
		walkComps(v, n.Generators)
	case *SetComp:
		walkExpr(v, n.Elt)
		walkComps(v, n.Generators)
	case *DictComp:
		walkExpr(v, n.Key)
		walkExpr(v, n.Value)
		walkComps(v, n.Generators)
	case *GeneratorExp:
		walkExpr(v, n.Elt)
		walkComps(v, n.Generators)
	case *Await:
		walkExpr(v, n.Value)
	case *Yield:
		walkExpr(v, n.Value)
	case *YieldFrom:
		walkExpr(v, n.Value)
	case *Compare:
		walkExpr(v, n.Left)
		walkExprs(v, n.Comparators)
	case *Call:
		walkExpr(v, n.Func)
		walkCallArgs(v, n.Args, n.Keywords)
	case *FormattedValue:
		walkExpr(v, n.Value)
		walkExpr(v, n.FormatSpec)
	case *JoinedStr:
		walkExprs(v, n.Values)
	case *Attribute:
		walkExpr(v, n.Value)
	case *Subscript:
		walkExpr(v, n.Value)
		walkExpr(v, n.Slice)
	case *Starred:
		walkExpr(v, n.Value)
	case *List:
		walkExprs(v, n.Elts)
	case *Tuple:
		walkExprs(v, n.Elts)
	case *Slice:
		walkExpr(v, n.Lower)
		walkExpr(v, n.Upper)
		walkExpr(v, n.Step)
	case *Constant, *Name, *BadExpr:

	case *Comprehension:
		walkExpr(v, n.Target)
		walkExpr(v, n.Iter)
		walkExprs(v, n.Ifs)
	case *ExceptHandler:
		walkExpr(v, n.Type)
		walkStmts(v, n.Body)
	case *Arguments:
		walkArguments(v, n)
	case *Arg:
		walkExpr(v, n.Annotation)
	case *Keyword:
		walkExpr(v, n.Value)
	case *Alias:

	case *WithItem:
		walkExpr(v, n.ContextExpr)
		walkExpr(v, n.OptionalVars)
	case *MatchCase:
		walkPattern(v, n.Pattern)
		walkExpr(v, n.Guard)
		walkStmts(v, n.Body)

	case *MatchValue:
		walkExpr(v, n.Value)
	case *MatchSequence:
		walkPatterns(v, n.Patterns)
	case *MatchMapping:
		for i, k := range n.Keys {
			walkExpr(v, k)
			if i < len(n.Patterns) {
				walkPattern(v, n.Patterns[i])
			}
		}
	case *MatchClass:
		walkExpr(v, n.Cls)
		walkPatterns(v, n.Patterns)
		walkPatterns(v, n.KwdPatterns)
	case *MatchAs:
		walkPattern(v, n.Pattern)
	case *MatchOr:
		walkPatterns(v, n.Patterns)
	case *MatchSingleton, *MatchStar, *BadPattern:

	default:
		panic(fmt.Sprintf("python.Walk: unexpected node type %T", n))
	}
	v.Visit(nil)
}

// walkNode walks a child held in a pointer-typed field, skipping nil ones.
func walkNode[N interface {
	Node
	comparable
}](v Visitor, n N) {
	var zero N
	if n != zero {
		Walk(v, n)
	}
}

func walkExpr(v Visitor, e Expr) {
	if e != nil {
		Walk(v, e)
	}
}

func walkPattern(v Visitor, p Pattern) {
	if p != nil {
		Walk(v, p)
	}
}

func walkExprs(v Visitor, list []Expr) {
	for _, e := range list {
		walkExpr(v, e)
	}
}

func walkStmts(v Visitor, list []Stmt) {
	for _, s := range list {
		if s != nil {
			Walk(v, s)
		}
	}
}

func walkPatterns(v Visitor, list []Pattern) {
	for _, p := range list {
		walkPattern(v, p)
	}
}

func walkComps(v Visitor, list []*Comprehension) {
	for _, c := range list {
		walkNode(v, c)
	}
}

func walkTry(v Visitor, body []Stmt, handlers []*ExceptHandler, orelse, final []Stmt) {
	walkStmts(v, body)
	for _, h := range handlers {
		walkNode(v, h)
	}
	walkStmts(v, orelse)
	walkStmts(v, final)
}

// walkCallArgs walks positional and keyword arguments merged in source
// order ("f(a, *b, c=1, *d)" interleaves them).
func walkCallArgs(v Visitor, args []Expr, kws []*Keyword) {
	i, j := 0, 0
	for i < len(args) || j < len(kws) {
		if j >= len(kws) || (i < len(args) && args[i] != nil && args[i].Span().Start.Offset <= kws[j].Loc.Start.Offset) {
			walkExpr(v, args[i])
			i++
			continue
		}
		walkNode(v, kws[j])
		j++
	}
}

// walkArguments walks parameters with their annotations and defaults in
// source order.
func walkArguments(v Visitor, a *Arguments) {
	var nodes []Node
	add := func(n Node) {
		if n != nil {
			nodes = append(nodes, n)
		}
	}
	for _, p := range a.PosOnlyArgs {
		add(p)
	}
	for _, p := range a.Args {
		add(p)
	}
	if a.Vararg != nil {
		add(a.Vararg)
	}
	for _, p := range a.KwOnlyArgs {
		add(p)
	}
	if a.Kwarg != nil {
		add(a.Kwarg)
	}
	for _, d := range a.Defaults {
		if d != nil {
			add(d)
		}
	}
	for _, d := range a.KwDefaults {
		if d != nil {
			add(d)
		}
	}
	sort.SliceStable(nodes, func(i, j int) bool { return nodes[i].Span().Start.Offset < nodes[j].Span().Start.Offset })
	for _, n := range nodes {
		Walk(v, n)
	}
}

type inspector func(Node) bool

// Visit calls f and goes on with the children if it returns true.
func (f inspector) Visit(node Node) Visitor {
	if f(node) {
		return f
	}
	return nil
}

// Inspect traverses the tree rooted at node in source order, calling f for
// each node and, after a node's children, f(nil). If f returns false, the
// node's children are skipped.
func Inspect(node Node, f func(Node) bool) {
	Walk(inspector(f), node)
}
