package tmplspec

// The grammar, one production per type. Token types are the kinds of
// template.Lex (Data, Comment, Name, BlockBegin for "{%" with or without
// whitespace control, …); quoted literals match token text (keywords are
// names: Jinja has no reserved words). Where Jinja commits to a reading that
// a backtracking parser would not, a lookahead group (?! …) says so.

// Template is a whole template: nodes, then at most one {% use_layout %}
// that takes the rest (only at the top level).
type Template struct {
	Body   []*Node    `parser:"@@*"`
	Layout *UseLayout `parser:"@@?"`
}

// Node is one element of a body.
type Node struct {
	Data      string     `parser:"  @Data"`
	Comment   string     `parser:"| @Comment"`
	Raw       *Raw       `parser:"| @@"`
	Print     *Print     `parser:"| @@"`
	Component *Component `parser:"| @@"`
	Statement *Statement `parser:"| @@"`
}

// Raw is {% raw %}…{% endraw %}. A {% raw %} that ends the template needs
// no {% endraw %}, as in Jinja (the text after a {% raw %} that is never
// closed lexes as Invalid).
type Raw struct {
	Begin string `parser:"@RawBegin"`
	Data  string `parser:"@Data?"`
	End   string `parser:"( @RawEnd | EOF )"`
}

// Print is {{ expression or tuple }}.
type Print struct {
	Value *Tuple `parser:"VariableBegin @@ VariableEnd"`
}

// Statement is a {% %} tag and, for block statements, its body and end
// tag. Disabled extension and Hyperflask tags lex as Invalid.
type Statement struct {
	For         *For         `parser:"  @@"`
	If          *If          `parser:"| @@"`
	Macro       *Macro       `parser:"| @@"`
	CallBlock   *CallBlock   `parser:"| @@"`
	FilterBlock *FilterBlock `parser:"| @@"`
	Set         *Set         `parser:"| @@"`
	SetBlock    *SetBlock    `parser:"| @@"`
	With        *With        `parser:"| @@"`
	Block       *Block       `parser:"| @@"`
	Extends     *Extends     `parser:"| @@"`
	Include     *Include     `parser:"| @@"`
	Import      *Import      `parser:"| @@"`
	FromImport  *FromImport  `parser:"| @@"`
	Autoescape  *Autoescape  `parser:"| @@"`
	PrintStmt   *PrintStmt   `parser:"| @@"`
	Do          *Do          `parser:"| @@"`
	LoopControl string       `parser:"| BlockBegin @('break' | 'continue') BlockEnd"`
	Suspense    *Suspense    `parser:"| @@"`
	Markdown    *Markdown    `parser:"| @@"`
	Form        *Form        `parser:"| @@"`
}

// For is {% for target in iter [if test] [recursive] %}…[{% else %}…]{% endfor %}.
type For struct {
	Target    *TargetTuple `parser:"BlockBegin 'for' @@"`
	Iter      *TupleNoCond `parser:"'in' @@"`
	Test      *Expr        `parser:"('if' @@)?"`
	Recursive bool         `parser:"@'recursive'? ':'? BlockEnd"`
	Body      []*Node      `parser:"@@*"`
	Else      *ElseBranch  `parser:"@@?"`
	End       string       `parser:"BlockBegin @'endfor' BlockEnd"`
}

// ElseBranch is the {% else %} part of a for or if.
type ElseBranch struct {
	Body []*Node `parser:"BlockBegin 'else' ':'? BlockEnd @@*"`
}

// If is {% if %}…{% elif %}…{% else %}…{% endif %}; the test takes no
// conditional expression.
type If struct {
	Test *TupleNoCond `parser:"BlockBegin 'if' @@ ':'? BlockEnd"`
	Body []*Node      `parser:"@@*"`
	Elif []*Elif      `parser:"@@*"`
	Else *ElseBranch  `parser:"@@?"`
	End  string       `parser:"BlockBegin @'endif' BlockEnd"`
}

