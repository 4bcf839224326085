package tmpl

import (
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/vm"
)

// The filters of jinja2/filters.py over sequences and mappings.
func init() {
	builtinFilters["length"] = builtin("len")
	builtinFilters["count"] = builtin("len")
	defFilter("sync_do_list(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		items, err := th.ToSlice(c.args[0])
		if err != nil {
			return nil, err
		}
		return vm.NewList(append([]vm.Value(nil), items...)), nil
	}, "list")
	defFilter("sync_do_first(^environment, seq)", func(th *vm.Thread, c *call) (vm.Value, error) {
		it, err := th.Iter(c.args[0])
		if err != nil {
			return nil, err
		}
		v, err := it.Next(th)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return undefinedHint(th, "No first item, sequence was empty."), nil
		}
		return v, nil
	}, "first")
	defFilter("do_last(^environment, seq)", func(th *vm.Thread, c *call) (vm.Value, error) {
		seq := c.args[0]
		if u, ok := seq.(*vm.Undefined); ok {
			// reversed(undefined) is empty: Undefined has __len__ and
			// __getitem__ (StrictUndefined's __len__ fails).
			if _, err := u.Length(th); err != nil {
				return nil, err
			}
			return undefinedHint(th, "No last item, sequence was empty."), nil
		}
		r, err := th.Reversed(seq)
		if err != nil {
			return nil, err
		}
		it, err := th.Iter(r)
		if err != nil {
			return nil, err
		}
		v, err := it.Next(th)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return undefinedHint(th, "No last item, sequence was empty."), nil
		}
		return v, nil
	}, "last")
	defFilter("do_random(^context, seq)", func(th *vm.Thread, c *call) (vm.Value, error) {
		v, err := randomCall(th, "choice", c.args[0])
		if err != nil {
			if isExc(err, vm.IndexErrorClass) {
				return undefinedHint(th, "No random item, sequence was empty."), nil
			}
			return nil, err
		}
		return v, nil
	}, "random")
	defFilter("do_reverse(value)", reverse, "reverse")
	defFilter("sync_do_join(^eval_ctx, value, d=, attribute=)", join, "join")
	defFilter("do_batch(value, linecount, fill_with=)", batch, "batch")
	defFilter("sync_do_slice(value, slices, fill_with=)", slice, "slice")
	defFilter("do_sort(^environment, value, reverse=, case_sensitive=, attribute=)", sortFilter, "sort")
	defFilter("do_dictsort(value, case_sensitive=, by=, reverse=)", dictsort, "dictsort")
	defFilter("do_unique(^environment, value, case_sensitive=, attribute=)", unique, "unique")
	defFilter("do_min(^environment, value, case_sensitive=, attribute=)", func(th *vm.Thread, c *call) (vm.Value, error) {
		return minMax(th, c, "min")
	}, "min")
	defFilter("do_max(^environment, value, case_sensitive=, attribute=)", func(th *vm.Thread, c *call) (vm.Value, error) {
		return minMax(th, c, "max")
	}, "max")
	defFilter("sync_do_sum(^environment, iterable, attribute=, start=)", sum, "sum")
	defFilter("sync_do_groupby(^environment, value, attribute, default=, case_sensitive=)", groupby, "groupby")
	defFilter("do_items(value)", items, "items")
	defFilter("do_attr(^environment, obj, name)", attr, "attr")
	defFilter("sync_do_map(^context, value, *args, **kwargs)", mapFilter, "map")
	defFilter("sync_do_select(^context, value, *args, **kwargs)", func(th *vm.Thread, c *call) (vm.Value, error) {
		return selectOrReject(th, c, "sync_do_select", false, false)
	}, "select")
	defFilter("sync_do_reject(^context, value, *args, **kwargs)", func(th *vm.Thread, c *call) (vm.Value, error) {
		return selectOrReject(th, c, "sync_do_reject", true, false)
	}, "reject")
	defFilter("sync_do_selectattr(^context, value, *args, **kwargs)", func(th *vm.Thread, c *call) (vm.Value, error) {
		return selectOrReject(th, c, "sync_do_selectattr", false, true)
	}, "selectattr")
	defFilter("sync_do_rejectattr(^context, value, *args, **kwargs)", func(th *vm.Thread, c *call) (vm.Value, error) {
		return selectOrReject(th, c, "sync_do_rejectattr", true, true)
	}, "rejectattr")
}

