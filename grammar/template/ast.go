package template

import (
	"math"
	"math/big"

	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
)

// Node is a node of a template's syntax tree.
type Node interface {
	// Span returns the source range of the node, in file coordinates.
	Span() source.Span
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a node that can stand in a body: a statement, an Output, a block
// component tag, a BadTag.
type Stmt interface {
	Node
	stmtNode()
}

// Base is embedded in every node and holds its span.
type Base struct {
	Loc source.Span `json:"span"`
}

// Span returns the node's span.
func (b *Base) Span() source.Span { return b.Loc }

// Tag locates one {% … %} tag of a statement.
type Tag struct {
	Loc     source.Span `json:"span"`    // from "{%" to "%}" inclusive
	Keyword source.Span `json:"keyword"` // the tag name ("for", "endfor", "else", …)
}

// Template is the root of a template's tree.
type Template struct {
	Base
	Body []Stmt `json:"body"`
	// Comments lists every {# … #}, in source order.
	Comments []*Comment `json:"comments,omitempty"`
	// Raws lists every {% raw %}…{% endraw %} block, in source order; its
	// text is in the TemplateData nodes of the body.
	Raws []*Raw `json:"raws,omitempty"`
}

// Comment is a {# … #} comment. It is not part of the body: Jinja drops it.
type Comment struct {
	Base
	Text string `json:"text"` // the text between the delimiters and their signs
}

// Raw locates a {% raw %}…{% endraw %} block.
type Raw struct {
	Base
	Open  source.Span `json:"open"`            // the {% raw %} tag
	Close source.Span `json:"close,omitempty"` // the {% endraw %} tag, empty when missing
}

// Statements (jinja2.nodes.Stmt subclasses, plus Output).

// Output is a run of template data, {{ … }} expressions and inline component
// tags (or a {% print %} statement, then Tag is set).
type Output struct {
	Base
	Nodes []Expr `json:"nodes"`
	// Prints locates the {{ … }} delimiters of the expressions in Nodes.
	Prints []Print `json:"prints,omitempty"`
	Tag    *Tag    `json:"tag,omitempty"` // {% print … %}
}

// Print locates one {{ … }} of an Output: Node is the index in Nodes of the
// expression it holds.
type Print struct {
	Loc   source.Span `json:"span"`  // from "{{" to "}}" inclusive
	Open  source.Span `json:"open"`  // "{{", "{{-" or "{{+"
	Close source.Span `json:"close"` // "}}" or "-}}"; empty when missing
	Node  int         `json:"node"`
}

// Extends is {% extends template %}.
type Extends struct {
	Base
	Tag      Tag  `json:"tag"`
	Template Expr `json:"template"`
}

// For is {% for target in iter [if test] [recursive] %}…[{% else %}…]{% endfor %}.
type For struct {
	Base
	Tag       Tag    `json:"tag"`
	Target    Expr   `json:"target"`
	Iter      Expr   `json:"iter"`
	Body      []Stmt `json:"body"`
	Else      []Stmt `json:"else_"`
	Test      Expr   `json:"test"`
	Recursive bool   `json:"recursive"`
	ElseTag   *Tag   `json:"elseTag,omitempty"`
	EndTag    *Tag   `json:"endTag,omitempty"` // nil when the block is not closed
}

// If is {% if test %}…{% elif … %}…{% else %}…{% endif %}. Each elif is an
// If in Elif (with its own Tag); ElseTag and EndTag are set on the outer If.
type If struct {
	Base
	Tag     Tag    `json:"tag"`
	Test    Expr   `json:"test"`
	Body    []Stmt `json:"body"`
	Elif    []*If  `json:"elif_"`
	Else    []Stmt `json:"else_"`
	ElseTag *Tag   `json:"elseTag,omitempty"`
	EndTag  *Tag   `json:"endTag,omitempty"`
}

// Macro is {% macro name(args) %}…{% endmacro %}.
type Macro struct {
	Base
	Tag      Tag         `json:"tag"`
	Name     string      `json:"name"`
	NameSpan source.Span `json:"nameSpan"`
	Args     []*Name     `json:"args"`
	Defaults []Expr      `json:"defaults"` // for the last len(Defaults) args
	Body     []Stmt      `json:"body"`
	EndTag   *Tag        `json:"endTag,omitempty"`
}

// CallBlock is {% call[(args)] expr(…) %}…{% endcall %}. Call is a *Call
// unless the tag is broken.
type CallBlock struct {
	Base
	Tag      Tag     `json:"tag"`
	Call     Expr    `json:"call"`
	Args     []*Name `json:"args"`
	Defaults []Expr  `json:"defaults"`
	Body     []Stmt  `json:"body"`
	EndTag   *Tag    `json:"endTag,omitempty"`
}

// FilterBlock is {% filter f|g(…) %}…{% endfilter %}; Filter is a chain of
// *Filter whose innermost Node is nil.
type FilterBlock struct {
	Base
	Tag    Tag    `json:"tag"`
	Body   []Stmt `json:"body"`
	Filter Expr   `json:"filter"`
	EndTag *Tag   `json:"endTag,omitempty"`
}

// With is {% with a = x, b = y %}…{% endwith %}.
type With struct {
	Base
	Tag     Tag    `json:"tag"`
	Targets []Expr `json:"targets"`
	Values  []Expr `json:"values"`
	Body    []Stmt `json:"body"`
	EndTag  *Tag   `json:"endTag,omitempty"`
}

// Block is {% block name [scoped] [required] %}…{% endblock [name] %}.
type Block struct {
	Base
	Tag      Tag         `json:"tag"`
	Name     string      `json:"name"`
	NameSpan source.Span `json:"nameSpan"`
	Body     []Stmt      `json:"body"`
	Scoped   bool        `json:"scoped"`
	Required bool        `json:"required"`
	EndTag   *Tag        `json:"endTag,omitempty"`
}

// Include is {% include template [ignore missing] [with|without context] %}.
type Include struct {
	Base
	Tag           Tag  `json:"tag"`
	Template      Expr `json:"template"`
	WithContext   bool `json:"with_context"`
	IgnoreMissing bool `json:"ignore_missing"`
}

// Import is {% import template as target [with|without context] %}.
type Import struct {
	Base
	Tag         Tag         `json:"tag"`
	Template    Expr        `json:"template"`
	Target      string      `json:"target"`
	TargetSpan  source.Span `json:"targetSpan"`
	WithContext bool        `json:"with_context"`
}

// FromImport is {% from template import a, b as c [with|without context] %}.
type FromImport struct {
	Base
	Tag         Tag           `json:"tag"`
	Template    Expr          `json:"template"`
	Names       []*ImportName `json:"names"`
	WithContext bool          `json:"with_context"`
}

// ImportName is one name of a FromImport (Jinja keeps a string or a
// (name, alias) tuple).
type ImportName struct {
	Base
	Name      string      `json:"name"`
	NameSpan  source.Span `json:"nameSpan"`
	Alias     string      `json:"alias,omitempty"`
	AliasSpan source.Span `json:"aliasSpan,omitempty"`
}

// ExprStmt is {% do expr %} (jinja2.ext.do).
type ExprStmt struct {
	Base
	Tag  Tag  `json:"tag"`
	Node Expr `json:"node"`
}

// Assign is {% set target = expr %}.
type Assign struct {
	Base
	Tag    Tag  `json:"tag"`
	Target Expr `json:"target"`
	Node   Expr `json:"node"`
}

// AssignBlock is {% set target [| filters] %}…{% endset %}; Filter is nil or
// a chain of *Filter whose innermost Node is nil.
type AssignBlock struct {
	Base
	Tag    Tag    `json:"tag"`
	Target Expr   `json:"target"`
	Filter Expr   `json:"filter"`
	Body   []Stmt `json:"body"`
	EndTag *Tag   `json:"endTag,omitempty"`
}

// Scope wraps a ScopedEvalContextModifier, as Jinja does for
// {% autoescape %}.
type Scope struct {
	Base
	Body []Stmt `json:"body"`
}

// ScopedEvalContextModifier is {% autoescape expr %}…{% endautoescape %}:
// Options holds one Keyword "autoescape".
type ScopedEvalContextModifier struct {
	Base
	Tag     Tag        `json:"tag"`
	Options []*Keyword `json:"options"`
	Body    []Stmt     `json:"body"`
	EndTag  *Tag       `json:"endTag,omitempty"`
}

// Continue is {% continue %} (jinja2.ext.loopcontrols).
type Continue struct {
	Base
	Tag Tag `json:"tag"`
}

// Break is {% break %} (jinja2.ext.loopcontrols).
type Break struct {
	Base
	Tag Tag `json:"tag"`
}

// Expressions.

// Expression context of Name, Tuple, Getattr and Getitem, as in Jinja.
const (
	CtxLoad  = "load"
	CtxStore = "store"
	CtxParam = "param"
)

// Name is a variable.
type Name struct {
	Base
	Name string `json:"name"`
	Ctx  string `json:"ctx"`
}

// NSRef is a namespace attribute as an assignment target: {% set ns.x = … %}.
type NSRef struct {
	Base
	Name     string      `json:"name"`
	Attr     string      `json:"attr"`
	AttrSpan source.Span `json:"attrSpan"`
}

// ConstKind is the type of a constant.
type ConstKind uint8

// Constant kinds.
const (
	ConstNone ConstKind = iota
	ConstBool
	ConstInt
	ConstFloat
	ConstString
)

var constKindNames = [...]string{"none", "bool", "int", "float", "str"}

// MarshalText implements encoding.TextMarshaler.
func (k ConstKind) MarshalText() ([]byte, error) { return []byte(constKindNames[k]), nil }

// Const is a literal: a string (adjacent literals joined, as Jinja does), an
// integer, a float, true/false or none. Value holds a string, an Int, a
// Float, a bool, or nil for none.
type Const struct {
	Base
	Kind  ConstKind `json:"kind"`
	Value any       `json:"value"`
	// Strings holds the span of the contents (between the quotes) of each
	// string literal that makes up a string constant.
	Strings []source.Span `json:"strings,omitempty"`
}

// Int is an integer constant in canonical decimal form (arbitrary precision:
// Jinja integers are Python ints).
type Int string

// MarshalJSON writes the integer as a JSON number.
func (i Int) MarshalJSON() ([]byte, error) { return []byte(i), nil }

// Big returns the value of i.
func (i Int) Big() *big.Int {
	n, _ := new(big.Int).SetString(string(i), 10)
	return n
}

// Float is a float constant.
type Float float64

// MarshalJSON writes the float as Python's repr does ("1.0", "1e+16"), or the
// string "inf" for an infinite literal (1e999).
func (f Float) MarshalJSON() ([]byte, error) {
	if math.IsInf(float64(f), 0) {
		return []byte(`"inf"`), nil
	}
	return []byte(python.FloatRepr(float64(f))), nil
}

// TemplateData is template text. Data is exactly what Jinja outputs: after
// whitespace control and with "\r\n" and "\r" turned into "\n"; the span
// covers the source of that text.
type TemplateData struct {
	Base
	Data string `json:"data"`
}

// Tuple is a tuple: "a, b" or "(a, b)" (the span covers the parentheses).
type Tuple struct {
	Base
	Items []Expr `json:"items"`
	Ctx   string `json:"ctx"`
}

// List is [a, b].
type List struct {
	Base
	Items []Expr `json:"items"`
}

// Dict is {k: v, …}.
type Dict struct {
	Base
	Items []*Pair `json:"items"`
}

// Pair is one k: v of a Dict.
type Pair struct {
	Base
	Key   Expr `json:"key"`
	Value Expr `json:"value"`
}

// Keyword is a keyword argument key=value. In a component tag Attr is the
// attribute name as written (hx-on--after-request) and Key the Python name
// (hx_on__after_request).
type Keyword struct {
	Base
	Key     string      `json:"key"`
	Value   Expr        `json:"value"`
	KeySpan source.Span `json:"keySpan"`
	Attr    string      `json:"attr,omitempty"`
}

// CondExpr is "expr1 if test [else expr2]"; Expr2 is nil without else.
type CondExpr struct {
	Base
	Test  Expr `json:"test"`
	Expr1 Expr `json:"expr1"`
	Expr2 Expr `json:"expr2"`
}

// Call is node(args, key=value, *dyn_args, **dyn_kwargs).
type Call struct {
	Base
	Node      Expr        `json:"node"`
	Args      []Expr      `json:"args"`
	Kwargs    []*Keyword  `json:"kwargs"`
	DynArgs   Expr        `json:"dyn_args"`
	DynKwargs Expr        `json:"dyn_kwargs"`
	Parens    source.Span `json:"parens"` // "(" to ")" inclusive
}

// Filter is node|name(args). Node is nil in {% filter %} and {% set %}
// blocks.
type Filter struct {
	Base
	Node      Expr        `json:"node"`
	Name      string      `json:"name"` // may be dotted: "a.b"
	Args      []Expr      `json:"args"`
	Kwargs    []*Keyword  `json:"kwargs"`
	DynArgs   Expr        `json:"dyn_args"`
	DynKwargs Expr        `json:"dyn_kwargs"`
	NameSpan  source.Span `json:"nameSpan"`
	Parens    source.Span `json:"parens,omitempty"`
}

// Test is "node is name(args)" or "node is name arg". "is not" is a Not
// around the Test, as in Jinja.
type Test struct {
	Base
	Node      Expr        `json:"node"`
	Name      string      `json:"name"`
	Args      []Expr      `json:"args"`
	Kwargs    []*Keyword  `json:"kwargs"`
	DynArgs   Expr        `json:"dyn_args"`
	DynKwargs Expr        `json:"dyn_kwargs"`
	Is        source.Span `json:"is"` // the "is" keyword
	NameSpan  source.Span `json:"nameSpan"`
	Parens    source.Span `json:"parens,omitempty"`
}

// Getitem is node[arg] (or node.0: an integer after a dot).
type Getitem struct {
	Base
	Node Expr        `json:"node"`
	Arg  Expr        `json:"arg"`
	Ctx  string      `json:"ctx"`
	Open source.Span `json:"open"` // the "[" or the "."
}

// Getattr is node.attr.
type Getattr struct {
	Base
	Node     Expr        `json:"node"`
	Attr     string      `json:"attr"`
	Ctx      string      `json:"ctx"`
	Dot      source.Span `json:"dot"`
	AttrSpan source.Span `json:"attrSpan"`
}

// Slice is start:stop:step inside [ ]; missing parts are nil.
type Slice struct {
	Base
	Start Expr `json:"start"`
	Stop  Expr `json:"stop"`
	Step  Expr `json:"step"`
}

// Concat is a ~ b ~ c.
type Concat struct {
	Base
	Nodes []Expr `json:"nodes"`
}

// Compare is expr op1 x op2 y …
type Compare struct {
	Base
	Expr Expr       `json:"expr"`
	Ops  []*Operand `json:"ops"`
}

// Operand is one operator and right operand of a Compare. Op is Jinja's
// name: eq, ne, lt, lteq, gt, gteq, in, notin.
type Operand struct {
	Base
	Op     string      `json:"op"`
	Expr   Expr        `json:"expr"`
	OpSpan source.Span `json:"opSpan"`
}

// BinExpr holds the operands of a binary operator node.
type BinExpr struct {
	Base
	Left   Expr        `json:"left"`
	Right  Expr        `json:"right"`
	OpSpan source.Span `json:"opSpan"`
}

// Binary operators.
type (
	Mul      struct{ BinExpr } // *
	Div      struct{ BinExpr } // /
	FloorDiv struct{ BinExpr } // //
	Add      struct{ BinExpr } // +
	Sub      struct{ BinExpr } // -
	Mod      struct{ BinExpr } // %
	Pow      struct{ BinExpr } // **
	And      struct{ BinExpr } // and
	Or       struct{ BinExpr } // or
)

// UnaryExpr holds the operand of a unary operator node.
type UnaryExpr struct {
	Base
	Node Expr `json:"node"`
}

// Unary operators.
type (
	Not struct{ UnaryExpr } // not (also "is not")
	Neg struct{ UnaryExpr } // -
	Pos struct{ UnaryExpr } // +
)

// Error nodes.

// BadExpr stands for an expression that does not parse; its span covers the
// text it replaces (empty when the expression is missing).
type BadExpr struct {
	Base
}

// BadTag stands for a {% %} tag that is unknown, misplaced or broken beyond
// repair; Name is the tag name ("" when there is none).
type BadTag struct {
	Base
	Tag  Tag    `json:"tag"`
	Name string `json:"name"`
}

func (*Output) stmtNode()                    {}
func (*Extends) stmtNode()                   {}
func (*For) stmtNode()                       {}
func (*If) stmtNode()                        {}
func (*Macro) stmtNode()                     {}
func (*CallBlock) stmtNode()                 {}
func (*FilterBlock) stmtNode()               {}
func (*With) stmtNode()                      {}
func (*Block) stmtNode()                     {}
func (*Include) stmtNode()                   {}
func (*Import) stmtNode()                    {}
func (*FromImport) stmtNode()                {}
func (*ExprStmt) stmtNode()                  {}
func (*Assign) stmtNode()                    {}
func (*AssignBlock) stmtNode()               {}
func (*Scope) stmtNode()                     {}
func (*ScopedEvalContextModifier) stmtNode() {}
func (*Continue) stmtNode()                  {}
func (*Break) stmtNode()                     {}
func (*BadTag) stmtNode()                    {}

func (*Name) exprNode()         {}
func (*NSRef) exprNode()        {}
func (*Const) exprNode()        {}
func (*TemplateData) exprNode() {}
func (*Tuple) exprNode()        {}
func (*List) exprNode()         {}
func (*Dict) exprNode()         {}
func (*CondExpr) exprNode()     {}
func (*Call) exprNode()         {}
func (*Filter) exprNode()       {}
func (*Test) exprNode()         {}
func (*Getitem) exprNode()      {}
func (*Getattr) exprNode()      {}
func (*Slice) exprNode()        {}
func (*Concat) exprNode()       {}
func (*Compare) exprNode()      {}
func (*Mul) exprNode()          {}
func (*Div) exprNode()          {}
func (*FloorDiv) exprNode()     {}
func (*Add) exprNode()          {}
func (*Sub) exprNode()          {}
func (*Mod) exprNode()          {}
func (*Pow) exprNode()          {}
func (*And) exprNode()          {}
func (*Or) exprNode()           {}
func (*Not) exprNode()          {}
func (*Neg) exprNode()          {}
func (*Pos) exprNode()          {}
func (*BadExpr) exprNode()      {}
