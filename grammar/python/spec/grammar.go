package pyspec

// The Python 3.11 grammar as participle types, over the tokens of
// grammar/python's scanner. It follows CPython's Grammar/python.gram, with
// these changes:
//
//   - Left recursion is written as repetition (BitwiseOr = BitwiseXor
//     ("|" BitwiseXor)*), which keeps the left associativity CPython has.
//   - Alternatives that start alike are factored (a parenthesized atom is
//     "(" then a yield, a starred element, or a named expression followed
//     by a comprehension, a comma or nothing), because participle
//     backtracks without memoizing: CPython's unfactored alternatives
//     would parse nested brackets an exponential number of times.
//   - Assignment, deletion, for and with targets are expressions: whether
//     an expression can be assigned is a check made after parsing (as
//     grammar/python does; CPython's target rules only serve its error
//     messages and its tree).
//   - Semantic checks are left out (see Excluded).
//
// The field names do not matter (the tree is not used); the types are the
// rules, named as in python.gram.

// File is the start rule: file: [statements] ENDMARKER.
type File struct {
	Statements []*Statement `parser:"@@*"`
}

// Statement is compound_stmt | simple_stmts.
type Statement struct {
	Compound *CompoundStmt `parser:"  @@"`
	Simple   *SimpleStmts  `parser:"| @@"`
}

// SimpleStmts is simple_stmt (';' simple_stmt)* [';'] NEWLINE.
type SimpleStmts struct {
	First *SimpleStmt   `parser:"@@"`
	Rest  []*SimpleStmt `parser:"(';' @@)* ';'? Newline"`
}

// SimpleStmt is one simple statement.
type SimpleStmt struct {
	Pass     bool          `parser:"  @'pass'"`
	Break    bool          `parser:"| @'break'"`
	Continue bool          `parser:"| @'continue'"`
	Return   *ReturnStmt   `parser:"| @@"`
	Raise    *RaiseStmt    `parser:"| @@"`
	Global   *GlobalStmt   `parser:"| @@"`
	Del      *DelStmt      `parser:"| @@"`
	Assert   *AssertStmt   `parser:"| @@"`
	Import   *ImportName   `parser:"| @@"`
	From     *ImportFrom   `parser:"| @@"`
	Expr     *ExprOrAssign `parser:"| @@"`
}

// ExprOrAssign is an expression statement or an assignment: CPython's
// assignment and star_expressions statements, factored on their common
// start.
type ExprOrAssign struct {
	First *AnnotatedRHS `parser:"@@"`
	Tail  *AssignTail   `parser:"@@?"`
}

// AssignTail is what follows the target(s) of an assignment.
type AssignTail struct {
	Values     []*AnnotatedRHS `parser:"  ('=' @@)+"`
	Annotation *Expression     `parser:"| ':' @@"`
	AnnValue   *AnnotatedRHS   `parser:"  ('=' @@)?"`
	Aug        *AugAssign      `parser:"| @@"`
}

// AugAssign is augassign (yield_expr | star_expressions).
type AugAssign struct {
	Op    string        `parser:"@('+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//=')"`
	Value *AnnotatedRHS `parser:"@@"`
}

// AnnotatedRHS is yield_expr | star_expressions.
type AnnotatedRHS struct {
	Yield *YieldExpr       `parser:"  @@"`
	Exprs *StarExpressions `parser:"| @@"`
}

// ReturnStmt is 'return' [star_expressions].
type ReturnStmt struct {
	Value *StarExpressions `parser:"'return' @@?"`
}

// RaiseStmt is 'raise' [expression ['from' expression]].
type RaiseStmt struct {
	Exc   *Expression `parser:"'raise' (@@"`
	Cause *Expression `parser:"('from' @@)?)?"`
}

// GlobalStmt is ('global' | 'nonlocal') ','.NAME+.
type GlobalStmt struct {
	Names []string `parser:"('global' | 'nonlocal') @Name (',' @Name)*"`
}

// DelStmt is 'del' del_targets &(';' | NEWLINE).
type DelStmt struct {
	Targets []*StarExpression `parser:"'del' @@ (',' @@)* ','? (?= ';' | Newline)"`
}

// AssertStmt is 'assert' expression [',' expression].
type AssertStmt struct {
	Test *Expression `parser:"'assert' @@"`
	Msg  *Expression `parser:"(',' @@)?"`
}