// Elif is one {% elif %} part.
type Elif struct {
	Test *TupleNoCond `parser:"BlockBegin 'elif' @@ ':'? BlockEnd"`
	Body []*Node      `parser:"@@*"`
}

// Macro is {% macro name(params) %}…{% endmacro %}.
type Macro struct {
	Name   *AssignName `parser:"BlockBegin 'macro' @@"`
	Params *Signature  `parser:"@@ ':'? BlockEnd"`
	Body   []*Node     `parser:"@@*"`
	End    string      `parser:"BlockBegin @'endmacro' BlockEnd"`
}

// Signature is the parameter list of a macro or call block: parameters
// without a default, then parameters with one.
type Signature struct {
	Plain    []*AssignName `parser:"'(' ( @@ (?! '=') (',' @@ (?! '='))*"`
	Defaults []*Param      `parser:"      (',' @@)*"`
	Only     []*Param      `parser:"    | @@ (',' @@)* )? ')'"`
}

// SigSignature is a component's caller signature: the "(" comes right
// after the component name.
type SigSignature struct {
	Plain    []*AssignName `parser:"SigParen ( @@ (?! '=') (',' @@ (?! '='))*"`
	Defaults []*Param      `parser:"      (',' @@)*"`
	Only     []*Param      `parser:"    | @@ (',' @@)* )? ')'"`
}

// Param is a parameter with a default value.
type Param struct {
	Name    *AssignName `parser:"@@ '='"`
	Default *Expr       `parser:"@@"`
}

// CallBlock is {% call[(params)] expr %}…{% endcall %}.
type CallBlock struct {
	Params *Signature `parser:"BlockBegin 'call' @@?"`
	Call   *Expr      `parser:"@@ ':'? BlockEnd"`
	Body   []*Node    `parser:"@@*"`
	End    string     `parser:"BlockBegin @'endcall' BlockEnd"`
}

// FilterBlock is {% filter f|g %}…{% endfilter %}.
type FilterBlock struct {
	Filters []*FilterCall `parser:"BlockBegin 'filter' @@ ('|' @@)* ':'? BlockEnd"`
	Body    []*Node       `parser:"@@*"`
	End     string        `parser:"BlockBegin @'endfilter' BlockEnd"`
}

// Set is {% set target = value %}.
type Set struct {
	Target *SetTarget `parser:"BlockBegin 'set' @@ '='"`
	Value  *Tuple     `parser:"@@ BlockEnd"`
}

// SetBlock is {% set target [| filters] %}…{% endset %}.
type SetBlock struct {
	Target  *SetTarget    `parser:"BlockBegin 'set' @@"`
	Filters []*FilterCall `parser:"('|' @@)* ':'? BlockEnd"`
	Body    []*Node       `parser:"@@*"`
	End     string        `parser:"BlockBegin @'endset' BlockEnd"`
}

// SetTarget is a namespace attribute (ns.attr) or an assignment target.
type SetTarget struct {
	Namespace string       `parser:"  @Name '.' @Name"`
	Target    *TargetTuple `parser:"| @@"`
}

// With is {% with a = x, b = y %}…{% endwith %}.
type With struct {
	Items []*WithItem `parser:"BlockBegin 'with' (@@ (',' @@)*)? BlockEnd"`
	Body  []*Node     `parser:"@@*"`
	End   string      `parser:"BlockBegin @'endwith' BlockEnd"`
}

// WithItem is one target = value of a with.
type WithItem struct {
	Target *TargetTuple `parser:"@@ '='"`
	Value  *Expr        `parser:"@@"`
}

// Block is {% block name [scoped] [required] %}…{% endblock [name] %}.
type Block struct {
	Name     string  `parser:"BlockBegin 'block' @Name"`
	Scoped   bool    `parser:"@'scoped'?"`
	Required bool    `parser:"@'required'? ':'? BlockEnd"`
	Body     []*Node `parser:"@@*"`
	End      string  `parser:"BlockBegin @'endblock' Name? BlockEnd"`
}