// reverse is do_reverse.
func reverse(th *vm.Thread, c *call) (vm.Value, error) {
	v := c.args[0]
	if isStr(v) {
		r := []rune(strOf(v))
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return sameKind(v, string(r)), nil
	}
	if u, ok := v.(*vm.Undefined); ok {
		if _, err := u.Length(th); err != nil {
			return nil, err
		}
		return vm.NewList(nil), nil
	}
	r, err := th.Reversed(v)
	if err == nil {
		return r, nil
	}
	if !isExc(err, vm.TypeErrorClass) {
		return nil, err
	}
	items, err := th.ToSlice(v)
	if err != nil {
		if isExc(err, vm.TypeErrorClass) {
			return nil, th.Raise(vm.FilterArgumentErrorClass, "argument must be iterable")
		}
		return nil, err
	}
	out := make([]vm.Value, len(items))
	for i, x := range items {
		out[len(items)-1-i] = x
	}
	return vm.NewList(out), nil
}

// join is sync_do_join.
func join(th *vm.Thread, c *call) (vm.Value, error) {
	value := c.args[0]
	d := c.arg(1, vm.Str(""))
	var g *attrGetter
	if attribute := c.arg(2, vm.None); !isNone(attribute) {
		var err error
		if g, err = newAttrGetter(th, attribute, false, nil); err != nil {
			return nil, err
		}
	}
	autoescape := th.Autoescape()
	var sep string
	if !autoescape {
		// str(d) is evaluated before join iterates the items.
		s, err := th.Str(d)
		if err != nil {
			return nil, err
		}
		sep = s
	}
	items, err := th.ToSlice(value)
	if err != nil {
		return nil, err
	}
	if g != nil {
		mapped := make([]vm.Value, len(items))
		for i, it := range items {
			if mapped[i], err = g.get(th, it); err != nil {
				return nil, err
			}
		}
		items = mapped
	} else if autoescape {
		items = append([]vm.Value(nil), items...) // the loops below replace items
	}
	if !autoescape {
		var b strings.Builder
		for i, it := range items {
			if i > 0 {
				b.WriteString(sep)
			}
			s, err := th.Str(it)
			if err != nil {
				return nil, err
			}
			b.WriteString(s)
		}
		return vm.Str(b.String()), nil
	}
	if !hasHTML(d) {
		escape := false
		for i, it := range items {
			if hasHTML(it) {
				escape = true
				continue
			}
			s, err := th.Str(it)
			if err != nil {
				return nil, err
			}
			items[i] = vm.Str(s)
		}
		if escape {
			m, err := th.Escape(d)
			if err != nil {
				return nil, err
			}
			return joinStr(th, m, items)
		}
		s, err := th.Str(d)
		if err != nil {
			return nil, err
		}
		return joinStr(th, vm.Str(s), items)
	}
	md, err := softStr(th, d)
	if err != nil {
		return nil, err
	}
	for i, it := range items {
		if items[i], err = softStr(th, it); err != nil {
			return nil, err
		}
	}
	return joinStr(th, md, items)
}

// batch is do_batch, a generator.
func batch(th *vm.Thread, c *call) (vm.Value, error) {
	value, linecount, fill := c.args[0], c.args[1], c.arg(2, vm.None)
	return newGenerator("do_batch", func(th *vm.Thread) (func(*vm.Thread) (vm.Value, error), error) {
		it, err := th.Iter(value)
		if err != nil {
			return nil, err
		}
		var tmp []vm.Value
		done := false
		return func(th *vm.Thread) (vm.Value, error) {
			for !done {
				item, err := it.Next(th)
				if err != nil {
					return nil, err
				}
				if item == nil {
					done = true
					break
				}
				full, err := th.Equal(vm.MakeInt(int64(len(tmp))), linecount)
				if err != nil {
					return nil, err
				}
				if full {
					out := vm.NewList(tmp)
					tmp = []vm.Value{item}
					return out, nil
				}
				tmp = append(tmp, item)
			}
			if len(tmp) == 0 {
				return nil, nil
			}
			out := vm.NewList(tmp)
			tmp = nil
			if !isNone(fill) {
				n := vm.MakeInt(int64(len(out.Elems)))
				short, err := compare(th, bytecode.CmpLT, n, linecount)
				if err != nil {
					return nil, err
				}
				if short {
					missing, err := th.Binary(bytecode.OpSub, linecount, n)
					if err != nil {
						return nil, err
					}
					pad, err := th.Binary(bytecode.OpMul, vm.NewList([]vm.Value{fill}), missing)
					if err != nil {
						return nil, err
					}
					if _, err := th.Binary(bytecode.OpAdd|bytecode.InPlace, out, pad); err != nil {
						return nil, err
					}
				}
			}
			return out, nil
		}, nil
	}), nil
}

