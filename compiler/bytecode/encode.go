package bytecode

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
)

// Magic starts every serialised program.
const Magic = "HFBC"

// Constant tags of the serialised form.
const (
	tagNone byte = iota
	tagFalse
	tagTrue
	tagInt
	tagBigInt
	tagFloat
	tagComplex
	tagStr
	tagBytes
	tagEllipsis
	tagTuple
	tagCode
	tagFrozenSet
)

// Encoder writes code objects in the serialised form. The zero value is not
// usable; call NewEncoder.
type Encoder struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

// NewEncoder returns an Encoder writing to w.
func NewEncoder(w io.Writer) *Encoder { return &Encoder{w: bufio.NewWriter(w)} }

// Flush writes buffered data.
func (e *Encoder) Flush() error { return e.w.Flush() }

// Header writes the magic and the version.
func (e *Encoder) Header() {
	e.w.WriteString(Magic)
	e.Uint(Version)
}

// Uint writes an unsigned varint.
func (e *Encoder) Uint(n uint64) {
	k := binary.PutUvarint(e.buf[:], n)
	e.w.Write(e.buf[:k])
}

// Int writes a signed varint.
func (e *Encoder) Int(n int64) {
	k := binary.PutVarint(e.buf[:], n)
	e.w.Write(e.buf[:k])
}

// String writes a length-prefixed string.
func (e *Encoder) String(s string) {
	e.Uint(uint64(len(s)))
	e.w.WriteString(s)
}

// Strings writes a counted list of strings.
func (e *Encoder) Strings(ss []string) {
	e.Uint(uint64(len(ss)))
	for _, s := range ss {
		e.String(s)
	}
}

// Program writes a whole program, header included.
func (e *Encoder) Program(p *Program) error {
	e.Header()
	e.String(p.File)
	e.Strings(p.Globals)
	if err := e.Code(p.Body); err != nil {
		return err
	}
	return e.Flush()
}

// Code writes one code object and, recursively, its nested code objects.
func (e *Encoder) Code(c *Code) error {
	e.w.WriteByte(byte(c.Kind))
	e.String(c.Name)
	e.String(c.QualName)
	e.String(c.File)
	e.Uint(uint64(c.Flags))
	e.Uint(uint64(c.ArgCount))
	e.Uint(uint64(c.PosOnlyArgCount))
	e.Uint(uint64(c.KwOnlyArgCount))
	e.Strings(c.Locals)
	e.Strings(c.Cells)
	e.Uint(uint64(len(c.CellParams)))
	for _, p := range c.CellParams {
		e.Int(int64(p))
	}
	e.Strings(c.Frees)
	e.Strings(c.Names)
	e.Strings(c.Filters)
	e.Strings(c.Tests)
	e.Uint(uint64(len(c.Consts)))
	for _, k := range c.Consts {
		if err := e.Const(k); err != nil {
			return err
		}
	}
	e.Uint(uint64(len(c.Code)))
	for _, ins := range c.Code {
		var b [4]byte
		binary.LittleEndian.PutUint32(b[:], ins)
		e.w.Write(b[:])
	}
	e.Uint(uint64(len(c.Positions)))
	var prev int32
	for _, s := range c.Positions {
		e.Int(int64(s.Line - prev))
		e.Uint(uint64(s.Col))
		e.Int(int64(s.EndLine - s.Line))
		e.Uint(uint64(s.EndCol))
		prev = s.Line
	}
	e.Uint(uint64(len(c.Handlers)))
	for _, h := range c.Handlers {
		e.Uint(uint64(h.Start))
		e.Uint(uint64(h.End))
		e.Uint(uint64(h.Target))
		e.Uint(uint64(h.Depth))
	}
	e.Uint(uint64(c.MaxStack))
	e.Uint(uint64(c.FirstLine))
	return e.Const(c.Doc)
}