// ImportName is 'import' dotted_as_names.
type ImportName struct {
	Names []*DottedAsName `parser:"'import' @@ (',' @@)*"`
}

// DottedAsName is dotted_name ['as' NAME].
type DottedAsName struct {
	Name  *DottedName `parser:"@@"`
	Alias string      `parser:"('as' @Name)?"`
}

// DottedName is NAME ('.' NAME)*.
type DottedName struct {
	Parts []string `parser:"@Name ('.' @Name)*"`
}

// ImportFrom is 'from' ('.' | '...')* dotted_name 'import' targets, or
// 'from' ('.' | '...')+ 'import' targets.
type ImportFrom struct {
	Dots    []string           `parser:"'from' ( @('.' | '...')+"`
	Module  *DottedName        `parser:"         @@? | @@ )"`
	Targets *ImportFromTargets `parser:"'import' @@"`
}

// ImportFromTargets is '(' names [','] ')' | names !',' | '*'.
type ImportFromTargets struct {
	Parens []*ImportFromAsName `parser:"  '(' @@ (',' @@)* ','? ')'"`
	Names  []*ImportFromAsName `parser:"| @@ (',' @@)* (?! ',')"`
	Star   bool                `parser:"| @'*'"`
}

// ImportFromAsName is NAME ['as' NAME].
type ImportFromAsName struct {
	Name  string `parser:"@Name"`
	Alias string `parser:"('as' @Name)?"`
}

// CompoundStmt is one compound statement.
type CompoundStmt struct {
	Function *FunctionDef `parser:"  @@"`
	If       *IfStmt      `parser:"| @@"`
	Class    *ClassDef    `parser:"| @@"`
	With     *WithStmt    `parser:"| @@"`
	For      *ForStmt     `parser:"| @@"`
	Try      *TryStmt     `parser:"| @@"`
	While    *WhileStmt   `parser:"| @@"`
	Match    *MatchStmt   `parser:"| @@"`
	Deco     *Decorated   `parser:"| @@"`
	Async    *AsyncStmt   `parser:"| @@"`
}

// Block is NEWLINE INDENT statements DEDENT | simple_stmts.
type Block struct {
	Statements []*Statement `parser:"  Newline Indent @@+ Dedent"`
	Simple     *SimpleStmts `parser:"| @@"`
}

// Decorated is decorators (class_def | function_def).
type Decorated struct {
	Decorators []*NamedExpression `parser:"('@' @@ Newline)+"`
	Function   *FunctionDef       `parser:"( @@"`
	Class      *ClassDef          `parser:"| @@"`
	Async      *FunctionDef       `parser:"| 'async' @@ )"`
}

// AsyncStmt is ASYNC (function_def_raw | with_stmt | for_stmt).
type AsyncStmt struct {
	Function *FunctionDef `parser:"'async' ( @@"`
	With     *WithStmt    `parser:"| @@"`
	For      *ForStmt     `parser:"| @@ )"`
}

// ClassDef is 'class' NAME ['(' [arguments] ')'] ':' block.
type ClassDef struct {
	Name  string   `parser:"'class' @Name"`
	Args  *ArgList `parser:"('(' @@? ')')?"`
	Block *Block   `parser:"':' @@"`
}

// FunctionDef is 'def' NAME '(' [params] ')' ['->' expression] ':' block.
type FunctionDef struct {
	Name    string      `parser:"'def' @Name '('"`
	Params  *Parameters `parser:"@@? ')'"`
	Returns *Expression `parser:"('->' @@)?"`
	Block   *Block      `parser:"':' @@"`
}

// Parameters is CPython's parameters rule, whose alternatives enforce the
// order of positional-only, plain, defaulted, star and keyword
// parameters.
type Parameters struct {
	SlashNoDefault   *SlashNoDefault     `parser:"  @@"`
	NoDefaults1      []*ParamNoDefault   `parser:"  @@*"`
	Defaults1        []*ParamWithDefault `parser:"  @@*"`
	StarEtc1         *StarEtc            `parser:"  @@?"`
	SlashWithDefault *SlashWithDefault   `parser:"| @@"`
	Defaults2        []*ParamWithDefault `parser:"  @@*"`
	StarEtc2         *StarEtc            `parser:"  @@?"`
	NoDefaults3      []*ParamNoDefault   `parser:"| @@+"`
	Defaults3        []*ParamWithDefault `parser:"  @@*"`
	StarEtc3         *StarEtc            `parser:"  @@?"`
	Defaults4        []*ParamWithDefault `parser:"| @@+"`
	StarEtc4         *StarEtc            `parser:"  @@?"`
	StarEtc5         *StarEtc            `parser:"| @@"`
}

