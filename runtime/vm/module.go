package vm

import "runtime/debug"

// Module is a module: a compiled program's globals, or a module implemented
// in Go (math, json), whose members live in Extra.
type Module struct {
	Name    string
	File    string
	Program *Program // nil for Go modules
	Globals []Value  // slots of Program.Globals
	// Extra holds names that have no slot: members of Go modules, names
	// added by `from m import *`, setattr(module, …).
	Extra *StrDict
}

// Type implements Value.
func (m *Module) Type() *Class { return ModuleClass }

// NewModule returns a fresh module for prog: its globals are unset except
// __name__ and __file__ when the program uses them.
func NewModule(name string, prog *Program) *Module {
	m := &Module{Name: name, Program: prog, Extra: NewStrDict()}
	if prog != nil {
		m.File = prog.File
		m.Globals = make([]Value, len(prog.Globals))
		m.SetGlobal("__name__", Str(name))
		m.SetGlobal("__file__", Str(prog.File))
	}
	return m
}

// NewGoModule returns a module implemented in Go with the given members.
func NewGoModule(name string, members map[string]Value) *Module {
	m := &Module{Name: name, Extra: NewStrDict()}
	m.Extra.Set("__name__", Str(name))
	for _, k := range sortedKeys(members) {
		m.Extra.Set(k, members[k])
	}
	return m
}

// Global returns the value of a module-level name.
func (m *Module) Global(name string) (Value, bool) {
	if m.Program != nil {
		if i, ok := m.Program.index[name]; ok {
			v := m.Globals[i]
			return v, v != nil
		}
	}
	return m.Extra.Get(name)
}

// SetGlobal sets a module-level name (used to inject page, request … before
// a page's module body runs).
func (m *Module) SetGlobal(name string, v Value) {
	if m.Program != nil {
		if i, ok := m.Program.index[name]; ok {
			m.Globals[i] = v
			return
		}
	}
	m.Extra.Set(name, v)
}

// DelGlobal deletes a module-level name.
func (m *Module) DelGlobal(name string) bool {
	if m.Program != nil {
		if i, ok := m.Program.index[name]; ok {
			had := m.Globals[i] != nil
			m.Globals[i] = nil
			return had
		}
	}
	return m.Extra.Delete(name)
}

// Names returns the module's bound names in definition order: slots first,
// then the extra names.
func (m *Module) Names() []string {
	var out []string
	if m.Program != nil {
		for i, g := range m.Program.Globals {
			if m.Globals[i] != nil {
				out = append(out, g)
			}
		}
	}
	return append(out, m.Extra.Keys()...)
}

// RunModule executes a module's body in th. A Go panic inside the VM (a bug
// of hfc) does not escape: the outermost call turns it into a SystemError
// that carries the panic and its Go stack.
func (th *Thread) RunModule(m *Module) (v Value, err error) {
	if th.depth == 0 {
		defer th.recoverPanic(&err)
	}
	code := m.Program.Body
	if th.depth >= th.maxDepth() {
		return nil, th.Raise(RecursionErrorClass, "maximum recursion depth exceeded")
	}
	slots := th.allocSlots(code.nslots)
	clearValues(slots[:len(code.Locals)])
	fr := th.newFrame()
	*fr = Frame{Code: code, Module: m, Locals: slots[:len(code.Locals)], slots: slots, sp: len(code.Locals), Back: th.frame}
	th.depth++
	th.frame = fr
	r, err := th.run(fr)
	th.frame = fr.Back
	th.depth--
	th.freeSlots(slots)
	return r, err
}

// recoverPanic converts a panic into a SystemError and resets the thread so
// that it can run again.
func (th *Thread) recoverPanic(err *error) {
	r := recover()
	if r == nil {
		return
	}
	e := th.Raise(SystemErrorClass, "internal error in the hfc VM: %v", r)
	e.Payload = PanicInfo{Value: r, Stack: string(debug.Stack())}
	*err = e
	th.frame = nil
	th.depth = 0
	th.slab = nil
	th.slabTop = 0
	th.slabHigh = 0
	th.curExc = nil
}

// PanicInfo is the payload of the SystemError that replaces a Go panic.
type PanicInfo struct {
	Value any
	Stack string
}
