package bytecode

import (
	"fmt"
	"io"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// Disassemble writes a readable listing of p: every code object, depth first,
// with each instruction's source position, index, opcode, argument and what
// the argument refers to, then the code's exception table.
func Disassemble(w io.Writer, p *Program) {
	fmt.Fprintf(w, "program %s\n", p.File)
	if len(p.Globals) > 0 {
		fmt.Fprintf(w, "globals: %s\n", strings.Join(p.Globals, " "))
	}
	disasmCode(w, p, p.Body)
}

func disasmCode(w io.Writer, p *Program, c *Code) {
	fmt.Fprintf(w, "\n%s %s (line %d", c.Kind, c.QualName, c.FirstLine)
	if c.ArgCount+c.KwOnlyArgCount > 0 || c.Flags&(FlagVarArgs|FlagVarKwArgs) != 0 {
		fmt.Fprintf(w, ", args %d, posonly %d, kwonly %d", c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount)
	}
	if flags := flagNames(c.Flags); flags != "" {
		fmt.Fprintf(w, ", %s", flags)
	}
	fmt.Fprintf(w, ", stack %d)\n", c.MaxStack)
	if len(c.Locals) > 0 {
		fmt.Fprintf(w, "  locals: %s\n", strings.Join(c.Locals, " "))
	}
	if len(c.Cells) > 0 {
		fmt.Fprintf(w, "  cells: %s\n", strings.Join(c.Cells, " "))
	}
	if len(c.Frees) > 0 {
		fmt.Fprintf(w, "  frees: %s\n", strings.Join(c.Frees, " "))
	}
	targets := map[int]bool{}
	for _, ins := range c.Code {
		if op, arg := Decode(ins); op.HasJump() {
			targets[arg] = true
		}
	}
	for _, h := range c.Handlers {
		targets[h.Target] = true
	}
	var lastLine int32 = -1
	for pc, ins := range c.Code {
		op, arg := Decode(ins)
		pos := "       "
		if s := c.Position(pc); s.Line != lastLine {
			pos = fmt.Sprintf("%7s", fmt.Sprintf("%d:%d", s.Line, s.Col))
			lastLine = s.Line
		}
		mark := "  "
		if targets[pc] {
			mark = ">>"
		}
		line := fmt.Sprintf("  %s %s %4d %-18s", pos, mark, pc, op)
		if takesArg(op) {
			line += fmt.Sprintf(" %4d", arg)
			if note := argNote(p, c, op, arg); note != "" {
				line += " (" + note + ")"
			}
		}
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
	if len(c.Handlers) > 0 {
		fmt.Fprintln(w, "  exception table:")
		for _, h := range c.Handlers {
			fmt.Fprintf(w, "    %d to %d -> %d [%d]\n", h.Start, h.End, h.Target, h.Depth)
		}
	}
	for _, k := range c.Consts {
		if nested, ok := k.(*Code); ok {
			disasmCode(w, p, nested)
		}
	}
}

func flagNames(f int) string {
	var out []string
	for _, x := range []struct {
		bit  int
		name string
	}{{FlagVarArgs, "varargs"}, {FlagVarKwArgs, "varkwargs"}, {FlagGenerator, "generator"}, {FlagNested, "nested"}, {FlagClassCell, "classcell"}, {FlagAutoescape, "autoescape"}} {
		if f&x.bit != 0 {
			out = append(out, x.name)
		}
	}
	return strings.Join(out, ", ")
}

// takesArg reports whether op uses its argument.
func takesArg(op Opcode) bool {
	switch op {
	case NOP, POP_TOP, DUP_TOP, DUP_TOP_TWO, ROT_TWO, ROT_THREE, ROT_FOUR, LOAD_NONE,
		BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR, UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_NOT,
		UNARY_INVERT, CHECK_EXC_MATCH, LOAD_ASSERTION, LIST_TO_TUPLE, GET_ITER, GET_YIELD_FROM,
		RETURN_VALUE, YIELD_VALUE, LOAD_BUILD_CLASS, PUSH_EXC_INFO, POP_EXCEPT, BEFORE_WITH,
		WITH_EXCEPT_START, IMPORT_STAR, SETUP_ANNOTATIONS, JINJA_GETITEM, PUSH_OUTPUT, MAKE_CELL,
		EXTENDS, HAS_PARENT, RENDER_PARENT, LOAD_SELF:
		return false
	}
	return true
}

func argNote(p *Program, c *Code, op Opcode, arg int) string {
	switch op {
	case LOAD_CONST, WRITE_TEXT, MAKE_MACRO, LOAD_UNDEFINED, FROM_IMPORT:
		return ConstRepr(c.Consts[arg])
	case LOAD_FILTER:
		return c.Filters[arg]
	case LOAD_TEST:
		return c.Tests[arg]
	case IS_UNBOUND:
		return c.Locals[arg]
	case WRITE, POP_OUTPUT:
		return [...]string{"raw", "escape", "auto"}[arg]
	case LOAD_FAST, STORE_FAST, DELETE_FAST:
		return c.Locals[arg]
	case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF:
		if arg < len(c.Cells) {
			return c.Cells[arg]
		}
		return c.Frees[arg-len(c.Cells)]
	case LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL:
		return p.Globals[arg]
	case LOAD_BUILTIN:
		return Builtins[arg]
	case LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD, IMPORT_NAME, IMPORT_FROM,
		LOAD_CONTEXT, STORE_CONTEXT, JINJA_GETATTR, RENDER_BLOCK, LOAD_SUPER, SET_NSATTR, LOAD_COMPONENT:
		return c.Names[arg]
	case BINARY_OP:
		return BinaryOp(arg).Symbol()
	case COMPARE_OP:
		return CompareOp(arg).Symbol()
	case IS_OP:
		if arg == 1 {
			return "is not"
		}
		return "is"
	case CONTAINS_OP:
		if arg == 1 {
			return "not in"
		}
		return "in"
	case FORMAT_VALUE:
		s := [...]string{"", "!s", "!r", "!a"}[arg&ConvMask]
		if arg&FormatSpec != 0 {
			s += " with spec"
		}
		return strings.TrimSpace(s)
	case UNPACK_EX:
		return fmt.Sprintf("%d before, %d after", arg&0xff, arg>>8)
	}
	if op.HasJump() {
		return fmt.Sprintf("to %d", arg)
	}
	return ""
}

// ConstRepr returns a constant the way Python's repr would print it.
func ConstRepr(k Const) string {
	switch k := k.(type) {
	case nil:
		return "None"
	case bool:
		if k {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(k, 10)
	case *big.Int:
		return k.String()
	case float64:
		return floatRepr(k)
	case complex128:
		return fmt.Sprintf("(%s+%sj)", floatRepr(real(k)), floatRepr(imag(k)))
	case string:
		return quote(k, "")
	case Bytes:
		return quote(string(k), "b")
	case EllipsisType:
		return "Ellipsis"
	case Tuple:
		parts := make([]string, len(k))
		for i, x := range k {
			parts[i] = ConstRepr(x)
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case *Code:
		return "code " + k.QualName
	case FrozenSet:
		s := ConstRepr(Tuple(k))
		return "frozenset({" + strings.TrimSuffix(strings.TrimSuffix(s[1:], ")"), ",") + "})"
	}
	return fmt.Sprintf("%v", k)
}

// floatRepr is a compact repr for listings (the VM has the exact one).
func floatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".eIn") {
		s += ".0"
	}
	return s
}

// quote quotes s as Python's repr does: single quotes unless s contains a
// single quote and no double quote.
func quote(s, prefix string) string {
	q := byte('\'')
	if strings.Contains(s, "'") && !strings.Contains(s, "\"") {
		q = '"'
	}
	var b strings.Builder
	b.WriteString(prefix)
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}
