package dataclasses

import (
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/stdlib/typing"
	"github.com/hyperflask/hfc/runtime/vm"
)

// options are the arguments of @dataclass.
type options struct {
	init, repr, eq, order, unsafeHash, frozen, matchArgs, kwOnly, slots, weakrefSlot bool
}

// isClassVar reports whether an annotation declares a class variable.
func isClassVar(v vm.Value) bool {
	if typing.IsClassVar(v) {
		return true
	}
	if s, ok := v.(vm.Str); ok {
		t := strings.TrimPrefix(string(s), "typing.")
		return t == "ClassVar" || strings.HasPrefix(t, "ClassVar[")
	}
	return false
}

// isInitVar reports whether an annotation declares an InitVar.
func isInitVar(v vm.Value) bool {
	if _, ok := v.(*initVar); ok || vm.Is(v, initVarClass) {
		return true
	}
	if s, ok := v.(vm.Str); ok {
		t := strings.TrimPrefix(string(s), "dataclasses.")
		return t == "InitVar" || strings.HasPrefix(t, "InitVar[")
	}
	return false
}

// unhashable reports whether a default value is mutable in dataclasses'
// sense: its class's __hash__ is None.
func unhashable(v vm.Value) bool {
	switch x := v.(type) {
	case *vm.List:
		return true
	case *vm.Dict:
		h := x.Type().Lookup("__hash__")
		return h == nil || vm.Is(h, vm.None)
	case *vm.Set:
		return !x.Frozen()
	}
	h := v.Type().Lookup("__hash__")
	return h != nil && vm.Is(h, vm.None)
}

// getField is dataclasses._get_field: the field of an annotation.
func getField(th *vm.Thread, cls *vm.Class, name string, typ vm.Value, defaultKwOnly bool) (*field, error) {
	def, ok := cls.Dict.Get(name)
	var f *field
	if fv, isField := def.(*field); ok && isField {
		f = fv
	} else {
		f = &field{def: missing, factory: missing, init: vm.True, repr: vm.True, hash: vm.None, compare: vm.True,
			metadata: &mappingProxy{d: vm.NewDict(0)}, kwOnly: missing}
		if ok {
			f.def = def
		}
	}
	f.name, f.typ, f.ftype = vm.Str(name), typ, typeField
	switch {
	case isClassVar(typ):
		f.ftype = typeClassVar
	case isInitVar(typ):
		f.ftype = typeInitVar
	}
	if f.ftype != typeField && f.hasFactory() {
		return nil, th.TypeError("field %s cannot have a default factory", name)
	}
	if f.ftype != typeClassVar {
		if vm.Is(f.kwOnly, missing) {
			f.kwOnly = vm.MakeBool(defaultKwOnly)
		}
	} else if !vm.Is(f.kwOnly, missing) {
		return nil, th.TypeError("field %s is a ClassVar but specifies kw_only", name)
	}
	if f.ftype == typeField && f.hasDefault() && unhashable(f.def) {
		r, err := th.Repr(f.def.Type())
		if err != nil {
			return nil, err
		}
		return nil, th.ValueError("mutable default %s for field %s is not allowed: use default_factory", r, name)
	}
	return f, nil
}

// setNew sets a class attribute unless the class body defines it; it
// reports whether it was already there.
func setNew(cls *vm.Class, name string, v vm.Value) bool {
	if _, ok := cls.Dict.Get(name); ok {
		return true
	}
	cls.SetAttr(name, v)
	return false
}

func method(cls *vm.Class, name string, fn vm.MethodFunc) *vm.Method {
	return &vm.Method{Name: name, Class: cls, Fn: fn}
}

