package bytecode

import (
	"math/big"
)

// Version is the version of the instruction set and of the serialised form.
// Bump it on any change to either; a stale bundle is refused.
const Version = 2

// Kind says what a code object was compiled from.
type Kind uint8

// Code kinds.
const (
	KindModule        Kind = iota + 1 // a module body (a page's frontmatter, a .py file)
	KindFunction                      // def or lambda
	KindClass                         // a class body
	KindComprehension                 // the hidden function of a comprehension or generator expression
	KindTemplate                      // a template's root render function
	KindBlock                         // a {% block %} body
	KindMacro                         // a {% macro %}, {% call %} body or loop function
)

var kindNames = [...]string{"", "module", "function", "class", "comprehension", "template", "block", "macro"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind?"
}

// Code flags.
const (
	FlagVarArgs    = 1 << iota // the function has *args
	FlagVarKwArgs              // the function has **kwargs
	FlagGenerator              // the function contains yield
	FlagNested                 // the function is nested in another function
	FlagClassCell              // the class body creates a __class__ cell (for super())
	FlagAutoescape             // template code whose output is HTML-escaped by default
)

// Code is one compiled function body (a module, function, class body or
// comprehension).
type Code struct {
	Kind     Kind
	Name     string // "<module>", the function name, "<lambda>", "<listcomp>" …
	QualName string // dotted name as in CPython's __qualname__
	File     string // path of the source file
	Flags    int

	// Parameters: the first ArgCount locals are the positional parameters
	// (the first PosOnlyArgCount of them positional-only), then KwOnlyArgCount
	// keyword-only parameters, then *args and **kwargs when the flags say so.
	ArgCount        int
	PosOnlyArgCount int
	KwOnlyArgCount  int

	Locals []string // fast locals, parameters first
	Cells  []string // locals captured by nested functions
	// CellParams[i] is the local index of the parameter that initialises
	// Cells[i], or -1.
	CellParams []int
	Frees      []string // variables captured from enclosing functions
	Names      []string // names of globals, attributes and imports
	// Filters and Tests name the template filters and tests that
	// LOAD_FILTER and LOAD_TEST index.
	Filters []string
	Tests   []string
	Consts  []Const

	Code      []uint32
	Positions []Span    // Positions[pc] is the source range of instruction pc
	Handlers  []Handler // exception table, in order of Start
	MaxStack  int       // the deepest the operand stack gets
	FirstLine int       // line of the def (or 1 for a module)
	Doc       Const     // the docstring, or nil
}

// Span is a source range: 1-based lines and byte columns in file coordinates.
type Span struct {
	Line, Col, EndLine, EndCol int32
}

// Handler is an entry of the exception table: an exception raised by an
// instruction in [Start, End) unwinds the operand stack to Depth items and
// jumps to Target with the exception pushed.
type Handler struct {
	Start, End int
	Target     int
	Depth      int
}

// Const is a constant of a code object: nil (None), bool, int64, *big.Int,
// float64, complex128, string (str), Bytes, Ellipsis, Tuple, FrozenSet or
// *Code.
type Const any

// Bytes is a bytes constant.
type Bytes string

// Tuple is a tuple constant.
type Tuple []Const

// FrozenSet is a frozenset constant, its members in insertion order. The
// compiler makes one for a set display of more than two constants, as
// CPython does; building the set from it reproduces CPython's iteration
// order.
type FrozenSet []Const

// EllipsisType is the type of Ellipsis.
type EllipsisType struct{}

// Ellipsis is the constant `...`.
var Ellipsis = EllipsisType{}

// IsConst reports whether v has one of the constant types.
func IsConst(v Const) bool {
	switch v := v.(type) {
	case nil, bool, int64, *big.Int, float64, complex128, string, Bytes, EllipsisType, *Code:
		return true
	case Tuple:
		for _, x := range v {
			if !IsConst(x) {
				return false
			}
		}
		return true
	case FrozenSet:
		return IsConst(Tuple(v))
	}
	return false
}

// Position returns the source range of instruction pc.
func (c *Code) Position(pc int) Span {
	if pc >= 0 && pc < len(c.Positions) {
		return c.Positions[pc]
	}
	return Span{Line: int32(c.FirstLine)}
}

// Handler returns the innermost handler that covers pc, if any.
func (c *Code) Handler(pc int) (Handler, bool) {
	// Handlers are emitted innermost-first for a given pc by the assembler,
	// and regions never partially overlap, so the first match is the one.
	for _, h := range c.Handlers {
		if pc >= h.Start && pc < h.End {
			return h, true
		}
	}
	return Handler{}, false
}

// Program is a compiled module: its body and its globals. LOAD_GLOBAL,
// STORE_GLOBAL and DELETE_GLOBAL index Globals, so that a global is an array
// slot at run time; a name that is never assigned still gets a slot (it falls
// back to the builtins, then raises NameError).
type Program struct {
	File    string
	Globals []string
	Body    *Code
}
