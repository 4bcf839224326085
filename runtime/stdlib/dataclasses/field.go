package dataclasses

import (
	"strings"

	"github.com/hyperflask/hfc/runtime/vm"
)

var (
	missingClass    = vm.NewGoClass("_MISSING_TYPE", module, nil, nil)
	factoryClass    = vm.NewGoClass("_HAS_DEFAULT_FACTORY_CLASS", module, nil, nil)
	kwOnlyClass     = vm.NewGoClass("_KW_ONLY_TYPE", module, nil, nil)
	fieldClass      = vm.NewGoClass("Field", module, nil, nil)
	fieldTypeClass  = vm.NewGoClass("_FIELD_BASE", module, nil, nil)
	paramsClass     = vm.NewGoClass("_DataclassParams", module, nil, nil)
	initVarClass    = vm.NewGoClass("InitVar", module, nil, nil)
	frozenInstError = vm.NewGoClass("FrozenInstanceError", module, vm.AttributeErrorClass, nil)

	// missing is dataclasses.MISSING.
	missing = &sentinel{cls: missingClass}
	// hasFactory is the default of the __init__ parameters of fields with
	// a default_factory.
	hasFactory = &sentinel{cls: factoryClass, repr: "<factory>"}
	// kwOnly is dataclasses.KW_ONLY.
	kwOnly = &sentinel{cls: kwOnlyClass}
)

// sentinel is one of the marker objects of dataclasses.
type sentinel struct {
	cls  *vm.Class
	repr string
}

func (s *sentinel) Type() *vm.Class { return s.cls }

func (s *sentinel) Repr(th *vm.Thread) (string, error) {
	if s.repr != "" {
		return s.repr, nil
	}
	return "<dataclasses." + s.cls.Name + " object at 0x" + hex(vm.ID(s)) + ">", nil
}

func hex(n int64) string {
	const digits = "0123456789abcdef"
	if n == 0 {
		return "0"
	}
	var b []byte
	for u := uint64(n); u > 0; u >>= 4 {
		b = append([]byte{digits[u&15]}, b...)
	}
	return string(b)
}

// fieldType is _FIELD, _FIELD_CLASSVAR or _FIELD_INITVAR.
type fieldType struct{ name string }

func (*fieldType) Type() *vm.Class { return fieldTypeClass }

func (f *fieldType) Repr(th *vm.Thread) (string, error) { return f.name, nil }

var (
	typeField    = &fieldType{"_FIELD"}
	typeClassVar = &fieldType{"_FIELD_CLASSVAR"}
	typeInitVar  = &fieldType{"_FIELD_INITVAR"}
)

// field is dataclasses.Field.
type field struct {
	name     vm.Value
	typ      vm.Value
	def      vm.Value // missing when none
	factory  vm.Value // missing when none
	init     vm.Value
	repr     vm.Value
	hash     vm.Value
	compare  vm.Value
	metadata vm.Value
	kwOnly   vm.Value // missing, True or False
	ftype    *fieldType
}

func (*field) Type() *vm.Class { return fieldClass }

func (f *field) nameStr() string {
	s, _ := f.name.(vm.Str)
	return string(s)
}

func truth(v vm.Value) bool {
	b, ok := v.(vm.Bool)
	if ok {
		return bool(b)
	}
	return !vm.Is(v, vm.None) && !vm.Is(v, vm.False)
}

func (f *field) hasDefault() bool { return !vm.Is(f.def, missing) }
func (f *field) hasFactory() bool { return !vm.Is(f.factory, missing) }

func (f *field) attrs() []struct {
	name string
	v    *vm.Value
} {
	return []struct {
		name string
		v    *vm.Value
	}{{"name", &f.name}, {"type", &f.typ}, {"default", &f.def}, {"default_factory", &f.factory}, {"init", &f.init},
		{"repr", &f.repr}, {"hash", &f.hash}, {"compare", &f.compare}, {"metadata", &f.metadata}, {"kw_only", &f.kwOnly}}
}

func (f *field) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	if name == "_field_type" {
		if f.ftype == nil {
			return vm.None, true, nil
		}
		return f.ftype, true, nil
	}
	for _, a := range f.attrs() {
		if a.name == name {
			return *a.v, true, nil
		}
	}
	return nil, false, nil
}

func (f *field) SetAttr(th *vm.Thread, name string, v vm.Value) error {
	for _, a := range f.attrs() {
		if a.name == name {
			*a.v = v
			return nil
		}
	}
	return th.Raise(vm.AttributeErrorClass, "'Field' object has no attribute '%s'", name)
}

// SetName is __set_name__: it is passed on to a descriptor default.
func (f *field) SetName(th *vm.Thread, owner *vm.Class, name string) error {
	if ns, ok := f.def.(vm.NameSetter); ok {
		return ns.SetName(th, owner, name)
	}
	if inst, ok := f.def.(*vm.Instance); ok {
		if m := inst.Type().Lookup("__set_name__"); m != nil {
			_, err := th.CallValue(m, []vm.Value{inst, owner, vm.Str(name)}, nil)
			return err
		}
	}
	return nil
}