// SlashNoDefault is param_no_default+ '/' (',' | &')').
type SlashNoDefault struct {
	Params []*ParamNoDefault `parser:"@@+ '/' (?= ',' | ')') ','?"`
}

// SlashWithDefault is param_no_default* param_with_default+ '/' (',' |
// &')').
type SlashWithDefault struct {
	NoDefaults []*ParamNoDefault   `parser:"@@*"`
	Defaults   []*ParamWithDefault `parser:"@@+ '/' (?= ',' | ')') ','?"`
}

// StarEtc is '*' param_no_default param_maybe_default* [kwds] | '*'
// param_no_default_star_annotation param_maybe_default* [kwds] | '*' ','
// param_maybe_default+ [kwds] | kwds.
type StarEtc struct {
	Vararg   *ParamStarAnnotation `parser:"  '*' ( @@"`
	Maybe1   []*ParamMaybeDefault `parser:"        @@*"`
	Kwds1    *Kwds                `parser:"        @@?"`
	Maybe2   []*ParamMaybeDefault `parser:"      | ',' @@+"`
	Kwds2    *Kwds                `parser:"        @@? )"`
	KwdsOnly *Kwds                `parser:"| @@"`
}

// Kwds is '**' param_no_default.
type Kwds struct {
	Param *ParamNoDefault `parser:"'**' @@"`
}

// ParamNoDefault is param (',' | &')').
type ParamNoDefault struct {
	Param *Param `parser:"@@ (?= ',' | ')') ','?"`
}

// ParamStarAnnotation is the parameter after '*', whose annotation may be
// starred (PEP 646): NAME [':' star_expression] (',' | &')').
type ParamStarAnnotation struct {
	Name       string          `parser:"@Name"`
	Annotation *StarExpression `parser:"(':' @@)? (?= ',' | ')') ','?"`
}

// ParamWithDefault is param default (',' | &')').
type ParamWithDefault struct {
	Param   *Param      `parser:"@@ '='"`
	Default *Expression `parser:"@@ (?= ',' | ')') ','?"`
}

// ParamMaybeDefault is param default? (',' | &')').
type ParamMaybeDefault struct {
	Param   *Param      `parser:"@@"`
	Default *Expression `parser:"('=' @@)? (?= ',' | ')') ','?"`
}

// Param is NAME annotation?.
type Param struct {
	Name       string      `parser:"@Name"`
	Annotation *Expression `parser:"(':' @@)?"`
}

// IfStmt is 'if' named_expression ':' block (elif_stmt | [else_block]).
type IfStmt struct {
	Test  *NamedExpression `parser:"'if' @@ ':'"`
	Block *Block           `parser:"@@"`
	Elifs []*ElifClause    `parser:"@@*"`
	Else  *Block           `parser:"('else' ':' @@)?"`
}

// ElifClause is 'elif' named_expression ':' block.
type ElifClause struct {
	Test  *NamedExpression `parser:"'elif' @@ ':'"`
	Block *Block           `parser:"@@"`
}

// WhileStmt is 'while' named_expression ':' block [else_block].
type WhileStmt struct {
	Test  *NamedExpression `parser:"'while' @@ ':'"`
	Block *Block           `parser:"@@"`
	Else  *Block           `parser:"('else' ':' @@)?"`
}

// ForStmt is 'for' star_targets 'in' star_expressions ':' block
// [else_block].
type ForStmt struct {
	Target *StarTargets     `parser:"'for' @@ 'in'"`
	Iter   *StarExpressions `parser:"@@ ':'"`
	Block  *Block           `parser:"@@"`
	Else   *Block           `parser:"('else' ':' @@)?"`
}

// WithStmt is 'with' '(' ','.with_item+ ','? ')' ':' block | 'with'
// ','.with_item+ ':' block; the parenthesized form is tried first.
type WithStmt struct {
	Parens []*WithItem `parser:"'with' ( '(' @@ (',' @@)* ','? ')' ':'"`
	Items  []*WithItem `parser:"       | @@ (',' @@)* ':' )"`
	Block  *Block      `parser:"@@"`
}