// slice is sync_do_slice, a generator.
func slice(th *vm.Thread, c *call) (vm.Value, error) {
	value, slices, fill := c.args[0], c.args[1], c.arg(2, vm.None)
	return newGenerator("sync_do_slice", func(th *vm.Thread) (func(*vm.Thread) (vm.Value, error), error) {
		seq, err := th.ToSlice(value)
		if err != nil {
			return nil, err
		}
		length := vm.MakeInt(int64(len(seq)))
		per, err := th.Binary(bytecode.OpFloorDiv, length, slices)
		if err != nil {
			return nil, err
		}
		extra, err := th.Binary(bytecode.OpMod, length, slices)
		if err != nil {
			return nil, err
		}
		n, err := intArg(th, slices)
		if err != nil {
			return nil, err
		}
		perN, _ := vm.AsInt64(per)
		extraN, _ := vm.AsInt64(extra)
		offset, num := 0, 0
		return func(th *vm.Thread) (vm.Value, error) {
			if num >= n {
				return nil, nil
			}
			start := offset + num*int(perN)
			if num < int(extraN) {
				offset++
			}
			end := offset + (num+1)*int(perN)
			start, end = clampSlice(start, len(seq)), clampSlice(end, len(seq))
			var tmp []vm.Value
			if start < end {
				tmp = append(tmp, seq[start:end]...)
			}
			if !isNone(fill) && num >= int(extraN) {
				tmp = append(tmp, fill)
			}
			num++
			return vm.NewList(tmp), nil
		}, nil
	}), nil
}

// clampSlice clamps a slice bound as seq[start:end] does.
func clampSlice(i, n int) int {
	if i < 0 {
		i += n
		if i < 0 {
			return 0
		}
	}
	return min(i, n)
}

// sorted calls Python's sorted(items, key=key, reverse=reverse).
func sorted(th *vm.Thread, items vm.Value, key vm.Value, reverse vm.Value) (vm.Value, error) {
	return callBuiltin(th, "sorted", []vm.Value{items, key, reverse}, []string{"key", "reverse"})
}

// sortFilter is do_sort.
func sortFilter(th *vm.Thread, c *call) (vm.Value, error) {
	cs, err := th.Truth(c.arg(2, vm.False))
	if err != nil {
		return nil, err
	}
	get, err := multiAttrGetter(th, c.arg(3, vm.None), !cs)
	if err != nil {
		return nil, err
	}
	return sorted(th, c.args[0], keyFunc(get), c.arg(1, vm.False))
}

// dictsort is do_dictsort.
func dictsort(th *vm.Thread, c *call) (vm.Value, error) {
	var pos int64
	by := c.arg(2, vm.Str("key"))
	if eq, err := th.Equal(by, vm.Str("key")); err != nil {
		return nil, err
	} else if !eq {
		if eq, err := th.Equal(by, vm.Str("value")); err != nil {
			return nil, err
		} else if !eq {
			return nil, th.Raise(vm.FilterArgumentErrorClass, "You can only sort by either \"key\" or \"value\"")
		}
		pos = 1
	}
	cs, err := th.Truth(c.arg(1, vm.False))
	if err != nil {
		return nil, err
	}
	pairs, err := callMethod(th, c.args[0], "items", nil, nil)
	if err != nil {
		return nil, err
	}
	key := keyFunc(func(th *vm.Thread, item vm.Value) (vm.Value, error) {
		v, err := th.GetItem(item, vm.MakeInt(pos))
		if err != nil || cs {
			return v, err
		}
		return lowerIfStr(v), nil
	})
	return sorted(th, pairs, key, c.arg(3, vm.False))
}

