package bytecode

import "math/bits"

// StackEffect returns how an instruction changes the depth of the operand
// stack: when it jumps (jump=true) or when it falls through. It is the
// executable form of the stack effects documented on each opcode.
func StackEffect(op Opcode, arg int, jump bool) int {
	switch op {
	case NOP, ROT_TWO, ROT_THREE, ROT_FOUR, SWAP, DELETE_FAST, DELETE_DEREF, DELETE_GLOBAL,
		DELETE_NAME, LOAD_ATTR, UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_NOT, UNARY_INVERT,
		CHECK_EXC_MATCH, LIST_TO_TUPLE, GET_ITER, GET_YIELD_FROM, JUMP, YIELD_VALUE,
		SETUP_ANNOTATIONS, WRITE_TEXT, JINJA_GETATTR, PUSH_OUTPUT, MAKE_CELL,
		RENDER_PARENT, IMPORT, MAKE_MACRO, FROM_IMPORT:
		return 0
	case POP_TOP, STORE_FAST, STORE_DEREF, STORE_GLOBAL, STORE_NAME, DELETE_ATTR,
		BINARY_SUBSCR, BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP, POP_JUMP_IF_FALSE,
		POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, LIST_APPEND, SET_ADD,
		LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE, RETURN_VALUE, POP_EXCEPT,
		RERAISE, IMPORT_NAME, IMPORT_STAR, WRITE, STORE_CONTEXT, JINJA_GETITEM, EXTENDS,
		RENDER_BLOCK:
		return -1
	case DUP_TOP, COPY, LOAD_CONST, LOAD_NONE, LOAD_FAST, LOAD_DEREF, LOAD_CLOSURE,
		LOAD_CLASSDEREF, LOAD_GLOBAL, LOAD_NAME, LOAD_BUILTIN, LOAD_METHOD, LOAD_ASSERTION,
		LOAD_BUILD_CLASS, PUSH_EXC_INFO, BEFORE_WITH, WITH_EXCEPT_START, IMPORT_FROM,
		LOAD_CONTEXT, LOAD_FILTER, LOAD_TEST, POP_OUTPUT, IS_UNBOUND, HAS_PARENT, LOAD_SUPER,
		LOAD_SELF, LOAD_COMPONENT, LOAD_UNDEFINED:
		return 1
	case DUP_TOP_TWO:
		return 2
	case STORE_ATTR, DELETE_SUBSCR, MAP_ADD, INCLUDE, SET_NSATTR:
		return -2
	case STORE_SUBSCR:
		return -3
	case BUILD_SLICE:
		return 1 - arg
	case FORMAT_VALUE:
		if arg&FormatSpec != 0 {
			return -1
		}
		return 0
	case BUILD_STRING, BUILD_TUPLE, BUILD_LIST, BUILD_SET:
		return 1 - arg
	case JINJA_CONCAT:
		return 1 - arg&ConcatCount
	case MAKE_LOOP:
		if arg&LoopRecursive != 0 {
			return -1
		}
		return 0
	case AUTOESCAPE:
		return -arg
	case BUILD_MAP:
		return 1 - 2*arg
	case UNPACK_SEQUENCE:
		return arg - 1
	case UNPACK_EX:
		return arg&0xff + arg>>8
	case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		if jump {
			return 0
		}
		return -1
	case FOR_ITER:
		if jump {
			return -1
		}
		return 1
	case SEND:
		if jump {
			return -1
		}
		return 0
	case MAKE_FUNCTION:
		return -bits.OnesCount(uint(arg & 0xf))
	case CALL:
		return -arg
	case CALL_KW, CALL_METHOD:
		return -arg - 1
	case CALL_METHOD_KW:
		return -arg - 2
	case CALL_EX:
		return -1 - arg&1
	case RAISE_VARARGS:
		return -arg
	}
	panic("bytecode: no stack effect for " + op.String())
}

// IsTerminal reports whether op never falls through to the next
// instruction.
func (op Opcode) IsTerminal() bool {
	switch op {
	case JUMP, RETURN_VALUE, RERAISE, RAISE_VARARGS:
		return true
	}
	return false
}
