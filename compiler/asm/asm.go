// Package asm assembles code objects: it collects instructions with their
// source positions, resolves jump labels, turns the handler regions that a
// code generator opens and closes into the exception table, interns
// constants and names, and computes the deepest operand stack by flow
// analysis. The Python and template code generators share it.
package asm

import (
	"fmt"
	"math"
	"math/big"

	"github.com/hyperflask/hfc/compiler/bytecode"
)

// Label is a position in the code, bound once, referred to by jumps and
// handlers before or after it is bound.
type Label struct {
	pc int // -1 until bound
}

// Builder accumulates one code object.
type Builder struct {
	Code *bytecode.Code

	insns   []uint32
	labels  []*Label // jump target of each instruction (nil if none)
	pos     []bytecode.Span
	handler []*Region // innermost handler region of each instruction
	cur     bytecode.Span
	open    []*Region // handler regions currently open, innermost last
	consts  map[any]int
	names   map[string]int
	Depth   int // stack depth tracked by the generator (for asserting)
	// boundEnd is the index the last bound label points to (-1 before any).
	boundEnd int
}

// Region is a range of instructions whose exceptions go to one handler. Its
// handler's stack depth is fixed where it was first opened, even when it is
// reopened later (after a nested region closed it).
type Region struct {
	target *Label
	setup  int // index of the first instruction of the region
	delta  int // handler depth relative to the depth at setup
}

// New returns a Builder for a code object of the given kind and name.
func New(kind bytecode.Kind, name, qualname, file string, firstLine int) *Builder {
	return &Builder{
		Code:     &bytecode.Code{Kind: kind, Name: name, QualName: qualname, File: file, FirstLine: firstLine},
		consts:   map[any]int{},
		names:    map[string]int{},
		boundEnd: -1,
	}
}

// NewLabel returns an unbound label.
func (b *Builder) NewLabel() *Label { return &Label{pc: -1} }

// Bind binds l to the next instruction.
func (b *Builder) Bind(l *Label) {
	if l.pc >= 0 {
		panic("asm: label bound twice")
	}
	l.pc = len(b.insns)
	b.boundEnd = l.pc
}

// SetPos sets the source range given to the following instructions.
func (b *Builder) SetPos(s bytecode.Span) { b.cur = s }

// Pos returns the current source range.
func (b *Builder) Pos() bytecode.Span { return b.cur }

// Emit appends an instruction.
func (b *Builder) Emit(op bytecode.Opcode, arg int) {
	b.insns = append(b.insns, bytecode.Make(op, arg))
	b.labels = append(b.labels, nil)
	b.pos = append(b.pos, b.cur)
	var h *Region
	if n := len(b.open); n > 0 {
		h = b.open[n-1]
	}
	b.handler = append(b.handler, h)
}

// EmitJump appends a jump instruction to l.
func (b *Builder) EmitJump(op bytecode.Opcode, l *Label) {
	b.Emit(op, 0)
	b.labels[len(b.labels)-1] = l
}

// PushHandler opens a region whose exceptions go to target; the stack depth
// at the handler is the depth at this point.
func (b *Builder) PushHandler(target *Label) *Region {
	r := &Region{target: target, setup: len(b.insns)}
	b.open = append(b.open, r)
	return r
}

// Reopen makes r the innermost open region again.
func (b *Builder) Reopen(r *Region) { b.open = append(b.open, r) }

// PushHandlerDepth is PushHandler for a handler that sees delta items more
// (or, negative, fewer) than the stack holds where the region starts.
func (b *Builder) PushHandlerDepth(target *Label, delta int) *Region {
	r := &Region{target: target, setup: len(b.insns), delta: delta}
	b.open = append(b.open, r)
	return r
}

// PopHandler closes the innermost region.
func (b *Builder) PopHandler() { b.open = b.open[:len(b.open)-1] }

// Len returns the number of instructions so far.
func (b *Builder) Len() int { return len(b.insns) }

// LastOp returns the opcode of the last instruction, and false if there is
// none or a label is bound after it (the code that follows is a jump target,
// so it is reachable whatever the last instruction is).
func (b *Builder) LastOp() (bytecode.Opcode, bool) {
	if len(b.insns) == 0 || b.boundEnd == len(b.insns) {
		return 0, false
	}
	op, _ := bytecode.Decode(b.insns[len(b.insns)-1])
	return op, true
}

// constKey makes constants of different types with equal Go values
// distinct (1, 1.0 and True are three constants), and keeps -0.0 apart
// from 0.0.
type constKey struct {
	kind  string
	value any
}

// Const interns a constant and returns its index.
func (b *Builder) Const(v bytecode.Const) int {
	key, ok := keyOf(v)
	if ok {
		if i, ok := b.consts[key]; ok {
			return i
		}
	}
	i := len(b.Code.Consts)
	b.Code.Consts = append(b.Code.Consts, v)
	if ok {
		b.consts[key] = i
	}
	return i
}

func keyOf(v bytecode.Const) (constKey, bool) {
	switch v := v.(type) {
	case nil:
		return constKey{"none", nil}, true
	case bool:
		return constKey{"bool", v}, true
	case int64:
		return constKey{"int", v}, true
	case *big.Int:
		return constKey{"bigint", v.String()}, true
	case float64:
		return constKey{"float", math.Float64bits(v)}, true
	case string:
		return constKey{"str", v}, true
	case bytecode.Bytes:
		return constKey{"bytes", string(v)}, true
	case bytecode.EllipsisType:
		return constKey{"ellipsis", nil}, true
	case bytecode.Tuple:
		s := ""
		for _, x := range v {
			k, ok := keyOf(x)
			if !ok {
				return constKey{}, false
			}
			s += fmt.Sprintf("%s:%v;", k.kind, k.value)
		}
		return constKey{"tuple", s}, true
	case bytecode.FrozenSet:
		k, ok := keyOf(bytecode.Tuple(v))
		return constKey{"frozenset", k.value}, ok
	}
	return constKey{}, false
}

