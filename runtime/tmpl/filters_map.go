package tmpl

import (
	"context"

	"github.com/hyperflask/hfc/runtime/stdlib/collections"
	"github.com/hyperflask/hfc/runtime/vm"
)

// groupby, map and the select family.

// groupTupleClass is jinja2.filters._GroupTuple: a named tuple (grouper,
// list) whose repr is a plain tuple's.
var groupTupleClass = func() *vm.Class {
	c, err := collections.NamedTuple(vm.NewThread(context.Background()), "_GroupTuple", []string{"grouper", "list"}, nil, "jinja2.filters")
	if err != nil {
		panic(err)
	}
	// Jinja's _GroupTuple.__repr__ and __str__ are tuple's, defined in the
	// class (so pprint prints it with repr(), not as a tuple).
	repr := func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__repr__", args, kwnames, 0); err != nil {
			return nil, err
		}
		s, err := th.Repr(self.(*vm.TupleSub).Items)
		return vm.Str(s), err
	}
	c.AddMethod("__repr__", repr)
	c.AddMethod("__str__", repr)
	return c
}()

// groupby is sync_do_groupby.
func groupby(th *vm.Thread, c *call) (vm.Value, error) {
	value, attribute, def := c.args[0], c.args[1], c.arg(2, vm.None)
	cs, err := th.Truth(c.arg(3, vm.False))
	if err != nil {
		return nil, err
	}
	expr, err := newAttrGetter(th, attribute, !cs, def)
	if err != nil {
		return nil, err
	}
	s, err := sorted(th, value, keyFunc(expr.get), vm.False)
	if err != nil {
		return nil, err
	}
	var out []vm.Value
	var key vm.Value
	var members []vm.Value
	flush := func() {
		if members != nil {
			out = append(out, vm.NewTupleSub(groupTupleClass, vm.Tuple{key, vm.NewList(members)}))
		}
	}
	for _, item := range s.(*vm.List).Elems {
		k, err := expr.get(th, item)
		if err != nil {
			return nil, err
		}
		if members != nil {
			same, err := th.Equal(key, k)
			if err != nil {
				return nil, err
			}
			if same {
				members = append(members, item)
				continue
			}
		}
		flush()
		key, members = k, []vm.Value{item}
	}
	flush()
	if !cs {
		output, err := newAttrGetter(th, attribute, false, def)
		if err != nil {
			return nil, err
		}
		for i, g := range out {
			t := g.(*vm.TupleSub)
			first := t.Items[1].(*vm.List).Elems[0]
			k, err := output.get(th, first)
			if err != nil {
				return nil, err
			}
			out[i] = vm.NewTupleSub(groupTupleClass, vm.Tuple{k, t.Items[1]})
		}
	}
	return vm.NewList(out), nil
}

// callFilter is environment.call_filter(name, value, args, kwargs) (and
// call_test): the filter or test named name, called with value first.
func callFilter(th *vm.Thread, kind string, name vm.Value, value vm.Value, args []vm.Value, kwnames []string, kwvals []vm.Value) (vm.Value, error) {
	env := envOf(th)
	var f vm.Value
	found := false
	switch {
	case isStr(name) && env != nil:
		if kind == "filter" {
			f, found = env.Filter(strOf(name))
		} else {
			f, found = env.Test(strOf(name))
		}
	case !isStr(name):
		if _, err := th.Hash(name); err != nil {
			return nil, err
		}
	}
	if !found {
		r, err := th.Repr(name)
		if err != nil {
			return nil, err
		}
		msg := "No " + kind + " named " + r + "."
		if u, ok := name.(*vm.Undefined); ok {
			msg += " (" + u.Message() + "; did you forget to quote the callable name?)"
		}
		return nil, th.Raise(vm.TemplateRuntimeErrorClass, "%s", msg)
	}
	all := make([]vm.Value, 0, 1+len(args)+len(kwvals))
	all = append(all, value)
	all = append(all, args...)
	all = append(all, kwvals...)
	return th.CallValue(f, all, kwnames)
}

