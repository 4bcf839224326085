package vm

import (
	"strings"
)

// MacroClass is the class of Jinja macros.
var MacroClass = func() *Class {
	c := newBuiltinClass("Macro", ObjectClass, classFinal)
	c.Module = "jinja2.runtime"
	return c
}()

// Macro is a {% macro %} (or the body of a call block or a block component
// tag, as `caller`): a template function with Jinja's calling rules.
type Macro struct {
	Fn   *Function
	Name string
	// Args are the declared parameters; the last Defaults of them have
	// default values, which the body computes when the caller left them out.
	Args     []string
	Defaults int
	// CatchVarargs, CatchKwargs and Caller say whether the body uses
	// varargs, kwargs and caller; their locals follow Args in that order.
	CatchVarargs, CatchKwargs, Caller bool
	// Ctx is the context the macro was defined in.
	Ctx TemplateContext
}

// Type implements Value.
func (*Macro) Type() *Class { return MacroClass }

// Repr implements repr(m).
func (m *Macro) Repr(*Thread) (string, error) {
	if m.Name == "" {
		return "<Macro anonymous>", nil
	}
	return "<Macro '" + m.Name + "'>", nil
}

// GetAttr answers name, arguments, catch_kwargs, catch_varargs and caller.
func (m *Macro) GetAttr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "name":
		if m.Name == "" {
			return None, true, nil
		}
		return Str(m.Name), true, nil
	case "arguments":
		t := make(Tuple, len(m.Args))
		for i, a := range m.Args {
			t[i] = Str(a)
		}
		return t, true, nil
	case "catch_kwargs":
		return MakeBool(m.CatchKwargs), true, nil
	case "catch_varargs":
		return MakeBool(m.CatchVarargs), true, nil
	case "caller":
		return MakeBool(m.Caller), true, nil
	}
	return nil, false, nil
}

// Call runs the macro and returns its output (Jinja's Macro.__call__, with
// its argument rules and messages). The output is Markup when the calling
// code autoescapes (Jinja passes the caller's eval context to macros).
func (m *Macro) Call(th *Thread, args []Value, kwnames []string) (Value, error) {
	code := m.Fn.Code
	locals := make([]Value, len(code.Locals))
	npos := len(args) - len(kwnames)
	n := len(m.Args)
	copy(locals, args[:min(npos, n)])
	// Keyword arguments fill the parameters that positional ones left.
	used := make([]bool, len(kwnames))
	for i := npos; i < n; i++ {
		for j, k := range kwnames {
			if k == m.Args[i] && !used[j] {
				locals[i] = args[npos+j]
				used[j] = true
				break
			}
		}
	}
	next := n
	varargsSlot, kwargsSlot, callerSlot := -1, -1, -1
	if m.CatchVarargs {
		varargsSlot = next
		next++
	}
	if m.CatchKwargs {
		kwargsSlot = next
		next++
	}
	if m.Caller {
		callerSlot = next
	}
	ctx := m.Ctx
	if ctx == nil {
		ctx = th.tctx
	}
	if callerSlot >= 0 {
		for j, k := range kwnames {
			if k == "caller" && !used[j] {
				used[j] = true
				if v := args[npos+j]; v != None {
					locals[callerSlot] = v
				}
				break
			}
		}
		if locals[callerSlot] == nil {
			locals[callerSlot] = ctx.Undefined("caller", nil, nil, "No caller defined")
		}
	}
	var kwargs *Dict
	if m.CatchKwargs {
		kwargs = NewDict(0)
		locals[kwargsSlot] = kwargs
	}
	for j, k := range kwnames {
		if used[j] {
			continue
		}
		if kwargs == nil {
			if k == "caller" {
				return nil, th.TypeError("macro %s was invoked with two values for the special caller argument. This is most likely a bug.", m.nameRepr())
			}
			return nil, th.TypeError("macro %s takes no keyword argument '%s'", m.nameRepr(), k)
		}
		if err := kwargs.SetItem(th, Str(k), args[npos+j]); err != nil {
			return nil, err
		}
	}
	if m.CatchVarargs {
		varargs := Tuple{}
		if npos > n {
			varargs = append(Tuple(nil), args[n:npos]...)
		}
		locals[varargsSlot] = varargs
	} else if npos > n {
		return nil, th.TypeError("macro %s takes not more than %d argument(s)", m.nameRepr(), n)
	}
	for i := 0; i < n-m.Defaults; i++ {
		if locals[i] == nil {
			locals[i] = ctx.Undefined(m.Args[i], nil, nil, "parameter '"+m.Args[i]+"' was not provided")
		}
	}
	escape := th.Autoescape()
	prev := th.SetTemplateContext(ctx)
	th.PushOutput()
	_, err := th.callWithLocals(m.Fn, locals)
	out := th.PopOutput()
	th.SetTemplateContext(prev)
	if err != nil {
		return nil, err
	}
	if escape {
		return Markup(out), nil
	}
	return Str(out), nil
}