// Extends is {% extends template %}.
type Extends struct {
	Template *Expr `parser:"BlockBegin 'extends' @@ BlockEnd"`
}

// Include is {% include template [ignore missing] [with|without context] %}.
type Include struct {
	Template      *Expr    `parser:"BlockBegin 'include' @@"`
	IgnoreMissing bool     `parser:"@('ignore' 'missing')?"`
	Context       *Context `parser:"@@? BlockEnd"`
}

// Context is "with context" or "without context".
type Context struct {
	With string `parser:"@('with' | 'without') 'context'"`
}

// Import is {% import template as name [with|without context] %}.
type Import struct {
	Template *Expr       `parser:"BlockBegin 'import' @@ 'as'"`
	Target   *AssignName `parser:"@@"`
	Context  *Context    `parser:"@@? BlockEnd"`
}

// FromImport is {% from template import a, b as c [with|without context] %}.
type FromImport struct {
	Template *Expr       `parser:"BlockBegin 'from' @@ 'import'"`
	Names    *ImportList `parser:"@@ BlockEnd"`
}

// ImportList is Jinja's loop over imported names: a context clause ends it,
// and so does a name that no comma follows.
type ImportList struct {
	Context *Context    `parser:"  @@"`
	Name    *ImportName `parser:"| @@"`
	Ending  *Context    `parser:"  ( @@"`
	Rest    *ImportList `parser:"  | ',' @@ )?"`
}

// ImportName is name [as alias].
type ImportName struct {
	Name  *AssignName `parser:"@@"`
	Alias *AssignName `parser:"('as' @@)?"`
}

// Autoescape is {% autoescape expr %}…{% endautoescape %}.
type Autoescape struct {
	Value *Expr   `parser:"BlockBegin 'autoescape' @@ ':'? BlockEnd"`
	Body  []*Node `parser:"@@*"`
	End   string  `parser:"BlockBegin @'endautoescape' BlockEnd"`
}

// PrintStmt is {% print a, b %}.
type PrintStmt struct {
	Values []*Expr `parser:"BlockBegin 'print' (@@ (',' @@)*)? BlockEnd"`
}

// Do is {% do expr %} (jinja2.ext.do).
type Do struct {
	Value *Tuple `parser:"BlockBegin 'do' @@ BlockEnd"`
}

// UseLayout is {% use_layout [template[, block_name][,]] %} and the rest of
// the template.
type UseLayout struct {
	Template  *Expr       `parser:"BlockBegin 'use_layout' (@@"`
	BlockName *LayoutName `parser:"  (',' @@ ','?)?)? BlockEnd"`
	Rest      []*Node     `parser:"@@*"`
}

// LayoutName is the block name of use_layout: a name, possibly
// parenthesised (the reference takes an expression that must be a name).
type LayoutName struct {
	Paren *LayoutName `parser:"  '(' @@ ')'"`
	Name  *AssignName `parser:"| @@"`
}

// Suspense is {% suspense %}…[{% fallback %}…]{% endsuspense %}.
type Suspense struct {
	Body     []*Node   `parser:"BlockBegin 'suspense' BlockEnd @@*"`
	Fallback *Fallback `parser:"@@?"`
	End      string    `parser:"BlockBegin @'endsuspense' BlockEnd"`
}

// Fallback is the {% fallback %} part of a suspense.
type Fallback struct {
	Body []*Node `parser:"BlockBegin 'fallback' BlockEnd @@*"`
}

// Markdown is {% markdown %}…{% endmarkdown %}.
type Markdown struct {
	Body []*Node `parser:"BlockBegin 'markdown' BlockEnd @@*"`
	End  string  `parser:"BlockBegin @'endmarkdown' BlockEnd"`
}

// Form is {% form [Name][(key=value, …)] [= var] %}.
type Form struct {
	ClassName string     `parser:"BlockBegin 'form' @Name?"`
	Meta      []*Keyword `parser:"('(' (@@ (',' @@)* ','?)? ')')?"`
	Var       string     `parser:"('=' @Name)? BlockEnd"`
}