// WithItem is expression ['as' star_target].
type WithItem struct {
	Expr   *Expression `parser:"@@"`
	Target *StarTarget `parser:"('as' @@ (?= ',' | ')' | ':'))?"`
}

// TryStmt is 'try' ':' block followed by a finally block, except blocks,
// or except* blocks (never both kinds).
type TryStmt struct {
	Block        *Block         `parser:"'try' ':' @@"`
	Finally      *Block         `parser:"( 'finally' ':' @@"`
	Excepts      []*ExceptBlock `parser:"| ( @@+"`
	StarExcepts  []*ExceptStar  `parser:"  | @@+ )"`
	Else         *Block         `parser:"  ('else' ':' @@)?"`
	FinallyAfter *Block         `parser:"  ('finally' ':' @@)? )"`
}

// ExceptBlock is 'except' [expression ['as' NAME]] ':' block.
type ExceptBlock struct {
	Type  *Expression `parser:"'except' (@@"`
	Name  string      `parser:"('as' @Name)?)? ':'"`
	Block *Block      `parser:"@@"`
}

// ExceptStar is 'except' '*' expression ['as' NAME] ':' block.
type ExceptStar struct {
	Type  *Expression `parser:"'except' '*' @@"`
	Name  string      `parser:"('as' @Name)? ':'"`
	Block *Block      `parser:"@@"`
}

// MatchStmt is "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
// ("match" and "case" are soft keywords: NAME tokens).
type MatchStmt struct {
	Subject *SubjectExpr `parser:"'match' @@ ':' Newline Indent"`
	Cases   []*CaseBlock `parser:"@@+ Dedent"`
}

// SubjectExpr is star_named_expression ',' star_named_expressions? |
// named_expression.
type SubjectExpr struct {
	Star  *BitwiseOr             `parser:"  '*' @@ ','"`
	Rest1 []*StarNamedExpression `parser:"  (@@ (',' @@)* ','?)?"`
	First *NamedExpression       `parser:"| @@"`
	Rest2 []*StarNamedExpression `parser:"  (',' (@@ (',' @@)* ','?)?)?"`
}

// CaseBlock is "case" patterns guard? ':' block.
type CaseBlock struct {
	Patterns *Patterns        `parser:"'case' @@"`
	Guard    *NamedExpression `parser:"('if' @@)? ':'"`
	Block    *Block           `parser:"@@"`
}

// Patterns is open_sequence_pattern | pattern.
type Patterns struct {
	Star  *StarPattern        `parser:"  @@ ','"`
	Rest  []*MaybeStarPattern `parser:"  (@@ (',' @@)* ','?)?"`
	First *Pattern            `parser:"| @@"`
	More  []*MaybeStarPattern `parser:"  (',' (@@ (',' @@)* ','?)?)?"`
}

// Pattern is or_pattern ['as' pattern_capture_target].
type Pattern struct {
	Or     *OrPattern `parser:"@@"`
	Target string     `parser:"('as' (?! '_') @Name)?"`
}

// OrPattern is '|'.closed_pattern+.
type OrPattern struct {
	Patterns []*ClosedPattern `parser:"@@ ('|' @@)*"`
}

// ClosedPattern is a literal, capture, wildcard, value, group, sequence,
// mapping or class pattern.
type ClosedPattern struct {
	Literal  *LiteralPattern  `parser:"  @@"`
	Wildcard bool             `parser:"| @'_'"`
	Name     *NamePattern     `parser:"| @@"`
	Group    *GroupOrSequence `parser:"| @@"`
	List     *ListPattern     `parser:"| @@"`
	Mapping  *MappingPattern  `parser:"| @@"`
}

// LiteralPattern is signed_number !('+' | '-') | complex_number | strings
// | 'None' | 'True' | 'False'.
type LiteralPattern struct {
	Number  *SignedNumber `parser:"  @@"`
	Complex string        `parser:"  (@('+' | '-') @Number)?"`
	Strings []string      `parser:"| @String+"`
	Const   string        `parser:"| @('None' | 'True' | 'False')"`
}

// SignedNumber is NUMBER | '-' NUMBER.
type SignedNumber struct {
	Minus  bool   `parser:"@'-'?"`
	Number string `parser:"@Number"`
}