// nameRepr is repr(macro.name): None for the caller of a call block.
func (m *Macro) nameRepr() string {
	if m.Name == "" {
		return "None"
	}
	return "'" + m.Name + "'"
}

// callWithLocals runs fn with its locals already bound.
func (th *Thread) callWithLocals(fn *Function, locals []Value) (Value, error) {
	code := fn.Code
	if th.depth >= th.maxDepth() {
		return nil, th.Raise(RecursionErrorClass, "maximum recursion depth exceeded")
	}
	slots := th.allocSlots(code.nslots)
	clearValues(slots[copy(slots, locals):len(code.Locals)])
	fr := th.newFrame()
	*fr = Frame{Code: code, Fn: fn, Module: fn.Module, Locals: slots[:len(code.Locals)], slots: slots, sp: len(code.Locals), Back: th.frame}
	if code.ncells > 0 {
		th.initCells(fr, fn)
	}
	th.depth++
	th.frame = fr
	r, err := th.run(fr)
	th.frame = fr.Back
	th.depth--
	th.freeSlots(slots)
	return r, err
}

// CallTemplateFunction runs a template function (a template's root, a
// block) with no arguments in the given context, writing its output.
func (th *Thread) CallTemplateFunction(fn *Function, ctx TemplateContext) error {
	prev := th.SetTemplateContext(ctx)
	_, err := th.callWithLocals(fn, nil)
	th.SetTemplateContext(prev)
	return err
}

// LoopClass is the class of Jinja's loop variable.
var LoopClass = func() *Class {
	c := newBuiltinClass("LoopContext", ObjectClass, classFinal)
	c.Module = "jinja2.runtime"
	return c
}()

// Loop is the `loop` variable of a for loop (Jinja's LoopContext); it is
// also the iterator the loop runs on.
type Loop struct {
	it       Iterator
	src      Value // the iterable, for len()
	index0   int
	cur      Value
	prev     Value
	peeked   Value // the next item, once looked at
	hasPeek  bool
	done     bool
	length   int // -1 until known
	depth0   int
	recurse  *Function // the loop function of a recursive loop
	lastSeen Value     // for changed()
	seen     bool
	cycle    *Builtin // loop.cycle, made on first use: it reads index0 when called
}

// Type implements Value.
func (*Loop) Type() *Class { return LoopClass }

// NewLoop makes the loop variable over an iterable.
func (th *Thread) NewLoop(iterable Value, recurse *Function, depth0 int) (*Loop, error) {
	it, err := th.Iter(iterable)
	if err != nil {
		return nil, err
	}
	return &Loop{it: it, src: iterable, index0: -1, length: -1, depth0: depth0, recurse: recurse, prev: nil}, nil
}

// Next implements Iterator.
func (l *Loop) Next(th *Thread) (Value, error) {
	var v Value
	if l.hasPeek {
		v, l.hasPeek = l.peeked, false
		if v == nil {
			l.done = true
			return nil, nil
		}
	} else {
		var err error
		if v, err = l.it.Next(th); err != nil {
			return nil, err
		}
		if v == nil {
			l.done = true
			return nil, nil
		}
	}
	if l.index0 >= 0 {
		l.prev = l.cur
	}
	l.index0++
	l.cur = v
	return v, nil
}

func (l *Loop) peek(th *Thread) (Value, error) {
	if !l.hasPeek {
		v, err := l.it.Next(th)
		if err != nil {
			return nil, err
		}
		l.peeked, l.hasPeek = v, true
	}
	return l.peeked, nil
}

func (l *Loop) len(th *Thread) (int, error) {
	if l.length >= 0 {
		return l.length, nil
	}
	if n, err := th.Len(l.src); err == nil {
		l.length = n
		return n, nil
	}
	// Consume the rest to count it, keeping the items for the loop.
	var rest []Value
	if l.hasPeek && l.peeked != nil {
		rest = append(rest, l.peeked)
	}
	if !(l.hasPeek && l.peeked == nil) {
		for {
			v, err := l.it.Next(th)
			if err != nil {
				return 0, err
			}
			if v == nil {
				break
			}
			rest = append(rest, v)
		}
	}
	l.hasPeek = false
	l.it = &tupleIter{t: Tuple(rest)}
	l.length = l.index0 + 1 + len(rest)
	return l.length, nil
}