// Components.

// Component is an inline tag <{Name attrs}/> or a block tag
// <{Name[(params)] attrs}>…</{…}>.
type Component struct {
	Inline *InlineComponent `parser:"  @@"`
	Block  *BlockComponent  `parser:"| @@"`
}

// InlineComponent is <{Name attrs}/>.
type InlineComponent struct {
	Name  string      `parser:"ComponentBegin @Name"`
	Attrs *Attributes `parser:"@@ ComponentSelfClose"`
}

// BlockComponent is <{Name[(params)] attrs}>…</{…}>.
type BlockComponent struct {
	Name      string        `parser:"ComponentBegin @Name"`
	Signature *SigSignature `parser:"@@?"`
	Attrs     *Attributes   `parser:"@@ ComponentEnd"`
	Body      []*Node       `parser:"@@*"`
	Close     string        `parser:"@ComponentClose"`
}

// Attributes are positional values first, then keyword attributes, at most
// one *EXPR among them, and at most one **EXPR, last.
type Attributes struct {
	Positional []*AttrValue   `parser:"( (?! Name ('-'+ Name)* '=' | 'and' | 'or' | 'if' | 'else' | 'in' | 'is' | 'not' | '-') @@ )*"`
	Keywords   []*KeywordAttr `parser:"@@*"`
	Star       *AttrValue     `parser:"('*' @@"`
	More       []*KeywordAttr `parser:"  @@*)?"`
	DoubleStar *AttrValue     `parser:"('**' @@)?"`
}

// KeywordAttrName is an attribute name: names joined by dashes.
type KeywordAttrName struct {
	Parts []string `parser:"@Name ('-'+ @Name)* '='"`
}

// KeywordAttr is name=VALUE.
type KeywordAttr struct {
	Name  *KeywordAttrName `parser:"@@"`
	Value *AttrValue       `parser:"@@"`
}

// AttrValue is a unary expression (an optional sign, a primary, its
// postfix chain, filters and calls): binary operators need parentheses.
type AttrValue struct {
	Sign    string         `parser:"( @('-' | '+')"`
	Operand *UnaryNoFilter `parser:"  @@"`
	Primary *Primary       `parser:"| @@ )"`
	Postfix []*Postfix     `parser:"@@*"`
	Tail    []*AttrTail    `parser:"@@*"`
}

// AttrTail is a filter or a call after an attribute value.
type AttrTail struct {
	Filter *FilterCall `parser:"  '|' @@"`
	Call   *CallArgs   `parser:"| @@"`
}

// Expressions, by precedence from the loosest.

// Tuple is an expression or a tuple of them (a trailing comma only before
// the end of the tag or a ")").
type Tuple struct {
	Items []*Expr `parser:"@@ (',' @@)* (',' (?= VariableEnd | BlockEnd | ')'))?"`
}

// TupleNoCond is a Tuple whose items take no conditional expression.
type TupleNoCond struct {
	Items []*Or `parser:"@@ (',' @@)* (',' (?= VariableEnd | BlockEnd | ')'))?"`
}

// TargetTuple is an assignment target: names, tuples of names.
type TargetTuple struct {
	Items []*Target `parser:"@@ (',' @@)* (',' (?= VariableEnd | BlockEnd | ')'))?"`
}

// Target is one item of an assignment target.
type Target struct {
	Name  *AssignName  `parser:"  @@"`
	Paren *ParenTarget `parser:"| @@"`
}

// ParenTarget is a parenthesised target; "()" is an empty tuple.
type ParenTarget struct {
	Items []*Target `parser:"'(' (@@ (',' @@)* ','?)? ')'"`
}

// AssignName is a name that can be assigned to: not a constant.
type AssignName struct {
	Name string `parser:"(?! 'true' | 'false' | 'none' | 'True' | 'False' | 'None') @Name"`
}

