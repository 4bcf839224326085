// Package bytecode defines the one instruction set that frontmatter Python and
// templates compile to, the code objects that hold it, and their versioned
// serialised form.
//
// An instruction is a uint32: the opcode in the low 8 bits and its argument in
// the high 24 bits. Jump arguments are absolute instruction indexes. Each
// opcode's comment gives its stack effect as "before → after", the top of the
// stack on the right.
package bytecode

import "fmt"

// Opcode is an operation of the VM.
type Opcode uint8

// Instruction encoding.
const (
	OpBits  = 8
	ArgBits = 24
	MaxArg  = 1<<ArgBits - 1
)

// Make encodes an instruction.
func Make(op Opcode, arg int) uint32 {
	if arg < 0 || arg > MaxArg {
		panic(fmt.Sprintf("bytecode: argument %d of %s out of range", arg, op))
	}
	return uint32(op) | uint32(arg)<<OpBits
}

// Decode splits an instruction into its opcode and argument.
func Decode(ins uint32) (Opcode, int) { return Opcode(ins & 0xff), int(ins >> OpBits) }

// The opcodes.
const (
	NOP Opcode = iota // –

	// Stack manipulation.
	POP_TOP     // x →
	DUP_TOP     // x → x x
	DUP_TOP_TWO // x y → x y x y
	ROT_TWO     // x y → y x
	ROT_THREE   // x y z → z x y
	ROT_FOUR    // w x y z → z w x y
	COPY        // arg=n: … x(n) … → … x(n) … x(n)   (n=1 is the top)
	SWAP        // arg=n: swaps the top with the n-th item (n ≥ 2)

	// Constants and names. Globals index Program.Globals; builtins index
	// Builtins; attribute, class-namespace and import names index Code.Names;
	// locals index Code.Locals; cells index Code.Cells followed by Code.Frees.
	LOAD_CONST      // arg=const: → consts[arg]
	LOAD_NONE       // → None
	LOAD_FAST       // arg=local: → locals[arg]   (UnboundLocalError when unset)
	STORE_FAST      // arg=local: x →
	DELETE_FAST     // arg=local: –
	LOAD_DEREF      // arg=cell: → cells[arg].value   (NameError/UnboundLocalError when empty)
	STORE_DEREF     // arg=cell: x →
	DELETE_DEREF    // arg=cell: –
	LOAD_CLOSURE    // arg=cell: → cells[arg]   (the cell itself, to build a closure)
	LOAD_CLASSDEREF // arg=cell: → namespace[name] if present else cells[arg].value   (class bodies)
	LOAD_GLOBAL     // arg=global: → the module global, else the builtin of that name   (NameError)
	STORE_GLOBAL    // arg=global: x →
	DELETE_GLOBAL   // arg=global: –
	LOAD_NAME       // arg=name: → namespace, else global, else builtin   (class bodies)
	STORE_NAME      // arg=name: x →   (into the class namespace)
	DELETE_NAME     // arg=name: –
	LOAD_BUILTIN    // arg=builtin: → the value of Builtins[arg]

	// Attributes and items.
	LOAD_ATTR     // arg=name: obj → obj.name
	STORE_ATTR    // arg=name: value obj →
	DELETE_ATTR   // arg=name: obj →
	LOAD_METHOD   // arg=name: obj → meth self   (self is a marker when meth is already bound)
	BINARY_SUBSCR // obj key → obj[key]
	STORE_SUBSCR  // value obj key →
	DELETE_SUBSCR // obj key →
	BUILD_SLICE   // arg=2|3: start stop [step] → slice

	// Operators.
	BINARY_OP       // arg=BinaryOp: a b → a op b   (in-place forms have the InPlace bit)
	UNARY_NEGATIVE  // x → -x
	UNARY_POSITIVE  // x → +x
	UNARY_NOT       // x → not x
	UNARY_INVERT    // x → ~x
	COMPARE_OP      // arg=CompareOp: a b → a op b
	IS_OP           // arg=0|1 (is not): a b → bool
	CONTAINS_OP     // arg=0|1 (not in): a b → bool   (a in b)
	CHECK_EXC_MATCH // exc type → exc bool
	LOAD_ASSERTION  // → AssertionError
	FORMAT_VALUE    // arg=flags (conversion in the low 2 bits, 4 = spec on stack): x [spec] → str
	BUILD_STRING    // arg=n: s1 … sn → s1+…+sn
	LIST_TO_TUPLE   // list → tuple
	UNPACK_SEQUENCE // arg=n: seq → x_n … x_1   (x_1 on top)
	UNPACK_EX       // arg=before|after<<8: seq → after… list before…   (first on top)
	GET_ITER        // x → iter(x)
	GET_YIELD_FROM  // x → iter(x)   (generators pass through)

	// Control flow.
	JUMP                 // arg=target: –
	POP_JUMP_IF_FALSE    // arg=target: x →
	POP_JUMP_IF_TRUE     // arg=target: x →
	POP_JUMP_IF_NONE     // arg=target: x →
	POP_JUMP_IF_NOT_NONE // arg=target: x →
	JUMP_IF_FALSE_OR_POP // arg=target: x → x (jumps) | – (falls through)
	JUMP_IF_TRUE_OR_POP  // arg=target: x → x (jumps) | – (falls through)
	FOR_ITER             // arg=target: it → it next | – (exhausted: pops it and jumps)

	// Building containers.
	BUILD_TUPLE // arg=n: x1 … xn → (x1, …, xn)
	BUILD_LIST  // arg=n: x1 … xn → [x1, …, xn]
	BUILD_SET   // arg=n: x1 … xn → {x1, …, xn}
	BUILD_MAP   // arg=n: k1 v1 … kn vn → {k1: v1, …}
	LIST_APPEND // arg=i: … list(i) … x → … list …   (list is i items below x once x is popped)
	SET_ADD     // arg=i: like LIST_APPEND for a set
	MAP_ADD     // arg=i: … dict(i) … k v → … dict …
	LIST_EXTEND // arg=i: … list(i) … iterable → … list …
	SET_UPDATE  // arg=i: … set(i) … iterable → … set …
	DICT_UPDATE // arg=i: … dict(i) … mapping → … dict …
	DICT_MERGE  // arg=i: like DICT_UPDATE, but a repeated key is a TypeError (calls with **)

	// Functions and calls.
	MAKE_FUNCTION    // arg=flags (MakeDefaults|MakeKwDefaults|MakeAnnotations|MakeClosure): [defaults] [kwdefaults] [annotations] [closure] code → function
	CALL             // arg=n: f x1 … xn → f(x1, …, xn)
	CALL_KW          // arg=n: f x1 … xn names → f(…)   (the last len(names) values are keywords)
	CALL_EX          // arg=0|1: f args [kwargs] → f(*args, **kwargs)   (args: a tuple, or the iterable of a lone f(*x))
	CALL_METHOD      // arg=n: meth self x1 … xn → result
	CALL_METHOD_KW   // arg=n: meth self x1 … xn names → result
	RETURN_VALUE     // x → (returns x)
	YIELD_VALUE      // x → sent   (suspends the generator)
	SEND             // arg=target: it v → it x   (yield from: sends v; when it is done, pops it, pushes the result and jumps)
	LOAD_BUILD_CLASS // → __build_class__

	// Exceptions. Handlers come from the code's exception table; an
	// exception unwinds the stack to the handler's depth and pushes itself.
	PUSH_EXC_INFO     // exc → prev exc   (exc becomes the exception being handled)
	POP_EXCEPT        // prev →   (restores the exception being handled)
	RERAISE           // arg=0: exc →   (raises exc again, keeping its traceback)
	RAISE_VARARGS     // arg=0|1|2: [exc [cause]] →
	BEFORE_WITH       // mgr → exit enter_result
	WITH_EXCEPT_START // exit prev exc → exit prev exc result   (calls exit(type, exc, tb))

	// Imports.
	IMPORT_NAME // arg=name: level fromlist → module
	IMPORT_FROM // arg=name: module → module attr
	IMPORT_STAR // module →   (copies its public names into the module's globals)

	// Annotations.
	SETUP_ANNOTATIONS // –   (creates __annotations__ in the namespace)

	// Templates. A template function writes to the thread's output; the
	// names that no statement of the template binds come from the render
	// context (see runtime/tmpl).
	WRITE          // arg=WriteRaw|WriteEscape|WriteAuto: x →   (writes str(x), HTML-escaped unless raw or Markup)
	WRITE_TEXT     // arg=const: –   (writes consts[arg], a str, as is)
	LOAD_CONTEXT   // arg=name: → the context variable, else the global, else an undefined value
	STORE_CONTEXT  // arg=name: x →   (a top-level set exports its variable to the context)
	JINJA_GETATTR  // arg=name: obj → obj.name, else obj["name"], else undefined
	JINJA_GETITEM  // obj key → obj[key], else obj.key for a str key, else undefined
	LOAD_FILTER    // arg=filter: → the environment's filter named Filters[arg]
	LOAD_TEST      // arg=test: → the environment's test named Tests[arg]
	PUSH_OUTPUT    // –   (starts capturing output)
	POP_OUTPUT     // arg=WriteRaw|WriteEscape|WriteAuto: → captured   (Markup when escaping)
	JINJA_CONCAT   // arg=n: x1 … xn → str, or Markup when escaping and a part is Markup   (the ~ operator)
	MAKE_CELL      // x → cell(x)   (a template closure captures values)
	IS_UNBOUND     // arg=local: → bool   (a macro argument left out by the caller)
	MAKE_MACRO     // arg=const: function → macro   (consts[arg] describes the signature; defaults are computed in the body)
	MAKE_LOOP      // arg=LoopRecursive?: iterable [depth] → loop   (the loop variable of a for loop; a recursive loop calls the running function)
	EXTENDS        // name →   (the template extends name; top-level output stops)
	HAS_PARENT     // → bool   (whether extends ran)
	RENDER_BLOCK   // arg=name: locals →   (writes the current definition of the block; locals is a dict for a scoped block, else None)
	RENDER_PARENT  // –   (writes the parent template, when extends ran)
	INCLUDE        // arg=IncludeWithContext|IncludeIgnoreMissing: template locals →   (writes the included template)
	IMPORT         // arg=0|1 (with context): template → module
	LOAD_SUPER     // arg=name: → callable rendering the parent definition of block name
	LOAD_SELF      // → reference to the template's blocks (self.name())
	SET_NSATTR     // arg=name: value ns →   ({% set ns.name = value %})
	AUTOESCAPE     // arg=1 (push)|0 (pop): [value] →   (a {% autoescape %} block with a computed value)
	LOAD_COMPONENT // arg=name: → the component or registry macro named names[arg]
	LOAD_UNDEFINED // arg=const: → a default Undefined whose message is consts[arg] (whatever the environment's kind, as in Jinja)
	FROM_IMPORT    // arg=const: module → value   (consts[arg] is (name, position): the exported name, else an undefined saying the template does not export it)

	numOpcodes
)