// Const writes one constant.
func (e *Encoder) Const(k Const) error {
	switch k := k.(type) {
	case nil:
		e.w.WriteByte(tagNone)
	case bool:
		if k {
			e.w.WriteByte(tagTrue)
		} else {
			e.w.WriteByte(tagFalse)
		}
	case int64:
		e.w.WriteByte(tagInt)
		e.Int(k)
	case *big.Int:
		e.w.WriteByte(tagBigInt)
		e.String(k.Text(16))
	case float64:
		e.w.WriteByte(tagFloat)
		e.Uint(math.Float64bits(k))
	case complex128:
		e.w.WriteByte(tagComplex)
		e.Uint(math.Float64bits(real(k)))
		e.Uint(math.Float64bits(imag(k)))
	case string:
		e.w.WriteByte(tagStr)
		e.String(k)
	case Bytes:
		e.w.WriteByte(tagBytes)
		e.String(string(k))
	case EllipsisType:
		e.w.WriteByte(tagEllipsis)
	case Tuple:
		e.w.WriteByte(tagTuple)
		e.Uint(uint64(len(k)))
		for _, x := range k {
			if err := e.Const(x); err != nil {
				return err
			}
		}
	case *Code:
		e.w.WriteByte(tagCode)
		return e.Code(k)
	case FrozenSet:
		e.w.WriteByte(tagFrozenSet)
		e.Uint(uint64(len(k)))
		for _, x := range k {
			if err := e.Const(x); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("bytecode: cannot serialise a constant of type %T", k)
	}
	return nil
}

// Decoder reads the serialised form. Every count is checked against the
// input so that a damaged or hostile file yields an error, not a panic.
type Decoder struct {
	r     *bufio.Reader
	err   error
	depth int
}

// ErrStale is returned (wrapped) when a serialised program was written by a
// different version of the instruction set.
var ErrStale = errors.New("stale bytecode")

// NewDecoder returns a Decoder reading from r.
func NewDecoder(r io.Reader) *Decoder { return &Decoder{r: bufio.NewReader(r)} }

func (d *Decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("bytecode: "+format, args...)
	}
}

// Err returns the first error met.
func (d *Decoder) Err() error { return d.err }

// Header reads and checks the magic and version.
func (d *Decoder) Header() error {
	var m [4]byte
	if _, err := io.ReadFull(d.r, m[:]); err != nil || string(m[:]) != Magic {
		return fmt.Errorf("bytecode: not an hfc bytecode file (expected the magic %q)", Magic)
	}
	v := d.Uint()
	if d.err != nil {
		return d.err
	}
	if v != Version {
		return fmt.Errorf("%w: written by bytecode version %d, this hfc reads version %d; compile the app again with this hfc", ErrStale, v, Version)
	}
	return nil
}

// Uint reads an unsigned varint.
func (d *Decoder) Uint() uint64 {
	if d.err != nil {
		return 0
	}
	n, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.fail("truncated input: %v", err)
	}
	return n
}

// Int reads a signed varint.
func (d *Decoder) Int() int64 {
	if d.err != nil {
		return 0
	}
	n, err := binary.ReadVarint(d.r)
	if err != nil {
		d.fail("truncated input: %v", err)
	}
	return n
}

const maxCount = 1 << 26

// count reads a count and checks it is plausible.
func (d *Decoder) count() int {
	n := d.Uint()
	if n > maxCount {
		d.fail("count %d is too large", n)
		return 0
	}
	return int(n)
}

// String reads a length-prefixed string.
func (d *Decoder) String() string {
	n := d.count()
	if d.err != nil || n == 0 {
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.fail("truncated string: %v", err)
		return ""
	}
	return string(b)
}

// Strings reads a counted list of strings.
func (d *Decoder) Strings() []string {
	n := d.count()
	if n == 0 {
		return nil
	}
	out := make([]string, 0, min(n, 1024))
	for i := 0; i < n && d.err == nil; i++ {
		out = append(out, d.String())
	}
	return out
}

