package python

import "github.com/hyperflask/hfc/grammar/source"

// Span returns the range of the node.
func (n *FunctionDef) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *AsyncFunctionDef) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *ClassDef) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Return) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Delete) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Assign) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *AugAssign) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *AnnAssign) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *For) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *AsyncFor) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *While) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *If) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *With) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *AsyncWith) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Match) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Raise) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Try) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *TryStar) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Assert) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Import) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *ImportFrom) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Global) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Nonlocal) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *ExprStmt) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Pass) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Break) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Continue) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *BadStmt) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *BoolOp) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *NamedExpr) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *BinOp) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *UnaryOp) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Lambda) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *IfExp) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Dict) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Set) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *ListComp) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *SetComp) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *DictComp) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *GeneratorExp) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Await) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Yield) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *YieldFrom) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Compare) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Call) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *FormattedValue) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *JoinedStr) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Constant) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Attribute) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Subscript) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Starred) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Name) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *List) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Tuple) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Slice) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *BadExpr) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *MatchValue) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *MatchSingleton) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *MatchSequence) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *MatchMapping) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *MatchClass) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *MatchStar) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *MatchAs) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *MatchOr) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *BadPattern) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Module) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Comprehension) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *ExceptHandler) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Arguments) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Arg) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Keyword) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *Alias) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *WithItem) Span() source.Span { return n.Loc }

// Span returns the range of the node.
func (n *MatchCase) Span() source.Span { return n.Loc }

func (*FunctionDef) stmtNode()      {}
func (*AsyncFunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()         {}
func (*Return) stmtNode()           {}
func (*Delete) stmtNode()           {}
func (*Assign) stmtNode()           {}
func (*AugAssign) stmtNode()        {}
func (*AnnAssign) stmtNode()        {}
func (*For) stmtNode()              {}
func (*AsyncFor) stmtNode()         {}
func (*While) stmtNode()            {}
func (*If) stmtNode()               {}
func (*With) stmtNode()             {}
func (*AsyncWith) stmtNode()        {}
func (*Match) stmtNode()            {}
func (*Raise) stmtNode()            {}
func (*Try) stmtNode()              {}
func (*TryStar) stmtNode()          {}
func (*Assert) stmtNode()           {}
func (*Import) stmtNode()           {}
func (*ImportFrom) stmtNode()       {}
func (*Global) stmtNode()           {}
func (*Nonlocal) stmtNode()         {}
func (*ExprStmt) stmtNode()         {}
func (*Pass) stmtNode()             {}
func (*Break) stmtNode()            {}
func (*Continue) stmtNode()         {}
func (*BadStmt) stmtNode()          {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}
func (*BadExpr) exprNode()        {}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}
func (*BadPattern) patternNode()     {}
