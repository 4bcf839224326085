package vm

import "fmt"

// Generator is the iterator returned by calling a generator function. It
// owns its frame, which survives between resumptions.
type Generator struct {
	fn         *Function
	frame      *Frame
	started    bool
	running    bool
	done       bool
	yielded    bool // set by YIELD_VALUE (and by SEND while delegating)
	delegating bool // suspended inside `yield from`
	throwing   *Exception
	result     Value // the return value, for StopIteration.value
	// exc is the exception the generator was handling when it suspended;
	// callerExc the one its caller was handling when it resumed it.
	exc, callerExc *Exception
}

// Type implements Value.
func (g *Generator) Type() *Class { return GeneratorClass }

func (th *Thread) newGenerator(fn *Function, args []Value, kwnames []string) (Value, error) {
	code := fn.Code
	slots := make([]Value, code.nslots)
	locals := slots[:len(code.Locals)]
	if err := th.bindArgs(fn, args, kwnames, locals); err != nil {
		return nil, err
	}
	g := &Generator{fn: fn}
	g.frame = &Frame{Code: code, Fn: fn, Module: fn.Module, Locals: locals, slots: slots, sp: len(code.Locals), gen: g}
	if code.ncells > 0 {
		th.initCells(g.frame, fn)
	}
	return g, nil
}

// Next implements Iterator.
func (g *Generator) Next(th *Thread) (Value, error) {
	return g.resume(th, None)
}

// resume runs the generator until its next yield, pushing sent as the value
// of the yield expression it is suspended at. It returns (nil, nil) when the
// generator finishes; its return value is then in g.result.
func (g *Generator) resume(th *Thread, sent Value) (Value, error) {
	if g.running {
		return nil, th.ValueError("generator already executing")
	}
	if g.done {
		return nil, nil
	}
	fr := g.frame
	if !g.started {
		if !Is(sent, None) && g.throwing == nil {
			return nil, th.TypeError("can't send non-None value to a just-started generator")
		}
		g.started = true
	} else if g.throwing == nil {
		fr.slots[fr.sp] = sent
		fr.sp++
	}
	if th.depth >= th.maxDepth() {
		return nil, th.Raise(RecursionErrorClass, "maximum recursion depth exceeded")
	}
	g.running = true
	g.yielded = false
	g.delegating = false
	fr.Back = th.frame
	th.frame = fr
	th.depth++
	// A generator runs with its own view of the exception being handled
	// (CPython's gi_exc_state): the one it was handling when it
	// suspended, else its caller's.
	saved := th.curExc
	g.callerExc = saved
	if g.exc != nil {
		th.curExc = g.exc
	}
	v, err := th.run(fr)
	g.exc = nil
	if g.yielded && th.curExc != saved {
		g.exc = th.curExc
	}
	th.curExc = saved
	g.callerExc = nil
	th.depth--
	th.frame = fr.Back
	g.running = false
	if err != nil {
		g.done = true
		if e, ok := err.(*Exception); ok && e.Matches(StopIterationClass) {
			re := th.Raise(RuntimeErrorClass, "generator raised StopIteration")
			re.Cause = e
			re.Context = e
			return nil, re
		}
		return nil, err
	}
	if g.yielded {
		return v, nil
	}
	g.done = true
	g.result = v
	return nil, nil
}

// Send is generator.send(v): StopIteration carries the return value.
func (g *Generator) Send(th *Thread, v Value) (Value, error) {
	r, err := g.resume(th, v)
	if err != nil {
		return nil, err
	}
	if r == nil && g.done {
		return nil, g.stopIteration()
	}
	return r, nil
}

// stopIteration is the StopIteration that reports the end of g: it carries
// the return value the first time only, as CPython's.
func (g *Generator) stopIteration() *Exception {
	r := g.result
	g.result = nil
	if r != nil && !Is(r, None) {
		return NewException(StopIterationClass, r)
	}
	return NewException(StopIterationClass)
}