// Expr is an expression, conditional expressions included.
type Expr struct {
	Value *Or           `parser:"@@"`
	Conds []*CondSuffix `parser:"@@*"`
}

// CondSuffix is "if test [else expr]".
type CondSuffix struct {
	Test *Or   `parser:"'if' @@"`
	Else *Expr `parser:"('else' @@)?"`
}

// Or is a or b.
type Or struct {
	Left  *And   `parser:"@@"`
	Right []*And `parser:"('or' @@)*"`
}

// And is a and b.
type And struct {
	Left  *Not   `parser:"@@"`
	Right []*Not `parser:"('and' @@)*"`
}

// Not is "not x"; Jinja commits to it on "not".
type Not struct {
	Not     *Not     `parser:"  'not' @@"`
	Compare *Compare `parser:"| (?! 'not') @@"`
}

// Compare is a chain of comparisons, in and not in.
type Compare struct {
	Left *Math1       `parser:"@@"`
	Ops  []*CompareOp `parser:"@@*"`
}

// CompareOp is one comparison operator and its right operand.
type CompareOp struct {
	Op    string `parser:"@('==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not' 'in')"`
	Right *Math1 `parser:"@@"`
}

// Math1 is + and -.
type Math1 struct {
	Left  *Concat    `parser:"@@"`
	Right []*Math1Op `parser:"@@*"`
}

// Math1Op is one + or - and its right operand.
type Math1Op struct {
	Op    string  `parser:"@('+' | '-')"`
	Right *Concat `parser:"@@"`
}

// Concat is a ~ b.
type Concat struct {
	Left  *Math2   `parser:"@@"`
	Right []*Math2 `parser:"('~' @@)*"`
}

// Math2 is *, /, // and %.
type Math2 struct {
	Left  *Pow       `parser:"@@"`
	Right []*Math2Op `parser:"@@*"`
}

// Math2Op is one *, /, // or % and its right operand.
type Math2Op struct {
	Op    string `parser:"@('*' | '/' | '//' | '%')"`
	Right *Pow   `parser:"@@"`
}

// Pow is a ** b (left-associative, as in Jinja).
type Pow struct {
	Left  *Unary   `parser:"@@"`
	Right []*Unary `parser:"('**' @@)*"`
}

// Unary is an optional sign, a primary, its postfix chain, then filters,
// tests and calls (-x|f is (-x)|f).
type Unary struct {
	Sign    string         `parser:"( @('-' | '+')"`
	Operand *UnaryNoFilter `parser:"  @@"`
	Primary *Primary       `parser:"| @@ )"`
	Postfix []*Postfix     `parser:"@@*"`
	Tail    []*FilterTail  `parser:"@@*"`
}

// UnaryNoFilter is the operand of a sign: no filters or tests.
type UnaryNoFilter struct {
	Sign    string         `parser:"( @('-' | '+')"`
	Operand *UnaryNoFilter `parser:"  @@"`
	Primary *Primary       `parser:"| @@ )"`
	Postfix []*Postfix     `parser:"@@*"`
}

// Primary is a name, a literal, a parenthesised expression or tuple, a list
// or a dict.
type Primary struct {
	Name    string      `parser:"  @Name"`
	Strings []string    `parser:"| @String+"`
	Integer string      `parser:"| @Integer"`
	Float   string      `parser:"| @Float"`
	Paren   *ParenTuple `parser:"| @@"`
	List    *List       `parser:"| @@"`
	Dict    *Dict       `parser:"| @@"`
}

// ParenTuple is ( … ): an expression, a tuple, or the empty tuple.
type ParenTuple struct {
	Items []*Expr `parser:"'(' (@@ (',' @@)* ','?)? ')'"`
}

// List is [a, b].
type List struct {
	Items []*Expr `parser:"'[' (@@ (',' @@)* ','?)? ']'"`
}

// Dict is {k: v}.
type Dict struct {
	Items []*Pair `parser:"'{' (@@ (',' @@)* ','?)? '}'"`
}

