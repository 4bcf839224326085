package python

import "github.com/hyperflask/hfc/grammar/source"

// The syntax tree mirrors CPython 3.11's ast module: one Go type per node
// class, with CPython's field names as JSON names and in CPython's order, so
// that astjson.Marshal of a tree reads like ast.dump. Differences:
//
//   - Positions: every node has Loc, its span in file coordinates (CPython's
//     lineno/col_offset/end_lineno/end_col_offset, with col = col_offset+1,
//     both counted in UTF-8 bytes). Nodes that have no position in CPython
//     (Module, Arguments, WithItem, MatchCase, Comprehension) keep theirs out
//     of the JSON.
//   - Identifiers that CPython keeps as plain strings have their span in a
//     field hidden from the JSON: FunctionDef.NameLoc, Attribute.AttrLoc,
//     Keyword.ArgLoc, Alias.NameLoc, Global.NameLocs, …
//   - Optional fields (CPython None) are omitted from the JSON, Go's zero
//     value standing for None: a nil Expr, an empty string.
//   - CPython's lower-case classes have exported Go names: Arguments, Arg,
//     Keyword, Alias, WithItem, MatchCase, Comprehension; the expression
//     statement Expr is ExprStmt, since Expr names the expression interface.
//   - Constant holds a typed Value (see Value) and its source text.
//   - Other additions hidden from the JSON: Module.Comments, Constant.Raw,
//     Tuple.Parenthesized.
//   - type_comment fields and Module.type_ignores are not represented.
//   - BadExpr, BadStmt and BadPattern (hfc additions) stand for source that
//     did not parse, so that a tree with errors still holds every part that
//     did. In such a tree an identifier may also be empty where it was
//     missing (an Attribute typed as "x." has Attr "").