// NamePattern is a capture pattern, a value pattern (dotted name) or a
// class pattern: name_or_attr ['(' ... ')'], not followed by '.', '(' or
// '='. It cannot start with "_", which is the wildcard (tried first, as
// in CPython: "_.x" and "_()" are not patterns).
type NamePattern struct {
	Parts []string   `parser:"(?! '_') @Name ('.' @Name)*"`
	Class *ClassArgs `parser:"('(' @@? ')')? (?! '=')"`
}

// ClassArgs is positional_patterns [',' keyword_patterns] [','] |
// keyword_patterns [','].
type ClassArgs struct {
	Keywords1  []*KeywordPattern `parser:"  @@ (',' @@)* ','?"`
	Positional []*Pattern        `parser:"| @@ (',' @@)*"`
	Keywords2  []*KeywordPattern `parser:"  (',' @@)* ','?"`
}

// KeywordPattern is NAME '=' pattern.
type KeywordPattern struct {
	Name    string   `parser:"@Name '='"`
	Pattern *Pattern `parser:"@@"`
}

// GroupOrSequence is '(' pattern ')' | '(' [open_sequence_pattern] ')'.
type GroupOrSequence struct {
	Star  *StarPattern        `parser:"'(' ( @@ ','"`
	Rest  []*MaybeStarPattern `parser:"      (@@ (',' @@)* ','?)?"`
	First *Pattern            `parser:"    | @@"`
	More  []*MaybeStarPattern `parser:"      (',' (@@ (',' @@)* ','?)?)? )? ')'"`
}

// ListPattern is '[' maybe_sequence_pattern? ']'.
type ListPattern struct {
	Items []*MaybeStarPattern `parser:"'[' (@@ (',' @@)* ','?)? ']'"`
}

// MaybeStarPattern is star_pattern | pattern.
type MaybeStarPattern struct {
	Star    *StarPattern `parser:"  @@"`
	Pattern *Pattern     `parser:"| @@"`
}

// StarPattern is '*' (pattern_capture_target | wildcard_pattern).
type StarPattern struct {
	Name string `parser:"'*' @Name"`
}

// MappingPattern is '{' [items_pattern] [',' double_star_pattern] [','] '}'.
type MappingPattern struct {
	Rest1 string             `parser:"'{' ( '**' (?! '_') @Name ','?"`
	Items []*KeyValuePattern `parser:"    | @@ (',' @@)*"`
	Rest2 string             `parser:"      (',' '**' (?! '_') @Name)? ','? )? '}'"`
}

// KeyValuePattern is (literal_expr | attr) ':' pattern.
type KeyValuePattern struct {
	Literal *LiteralPattern `parser:"( @@"`
	Attr    []string        `parser:"| @Name ('.' @Name)+ ) ':'"`
	Pattern *Pattern        `parser:"@@"`
}

// ---------------------------------------------------------------------------
// Expressions

// StarExpressions is star_expression (',' star_expression)* [','].
type StarExpressions struct {
	Items []*StarExpression `parser:"@@ (',' @@)* ','?"`
}

// StarExpression is '*' bitwise_or | expression.
type StarExpression struct {
	Star *BitwiseOr  `parser:"  '*' @@"`
	Expr *Expression `parser:"| @@"`
}

// StarNamedExpression is '*' bitwise_or | named_expression.
type StarNamedExpression struct {
	Star *BitwiseOr       `parser:"  '*' @@"`
	Expr *NamedExpression `parser:"| @@"`
}

// NamedExpression is NAME ':=' expression | expression !':='.
type NamedExpression struct {
	Target string      `parser:"  @Name ':='"`
	Value  *Expression `parser:"  @@"`
	Expr   *Expression `parser:"| @@ (?! ':=')"`
}

// Expression is disjunction ['if' disjunction 'else' expression] |
// lambdef.
type Expression struct {
	Lambda *Lambda      `parser:"  @@"`
	Body   *Disjunction `parser:"| @@"`
	Test   *Disjunction `parser:"  ('if' @@"`
	Orelse *Expression  `parser:"   'else' @@)?"`
}

// YieldExpr is 'yield' 'from' expression | 'yield' [star_expressions].
type YieldExpr struct {
	From  *Expression      `parser:"'yield' ( 'from' @@"`
	Value *StarExpressions `parser:"        | @@ )?"`
}