// Program reads a whole program, header included.
func (d *Decoder) Program() (*Program, error) {
	if err := d.Header(); err != nil {
		return nil, err
	}
	p := &Program{File: d.String(), Globals: d.Strings()}
	p.Body = d.Code()
	if d.err != nil {
		return nil, d.err
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return p, nil
}

// Code reads one code object.
func (d *Decoder) Code() *Code {
	d.depth++
	defer func() { d.depth-- }()
	if d.depth > 200 {
		d.fail("code objects nested too deeply")
		return nil
	}
	kind, err := d.r.ReadByte()
	if err != nil {
		d.fail("truncated code object")
		return nil
	}
	c := &Code{Kind: Kind(kind)}
	c.Name = d.String()
	c.QualName = d.String()
	c.File = d.String()
	c.Flags = int(d.Uint())
	c.ArgCount = d.count()
	c.PosOnlyArgCount = d.count()
	c.KwOnlyArgCount = d.count()
	c.Locals = d.Strings()
	c.Cells = d.Strings()
	if n := d.count(); n > 0 {
		c.CellParams = make([]int, 0, min(n, 1024))
		for i := 0; i < n && d.err == nil; i++ {
			c.CellParams = append(c.CellParams, int(d.Int()))
		}
	}
	c.Frees = d.Strings()
	c.Names = d.Strings()
	c.Filters = d.Strings()
	c.Tests = d.Strings()
	if n := d.count(); n > 0 {
		c.Consts = make([]Const, 0, min(n, 1024))
		for i := 0; i < n && d.err == nil; i++ {
			c.Consts = append(c.Consts, d.Const())
		}
	}
	if n := d.count(); n > 0 && d.err == nil {
		c.Code = make([]uint32, 0, min(n, 1<<16))
		var b [4]byte
		for i := 0; i < n; i++ {
			if _, err := io.ReadFull(d.r, b[:]); err != nil {
				d.fail("truncated instructions")
				break
			}
			c.Code = append(c.Code, binary.LittleEndian.Uint32(b[:]))
		}
	}
	if n := d.count(); n > 0 {
		c.Positions = make([]Span, 0, min(n, 1<<16))
		var line int64
		for i := 0; i < n && d.err == nil; i++ {
			line += d.Int()
			col := d.Uint()
			end := line + d.Int()
			endCol := d.Uint()
			c.Positions = append(c.Positions, Span{int32(line), int32(col), int32(end), int32(endCol)})
		}
	}
	if n := d.count(); n > 0 {
		for i := 0; i < n && d.err == nil; i++ {
			c.Handlers = append(c.Handlers, Handler{Start: d.count(), End: d.count(), Target: d.count(), Depth: d.count()})
		}
	}
	c.MaxStack = d.count()
	c.FirstLine = d.count()
	c.Doc = d.Const()
	return c
}

// Const reads one constant.
func (d *Decoder) Const() Const {
	if d.err != nil {
		return nil
	}
	tag, err := d.r.ReadByte()
	if err != nil {
		d.fail("truncated constant")
		return nil
	}
	switch tag {
	case tagNone:
		return nil
	case tagFalse:
		return false
	case tagTrue:
		return true
	case tagInt:
		return d.Int()
	case tagBigInt:
		s := d.String()
		n, ok := new(big.Int).SetString(s, 16)
		if !ok {
			d.fail("bad integer constant %q", s)
			return nil
		}
		return n
	case tagFloat:
		return math.Float64frombits(d.Uint())
	case tagComplex:
		re := math.Float64frombits(d.Uint())
		return complex(re, math.Float64frombits(d.Uint()))
	case tagStr:
		return d.String()
	case tagBytes:
		return Bytes(d.String())
	case tagEllipsis:
		return Ellipsis
	case tagTuple:
		n := d.count()
		t := make(Tuple, 0, min(n, 1024))
		for i := 0; i < n && d.err == nil; i++ {
			t = append(t, d.Const())
		}
		return t
	case tagCode:
		return d.Code()
	case tagFrozenSet:
		n := d.count()
		t := make(FrozenSet, 0, min(n, 1024))
		for i := 0; i < n && d.err == nil; i++ {
			t = append(t, d.Const())
		}
		return t
	}
	d.fail("unknown constant tag %d", tag)
	return nil
}

// Validate checks that every instruction of the program only refers to
// existing constants, names, globals, locals, cells and jump targets, so that
// the VM can index without checks. It does not check stack discipline.
func (p *Program) Validate() error {
	if p.Body == nil {
		return fmt.Errorf("bytecode: program %s has no body", p.File)
	}
	return p.Body.validate(len(p.Globals), 0)
}

func (c *Code) validate(globals, depth int) error {
	if depth > 200 {
		return fmt.Errorf("bytecode: code objects nested too deeply")
	}
	if len(c.Positions) != 0 && len(c.Positions) != len(c.Code) {
		return fmt.Errorf("bytecode: %s: %d positions for %d instructions", c.Name, len(c.Positions), len(c.Code))
	}
	for pc, ins := range c.Code {
		op, arg := Decode(ins)
		if op >= numOpcodes {
			return fmt.Errorf("bytecode: %s: unknown opcode %d at %d", c.Name, op, pc)
		}
		var limit int
		switch op {
		case LOAD_CONST, WRITE_TEXT, MAKE_MACRO, LOAD_UNDEFINED, FROM_IMPORT:
			limit = len(c.Consts)
		case LOAD_FAST, STORE_FAST, DELETE_FAST, IS_UNBOUND:
			limit = len(c.Locals)
		case LOAD_FILTER:
			limit = len(c.Filters)
		case LOAD_TEST:
			limit = len(c.Tests)
		case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF:
			limit = len(c.Cells) + len(c.Frees)
		case LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD,
			IMPORT_NAME, IMPORT_FROM, LOAD_CONTEXT, STORE_CONTEXT, JINJA_GETATTR, RENDER_BLOCK,
			LOAD_SUPER, SET_NSATTR, LOAD_COMPONENT:
			limit = len(c.Names)
		case LOAD_BUILTIN:
			limit = len(Builtins)
		case LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL:
			limit = globals
		default:
			if op.HasJump() {
				limit = len(c.Code)
			} else {
				continue
			}
		}
		if arg >= limit {
			return fmt.Errorf("bytecode: %s: %s argument %d out of range (%d) at %d", c.Name, op, arg, limit, pc)
		}
	}
	// The VM reads instructions without bounds checks: the last one must not
	// fall through.
	if n := len(c.Code); n == 0 {
		return fmt.Errorf("bytecode: %s: no instructions", c.Name)
	} else if op, _ := Decode(c.Code[n-1]); !op.IsTerminal() {
		return fmt.Errorf("bytecode: %s: the last instruction (%s) falls through the end of the code", c.Name, op)
	}
	for _, h := range c.Handlers {
		if h.Start > h.End || h.End > len(c.Code) || h.Target >= len(c.Code) || h.Depth > c.MaxStack {
			return fmt.Errorf("bytecode: %s: bad exception handler %+v", c.Name, h)
		}
	}
	for _, k := range c.Consts {
		if err := validateConst(k, globals, depth); err != nil {
			return err
		}
	}
	return nil
}

func validateConst(k Const, globals, depth int) error {
	switch k := k.(type) {
	case *Code:
		if k == nil {
			return fmt.Errorf("bytecode: nil code constant")
		}
		return k.validate(globals, depth+1)
	case Tuple:
		for _, x := range k {
			if err := validateConst(x, globals, depth+1); err != nil {
				return err
			}
		}
	case FrozenSet:
		return validateConst(Tuple(k), globals, depth)
	}
	return nil
}