// process is dataclasses._process_class.
func process(th *vm.Thread, cls *vm.Class, o options) (vm.Value, error) {
	fields := vm.NewDict(0)
	hasBases, anyFrozenBase, allFrozenBases := false, false, true
	for i := len(cls.MRO) - 1; i > 0; i-- {
		b := cls.MRO[i]
		bf, ok := b.Dict.Get("__dataclass_fields__")
		if !ok {
			continue
		}
		d, ok := bf.(*vm.Dict)
		if !ok {
			continue
		}
		hasBases = true
		if err := merge(th, fields, d); err != nil {
			return nil, err
		}
		if p, ok := b.Dict.Get("__dataclass_params__"); ok {
			if pp, ok := p.(*params); ok && pp.frozen {
				anyFrozenBase = true
			} else {
				allFrozenBases = false
			}
		}
	}
	ann := vm.NewDict(0)
	if a, ok := cls.Dict.Get("__annotations__"); ok {
		if d, ok := a.(*vm.Dict); ok {
			ann = d
		}
	}
	kwOnlyNow := o.kwOnly
	kwOnlySeen := false
	var clsFields []*field
	for _, k := range ann.Keys() {
		name, ok := k.(vm.Str)
		if !ok {
			continue
		}
		typ, _, _ := ann.Get(th, k)
		if s, isStr := typ.(vm.Str); vm.Is(typ, kwOnly) || (isStr && (s == "KW_ONLY" || s == "dataclasses.KW_ONLY")) {
			if kwOnlySeen {
				return nil, th.TypeError("%s is KW_ONLY, but KW_ONLY has already been specified", reprStr(th, string(name)))
			}
			kwOnlySeen = true
			kwOnlyNow = true
			continue
		}
		f, err := getField(th, cls, string(name), typ, kwOnlyNow)
		if err != nil {
			return nil, err
		}
		clsFields = append(clsFields, f)
	}
	for _, f := range clsFields {
		if err := fields.SetItem(th, f.name, f); err != nil {
			return nil, err
		}
		if v, ok := cls.Dict.Get(f.nameStr()); ok {
			if _, isField := v.(*field); isField {
				if f.hasDefault() {
					cls.SetAttr(f.nameStr(), f.def)
				} else {
					cls.DelAttr(f.nameStr())
				}
			}
		}
	}
	for _, name := range cls.Dict.Keys() {
		v, _ := cls.Dict.Get(name)
		if _, isField := v.(*field); isField {
			if _, annotated, _ := ann.Get(th, vm.Str(name)); !annotated {
				return nil, th.TypeError("%s is a field but has no type annotation", reprStr(th, name))
			}
		}
	}
	if hasBases {
		if anyFrozenBase && !o.frozen {
			return nil, th.TypeError("cannot inherit non-frozen dataclass from a frozen one")
		}
		if !allFrozenBases && o.frozen {
			return nil, th.TypeError("cannot inherit frozen dataclass from a non-frozen one")
		}
	}
	cls.SetAttr("__dataclass_fields__", fields)
	cls.SetAttr("__dataclass_params__", &params{o.init, o.repr, o.eq, o.order, o.unsafeHash, o.frozen})

	classHash, hasHash := cls.Dict.Get("__hash__")
	_, hasEq := cls.Dict.Get("__eq__")
	explicitHash := hasHash && !(vm.Is(classHash, vm.None) && hasEq)
	if o.order && !o.eq {
		return nil, th.ValueError("eq must be true if order is true")
	}

	var all, fieldList, stdInit, kwInit []*field
	for _, k := range fields.Keys() {
		v, _, _ := fields.Get(th, k)
		f := v.(*field)
		if f.ftype == typeField || f.ftype == typeInitVar {
			all = append(all, f)
			if truth(f.init) {
				if truth(f.kwOnly) {
					kwInit = append(kwInit, f)
				} else {
					stdInit = append(stdInit, f)
				}
			}
		}
		if f.ftype == typeField {
			fieldList = append(fieldList, f)
		}
	}
	qual := cls.QualName
	if o.init {
		seenDefault := false
		for _, f := range stdInit {
			if f.hasDefault() || f.hasFactory() {
				seenDefault = true
			} else if seenDefault {
				return nil, th.TypeError("non-default argument %s follows default argument", reprStr(th, f.nameStr()))
			}
		}
		hasPost := cls.Lookup("__post_init__") != nil
		setNew(cls, "__init__", method(cls, "__init__", initFn(qual, all, stdInit, kwInit, o.frozen, hasPost)))
	}
	if o.repr {
		var shown []*field
		for _, f := range fieldList {
			if truth(f.repr) {
				shown = append(shown, f)
			}
		}
		setNew(cls, "__repr__", method(cls, "__repr__", reprFn(shown)))
	}
	var compared []*field
	for _, f := range fieldList {
		if truth(f.compare) {
			compared = append(compared, f)
		}
	}
	if o.eq {
		setNew(cls, "__eq__", method(cls, "__eq__", cmpFn(bytecode.CmpEQ, compared)))
	}
	if o.order {
		for _, op := range []bytecode.CompareOp{bytecode.CmpLT, bytecode.CmpLE, bytecode.CmpGT, bytecode.CmpGE} {
			if setNew(cls, op.Dunder(), method(cls, op.Dunder(), cmpFn(op, compared))) {
				return nil, th.TypeError("Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering", op.Dunder(), cls.Name)
			}
		}
	}
	if o.frozen {
		names := make([]string, len(fieldList))
		for i, f := range fieldList {
			names[i] = f.nameStr()
		}
		for _, m := range frozenFns(cls, names) {
			if setNew(cls, m.Name, m) {
				return nil, th.TypeError("Cannot overwrite attribute %s in class %s", m.Name, cls.Name)
			}
		}
	}
	switch hashAction(o.unsafeHash, o.eq, o.frozen, explicitHash) {
	case hashSetNone:
		cls.SetAttr("__hash__", vm.None)
	case hashAdd:
		var hashed []*field
		for _, f := range fieldList {
			use := truth(f.compare)
			if !vm.Is(f.hash, vm.None) {
				use = truth(f.hash)
			}
			if use {
				hashed = append(hashed, f)
			}
		}
		cls.SetAttr("__hash__", method(cls, "__hash__", hashFn(hashed)))
	case hashException:
		return nil, th.TypeError("Cannot overwrite attribute __hash__ in class %s", cls.Name)
	}
	if doc, ok := cls.Dict.Get("__doc__"); !ok || !truthValue(th, doc) {
		sig, err := signature(th, cls, o.init, stdInit, kwInit)
		if err != nil {
			return nil, err
		}
		cls.SetAttr("__doc__", vm.Str(cls.Name+sig))
	}
	if o.matchArgs {
		names := make(vm.Tuple, len(stdInit))
		for i, f := range stdInit {
			names[i] = f.name
		}
		setNew(cls, "__match_args__", names)
	}
	if o.weakrefSlot && !o.slots {
		return nil, th.TypeError("weakref_slot is True but slots is False")
	}
	if o.slots {
		names := make(vm.Tuple, len(fieldList))
		for i, f := range fieldList {
			names[i] = f.name
		}
		cls.SetAttr("__slots__", names)
	}
	return cls, nil
}