// Throw is generator.throw(exc): raises exc at the suspended yield.
func (g *Generator) Throw(th *Thread, exc *Exception) (Value, error) {
	if g.done {
		return nil, exc
	}
	if !g.started {
		g.done = true
		return nil, exc
	}
	if g.delegating && !g.running {
		v, yielded, err := g.throwInner(th, exc)
		if yielded {
			return v, nil
		}
		if err == nil {
			// The inner iterator finished: resume g, whose yield from
			// evaluates to the inner result.
			return g.Send(th, None)
		}
		e, ok := err.(*Exception)
		if !ok {
			return nil, err
		}
		exc = e
	}
	g.throwing = exc
	r, err := g.resume(th, nil)
	if err != nil {
		return nil, err
	}
	if r == nil && g.done {
		return nil, g.stopIteration()
	}
	return r, nil
}

// throwInner passes generator.throw to the iterator g delegates to with
// `yield from`, as CPython's gen_throw does: GeneratorExit closes the inner
// iterator, other exceptions are thrown into it. It returns the value the
// inner iterator yielded (yielded is true), or the exception to raise in g
// at its `yield from`, or nil when the inner iterator finished, after
// leaving a finished generator that carries its result where the SEND of
// g finds it.
func (g *Generator) throwInner(th *Thread, exc *Exception) (v Value, yielded bool, err error) {
	fr := g.frame
	inner := fr.slots[fr.sp-1]
	if exc.Matches(GeneratorExitClass) {
		if err := th.closeIter(inner); err != nil {
			return nil, false, err
		}
		return nil, false, exc
	}
	if ig, ok := inner.(*Generator); ok {
		v, err = ig.Throw(th, exc)
	} else {
		m, lerr := th.GetAttr(inner, "throw")
		if lerr != nil {
			if isExc(lerr, AttributeErrorClass) {
				return nil, false, exc
			}
			return nil, false, lerr
		}
		v, err = th.CallValue(m, []Value{exc}, nil)
	}
	if err == nil {
		return v, true, nil
	}
	if e, ok := err.(*Exception); ok && e.Matches(StopIterationClass) {
		var result Value = None
		if len(e.Args) > 0 {
			result = e.Args[0]
		}
		fr.slots[fr.sp-1] = &Generator{done: true, result: result}
		return nil, false, nil
	}
	return nil, false, err
}

// closeIter closes the iterator of a `yield from` that is being closed:
// generators and iterators with a close method.
func (th *Thread) closeIter(it Value) error {
	if g, ok := it.(*Generator); ok {
		return g.Close(th)
	}
	m, err := th.GetAttr(it, "close")
	if err != nil {
		if isExc(err, AttributeErrorClass) {
			return nil
		}
		return err
	}
	_, err = th.CallValue(m, nil, nil)
	return err
}

// Close is generator.close(): GeneratorExit at the suspended yield.
func (g *Generator) Close(th *Thread) error {
	if g.done || !g.started {
		g.done = true
		return nil
	}
	_, err := g.Throw(th, NewException(GeneratorExitClass))
	if err == nil {
		return th.Raise(RuntimeErrorClass, "generator ignored GeneratorExit")
	}
	if e, ok := err.(*Exception); ok && (e.Matches(GeneratorExitClass) || e.Matches(StopIterationClass)) {
		return nil
	}
	return err
}

// send is the SEND instruction of `yield from`: it advances the inner
// iterator with v, returning (value, false) while it yields and
// (result, true) when it finishes.
func (th *Thread) send(it, v Value) (Value, bool, error) {
	if g, ok := it.(*Generator); ok {
		r, err := g.resume(th, v)
		if err != nil {
			return nil, false, err
		}
		if r == nil && g.done {
			if g.result == nil {
				return None, true, nil
			}
			return g.result, true, nil
		}
		return r, false, nil
	}
	if !Is(v, None) {
		return nil, false, th.Raise(AttributeErrorClass, "'%s' object has no attribute 'send'", it.Type().Name)
	}
	r, err := it.(Iterator).Next(th)
	if err != nil {
		return nil, false, err
	}
	if r == nil {
		return None, true, nil
	}
	return r, false, nil
}

// Repr implements repr(): <generator object f.<locals>.g at 0x…>.
func (g *Generator) Repr(th *Thread) (string, error) {
	name := "?"
	if g.fn != nil {
		name = g.fn.QualName
	}
	return fmt.Sprintf("<generator object %s at 0x%x>", name, uintptr(identityHashOf(g))<<4), nil
}