// Pair is k: v.
type Pair struct {
	Key   *Expr `parser:"@@ ':'"`
	Value *Expr `parser:"@@"`
}

// Postfix is .attr, .0, [subscripts] or a call.
type Postfix struct {
	Attr  string       `parser:"  '.' @(Name | Integer)"`
	Index []*Subscript `parser:"| '[' (@@ (',' @@)*)? ']'"`
	Call  *CallArgs    `parser:"| @@"`
}

// Subscript is an expression or a slice.
type Subscript struct {
	Slice *Slice `parser:"  @@"`
	Index *Expr  `parser:"| @@"`
}

// Slice is [start]:[stop][:[step]].
type Slice struct {
	Start *Expr `parser:"@@? ':'"`
	Stop  *Expr `parser:"@@?"`
	Step  *Step `parser:"@@?"`
}

// Step is the :step of a slice.
type Step struct {
	Value *Expr `parser:"':' @@?"`
}

// FilterTail is a filter, a test or a call after a unary expression. A
// test without arguments cannot be followed by another test (Jinja: "You
// cannot chain multiple tests with is").
type FilterTail struct {
	Filter   *FilterCall `parser:"  '|' @@"`
	Test     *TestCall   `parser:"| 'is' @@"`
	BareTest *TestName   `parser:"| 'is' @@ (?! 'is')"`
	Call     *CallArgs   `parser:"| @@"`
}

// FilterCall is a (dotted) filter name and optional arguments.
type FilterCall struct {
	Name []string  `parser:"@Name ('.' @Name)*"`
	Args *CallArgs `parser:"@@?"`
}

// TestCall is a test with arguments in parentheses, or with one argument
// that is no else, or, and or is.
type TestCall struct {
	Name *TestName `parser:"@@"`
	Args *CallArgs `parser:"( @@"`
	Arg  *TestArg  `parser:"| (?! 'else' | 'or' | 'and' | 'is') @@ )"`
}

// TestName is [not] name, dotted names allowed.
type TestName struct {
	Not  bool     `parser:"@'not'?"`
	Name []string `parser:"@Name ('.' @Name)*"`
}

// TestArg is the one argument of a test without parentheses.
type TestArg struct {
	Value   *Primary   `parser:"@@"`
	Postfix []*Postfix `parser:"@@*"`
}

// CallArgs are call arguments: positional ones, then keywords and at most
// one *args, then at most one **kwargs; a trailing comma is allowed.
type CallArgs struct {
	Positional  []*Expr    `parser:"'(' ( ( (?! Name '=' | '*' | '**') @@ (',' (?! ')' | Name '=' | '*' | '**') @@)*"`
	Keywords    []*Keyword `parser:"      ( ',' (?! ')') @@ )*"`
	Star        *Expr      `parser:"      ( ',' '*' @@"`
	More        []*Keyword `parser:"        ( ',' (?! ')') @@ )* )?"`
	DoubleStar  *Expr      `parser:"      ( ',' '**' @@ )?"`
	Keywords2   []*Keyword `parser:"    | @@ ( ',' (?! ')') @@ )*"`
	Star2       *Expr      `parser:"      ( ',' '*' @@"`
	More2       []*Keyword `parser:"        ( ',' (?! ')') @@ )* )?"`
	DoubleStar2 *Expr      `parser:"      ( ',' '**' @@ )?"`
	Star3       *Expr      `parser:"    | '*' @@"`
	More3       []*Keyword `parser:"      ( ',' (?! ')') @@ )*"`
	DoubleStar3 *Expr      `parser:"      ( ',' '**' @@ )?"`
	DoubleStar4 *Expr      `parser:"    | '**' @@"`
	Trailing    bool       `parser:"  ) @','? )? ')'"`
}

// Keyword is name=value.
type Keyword struct {
	Key   string `parser:"@Name '='"`
	Value *Expr  `parser:"@@"`
}