// unique is do_unique, a generator.
func unique(th *vm.Thread, c *call) (vm.Value, error) {
	value := c.args[0]
	cs, attribute := c.arg(1, vm.False), c.arg(2, vm.None)
	return newGenerator("do_unique", func(th *vm.Thread) (func(*vm.Thread) (vm.Value, error), error) {
		sensitive, err := th.Truth(cs)
		if err != nil {
			return nil, err
		}
		g, err := newAttrGetter(th, attribute, !sensitive, nil)
		if err != nil {
			return nil, err
		}
		seen := vm.NewSet(false)
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
				key, err := g.get(th, item)
				if err != nil {
					return nil, err
				}
				found, err := seen.Contains(th, key)
				if err != nil {
					return nil, err
				}
				if !found {
					if err := seen.Add(th, key); err != nil {
						return nil, err
					}
					return item, nil
				}
			}
		}, nil
	}), nil
}

// minMax is _min_or_max.
func minMax(th *vm.Thread, c *call, fn string) (vm.Value, error) {
	it, err := th.Iter(c.args[0])
	if err != nil {
		return nil, err
	}
	first, err := it.Next(th)
	if err != nil {
		return nil, err
	}
	if first == nil {
		return undefinedHint(th, "No aggregated item, sequence was empty."), nil
	}
	cs, err := th.Truth(c.arg(1, vm.False))
	if err != nil {
		return nil, err
	}
	g, err := newAttrGetter(th, c.arg(2, vm.None), !cs, nil)
	if err != nil {
		return nil, err
	}
	rest, err := th.ToSlice(it)
	if err != nil {
		return nil, err
	}
	all := vm.NewList(append([]vm.Value{first}, rest...))
	return callBuiltin(th, fn, []vm.Value{all, keyFunc(g.get)}, []string{"key"})
}

// sum is sync_do_sum.
func sum(th *vm.Thread, c *call) (vm.Value, error) {
	iterable := c.args[0]
	if attribute := c.arg(1, vm.None); !isNone(attribute) {
		g, err := newAttrGetter(th, attribute, false, nil)
		if err != nil {
			return nil, err
		}
		items, err := th.ToSlice(iterable)
		if err != nil {
			return nil, err
		}
		mapped := make([]vm.Value, len(items))
		for i, it := range items {
			if mapped[i], err = g.get(th, it); err != nil {
				return nil, err
			}
		}
		iterable = vm.NewList(mapped)
	}
	return callBuiltin(th, "sum", []vm.Value{iterable, c.arg(2, vm.MakeInt(0))}, nil)
}

// items is do_items, a generator.
func items(th *vm.Thread, c *call) (vm.Value, error) {
	value := c.args[0]
	return newGenerator("do_items", func(th *vm.Thread) (func(*vm.Thread) (vm.Value, error), error) {
		if _, ok := value.(*vm.Undefined); ok {
			return sliceNext(nil), nil
		}
		if !isMapping(value) {
			return nil, th.TypeError("Can only get item pairs from a mapping.")
		}
		pairs, err := callMethod(th, value, "items", nil, nil)
		if err != nil {
			return nil, err
		}
		it, err := th.Iter(pairs)
		if err != nil {
			return nil, err
		}
		return it.Next, nil
	}), nil
}

// attr is do_attr: the attribute (never the item) or an undefined value.
func attr(th *vm.Thread, c *call) (vm.Value, error) {
	obj, name := c.args[0], c.args[1]
	if !isStr(name) {
		return nil, th.TypeError("attribute name must be string, not '%s'", name.Type().Name)
	}
	if _, err := th.GetAttr(obj, strOf(name)); err != nil {
		if isExc(err, vm.AttributeErrorClass) {
			if tc := th.TemplateContext(); tc != nil {
				return tc.Undefined(strOf(name), obj, nil, ""), nil
			}
		}
		return nil, err
	}
	return th.JinjaGetattr(obj, strOf(name))
}

// isMapping is isinstance(v, collections.abc.Mapping) for the VM's values:
// dicts and their subclasses, and classes deriving from Mapping.
func isMapping(v vm.Value) bool {
	if _, ok := v.(*vm.Dict); ok {
		return true
	}
	for _, k := range v.Type().MRO {
		if k.Module == "collections.abc" && (k.Name == "Mapping" || k.Name == "MutableMapping") {
			return true
		}
	}
	return false
}