func truthValue(th *vm.Thread, v vm.Value) bool {
	t, err := th.Truth(v)
	return err == nil && t
}

func merge(th *vm.Thread, dst, src *vm.Dict) error {
	var err error
	src.Items(func(k, v vm.Value) bool {
		err = dst.SetItem(th, k, v)
		return err == nil
	})
	return err
}

func reprStr(th *vm.Thread, s string) string {
	r, _ := th.Repr(vm.Str(s))
	return r
}

type hashKind uint8

const (
	hashNone hashKind = iota
	hashSetNone
	hashAdd
	hashException
)

// hashAction is dataclasses._hash_action.
func hashAction(unsafeHash, eq, frozen, explicit bool) hashKind {
	switch {
	case unsafeHash && explicit:
		return hashException
	case unsafeHash:
		return hashAdd
	case !eq || explicit:
		return hashNone
	case frozen:
		return hashAdd
	}
	return hashSetNone
}

// initFn makes __init__: it binds the init fields (the kw-only ones after
// a *), assigns every field (defaults and factories for those not given)
// and calls __post_init__ with the InitVars.
func initFn(qual string, all, std, kw []*field, frozen, hasPost bool) vm.MethodFunc {
	pos := make([]param, len(std))
	for i, f := range std {
		pos[i] = initParam(f)
	}
	kwp := make([]param, len(kw))
	for i, f := range kw {
		kwp[i] = initParam(f)
	}
	return func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		values, err := bind(th, qual+".__init__", pos, kwp, args, kwnames)
		if err != nil {
			return nil, err
		}
		given := map[string]vm.Value{}
		for i, f := range std {
			given[f.nameStr()] = values[i]
		}
		for i, f := range kw {
			given[f.nameStr()] = values[len(std)+i]
		}
		setattr := func(name string, v vm.Value) error {
			if frozen {
				_, err := th.CallValue(vm.ObjectClass.Lookup("__setattr__"), []vm.Value{self, vm.Str(name), v}, nil)
				return err
			}
			return th.SetAttr(self, name, v)
		}
		var initVars []vm.Value
		for _, f := range all {
			name := f.nameStr()
			v, isParam := given[name]
			if f.ftype == typeInitVar {
				if !isParam {
					v = f.def
				}
				initVars = append(initVars, v)
				continue
			}
			switch {
			case f.hasFactory() && (!isParam || vm.Is(v, hasFactory)):
				if v, err = th.CallValue(f.factory, nil, nil); err != nil {
					return nil, err
				}
			case !isParam:
				continue
			}
			if err := setattr(name, v); err != nil {
				return nil, err
			}
		}
		if hasPost {
			m, err := th.GetAttr(self, "__post_init__")
			if err != nil {
				return nil, err
			}
			if _, err := th.CallValue(m, initVars, nil); err != nil {
				return nil, err
			}
		}
		return vm.None, nil
	}
}