var opcodeNames = [numOpcodes]string{
	NOP:                  "NOP",
	POP_TOP:              "POP_TOP",
	DUP_TOP:              "DUP_TOP",
	DUP_TOP_TWO:          "DUP_TOP_TWO",
	ROT_TWO:              "ROT_TWO",
	ROT_THREE:            "ROT_THREE",
	ROT_FOUR:             "ROT_FOUR",
	COPY:                 "COPY",
	SWAP:                 "SWAP",
	LOAD_CONST:           "LOAD_CONST",
	LOAD_NONE:            "LOAD_NONE",
	LOAD_FAST:            "LOAD_FAST",
	STORE_FAST:           "STORE_FAST",
	DELETE_FAST:          "DELETE_FAST",
	LOAD_DEREF:           "LOAD_DEREF",
	STORE_DEREF:          "STORE_DEREF",
	DELETE_DEREF:         "DELETE_DEREF",
	LOAD_CLOSURE:         "LOAD_CLOSURE",
	LOAD_CLASSDEREF:      "LOAD_CLASSDEREF",
	LOAD_GLOBAL:          "LOAD_GLOBAL",
	STORE_GLOBAL:         "STORE_GLOBAL",
	DELETE_GLOBAL:        "DELETE_GLOBAL",
	LOAD_NAME:            "LOAD_NAME",
	STORE_NAME:           "STORE_NAME",
	DELETE_NAME:          "DELETE_NAME",
	LOAD_BUILTIN:         "LOAD_BUILTIN",
	LOAD_ATTR:            "LOAD_ATTR",
	STORE_ATTR:           "STORE_ATTR",
	DELETE_ATTR:          "DELETE_ATTR",
	LOAD_METHOD:          "LOAD_METHOD",
	BINARY_SUBSCR:        "BINARY_SUBSCR",
	STORE_SUBSCR:         "STORE_SUBSCR",
	DELETE_SUBSCR:        "DELETE_SUBSCR",
	BUILD_SLICE:          "BUILD_SLICE",
	BINARY_OP:            "BINARY_OP",
	UNARY_NEGATIVE:       "UNARY_NEGATIVE",
	UNARY_POSITIVE:       "UNARY_POSITIVE",
	UNARY_NOT:            "UNARY_NOT",
	UNARY_INVERT:         "UNARY_INVERT",
	COMPARE_OP:           "COMPARE_OP",
	IS_OP:                "IS_OP",
	CONTAINS_OP:          "CONTAINS_OP",
	CHECK_EXC_MATCH:      "CHECK_EXC_MATCH",
	LOAD_ASSERTION:       "LOAD_ASSERTION",
	FORMAT_VALUE:         "FORMAT_VALUE",
	BUILD_STRING:         "BUILD_STRING",
	LIST_TO_TUPLE:        "LIST_TO_TUPLE",
	UNPACK_SEQUENCE:      "UNPACK_SEQUENCE",
	UNPACK_EX:            "UNPACK_EX",
	GET_ITER:             "GET_ITER",
	GET_YIELD_FROM:       "GET_YIELD_FROM",
	JUMP:                 "JUMP",
	POP_JUMP_IF_FALSE:    "POP_JUMP_IF_FALSE",
	POP_JUMP_IF_TRUE:     "POP_JUMP_IF_TRUE",
	POP_JUMP_IF_NONE:     "POP_JUMP_IF_NONE",
	POP_JUMP_IF_NOT_NONE: "POP_JUMP_IF_NOT_NONE",
	JUMP_IF_FALSE_OR_POP: "JUMP_IF_FALSE_OR_POP",
	JUMP_IF_TRUE_OR_POP:  "JUMP_IF_TRUE_OR_POP",
	FOR_ITER:             "FOR_ITER",
	BUILD_TUPLE:          "BUILD_TUPLE",
	BUILD_LIST:           "BUILD_LIST",
	BUILD_SET:            "BUILD_SET",
	BUILD_MAP:            "BUILD_MAP",
	LIST_APPEND:          "LIST_APPEND",
	SET_ADD:              "SET_ADD",
	MAP_ADD:              "MAP_ADD",
	LIST_EXTEND:          "LIST_EXTEND",
	SET_UPDATE:           "SET_UPDATE",
	DICT_UPDATE:          "DICT_UPDATE",
	DICT_MERGE:           "DICT_MERGE",
	MAKE_FUNCTION:        "MAKE_FUNCTION",
	CALL:                 "CALL",
	CALL_KW:              "CALL_KW",
	CALL_EX:              "CALL_EX",
	CALL_METHOD:          "CALL_METHOD",
	CALL_METHOD_KW:       "CALL_METHOD_KW",
	RETURN_VALUE:         "RETURN_VALUE",
	YIELD_VALUE:          "YIELD_VALUE",
	SEND:                 "SEND",
	LOAD_BUILD_CLASS:     "LOAD_BUILD_CLASS",
	PUSH_EXC_INFO:        "PUSH_EXC_INFO",
	POP_EXCEPT:           "POP_EXCEPT",
	RERAISE:              "RERAISE",
	RAISE_VARARGS:        "RAISE_VARARGS",
	BEFORE_WITH:          "BEFORE_WITH",
	WITH_EXCEPT_START:    "WITH_EXCEPT_START",
	IMPORT_NAME:          "IMPORT_NAME",
	IMPORT_FROM:          "IMPORT_FROM",
	IMPORT_STAR:          "IMPORT_STAR",
	SETUP_ANNOTATIONS:    "SETUP_ANNOTATIONS",
	WRITE:                "WRITE",
	WRITE_TEXT:           "WRITE_TEXT",
	LOAD_CONTEXT:         "LOAD_CONTEXT",
	STORE_CONTEXT:        "STORE_CONTEXT",
	JINJA_GETATTR:        "JINJA_GETATTR",
	JINJA_GETITEM:        "JINJA_GETITEM",
	LOAD_FILTER:          "LOAD_FILTER",
	LOAD_TEST:            "LOAD_TEST",
	PUSH_OUTPUT:          "PUSH_OUTPUT",
	POP_OUTPUT:           "POP_OUTPUT",
	JINJA_CONCAT:         "JINJA_CONCAT",
	MAKE_CELL:            "MAKE_CELL",
	IS_UNBOUND:           "IS_UNBOUND",
	MAKE_MACRO:           "MAKE_MACRO",
	MAKE_LOOP:            "MAKE_LOOP",
	EXTENDS:              "EXTENDS",
	HAS_PARENT:           "HAS_PARENT",
	RENDER_BLOCK:         "RENDER_BLOCK",
	RENDER_PARENT:        "RENDER_PARENT",
	INCLUDE:              "INCLUDE",
	IMPORT:               "IMPORT",
	LOAD_SUPER:           "LOAD_SUPER",
	LOAD_SELF:            "LOAD_SELF",
	SET_NSATTR:           "SET_NSATTR",
	AUTOESCAPE:           "AUTOESCAPE",
	LOAD_COMPONENT:       "LOAD_COMPONENT",
	LOAD_UNDEFINED:       "LOAD_UNDEFINED",
	FROM_IMPORT:          "FROM_IMPORT",
}