func (f *field) Repr(th *vm.Thread) (string, error) {
	if !th.EnterRepr(f) {
		return "...", nil
	}
	defer th.LeaveRepr()
	var b strings.Builder
	b.WriteString("Field(")
	for i, a := range f.attrs() {
		if i > 0 {
			b.WriteByte(',')
		}
		s, err := th.Repr(*a.v)
		if err != nil {
			return "", err
		}
		b.WriteString(a.name + "=" + s)
	}
	ft := "None"
	if f.ftype != nil {
		ft = f.ftype.name
	}
	b.WriteString(",_field_type=" + ft + ")")
	return b.String(), nil
}

// newField is field(*, default=MISSING, default_factory=MISSING, init=True,
// repr=True, hash=None, compare=True, metadata=None, kw_only=MISSING).
func newField(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if npos := len(args) - len(kwnames); npos > 0 {
		verb := "were"
		if npos == 1 {
			verb = "was"
		}
		return nil, th.TypeError("field() takes 0 positional arguments but %d %s given", npos, verb)
	}
	f := &field{name: vm.None, typ: vm.None, def: missing, factory: missing, init: vm.True, repr: vm.True, hash: vm.None,
		compare: vm.True, metadata: vm.None, kwOnly: missing}
	if err := th.UnpackArgs("field", args, kwnames, "$default?", &f.def, "$default_factory?", &f.factory, "$init?", &f.init,
		"$repr?", &f.repr, "$hash?", &f.hash, "$compare?", &f.compare, "$metadata?", &f.metadata, "$kw_only?", &f.kwOnly); err != nil {
		return nil, err
	}
	if f.hasDefault() && f.hasFactory() {
		return nil, th.ValueError("cannot specify both default and default_factory")
	}
	if vm.Is(f.metadata, vm.None) {
		f.metadata = &mappingProxy{d: vm.NewDict(0)}
	} else {
		f.metadata = &mappingProxy{d: f.metadata}
	}
	return f, nil
}

// initVar is InitVar[type]: an __init__ parameter that is not a field.
type initVar struct{ typ vm.Value }

func (*initVar) Type() *vm.Class { return initVarClass }

func (v *initVar) Repr(th *vm.Thread) (string, error) {
	s, err := th.TypeRepr(v.typ)
	return "dataclasses.InitVar[" + s + "]", err
}

func (v *initVar) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	if name == "type" {
		return v.typ, true, nil
	}
	return nil, false, nil
}

func init() {
	initVarClass.SetAttr("__class_getitem__", vm.NewBuiltin("__class_getitem__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__class_getitem__", args, kwnames, 2); err != nil {
			return nil, err
		}
		return &initVar{typ: args[1]}, nil
	}))
}

// params is __dataclass_params__.
type params struct {
	init, repr, eq, order, unsafeHash, frozen bool
}

func (*params) Type() *vm.Class { return paramsClass }

func (p *params) fields() []struct {
	name string
	v    bool
} {
	return []struct {
		name string
		v    bool
	}{{"init", p.init}, {"repr", p.repr}, {"eq", p.eq}, {"order", p.order}, {"unsafe_hash", p.unsafeHash}, {"frozen", p.frozen}}
}

func (p *params) Repr(th *vm.Thread) (string, error) {
	parts := make([]string, 0, 6)
	for _, f := range p.fields() {
		v := "False"
		if f.v {
			v = "True"
		}
		parts = append(parts, f.name+"="+v)
	}
	return "_DataclassParams(" + strings.Join(parts, ",") + ")", nil
}

func (p *params) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	for _, f := range p.fields() {
		if f.name == name {
			return vm.MakeBool(f.v), true, nil
		}
	}
	return nil, false, nil
}

var mappingProxyClass = vm.NewGoClass("mappingproxy", "builtins", nil, nil)

// mappingProxy is a read-only view of a mapping (types.MappingProxyType),
// the metadata of fields.
type mappingProxy struct{ d vm.Value }

func (*mappingProxy) Type() *vm.Class { return mappingProxyClass }

func (m *mappingProxy) Repr(th *vm.Thread) (string, error) {
	s, err := th.Repr(m.d)
	return "mappingproxy(" + s + ")", err
}

func (m *mappingProxy) GetItem(th *vm.Thread, key vm.Value) (vm.Value, error) {
	return th.GetItem(m.d, key)
}

func (m *mappingProxy) Contains(th *vm.Thread, key vm.Value) (bool, error) {
	return th.Contains(m.d, key)
}

func (m *mappingProxy) Iter(th *vm.Thread) (vm.Iterator, error) { return th.Iter(m.d) }

func (m *mappingProxy) SetItem(th *vm.Thread, key, v vm.Value) error {
	return th.TypeError("'mappingproxy' object does not support item assignment")
}

func init() {
	mappingProxyClass.AddMethod("__len__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		n, err := th.Len(self.(*mappingProxy).d)
		return vm.MakeInt(int64(n)), err
	})
	mappingProxyClass.AddMethod("get", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.PositionalArgs("get", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		v, err := th.GetItem(self.(*mappingProxy).d, args[0])
		if err != nil {
			if e, ok := err.(*vm.Exception); ok && e.Matches(vm.KeyErrorClass) {
				if len(args) == 2 {
					return args[1], nil
				}
				return vm.None, nil
			}
		}
		return v, err
	})
}

func (m *mappingProxy) Str(th *vm.Thread) (string, error) { return th.Str(m.d) }
