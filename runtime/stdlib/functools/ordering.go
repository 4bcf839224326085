package functools

import (
	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/vm"
)

// derived is one comparison that total_ordering derives from a root one:
// name is made from root's result r as: r when !invert, else not r;
// combined with self == other (orEq: r or eq) or self != other (andNe:
// r and ne).
type derived struct {
	name   string
	invert bool
	orEq   bool
	andNe  bool
}

// conversions is functools._convert: for each root, the operations it
// provides, in CPython's order.
var conversions = map[string][]derived{
	"__lt__": {{"__gt__", true, false, true}, {"__le__", false, true, false}, {"__ge__", true, false, false}},
	"__le__": {{"__ge__", true, true, false}, {"__lt__", false, false, true}, {"__gt__", true, false, false}},
	"__gt__": {{"__lt__", true, false, true}, {"__ge__", false, true, false}, {"__le__", true, false, false}},
	"__ge__": {{"__le__", true, true, false}, {"__gt__", false, false, true}, {"__lt__", true, false, false}},
}

// totalOrdering is the class decorator total_ordering: it adds the
// comparisons a class lacks from the one it defines (preferring < to <=
// to > to >=).
func totalOrdering(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("total_ordering", args, kwnames, 1); err != nil {
		return nil, err
	}
	cls, ok := args[0].(*vm.Class)
	if !ok {
		return nil, th.Raise(vm.AttributeErrorClass, "'%s' object has no attribute '__lt__'", args[0].Type().Name)
	}
	roots := map[string]bool{}
	root := ""
	for _, op := range []string{"__ge__", "__gt__", "__le__", "__lt__"} {
		if m := cls.Lookup(op); m != nil && !vm.Is(m, vm.ObjectClass.Lookup(op)) {
			roots[op] = true
			root = op
		}
	}
	if root == "" {
		return nil, th.ValueError("must define at least one ordering operation: < > <= >=")
	}
	for _, d := range conversions[root] {
		if roots[d.name] {
			continue
		}
		d, root := d, root
		cls.SetAttr(d.name, &vm.Method{Name: d.name, Class: cls, Fn: func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs(d.name, args, kwnames, 1); err != nil {
				return nil, err
			}
			return d.apply(th, root, self, args[0])
		}})
	}
	return cls, nil
}

func (d derived) apply(th *vm.Thread, root string, self, other vm.Value) (vm.Value, error) {
	m := self.Type().Lookup(root)
	r, err := th.CallValue(m, []vm.Value{self, other}, nil)
	if err != nil || vm.Is(r, vm.NotImplemented) {
		return r, err
	}
	t, err := th.Truth(r)
	if err != nil {
		return nil, err
	}
	if d.invert {
		t = !t
		r = vm.MakeBool(t)
	}
	switch {
	case d.orEq:
		if t {
			return r, nil
		}
		return th.Compare(bytecode.CmpEQ, self, other)
	case d.andNe:
		if !t {
			return r, nil
		}
		return th.Compare(bytecode.CmpNE, self, other)
	}
	return r, nil
}

var keyWrapperClass = vm.NewGoClass("KeyWrapper", module, nil, nil)

// keyWrapper is what cmp_to_key returns, and what calling it returns: a
// key that compares by calling cmp.
type keyWrapper struct {
	cmp vm.Value
	obj vm.Value // nil for the factory
}

func (*keyWrapper) Type() *vm.Class { return keyWrapperClass }

func cmpToKey(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var mycmp vm.Value
	if err := th.UnpackArgs("cmp_to_key", args, kwnames, "mycmp", &mycmp); err != nil {
		return nil, err
	}
	return &keyWrapper{cmp: mycmp}, nil
}

func (k *keyWrapper) Call(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var obj vm.Value
	if err := th.UnpackArgs("K", args, kwnames, "obj", &obj); err != nil {
		return nil, err
	}
	return &keyWrapper{cmp: k.cmp, obj: obj}, nil
}

func (k *keyWrapper) Compare(th *vm.Thread, op bytecode.CompareOp, other vm.Value) (vm.Value, error) {
	o, ok := other.(*keyWrapper)
	if !ok {
		return nil, th.TypeError("other argument must be K instance")
	}
	if k.obj == nil || o.obj == nil {
		return nil, th.Raise(vm.AttributeErrorClass, "object")
	}
	r, err := th.CallValue(k.cmp, []vm.Value{k.obj, o.obj}, nil)
	if err != nil {
		return nil, err
	}
	return th.Compare(op, r, vm.MakeInt(0))
}

func (k *keyWrapper) Hash(th *vm.Thread) (int64, error) {
	return 0, th.TypeError("unhashable type: 'functools.KeyWrapper'")
}

func (k *keyWrapper) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	if name == "obj" {
		if k.obj == nil {
			return nil, true, th.Raise(vm.AttributeErrorClass, "obj")
		}
		return k.obj, true, nil
	}
	return nil, false, nil
}