// Node is implemented by every node.
type Node interface {
	// Span returns the node's range in file coordinates.
	Span() source.Span
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Pattern is a pattern of a match statement's case.
type Pattern interface {
	Node
	patternNode()
}

// Module is a parsed region: a page's frontmatter or a whole .py file.
type Module struct {
	Loc  source.Span `json:"-"`
	Body []Stmt      `json:"body"`
	// Comments lists every comment of the region in source order (hfc
	// addition, for editors).
	Comments []Comment `json:"-"`
}

// ---------------------------------------------------------------------------
// Statements

// FunctionDef is "def name(args) -> returns: body".
type FunctionDef struct {
	Loc           source.Span `json:"span"` // from 'def' (decorators excluded, as in CPython)
	Name          string      `json:"name"`
	Args          *Arguments  `json:"args"`
	Body          []Stmt      `json:"body"`
	DecoratorList []Expr      `json:"decorator_list"`
	Returns       Expr        `json:"returns,omitempty"`
	NameLoc       source.Span `json:"-"`
}

// AsyncFunctionDef is "async def …".
type AsyncFunctionDef struct {
	Loc           source.Span `json:"span"` // from 'async'
	Name          string      `json:"name"`
	Args          *Arguments  `json:"args"`
	Body          []Stmt      `json:"body"`
	DecoratorList []Expr      `json:"decorator_list"`
	Returns       Expr        `json:"returns,omitempty"`
	NameLoc       source.Span `json:"-"`
}

// ClassDef is "class name(bases, keywords): body".
type ClassDef struct {
	Loc           source.Span `json:"span"`
	Name          string      `json:"name"`
	Bases         []Expr      `json:"bases"`
	Keywords      []*Keyword  `json:"keywords"`
	Body          []Stmt      `json:"body"`
	DecoratorList []Expr      `json:"decorator_list"`
	NameLoc       source.Span `json:"-"`
}

// Return is "return [value]".
type Return struct {
	Loc   source.Span `json:"span"`
	Value Expr        `json:"value,omitempty"`
}

// Delete is "del targets".
type Delete struct {
	Loc     source.Span `json:"span"`
	Targets []Expr      `json:"targets"`
}

// Assign is "targets[0] = targets[1] = … = value".
type Assign struct {
	Loc     source.Span `json:"span"`
	Targets []Expr      `json:"targets"`
	Value   Expr        `json:"value"`
}

// AugAssign is "target op= value".
type AugAssign struct {
	Loc    source.Span `json:"span"`
	Target Expr        `json:"target"`
	Op     Operator    `json:"op"`
	Value  Expr        `json:"value"`
}

// AnnAssign is "target: annotation [= value]". Simple is set when the
// target is a name without parentheses.
type AnnAssign struct {
	Loc        source.Span `json:"span"`
	Target     Expr        `json:"target"`
	Annotation Expr        `json:"annotation"`
	Value      Expr        `json:"value,omitempty"`
	Simple     bool        `json:"simple"`
}

// For is "for target in iter: body else: orelse".
type For struct {
	Loc    source.Span `json:"span"`
	Target Expr        `json:"target"`
	Iter   Expr        `json:"iter"`
	Body   []Stmt      `json:"body"`
	Orelse []Stmt      `json:"orelse"`
}

// AsyncFor is "async for …".
type AsyncFor struct {
	Loc    source.Span `json:"span"`
	Target Expr        `json:"target"`
	Iter   Expr        `json:"iter"`
	Body   []Stmt      `json:"body"`
	Orelse []Stmt      `json:"orelse"`
}

// While is "while test: body else: orelse".
type While struct {
	Loc    source.Span `json:"span"`
	Test   Expr        `json:"test"`
	Body   []Stmt      `json:"body"`
	Orelse []Stmt      `json:"orelse"`
}

// If is "if test: body else: orelse"; an elif is an If alone in orelse.
type If struct {
	Loc    source.Span `json:"span"`
	Test   Expr        `json:"test"`
	Body   []Stmt      `json:"body"`
	Orelse []Stmt      `json:"orelse"`
}

// With is "with items: body".
type With struct {
	Loc   source.Span `json:"span"`
	Items []*WithItem `json:"items"`
	Body  []Stmt      `json:"body"`
}

// AsyncWith is "async with …".
type AsyncWith struct {
	Loc   source.Span `json:"span"`
	Items []*WithItem `json:"items"`
	Body  []Stmt      `json:"body"`
}

// Match is "match subject: cases".
type Match struct {
	Loc     source.Span  `json:"span"`
	Subject Expr         `json:"subject"`
	Cases   []*MatchCase `json:"cases"`
}

// Raise is "raise [exc [from cause]]".
type Raise struct {
	Loc   source.Span `json:"span"`
	Exc   Expr        `json:"exc,omitempty"`
	Cause Expr        `json:"cause,omitempty"`
}

// Try is "try: body except…: … else: orelse finally: finalbody".
type Try struct {
	Loc       source.Span      `json:"span"`
	Body      []Stmt           `json:"body"`
	Handlers  []*ExceptHandler `json:"handlers"`
	Orelse    []Stmt           `json:"orelse"`
	Finalbody []Stmt           `json:"finalbody"`
}

// TryStar is a try statement with except* clauses.
type TryStar struct {
	Loc       source.Span      `json:"span"`
	Body      []Stmt           `json:"body"`
	Handlers  []*ExceptHandler `json:"handlers"`
	Orelse    []Stmt           `json:"orelse"`
	Finalbody []Stmt           `json:"finalbody"`
}

// Assert is "assert test [, msg]".
type Assert struct {
	Loc  source.Span `json:"span"`
	Test Expr        `json:"test"`
	Msg  Expr        `json:"msg,omitempty"`
}

// Import is "import names".
type Import struct {
	Loc   source.Span `json:"span"`
	Names []*Alias    `json:"names"`
}

// ImportFrom is "from [dots]module import names". Module is empty for
// "from . import x"; Level counts the dots.
type ImportFrom struct {
	Loc       source.Span `json:"span"`
	Module    string      `json:"module,omitempty"`
	Names     []*Alias    `json:"names"`
	Level     int         `json:"level"`
	ModuleLoc source.Span `json:"-"` // the dotted name, without the leading dots
}

// Global is "global names".
type Global struct {
	Loc      source.Span   `json:"span"`
	Names    []string      `json:"names"`
	NameLocs []source.Span `json:"-"`
}

// Nonlocal is "nonlocal names".
type Nonlocal struct {
	Loc      source.Span   `json:"span"`
	Names    []string      `json:"names"`
	NameLocs []source.Span `json:"-"`
}

// ExprStmt is an expression used as a statement (CPython's Expr). Its span
// includes the parentheses around the expression, if any.
type ExprStmt struct {
	Loc   source.Span `json:"span"`
	Value Expr        `json:"value"`
}

// Pass is "pass".
type Pass struct {
	Loc source.Span `json:"span"`
}

// Break is "break".
type Break struct {
	Loc source.Span `json:"span"`
}

// Continue is "continue".
type Continue struct {
	Loc source.Span `json:"span"`
}

// BadStmt (hfc addition) covers a statement that did not parse.
type BadStmt struct {
	Loc source.Span `json:"span"`
}

// ---------------------------------------------------------------------------
// Expressions

// BoolOp is "values[0] op values[1] op …"; consecutive operands of the same
// operator are one BoolOp.
type BoolOp struct {
	Loc    source.Span  `json:"span"`
	Op     BoolOperator `json:"op"`
	Values []Expr       `json:"values"`
}

// NamedExpr is "target := value"; Target is a *Name.
type NamedExpr struct {
	Loc    source.Span `json:"span"`
	Target Expr        `json:"target"`
	Value  Expr        `json:"value"`
}

// BinOp is "left op right".
type BinOp struct {
	Loc   source.Span `json:"span"`
	Left  Expr        `json:"left"`
	Op    Operator    `json:"op"`
	Right Expr        `json:"right"`
}

// UnaryOp is "op operand".
type UnaryOp struct {
	Loc     source.Span   `json:"span"`
	Op      UnaryOperator `json:"op"`
	Operand Expr          `json:"operand"`
}

// Lambda is "lambda args: body".
type Lambda struct {
	Loc  source.Span `json:"span"`
	Args *Arguments  `json:"args"`
	Body Expr        `json:"body"`
}

// IfExp is "body if test else orelse".
type IfExp struct {
	Loc    source.Span `json:"span"`
	Test   Expr        `json:"test"`
	Body   Expr        `json:"body"`
	Orelse Expr        `json:"orelse"`
}

// Dict is "{k: v, **d}"; the key of a "**d" entry is nil.
type Dict struct {
	Loc    source.Span `json:"span"`
	Keys   []Expr      `json:"keys"`
	Values []Expr      `json:"values"`
}

// Set is "{a, b}".
type Set struct {
	Loc  source.Span `json:"span"`
	Elts []Expr      `json:"elts"`
}

// ListComp is "[elt for … in … if …]".
type ListComp struct {
	Loc        source.Span      `json:"span"`
	Elt        Expr             `json:"elt"`
	Generators []*Comprehension `json:"generators"`
}

// SetComp is "{elt for …}".
type SetComp struct {
	Loc        source.Span      `json:"span"`
	Elt        Expr             `json:"elt"`
	Generators []*Comprehension `json:"generators"`
}

// DictComp is "{key: value for …}".
type DictComp struct {
	Loc        source.Span      `json:"span"`
	Key        Expr             `json:"key"`
	Value      Expr             `json:"value"`
	Generators []*Comprehension `json:"generators"`
}

// GeneratorExp is "(elt for …)". As the only argument of a call, its span
// is the call's parentheses.
type GeneratorExp struct {
	Loc        source.Span      `json:"span"`
	Elt        Expr             `json:"elt"`
	Generators []*Comprehension `json:"generators"`
}

// Await is "await value".
type Await struct {
	Loc   source.Span `json:"span"`
	Value Expr        `json:"value"`
}

// Yield is "yield [value]".
type Yield struct {
	Loc   source.Span `json:"span"`
	Value Expr        `json:"value,omitempty"`
}

// YieldFrom is "yield from value".
type YieldFrom struct {
	Loc   source.Span `json:"span"`
	Value Expr        `json:"value"`
}

// Compare is "left ops[0] comparators[0] ops[1] comparators[1] …".
type Compare struct {
	Loc         source.Span `json:"span"`
	Left        Expr        `json:"left"`
	Ops         []CmpOp     `json:"ops"`
	Comparators []Expr      `json:"comparators"`
}

// Call is "func(args, keywords)". Args holds the positional arguments and
// *iterables (Starred), Keywords the name=value and **mapping arguments.
type Call struct {
	Loc      source.Span `json:"span"`
	Func     Expr        `json:"func"`
	Args     []Expr      `json:"args"`
	Keywords []*Keyword  `json:"keywords"`
}

// Conversion values of FormattedValue.
const (
	ConvNone  = -1  // no !conversion
	ConvStr   = 's' // !s
	ConvRepr  = 'r' // !r (also implied by "{x=}" without a format spec)
	ConvASCII = 'a' // !a
)

// FormattedValue is a replacement field "{value!conversion:format_spec}"
// of an f-string. FormatSpec, when present, is a *JoinedStr.
//
// Span: the field from '{' to '}'. (CPython 3.11 gives the parts of an
// f-string the span of the whole string.)
type FormattedValue struct {
	Loc        source.Span `json:"span"`
	Value      Expr        `json:"value"`
	Conversion int         `json:"conversion"`
	FormatSpec Expr        `json:"format_spec,omitempty"`
}

// JoinedStr is an f-string, or several adjacent string literals of which
// one at least is an f-string. Values holds Constant (str) and
// FormattedValue nodes; adjacent literal parts are merged into one Constant
// whose span covers them.
type JoinedStr struct {
	Loc    source.Span `json:"span"`
	Values []Expr      `json:"values"`
}

// Constant is a literal: a number, one string (or several adjacent ones,
// concatenated), None, True, False or "...".
type Constant struct {
	Loc   source.Span `json:"span"`
	Value Value       `json:"value"`
	// Kind is "u" for a string whose first part has the u prefix.
	Kind string `json:"kind,omitempty"`
	// Raw is the source text (hfc addition): for adjacent strings, from the
	// first one's prefix to the last one's closing quote.
	Raw string `json:"-"`
}

// Attribute is "value.attr".
type Attribute struct {
	Loc     source.Span `json:"span"`
	Value   Expr        `json:"value"`
	Attr    string      `json:"attr"`
	Ctx     ExprContext `json:"ctx"`
	AttrLoc source.Span `json:"-"`
}

// Subscript is "value[slice]"; several indices are one Tuple slice.
type Subscript struct {
	Loc   source.Span `json:"span"`
	Value Expr        `json:"value"`
	Slice Expr        `json:"slice"`
	Ctx   ExprContext `json:"ctx"`
}

// Starred is "*value".
type Starred struct {
	Loc   source.Span `json:"span"`
	Value Expr        `json:"value"`
	Ctx   ExprContext `json:"ctx"`
}

// Name is an identifier used as an expression.
type Name struct {
	Loc source.Span `json:"span"`
	ID  string      `json:"id"`
	Ctx ExprContext `json:"ctx"`
}

// List is "[elts]".
type List struct {
	Loc  source.Span `json:"span"`
	Elts []Expr      `json:"elts"`
	Ctx  ExprContext `json:"ctx"`
}

// Tuple is "(elts)" or "a, b". Its span includes the parentheses, if any.
type Tuple struct {
	Loc  source.Span `json:"span"`
	Elts []Expr      `json:"elts"`
	Ctx  ExprContext `json:"ctx"`
	// Parenthesized is set when the tuple is written in parentheses (hfc
	// addition).
	Parenthesized bool `json:"-"`
}

// Slice is "lower:upper:step" inside a subscript.
type Slice struct {
	Loc   source.Span `json:"span"`
	Lower Expr        `json:"lower,omitempty"`
	Upper Expr        `json:"upper,omitempty"`
	Step  Expr        `json:"step,omitempty"`
}

// BadExpr (hfc addition) covers an expression that did not parse, or marks
// with an empty span one that is missing.
type BadExpr struct {
	Loc source.Span `json:"span"`
}

// ---------------------------------------------------------------------------
// Other nodes

// Comprehension is one "for target in iter if ifs…" clause.
type Comprehension struct {
	Loc     source.Span `json:"-"` // from 'for' (or 'async') to the last condition
	Target  Expr        `json:"target"`
	Iter    Expr        `json:"iter"`
	Ifs     []Expr      `json:"ifs"`
	IsAsync bool        `json:"is_async"`
}

// ExceptHandler is "except [type [as name]]: body" (or except*).
type ExceptHandler struct {
	Loc     source.Span `json:"span"`
	Type    Expr        `json:"type,omitempty"`
	Name    string      `json:"name,omitempty"`
	Body    []Stmt      `json:"body"`
	NameLoc source.Span `json:"-"`
}

// Arguments is the parameter list of a def or lambda. Defaults hold the
// default values of the last len(Defaults) positional parameters
// (PosOnlyArgs then Args); KwDefaults has one entry per keyword-only
// parameter, nil when it has no default.
type Arguments struct {
	Loc         source.Span `json:"-"` // between the parentheses (empty when there are no parameters)
	PosOnlyArgs []*Arg      `json:"posonlyargs"`
	Args        []*Arg      `json:"args"`
	Vararg      *Arg        `json:"vararg,omitempty"`
	KwOnlyArgs  []*Arg      `json:"kwonlyargs"`
	KwDefaults  []Expr      `json:"kw_defaults"`
	Kwarg       *Arg        `json:"kwarg,omitempty"`
	Defaults    []Expr      `json:"defaults"`
}

// Arg is one parameter: its name and annotation.
type Arg struct {
	Loc        source.Span `json:"span"`
	Arg        string      `json:"arg"`
	Annotation Expr        `json:"annotation,omitempty"`
}

// Keyword is "arg=value" in a call or class definition, or "**value" when
// Arg is empty.
type Keyword struct {
	Loc    source.Span `json:"span"`
	Arg    string      `json:"arg,omitempty"`
	Value  Expr        `json:"value"`
	ArgLoc source.Span `json:"-"`
}

// Alias is "name [as asname]" in an import; Name may be dotted or "*".
type Alias struct {
	Loc       source.Span `json:"span"`
	Name      string      `json:"name"`
	Asname    string      `json:"asname,omitempty"`
	NameLoc   source.Span `json:"-"`
	AsnameLoc source.Span `json:"-"`
}

// WithItem is "context_expr [as optional_vars]".
type WithItem struct {
	Loc          source.Span `json:"-"`
	ContextExpr  Expr        `json:"context_expr"`
	OptionalVars Expr        `json:"optional_vars,omitempty"`
}

// MatchCase is "case pattern [if guard]: body".
type MatchCase struct {
	Loc     source.Span `json:"-"` // from 'case' to the end of the body
	Pattern Pattern     `json:"pattern"`
	Guard   Expr        `json:"guard,omitempty"`
	Body    []Stmt      `json:"body"`
}

// ---------------------------------------------------------------------------
// Patterns

// MatchValue is a literal or dotted-name pattern compared with ==.
type MatchValue struct {
	Loc   source.Span `json:"span"`
	Value Expr        `json:"value"`
}

// MatchSingleton is None, True or False, compared with is.
type MatchSingleton struct {
	Loc   source.Span `json:"span"`
	Value Value       `json:"value"`
}

// MatchSequence is "[p, …]" or "(p, …)".
type MatchSequence struct {
	Loc      source.Span `json:"span"`
	Patterns []Pattern   `json:"patterns"`
}

// MatchMapping is "{key: p, …, **rest}".
type MatchMapping struct {
	Loc      source.Span `json:"span"`
	Keys     []Expr      `json:"keys"`
	Patterns []Pattern   `json:"patterns"`
	Rest     string      `json:"rest,omitempty"`
	RestLoc  source.Span `json:"-"`
}

// MatchClass is "cls(patterns, kwd_attrs[i]=kwd_patterns[i], …)".
type MatchClass struct {
	Loc         source.Span   `json:"span"`
	Cls         Expr          `json:"cls"`
	Patterns    []Pattern     `json:"patterns"`
	KwdAttrs    []string      `json:"kwd_attrs"`
	KwdPatterns []Pattern     `json:"kwd_patterns"`
	KwdAttrLocs []source.Span `json:"-"`
}

// MatchStar is "*name" in a sequence pattern; Name is empty for "*_".
type MatchStar struct {
	Loc     source.Span `json:"span"`
	Name    string      `json:"name,omitempty"`
	NameLoc source.Span `json:"-"`
}

// MatchAs is "pattern as name", a capture "name" (Pattern nil) or the
// wildcard "_" (both empty).
type MatchAs struct {
	Loc     source.Span `json:"span"`
	Pattern Pattern     `json:"pattern,omitempty"`
	Name    string      `json:"name,omitempty"`
	NameLoc source.Span `json:"-"`
}

// MatchOr is "p | q | …".
type MatchOr struct {
	Loc      source.Span `json:"span"`
	Patterns []Pattern   `json:"patterns"`
}

// BadPattern (hfc addition) covers a pattern that did not parse.
type BadPattern struct {
	Loc source.Span `json:"span"`
}