// GetAttr answers the loop's attributes.
func (l *Loop) GetAttr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "index0":
		return MakeInt(int64(l.index0)), true, nil
	case "index":
		return MakeInt(int64(l.index0 + 1)), true, nil
	case "first":
		return MakeBool(l.index0 == 0), true, nil
	case "last":
		v, err := l.peek(th)
		return MakeBool(v == nil), true, err
	case "length", "revindex", "revindex0":
		n, err := l.len(th)
		if err != nil {
			return nil, true, err
		}
		switch name {
		case "revindex":
			return MakeInt(int64(n - l.index0)), true, nil
		case "revindex0":
			return MakeInt(int64(n - l.index0 - 1)), true, nil
		}
		return MakeInt(int64(n)), true, nil
	case "depth":
		return MakeInt(int64(l.depth0 + 1)), true, nil
	case "depth0":
		return MakeInt(int64(l.depth0)), true, nil
	case "previtem":
		if l.index0 <= 0 {
			return th.tctx.Undefined("", nil, nil, "there is no previous item"), true, nil
		}
		return l.prev, true, nil
	case "nextitem":
		v, err := l.peek(th)
		if err != nil {
			return nil, true, err
		}
		if v == nil {
			return th.tctx.Undefined("", nil, nil, "there is no next item"), true, nil
		}
		return v, true, nil
	case "cycle":
		if l.cycle == nil {
			l.cycle = NewBuiltin("cycle", func(th *Thread, args []Value, kwnames []string) (Value, error) {
				if len(args) == 0 {
					return nil, th.TypeError("no items for cycling given")
				}
				return args[l.index0%len(args)], nil
			})
		}
		return l.cycle, true, nil
	case "changed":
		return NewBuiltin("changed", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			v := Value(Tuple(append([]Value(nil), args...)))
			if l.seen {
				eq, err := th.Equal(v, l.lastSeen)
				if err != nil || eq {
					return False, err
				}
			}
			l.lastSeen, l.seen = v, true
			return True, nil
		}), true, nil
	}
	return nil, false, nil
}

// Repr implements repr(loop).
func (l *Loop) Repr(th *Thread) (string, error) {
	n, err := l.len(th)
	if err != nil {
		return "", err
	}
	return "<LoopContext " + itoa(l.index0+1) + "/" + itoa(n) + ">", nil
}

// Call is loop(iterable) in a recursive loop: it renders the loop again, one
// level deeper, and returns the output.
func (l *Loop) Call(th *Thread, args []Value, kwnames []string) (Value, error) {
	if l.recurse == nil {
		return nil, th.TypeError("The loop must have the 'recursive' marker to be called recursively.")
	}
	if len(args) != 1 || len(kwnames) != 0 {
		return nil, th.TypeError("loop() takes exactly one argument")
	}
	th.PushOutput()
	_, err := th.callWithLocals(l.recurse, []Value{args[0], MakeInt(int64(l.depth0 + 1))})
	out := th.PopOutput()
	if err != nil {
		return nil, err
	}
	if l.recurse.Code.Flags&flagAutoescape != 0 {
		return Markup(out), nil
	}
	return Str(out), nil
}

// NamespaceClass is the class of namespace() objects.
var NamespaceClass = func() *Class {
	c := newBuiltinClass("Namespace", ObjectClass, classFinal)
	c.Module = "jinja2.utils"
	return c
}()

// Namespace is a namespace(): an object whose attributes {% set ns.x %} can
// change from any scope.
type Namespace struct{ Attrs *Dict }

// Type implements Value.
func (*Namespace) Type() *Class { return NamespaceClass }

// GetAttr implements ns.name.
func (n *Namespace) GetAttr(th *Thread, name string) (Value, bool, error) {
	v, ok, err := n.Attrs.Get(th, Str(name))
	if err != nil || ok {
		return v, ok, err
	}
	return nil, false, th.Raise(AttributeErrorClass, "%s", reprNoThread(Str(name)))
}

// SetAttr implements ns.name = v.
func (n *Namespace) SetAttr(th *Thread, name string, v Value) error {
	return n.Attrs.SetItem(th, Str(name), v)
}

// Repr implements repr(ns).
func (n *Namespace) Repr(th *Thread) (string, error) {
	var b strings.Builder
	b.WriteString("<Namespace ")
	s, err := th.Repr(n.Attrs)
	b.WriteString(s)
	b.WriteByte('>')
	return b.String(), err
}