// Lambda is 'lambda' [lambda_params] ':' expression.
type Lambda struct {
	Params *LambdaParameters `parser:"'lambda' @@? ':'"`
	Body   *Expression       `parser:"@@"`
}

// LambdaParameters is parameters without annotations, ended by ':'.
type LambdaParameters struct {
	SlashNoDefault   *LambdaSlashNoDefault     `parser:"  @@"`
	NoDefaults1      []*LambdaParamNoDefault   `parser:"  @@*"`
	Defaults1        []*LambdaParamWithDefault `parser:"  @@*"`
	StarEtc1         *LambdaStarEtc            `parser:"  @@?"`
	SlashWithDefault *LambdaSlashWithDefault   `parser:"| @@"`
	Defaults2        []*LambdaParamWithDefault `parser:"  @@*"`
	StarEtc2         *LambdaStarEtc            `parser:"  @@?"`
	NoDefaults3      []*LambdaParamNoDefault   `parser:"| @@+"`
	Defaults3        []*LambdaParamWithDefault `parser:"  @@*"`
	StarEtc3         *LambdaStarEtc            `parser:"  @@?"`
	Defaults4        []*LambdaParamWithDefault `parser:"| @@+"`
	StarEtc4         *LambdaStarEtc            `parser:"  @@?"`
	StarEtc5         *LambdaStarEtc            `parser:"| @@"`
}

// LambdaSlashNoDefault is lambda_param_no_default+ '/' (',' | &':').
type LambdaSlashNoDefault struct {
	Params []*LambdaParamNoDefault `parser:"@@+ '/' (?= ',' | ':') ','?"`
}

// LambdaSlashWithDefault is lambda_param_no_default*
// lambda_param_with_default+ '/' (',' | &':').
type LambdaSlashWithDefault struct {
	NoDefaults []*LambdaParamNoDefault   `parser:"@@*"`
	Defaults   []*LambdaParamWithDefault `parser:"@@+ '/' (?= ',' | ':') ','?"`
}

// LambdaStarEtc is lambda_star_etc.
type LambdaStarEtc struct {
	Vararg   *LambdaParamNoDefault      `parser:"  '*' ( @@"`
	Maybe1   []*LambdaParamMaybeDefault `parser:"        @@*"`
	Kwds1    *LambdaParamNoDefault      `parser:"        ('**' @@)?"`
	Maybe2   []*LambdaParamMaybeDefault `parser:"      | ',' @@+"`
	Kwds2    *LambdaParamNoDefault      `parser:"        ('**' @@)? )"`
	KwdsOnly *LambdaParamNoDefault      `parser:"| '**' @@"`
}

// LambdaParamNoDefault is NAME (',' | &':').
type LambdaParamNoDefault struct {
	Name string `parser:"@Name (?= ',' | ':') ','?"`
}

// LambdaParamWithDefault is NAME default (',' | &':').
type LambdaParamWithDefault struct {
	Name    string      `parser:"@Name '='"`
	Default *Expression `parser:"@@ (?= ',' | ':') ','?"`
}

// LambdaParamMaybeDefault is NAME default? (',' | &':').
type LambdaParamMaybeDefault struct {
	Name    string      `parser:"@Name"`
	Default *Expression `parser:"('=' @@)? (?= ',' | ':') ','?"`
}

// Disjunction is conjunction ('or' conjunction)*.
type Disjunction struct {
	Items []*Conjunction `parser:"@@ ('or' @@)*"`
}

// Conjunction is inversion ('and' inversion)*.
type Conjunction struct {
	Items []*Inversion `parser:"@@ ('and' @@)*"`
}

// Inversion is 'not' inversion | comparison.
type Inversion struct {
	Not        *Inversion  `parser:"  'not' @@"`
	Comparison *Comparison `parser:"| @@"`
}

// Comparison is bitwise_or compare_op_bitwise_or_pair*.
type Comparison struct {
	Left  *BitwiseOr     `parser:"@@"`
	Pairs []*ComparePair `parser:"@@*"`
}

// ComparePair is a comparison operator and its right operand.
type ComparePair struct {
	Op    string     `parser:"( @('==' | '!=' | '<=' | '<' | '>=' | '>' | 'in') | @('not' 'in') | @('is' 'not') | @'is' )"`
	Right *BitwiseOr `parser:"@@"`
}