func initParam(f *field) param {
	p := param{name: f.nameStr()}
	switch {
	case f.hasDefault():
		p.def = f.def
	case f.hasFactory():
		p.def = hasFactory
	}
	return p
}

// reprFn makes __repr__: Class(x=1, y='a'), named after the instance's
// class.
func reprFn(fields []*field) vm.MethodFunc {
	return func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if !th.EnterRepr(self) {
			return vm.Str("..."), nil
		}
		defer th.LeaveRepr()
		parts := make([]string, len(fields))
		for i, f := range fields {
			v, err := th.GetAttr(self, f.nameStr())
			if err != nil {
				return nil, err
			}
			s, err := th.Repr(v)
			if err != nil {
				return nil, err
			}
			parts[i] = f.nameStr() + "=" + s
		}
		return vm.Str(self.Type().QualName + "(" + strings.Join(parts, ", ") + ")"), nil
	}
}

// values returns the tuple of an instance's fields.
func values(th *vm.Thread, obj vm.Value, fields []*field) (vm.Tuple, error) {
	t := make(vm.Tuple, len(fields))
	for i, f := range fields {
		v, err := th.GetAttr(obj, f.nameStr())
		if err != nil {
			return nil, err
		}
		t[i] = v
	}
	return t, nil
}

// cmpFn makes __eq__ and the orderings: tuples of the fields of two
// instances of the same class.
func cmpFn(op bytecode.CompareOp, fields []*field) vm.MethodFunc {
	return func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs(op.Dunder(), args, kwnames, 1); err != nil {
			return nil, err
		}
		other := args[0]
		if other.Type() != self.Type() {
			return vm.NotImplemented, nil
		}
		a, err := values(th, self, fields)
		if err != nil {
			return nil, err
		}
		b, err := values(th, other, fields)
		if err != nil {
			return nil, err
		}
		return th.Compare(op, a, b)
	}
}

// hashFn makes __hash__: the hash of the tuple of the fields.
func hashFn(fields []*field) vm.MethodFunc {
	return func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		t, err := values(th, self, fields)
		if err != nil {
			return nil, err
		}
		h, err := th.Hash(t)
		return vm.MakeInt(h), err
	}
}

// frozenFns makes the __setattr__ and __delattr__ of frozen dataclasses.
func frozenFns(cls *vm.Class, names []string) []*vm.Method {
	isField := map[string]bool{}
	for _, n := range names {
		isField[n] = true
	}
	next := func(name string) vm.Value {
		for i, k := range cls.MRO {
			if k == cls {
				for _, b := range cls.MRO[i+1:] {
					if m, ok := b.Dict.Get(name); ok {
						return m
					}
				}
			}
		}
		return vm.ObjectClass.Lookup(name)
	}
	return []*vm.Method{
		method(cls, "__setattr__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs("__setattr__", args, kwnames, 2); err != nil {
				return nil, err
			}
			name, _ := args[0].(vm.Str)
			if self.Type() == cls || isField[string(name)] {
				return nil, vm.NewException(frozenInstError, vm.Str("cannot assign to field "+reprStr(th, string(name))))
			}
			return th.CallValue(next("__setattr__"), []vm.Value{self, args[0], args[1]}, nil)
		}),
		method(cls, "__delattr__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs("__delattr__", args, kwnames, 1); err != nil {
				return nil, err
			}
			name, _ := args[0].(vm.Str)
			if self.Type() == cls || isField[string(name)] {
				return nil, vm.NewException(frozenInstError, vm.Str("cannot delete field "+reprStr(th, string(name))))
			}
			return th.CallValue(next("__delattr__"), []vm.Value{self, args[0]}, nil)
		}),
	}
}