// Name interns a name of Code.Names and returns its index.
func (b *Builder) Name(s string) int {
	if i, ok := b.names[s]; ok {
		return i
	}
	i := len(b.Code.Names)
	b.Code.Names = append(b.Code.Names, s)
	b.names[s] = i
	return i
}

// Finish resolves labels, builds the exception table and computes the
// maximum stack depth. The Builder must not be used afterwards.
func (b *Builder) Finish() (*bytecode.Code, error) {
	for i, l := range b.labels {
		if l == nil {
			continue
		}
		if l.pc < 0 {
			return nil, fmt.Errorf("asm: %s: jump at %d to an unbound label", b.Code.QualName, i)
		}
		op, _ := bytecode.Decode(b.insns[i])
		b.insns[i] = bytecode.Make(op, l.pc)
	}
	c := b.Code
	c.Code = b.insns
	c.Positions = b.pos
	depth, err := b.stackDepths()
	if err != nil {
		return nil, err
	}
	// Exception table: one entry per run of instructions with the same
	// innermost region. Runs that cannot be reached (code after a return
	// or a raise) get none: their handler can never run, and its depth is
	// unknown.
	for i := 0; i < len(b.handler); {
		h := b.handler[i]
		j := i + 1
		for j < len(b.handler) && b.handler[j] == h {
			j++
		}
		if h != nil && depth.reachable(i, j) {
			d := depth.at(h.setup) + h.delta
			if d < 0 {
				return nil, fmt.Errorf("asm: %s: negative handler depth for %d-%d", b.Code.QualName, i, j)
			}
			c.Handlers = append(c.Handlers, bytecode.Handler{Start: i, End: j, Target: h.target.pc, Depth: d})
		}
		i = j
	}
	return c, nil
}

type depths struct {
	d []int
}

// reachable reports whether an instruction of [i, j) can run.
func (d depths) reachable(i, j int) bool {
	for pc := i; pc < j && pc < len(d.d); pc++ {
		if d.d[pc] >= 0 {
			return true
		}
	}
	return false
}

func (d depths) at(pc int) int {
	if pc < len(d.d) && d.d[pc] >= 0 {
		return d.d[pc]
	}
	return 0
}

// stackDepths runs the flow analysis: the depth before each instruction,
// following jumps and handler entries, and sets MaxStack.
func (b *Builder) stackDepths() (depths, error) {
	n := len(b.insns)
	d := make([]int, n+1)
	for i := range d {
		d[i] = -1
	}
	maxDepth := 0
	var work []int
	visit := func(pc, depth int) error {
		if pc > n {
			return fmt.Errorf("asm: %s: jump beyond the code", b.Code.QualName)
		}
		if d[pc] == -1 {
			d[pc] = depth
			work = append(work, pc)
		} else if d[pc] != depth {
			return fmt.Errorf("asm: %s: inconsistent stack depth at %d (%d and %d)", b.Code.QualName, pc, d[pc], depth)
		}
		return nil
	}
	if err := visit(0, 0); err != nil {
		return depths{}, err
	}
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		if pc == n {
			continue
		}
		depth := d[pc]
		if depth > maxDepth {
			maxDepth = depth
		}
		op, arg := bytecode.Decode(b.insns[pc])
		if h := b.handler[pc]; h != nil {
			// The handler starts with the region's entry depth plus the
			// exception; the region's setup depth is known once its first
			// instruction was reached.
			if sd := d[h.setup]; sd >= 0 {
				hd := sd + h.delta + 1
				if err := visit(h.target.pc, hd); err != nil {
					return depths{}, err
				}
				if hd > maxDepth {
					maxDepth = hd
				}
			}
		}
		if op.HasJump() {
			jd := depth + bytecode.StackEffect(op, arg, true)
			if jd < 0 {
				return depths{}, fmt.Errorf("asm: %s: stack underflow at %d (%s)", b.Code.QualName, pc, op)
			}
			if err := visit(b.labels[pc].pc, jd); err != nil {
				return depths{}, err
			}
			if jd > maxDepth {
				maxDepth = jd
			}
		}
		if !op.IsTerminal() {
			nd := depth + bytecode.StackEffect(op, arg, false)
			if nd < 0 {
				return depths{}, fmt.Errorf("asm: %s: stack underflow at %d (%s)", b.Code.QualName, pc, op)
			}
			if nd > maxDepth {
				maxDepth = nd
			}
			if err := visit(pc+1, nd); err != nil {
				return depths{}, err
			}
		}
	}
	b.Code.MaxStack = maxDepth + 1
	return depths{d}, nil
}

// OpenHandlers returns the number of open handler regions.
func (b *Builder) OpenHandlers() int { return len(b.open) }

// HandlerStack is a saved set of open handler regions.
type HandlerStack []*Region

// SaveHandlers returns the open regions, to restore them after code that
// leaves them (the cleanup before a return, break or continue).
func (b *Builder) SaveHandlers() HandlerStack { return append(HandlerStack(nil), b.open...) }

// RestoreHandlers reopens the regions returned by SaveHandlers.
func (b *Builder) RestoreHandlers(saved HandlerStack) { b.open = append(b.open[:0:0], saved...) }

// TruncateHandlers closes every region but the n outermost ones.
func (b *Builder) TruncateHandlers(n int) {
	if n < len(b.open) {
		b.open = b.open[:n]
	}
}