// mapFilter is sync_do_map, a generator.
func mapFilter(th *vm.Thread, c *call) (vm.Value, error) {
	value := c.args[0]
	args, kwnames, kwvals := c.rest, c.kwnames, c.kwvals
	return newGenerator("sync_do_map", func(th *vm.Thread) (func(*vm.Thread) (vm.Value, error), error) {
		ok, err := th.Truth(value)
		if err != nil || !ok {
			return sliceNext(nil), err
		}
		fn, err := prepareMap(th, args, kwnames, kwvals)
		if err != nil {
			return nil, err
		}
		it, err := th.Iter(value)
		if err != nil {
			return nil, err
		}
		return func(th *vm.Thread) (vm.Value, error) {
			item, err := it.Next(th)
			if err != nil || item == nil {
				return nil, err
			}
			return fn(th, item)
		}, nil
	}), nil
}

// prepareMap is prepare_map.
func prepareMap(th *vm.Thread, args []vm.Value, kwnames []string, kwvals []vm.Value) (func(*vm.Thread, vm.Value) (vm.Value, error), error) {
	if len(args) == 0 {
		if i := indexOf(kwnames, "attribute"); i >= 0 {
			attribute := kwvals[i]
			var def vm.Value = vm.None
			for j, k := range kwnames {
				switch k {
				case "attribute":
				case "default":
					def = kwvals[j]
				default:
					return nil, th.Raise(vm.FilterArgumentErrorClass, "Unexpected keyword argument '%s'", k)
				}
			}
			g, err := newAttrGetter(th, attribute, false, def)
			if err != nil {
				return nil, err
			}
			return g.get, nil
		}
	}
	if len(args) == 0 {
		return nil, th.Raise(vm.FilterArgumentErrorClass, "map requires a filter argument")
	}
	name, rest := args[0], args[1:]
	return func(th *vm.Thread, item vm.Value) (vm.Value, error) {
		return callFilter(th, "filter", name, item, rest, kwnames, kwvals)
	}, nil
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// selectOrReject is select_or_reject, a generator: reject negates the
// test, lookupAttr tests an attribute of each item (selectattr).
func selectOrReject(th *vm.Thread, c *call, name string, reject, lookupAttr bool) (vm.Value, error) {
	value := c.args[0]
	args, kwnames, kwvals := c.rest, c.kwnames, c.kwvals
	return newGenerator(name, func(th *vm.Thread) (func(*vm.Thread) (vm.Value, error), error) {
		ok, err := th.Truth(value)
		if err != nil || !ok {
			return sliceNext(nil), err
		}
		fn, err := prepareSelect(th, args, kwnames, kwvals, lookupAttr)
		if err != nil {
			return nil, err
		}
		it, err := th.Iter(value)
		if err != nil {
			return nil, err
		}
		return func(th *vm.Thread) (vm.Value, error) {
			for {
				item, err := it.Next(th)
				if err != nil || item == nil {
					return nil, err
				}
				r, err := fn(th, item)
				if err != nil {
					return nil, err
				}
				ok, err := th.Truth(r)
				if err != nil {
					return nil, err
				}
				if ok != reject {
					return item, nil
				}
			}
		}, nil
	}), nil
}

// prepareSelect is prepare_select_or_reject without modfunc: it returns
// the test's result for an item.
func prepareSelect(th *vm.Thread, args []vm.Value, kwnames []string, kwvals []vm.Value, lookupAttr bool) (func(*vm.Thread, vm.Value) (vm.Value, error), error) {
	trans := func(_ *vm.Thread, v vm.Value) (vm.Value, error) { return v, nil }
	off := 0
	if lookupAttr {
		if len(args) == 0 {
			return nil, th.Raise(vm.FilterArgumentErrorClass, "Missing parameter for attribute name")
		}
		g, err := newAttrGetter(th, args[0], false, nil)
		if err != nil {
			return nil, err
		}
		trans = g.get
		off = 1
	}
	if len(args) <= off {
		return func(th *vm.Thread, item vm.Value) (vm.Value, error) {
			v, err := trans(th, item)
			if err != nil {
				return nil, err
			}
			ok, err := th.Truth(v)
			return vm.MakeBool(ok), err
		}, nil
	}
	name, rest := args[off], args[off+1:]
	return func(th *vm.Thread, item vm.Value) (vm.Value, error) {
		v, err := trans(th, item)
		if err != nil {
			return nil, err
		}
		return callFilter(th, "test", name, v, rest, kwnames, kwvals)
	}, nil
}
