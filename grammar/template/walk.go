package template

// A Visitor's Visit method is called for each node found by Walk. If the
// result visitor w is not nil, Walk visits each child of node with w, then
// calls w.Visit(nil).
type Visitor interface {
	Visit(node Node) (w Visitor)
}

// Walk traverses a tree in depth-first order, children in source order.
// Besides the expression and statement nodes it visits the helper nodes
// Keyword, Pair, Operand, ImportName and ComponentClose; the comments and raw
// blocks of a Template are not visited.
func Walk(v Visitor, node Node) {
	if v = v.Visit(node); v == nil {
		return
	}
	switch n := node.(type) {
	case *Template:
		walkStmts(v, n.Body)
	case *Output:
		walkExprs(v, n.Nodes)
	case *Extends:
		walkExpr(v, n.Template)
	case *For:
		walkExpr(v, n.Target)
		walkExpr(v, n.Iter)
		walkExpr(v, n.Test)
		walkStmts(v, n.Body)
		walkStmts(v, n.Else)
	case *If:
		walkExpr(v, n.Test)
		walkStmts(v, n.Body)
		for _, e := range n.Elif {
			Walk(v, e)
		}
		walkStmts(v, n.Else)
	case *Macro:
		walkNames(v, n.Args)
		walkExprs(v, n.Defaults)
		walkStmts(v, n.Body)
	case *CallBlock:
		walkNames(v, n.Args)
		walkExprs(v, n.Defaults)
		walkExpr(v, n.Call)
		walkStmts(v, n.Body)
	case *FilterBlock:
		walkExpr(v, n.Filter)
		walkStmts(v, n.Body)
	case *With:
		for i := range max(len(n.Targets), len(n.Values)) {
			if i < len(n.Targets) {
				walkExpr(v, n.Targets[i])
			}
			if i < len(n.Values) {
				walkExpr(v, n.Values[i])
			}
		}
		walkStmts(v, n.Body)
	case *Block:
		walkStmts(v, n.Body)
	case *Include:
		walkExpr(v, n.Template)
	case *Import:
		walkExpr(v, n.Template)
	case *FromImport:
		walkExpr(v, n.Template)
		for _, name := range n.Names {
			Walk(v, name)
		}
	case *ExprStmt:
		walkExpr(v, n.Node)
	case *Assign:
		walkExpr(v, n.Target)
		walkExpr(v, n.Node)
	case *AssignBlock:
		walkExpr(v, n.Target)
		walkExpr(v, n.Filter)
		walkStmts(v, n.Body)
	case *Scope:
		walkStmts(v, n.Body)
	case *ScopedEvalContextModifier:
		walkKeywords(v, n.Options)
		walkStmts(v, n.Body)
	case *Tuple:
		walkExprs(v, n.Items)
	case *List:
		walkExprs(v, n.Items)
	case *Dict:
		for _, p := range n.Items {
			Walk(v, p)
		}
	case *Pair:
		walkExpr(v, n.Key)
		walkExpr(v, n.Value)
	case *Keyword:
		walkExpr(v, n.Value)
	case *CondExpr:
		walkExpr(v, n.Expr1)
		walkExpr(v, n.Test)
		walkExpr(v, n.Expr2)
	case *Call:
		walkExpr(v, n.Node)
		walkArgs(v, n.Args, n.Kwargs, n.DynArgs, n.DynKwargs)
	case *Filter:
		walkExpr(v, n.Node)
		walkArgs(v, n.Args, n.Kwargs, n.DynArgs, n.DynKwargs)
	case *Test:
		walkExpr(v, n.Node)
		walkArgs(v, n.Args, n.Kwargs, n.DynArgs, n.DynKwargs)
	case *Getitem:
		walkExpr(v, n.Node)
		walkExpr(v, n.Arg)
	case *Getattr:
		walkExpr(v, n.Node)
	case *Slice:
		walkExpr(v, n.Start)
		walkExpr(v, n.Stop)
		walkExpr(v, n.Step)
	case *Concat:
		walkExprs(v, n.Nodes)
	case *Compare:
		walkExpr(v, n.Expr)
		for _, op := range n.Ops {
			Walk(v, op)
		}
	case *Operand:
		walkExpr(v, n.Expr)
	case *Mul:
		walkBin(v, &n.BinExpr)
	case *Div:
		walkBin(v, &n.BinExpr)
	case *FloorDiv:
		walkBin(v, &n.BinExpr)
	case *Add:
		walkBin(v, &n.BinExpr)
	case *Sub:
		walkBin(v, &n.BinExpr)
	case *Mod:
		walkBin(v, &n.BinExpr)
	case *Pow:
		walkBin(v, &n.BinExpr)
	case *And:
		walkBin(v, &n.BinExpr)
	case *Or:
		walkBin(v, &n.BinExpr)
	case *Not:
		walkExpr(v, n.Node)
	case *Neg:
		walkExpr(v, n.Node)
	case *Pos:
		walkExpr(v, n.Node)
	case *ComponentTag:
		walkNames(v, n.CallerArgs)
		walkExprs(v, n.CallerDefaults)
		walkArgs(v, n.Args, n.Kwargs, n.DynArgs, n.DynKwargs)
		walkStmts(v, n.Body)
		if n.Close != nil {
			Walk(v, n.Close)
		}
	case *UseLayout:
		walkExpr(v, n.Template)
		walkStmts(v, n.Body)
	case *Suspense:
		walkStmts(v, n.Body)
		walkStmts(v, n.Fallback)
	case *Markdown:
		walkStmts(v, n.Body)
	case *Form:
		walkKeywords(v, n.Meta)
	}
	v.Visit(nil)
}

func walkExpr(v Visitor, e Expr) {
	if e != nil {
		Walk(v, e)
	}
}

func walkExprs(v Visitor, list []Expr) {
	for _, e := range list {
		walkExpr(v, e)
	}
}

func walkStmts(v Visitor, list []Stmt) {
	for _, s := range list {
		Walk(v, s)
	}
}

func walkNames(v Visitor, list []*Name) {
	for _, n := range list {
		Walk(v, n)
	}
}

func walkKeywords(v Visitor, list []*Keyword) {
	for _, k := range list {
		Walk(v, k)
	}
}

func walkBin(v Visitor, b *BinExpr) {
	walkExpr(v, b.Left)
	walkExpr(v, b.Right)
}

// walkArgs visits call arguments in source order: positional arguments and
// *args, then keywords and **kwargs (Jinja allows keywords after *args;
// positions sort that out for the rare mixed order).
func walkArgs(v Visitor, args []Expr, kwargs []*Keyword, dynArgs, dynKwargs Expr) {
	walkExprs(v, args)
	var star []Node
	if dynArgs != nil {
		star = append(star, dynArgs)
	}
	for _, k := range kwargs {
		star = append(star, k)
	}
	if dynKwargs != nil {
		star = append(star, dynKwargs)
	}
	sortBySpan(star)
	for _, n := range star {
		Walk(v, n)
	}
}

// sortBySpan orders a few nodes by start offset (insertion sort: the lists
// are short and nearly sorted).
func sortBySpan(list []Node) {
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && list[j].Span().Start.Offset < list[j-1].Span().Start.Offset; j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}

type inspector func(Node) bool

func (f inspector) Visit(node Node) Visitor {
	if f(node) {
		return f
	}
	return nil
}

// Inspect traverses a tree in depth-first order: it calls f(node) for each
// node; if f returns true, Inspect visits the children of node, then calls
// f(nil).
func Inspect(node Node, f func(Node) bool) {
	Walk(inspector(f), node)
}