// BitwiseOr is bitwise_xor ('|' bitwise_xor)*.
type BitwiseOr struct {
	Items []*BitwiseXor `parser:"@@ ('|' @@)*"`
}

// BitwiseXor is bitwise_and ('^' bitwise_and)*.
type BitwiseXor struct {
	Items []*BitwiseAnd `parser:"@@ ('^' @@)*"`
}

// BitwiseAnd is shift_expr ('&' shift_expr)*.
type BitwiseAnd struct {
	Items []*ShiftExpr `parser:"@@ ('&' @@)*"`
}

// ShiftExpr is sum (('<<' | '>>') sum)*.
type ShiftExpr struct {
	Items []*Sum `parser:"@@ (('<<' | '>>') @@)*"`
}

// Sum is term (('+' | '-') term)*.
type Sum struct {
	Items []*Term `parser:"@@ (('+' | '-') @@)*"`
}

// Term is factor (('*' | '/' | '//' | '%' | '@') factor)*.
type Term struct {
	Items []*Factor `parser:"@@ (('*' | '/' | '//' | '%' | '@') @@)*"`
}

// Factor is ('+' | '-' | '~') factor | power.
type Factor struct {
	Unary *Factor `parser:"  ('+' | '-' | '~') @@"`
	Power *Power  `parser:"| @@"`
}

// Power is await_primary ['**' factor].
type Power struct {
	Base     *AwaitPrimary `parser:"@@"`
	Exponent *Factor       `parser:"('**' @@)?"`
}

// AwaitPrimary is [AWAIT] primary.
type AwaitPrimary struct {
	Await   bool     `parser:"@'await'?"`
	Primary *Primary `parser:"@@"`
}

// Primary is atom followed by attribute references, calls and
// subscripts.
type Primary struct {
	Atom     *Atom      `parser:"@@"`
	Trailers []*Trailer `parser:"@@*"`
}

// Trailer is '.' NAME | '(' [arguments] ')' | '[' slices ']'.
type Trailer struct {
	Attr   string     `parser:"  '.' @Name"`
	Call   *Arguments `parser:"| '(' @@? ')'"`
	Slices *Slices    `parser:"| '[' @@ ']'"`
}

// Slices is ','.(slice | starred_expression)+ [','].
type Slices struct {
	Items []*Slice `parser:"@@ (',' @@)* ','?"`
}

// Slice is [expression] ':' [expression] [':' [expression]] |
// named_expression | '*' expression.
type Slice struct {
	Star   *Expression `parser:"  '*' @@"`
	Empty  *SliceTail  `parser:"| ':' @@"`
	Target string      `parser:"| @Name ':='"`
	Value  *Expression `parser:"  @@"`
	Lower  *Expression `parser:"| @@"`
	Tail   *SliceTail  `parser:"  (':' @@)?"`
}

// SliceTail is [expression] [':' [expression]].
type SliceTail struct {
	Upper *Expression `parser:"@@?"`
	Step  *Expression `parser:"(':' @@?)?"`
}

// Atom is NAME, a constant, strings, a number, or a display.
type Atom struct {
	Name    string     `parser:"  @Name"`
	Const   string     `parser:"| @('True' | 'False' | 'None' | '...')"`
	Strings []string   `parser:"| @String+"`
	Number  string     `parser:"| @Number"`
	Paren   *ParenAtom `parser:"| @@"`
	List    *ListAtom  `parser:"| @@"`
	Brace   *BraceAtom `parser:"| @@"`
}

// ParenAtom is tuple | group | genexp: '(' then a yield expression, a
// starred element (a tuple), or a named expression followed by a
// comprehension (a generator expression), a comma (a tuple) or nothing
// (a group).
type ParenAtom struct {
	Yield *YieldExpr             `parser:"'(' ( @@"`
	Star  *BitwiseOr             `parser:"    | '*' @@ ','"`
	Rest1 []*StarNamedExpression `parser:"      (@@ (',' @@)* ','?)?"`
	First *NamedExpression       `parser:"    | @@"`
	Comp  *ForIfClauses          `parser:"      ( @@"`
	Rest2 []*StarNamedExpression `parser:"      | ',' (@@ (',' @@)* ','?)? )? )? ')'"`
}