// String returns the opcode's name.
func (op Opcode) String() string {
	if op < numOpcodes && opcodeNames[op] != "" {
		return opcodeNames[op]
	}
	return fmt.Sprintf("Opcode(%d)", uint8(op))
}

// NumOpcodes is the number of opcodes.
const NumOpcodes = int(numOpcodes)

// HasJump reports whether op's argument is a jump target.
func (op Opcode) HasJump() bool {
	switch op {
	case JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
		JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER, SEND:
		return true
	}
	return false
}

// BinaryOp is the argument of BINARY_OP.
type BinaryOp uint8

// Binary operators, in CPython's order. InPlace marks the augmented
// assignment form (x += y), which tries __iadd__ first.
const (
	OpAdd BinaryOp = iota
	OpAnd
	OpFloorDiv
	OpLShift
	OpMatMul
	OpMul
	OpMod
	OpOr
	OpPow
	OpRShift
	OpSub
	OpTrueDiv
	OpXor
	numBinaryOps

	InPlace BinaryOp = 16
)

var binarySymbols = [numBinaryOps]string{"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"}

// Symbol returns the operator as written in Python ("+", "//", …), with "="
// appended for the in-place form.
func (op BinaryOp) Symbol() string {
	base := op &^ InPlace
	if base >= numBinaryOps {
		return fmt.Sprintf("BinaryOp(%d)", uint8(op))
	}
	if op&InPlace != 0 {
		return binarySymbols[base] + "="
	}
	return binarySymbols[base]
}

