package python

import "fmt"

// ExprContext says whether a Name, Attribute, Subscript, Starred, List or
// Tuple is read, assigned or deleted. The zero value is Load.
type ExprContext uint8

// Expression contexts (CPython's expr_context).
const (
	Load ExprContext = iota
	Store
	Del
)

// String returns "Load", "Store" or "Del".
func (c ExprContext) String() string {
	switch c {
	case Load:
		return "Load"
	case Store:
		return "Store"
	case Del:
		return "Del"
	}
	return fmt.Sprintf("ExprContext(%d)", uint8(c))
}

// MarshalText writes the context's name.
func (c ExprContext) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// Operator is a binary operator of BinOp and AugAssign.
type Operator int

// Binary operators (CPython's operator), from 1 so that the zero value is
// no operator.
const (
	Add Operator = iota + 1
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

var operatorNames = [...]string{"", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}
var operatorSymbols = [...]string{"", "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}

// String returns CPython's name of the operator ("Add").
func (o Operator) String() string {
	if int(o) < len(operatorNames) && o != 0 {
		return operatorNames[o]
	}
	return fmt.Sprintf("Operator(%d)", int(o))
}

// Symbol returns the operator as written ("+").
func (o Operator) Symbol() string {
	if int(o) < len(operatorSymbols) {
		return operatorSymbols[o]
	}
	return "?"
}

// MarshalText writes the operator's name.
func (o Operator) MarshalText() ([]byte, error) { return []byte(o.String()), nil }

// UnaryOperator is the operator of UnaryOp.
type UnaryOperator int

// Unary operators (CPython's unaryop).
const (
	Invert UnaryOperator = iota + 1
	Not
	UAdd
	USub
)

var unaryNames = [...]string{"", "Invert", "Not", "UAdd", "USub"}

// String returns CPython's name of the operator ("USub").
func (o UnaryOperator) String() string {
	if int(o) < len(unaryNames) && o != 0 {
		return unaryNames[o]
	}
	return fmt.Sprintf("UnaryOperator(%d)", int(o))
}

// MarshalText writes the operator's name.
func (o UnaryOperator) MarshalText() ([]byte, error) { return []byte(o.String()), nil }

// BoolOperator is the operator of BoolOp.
type BoolOperator int

// Boolean operators (CPython's boolop).
const (
	And BoolOperator = iota + 1
	Or
)

// String returns "And" or "Or".
func (o BoolOperator) String() string {
	switch o {
	case And:
		return "And"
	case Or:
		return "Or"
	}
	return fmt.Sprintf("BoolOperator(%d)", int(o))
}

// MarshalText writes the operator's name.
func (o BoolOperator) MarshalText() ([]byte, error) { return []byte(o.String()), nil }

// CmpOp is a comparison operator of Compare. (The operator types are ints,
// not bytes, so that astjson writes a []CmpOp as a list of names.)
type CmpOp int

// Comparison operators (CPython's cmpop).
const (
	Eq CmpOp = iota + 1
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var cmpNames = [...]string{"", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}
var cmpSymbols = [...]string{"", "==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"}

// String returns CPython's name of the operator ("NotIn").
func (o CmpOp) String() string {
	if int(o) < len(cmpNames) && o != 0 {
		return cmpNames[o]
	}
	return fmt.Sprintf("CmpOp(%d)", int(o))
}

// Symbol returns the operator as written ("not in").
func (o CmpOp) Symbol() string {
	if int(o) < len(cmpSymbols) {
		return cmpSymbols[o]
	}
	return "?"
}

// MarshalText writes the operator's name.
func (o CmpOp) MarshalText() ([]byte, error) { return []byte(o.String()), nil }
