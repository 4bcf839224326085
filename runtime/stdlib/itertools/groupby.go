package itertools

import (
	"github.com/hyperflask/hfc/runtime/vm"
)

var (
	groupbyClass = iterClass("groupby", newGroupby)
	grouperClass = iterClass("_grouper", func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		return nil, th.TypeError("cannot create 'itertools._grouper' instances")
	})
	teeClass = iterClass("_tee", func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.PositionalArgs("_tee", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		return newTeeObject(th, args[0])
	})
)

// groupby is groupby(iterable, key=None). Its groups share the source
// iterator: advancing the groupby ends the previous group, as in CPython
// (this follows groupbyobject of itertoolsmodule.c).
type groupby struct {
	it       vm.Iterator
	keyfunc  vm.Value
	tgtkey   vm.Value
	currkey  vm.Value
	currval  vm.Value
	currgrp  *grouper
	finished bool
}

func (*groupby) Type() *vm.Class { return groupbyClass }

func newGroupby(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	var iterable vm.Value
	key := vm.None
	if err := th.UnpackArgs("groupby", args, kwnames, "iterable", &iterable, "key?", &key); err != nil {
		return nil, err
	}
	it, err := th.Iter(iterable)
	if err != nil {
		return nil, err
	}
	return &groupby{it: it, keyfunc: key}, nil
}

// step reads the next value and its key; ok is false at the end.
func (g *groupby) step(th *vm.Thread) (bool, error) {
	v, err := g.it.Next(th)
	if err != nil || v == nil {
		return false, err
	}
	k := v
	if !vm.Is(g.keyfunc, vm.None) {
		if k, err = call(th, g.keyfunc, v); err != nil {
			return false, err
		}
	}
	g.currval, g.currkey = v, k
	return true, nil
}

func (g *groupby) Next(th *vm.Thread) (vm.Value, error) {
	g.currgrp = nil
	if g.finished {
		return nil, nil
	}
	for {
		if g.currkey != nil {
			if g.tgtkey == nil {
				break
			}
			eq, err := th.Equal(g.tgtkey, g.currkey)
			if err != nil {
				return nil, err
			}
			if !eq {
				break
			}
		}
		ok, err := g.step(th)
		if err != nil {
			return nil, err
		}
		if !ok {
			g.finished = true
			return nil, nil
		}
	}
	g.tgtkey = g.currkey
	grp := &grouper{parent: g, tgtkey: g.tgtkey}
	g.currgrp = grp
	return vm.Tuple{g.currkey, grp}, nil
}

// grouper is one group of a groupby: it yields while the shared source's
// key equals its own and it is the current group.
type grouper struct {
	parent *groupby
	tgtkey vm.Value
}

func (*grouper) Type() *vm.Class { return grouperClass }

func (gr *grouper) Next(th *vm.Thread) (vm.Value, error) {
	g := gr.parent
	if g.currgrp != gr {
		return nil, nil
	}
	if g.currval == nil {
		ok, err := g.step(th)
		if err != nil {
			return nil, err
		}
		if !ok {
			g.finished = true
			return nil, nil
		}
	}
	eq, err := th.Equal(gr.tgtkey, g.currkey)
	if err != nil || !eq {
		return nil, err
	}
	v := g.currval
	g.currval, g.currkey = nil, nil
	return v, nil
}

// teeLink is one item buffered for the tee objects that share a source.
type teeLink struct {
	v    vm.Value
	next *teeLink
}

// teeSource is the iterator that tee objects share and the tail of their
// buffer; items that every tee object has passed are garbage.
type teeSource struct {
	it   vm.Iterator
	tail *teeLink
	done bool
}

// teeObject is one iterator returned by tee(): cur is the link of the item
// it returned last.
type teeObject struct {
	src *teeSource
	cur *teeLink
}

func (*teeObject) Type() *vm.Class { return teeClass }

func newTeeObject(th *vm.Thread, iterable vm.Value) (*teeObject, error) {
	it, err := th.Iter(iterable)
	if err != nil {
		return nil, err
	}
	if t, ok := it.(*teeObject); ok {
		return t.copy(), nil
	}
	head := &teeLink{}
	return &teeObject{src: &teeSource{it: it, tail: head}, cur: head}, nil
}

func (t *teeObject) copy() *teeObject { return &teeObject{src: t.src, cur: t.cur} }

func (t *teeObject) Next(th *vm.Thread) (vm.Value, error) {
	if t.cur.next == nil {
		src := t.src
		if src.done {
			return nil, nil
		}
		v, err := src.it.Next(th)
		if err != nil {
			return nil, err
		}
		if v == nil {
			src.done = true
			return nil, nil
		}
		l := &teeLink{v: v}
		src.tail.next = l
		src.tail = l
	}
	t.cur = t.cur.next
	return t.cur.v, nil
}

func init() {
	teeClass.AddMethod("__copy__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__copy__", args, kwnames, 0); err != nil {
			return nil, err
		}
		return self.(*teeObject).copy(), nil
	})
}

// tee is tee(iterable, n=2): n independent iterators over one source. When
// the source is itself a tee object, it is the first of them, as in
// CPython.
func tee(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.PositionalArgs("tee", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	n := int64(2)
	if len(args) == 2 {
		var ok bool
		if n, ok = vm.AsInt64(args[1]); !ok {
			return nil, th.TypeError("'%s' object cannot be interpreted as an integer", args[1].Type().Name)
		}
	}
	if n < 0 {
		return nil, th.ValueError("n must be >= 0")
	}
	it, err := th.Iter(args[0])
	if err != nil {
		return nil, err
	}
	out := make(vm.Tuple, n)
	if n == 0 {
		return out, nil
	}
	first, ok := it.(*teeObject)
	if !ok {
		if first, err = newTeeObject(th, it); err != nil {
			return nil, err
		}
	}
	out[0] = first
	for i := 1; i < len(out); i++ {
		out[i] = first.copy()
	}
	return out, nil
}