// Dunder returns the name of the method that implements op ("__add__"); the
// reflected form is "__r" + name[2:], the in-place form "__i" + name[2:].
func (op BinaryOp) Dunder() string {
	return [numBinaryOps]string{"__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__", "__mul__",
		"__mod__", "__or__", "__pow__", "__rshift__", "__sub__", "__truediv__", "__xor__"}[op&^InPlace]
}

// CompareOp is the argument of COMPARE_OP.
type CompareOp uint8

// Comparison operators, in CPython's order.
const (
	CmpLT CompareOp = iota
	CmpLE
	CmpEQ
	CmpNE
	CmpGT
	CmpGE
)

// Symbol returns the operator as written in Python.
func (op CompareOp) Symbol() string {
	if op > CmpGE {
		return fmt.Sprintf("CompareOp(%d)", uint8(op))
	}
	return [...]string{"<", "<=", "==", "!=", ">", ">="}[op]
}

// Dunder returns the rich comparison method of op ("__lt__").
func (op CompareOp) Dunder() string {
	return [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}[op]
}

// Swapped returns the operator with its operands exchanged (a < b is b > a),
// used for the reflected comparison.
func (op CompareOp) Swapped() CompareOp {
	return [...]CompareOp{CmpGT, CmpGE, CmpEQ, CmpNE, CmpLT, CmpLE}[op]
}

// WRITE and POP_OUTPUT modes.
const (
	WriteRaw    = 0 // no escaping
	WriteEscape = 1 // HTML-escape what is not Markup
	WriteAuto   = 2 // as the frame's autoescape setting says (dynamic {% autoescape %})
)

// INCLUDE, MAKE_LOOP and MAKE_MACRO flags, and the layout of JINJA_CONCAT's
// argument.
const (
	IncludeWithContext   = 1
	IncludeIgnoreMissing = 2
	LoopRecursive        = 1

	MacroVarargs = 1
	MacroKwargs  = 2
	MacroCaller  = 4

	ConcatCount     = 0xffff
	ConcatModeShift = 16
)

// MAKE_FUNCTION flags.
const (
	MakeDefaults    = 1
	MakeKwDefaults  = 2
	MakeAnnotations = 4
	MakeClosure     = 8
)

// FORMAT_VALUE flags: the conversion in the low two bits, then whether a
// format spec is on the stack.
const (
	ConvNone   = 0
	ConvStr    = 1
	ConvRepr   = 2
	ConvASCII  = 3
	ConvMask   = 3
	FormatSpec = 4
)