// ListAtom is list | listcomp.
type ListAtom struct {
	Star  *BitwiseOr             `parser:"'[' ( '*' @@"`
	Rest1 []*StarNamedExpression `parser:"      (',' (@@ (',' @@)* ','?)?)?"`
	First *NamedExpression       `parser:"    | @@"`
	Comp  *ForIfClauses          `parser:"      ( @@"`
	Rest2 []*StarNamedExpression `parser:"      | ',' (@@ (',' @@)* ','?)? )? )? ']'"`
}

// BraceAtom is dict | set | dictcomp | setcomp, factored on the first
// element.
type BraceAtom struct {
	DoubleStar *BitwiseOr             `parser:"'{' ( '**' @@"`
	DictRest1  []*DoubleStarredKV     `parser:"      (',' (@@ (',' @@)* ','?)?)?"`
	Star       *BitwiseOr             `parser:"    | '*' @@"`
	SetRest1   []*StarNamedExpression `parser:"      (',' (@@ (',' @@)* ','?)?)?"`
	Walrus     string                 `parser:"    | @Name ':='"`
	WalrusExpr *Expression            `parser:"      @@"`
	SetComp1   *ForIfClauses          `parser:"      ( @@"`
	SetRest2   []*StarNamedExpression `parser:"      | ',' (@@ (',' @@)* ','?)? )?"`
	Key        *Expression            `parser:"    | @@"`
	Value      *Expression            `parser:"      ( ':' @@"`
	DictComp   *ForIfClauses          `parser:"        ( @@"`
	DictRest2  []*DoubleStarredKV     `parser:"        | ',' (@@ (',' @@)* ','?)? )?"`
	SetComp2   *ForIfClauses          `parser:"      | (?! ':=') @@"`
	SetRest3   []*StarNamedExpression `parser:"      | (?! ':=') ',' (@@ (',' @@)* ','?)? )? )? '}'"`
}

// DoubleStarredKV is '**' bitwise_or | expression ':' expression.
type DoubleStarredKV struct {
	Unpack *BitwiseOr  `parser:"  '**' @@"`
	Key    *Expression `parser:"| @@ ':'"`
	Value  *Expression `parser:"  @@"`
}

// ForIfClauses is for_if_clause+.
type ForIfClauses struct {
	Clauses []*ForIfClause `parser:"@@+"`
}

// ForIfClause is [ASYNC] 'for' star_targets 'in' disjunction ('if'
// disjunction)*.
type ForIfClause struct {
	Async  bool           `parser:"@'async'? 'for'"`
	Target *StarTargets   `parser:"@@ 'in'"`
	Iter   *Disjunction   `parser:"@@"`
	Ifs    []*Disjunction `parser:"('if' @@)*"`
}

// StarTargets is star_target (',' star_target)* [','].
type StarTargets struct {
	Items []*StarTarget `parser:"@@ (',' @@)* ','?"`
}

// StarTarget is '*' star_target | target, a target being parsed as an
// expression up to bitwise_or (so that the 'in' of a for loop is not
// taken as a comparison).
type StarTarget struct {
	Star   *StarTarget `parser:"  '*' (?! '*') @@"`
	Target *BitwiseOr  `parser:"| @@"`
}

// Arguments is the arguments of a call or class definition: a generator
// expression alone, or positional, keyword, *iterable and **mapping
// arguments (in an order that the grammar does not check; see Excluded).
type Arguments struct {
	Keyword1 *Kwarg           `parser:"  @@"`
	Rest1    []*Arg           `parser:"  (',' (@@ (',' @@)* ','?)?)?"`
	First    *NamedExpression `parser:"| @@ (?! '=')"`
	Genexp   *ForIfClauses    `parser:"  ( @@ (?= ')')"`
	Rest2    []*Arg           `parser:"  | ',' (@@ (',' @@)* ','?)? )?"`
}

// ArgList is CPython's arguments rule: the arguments of a class
// definition, or of a call without a generator expression.
type ArgList struct {
	Args []*Arg `parser:"@@ (',' @@)* ','?"`
}

// Arg is one argument of a call.
type Arg struct {
	Kwarg *Kwarg           `parser:"  @@"`
	Expr  *NamedExpression `parser:"| @@ (?! '=')"`
}

// Kwarg is NAME '=' expression | '*' expression | '**' expression.
type Kwarg struct {
	Name       string      `parser:"  @Name '='"`
	Value      *Expression `parser:"  @@"`
	Star       *Expression `parser:"| '*' @@"`
	DoubleStar *Expression `parser:"| '**' @@"`
}
