package collections

import (
	"strconv"
	"strings"

	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/runtime/pyfmt"
	"github.com/hyperflask/hfc/runtime/pyre"
	"github.com/hyperflask/hfc/runtime/vm"
)

// tupleGetterClass is the class of the field accessors of named tuples.
var tupleGetterClass = vm.NewGoClass("_tuplegetter", "_collections", nil, nil)

// tupleGetter reads field i of a named tuple (p.x); fields are read-only.
type tupleGetter struct {
	i   int
	doc vm.Value
}

func (*tupleGetter) Type() *vm.Class { return tupleGetterClass }

func (g *tupleGetter) DescrGet(th *vm.Thread, obj vm.Value, cls *vm.Class) (vm.Value, error) {
	if obj == nil {
		return g, nil
	}
	t, ok := obj.(*vm.TupleSub)
	if !ok {
		return nil, th.TypeError("descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", g.i, obj.Type().Name)
	}
	if g.i >= len(t.Items) {
		return nil, th.Raise(vm.IndexErrorClass, "tuple index out of range")
	}
	return t.Items[g.i], nil
}

func (g *tupleGetter) DescrSet(th *vm.Thread, obj, v vm.Value) error {
	return th.Raise(vm.AttributeErrorClass, "can't set attribute")
}

func (g *tupleGetter) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	if name == "__doc__" {
		return g.doc, true, nil
	}
	return nil, false, nil
}

func (g *tupleGetter) Repr(th *vm.Thread) (string, error) {
	doc, err := th.Repr(g.doc)
	return "_tuplegetter(" + strconv.Itoa(g.i) + ", " + doc + ")", err
}

var keywords = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range python.Keywords() {
		m[k] = true
	}
	return m
}()

// namedtuple is collections.namedtuple(typename, field_names, *,
// rename=False, defaults=None, module=None).
func namedtuple(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var typenameV, fieldsV vm.Value
	rename, defaultsV, moduleV := vm.False, vm.None, vm.None
	if err := th.UnpackArgs("namedtuple", args, kwnames, "typename", &typenameV, "field_names", &fieldsV,
		"$rename?", &rename, "$defaults?", &defaultsV, "$module?", &moduleV); err != nil {
		return nil, err
	}
	typename, err := th.Str(typenameV)
	if err != nil {
		return nil, err
	}
	var fields []string
	if s, ok := fieldsV.(vm.Str); ok {
		fields = strings.Fields(strings.ReplaceAll(string(s), ",", " "))
	} else {
		err := th.ForEach(fieldsV, func(v vm.Value) error {
			s, err := th.Str(v)
			fields = append(fields, s)
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	doRename, err := th.Truth(rename)
	if err != nil {
		return nil, err
	}
	if doRename {
		seen := map[string]bool{}
		for i, name := range fields {
			if !pyre.IsIdentifier(name) || keywords[name] || strings.HasPrefix(name, "_") || seen[name] {
				fields[i] = "_" + strconv.Itoa(i)
			}
			seen[name] = true
		}
	}
	for _, name := range append([]string{typename}, fields...) {
		if !pyre.IsIdentifier(name) {
			return nil, th.ValueError("Type names and field names must be valid identifiers: %s", strRepr(name))
		}
		if keywords[name] {
			return nil, th.ValueError("Type names and field names cannot be a keyword: %s", strRepr(name))
		}
	}
	seen := map[string]bool{}
	for _, name := range fields {
		if strings.HasPrefix(name, "_") && !doRename {
			return nil, th.ValueError("Field names cannot start with an underscore: %s", strRepr(name))
		}
		if seen[name] {
			return nil, th.ValueError("Encountered duplicate field name: %s", strRepr(name))
		}
		seen[name] = true
	}
	var defaults vm.Tuple
	if !vm.Is(defaultsV, vm.None) {
		if defaults, err = th.ToTuple(defaultsV); err != nil {
			return nil, err
		}
		if len(defaults) > len(fields) {
			return nil, th.TypeError("Got more default values than field names")
		}
	}
	module := ""
	if vm.Is(moduleV, vm.None) {
		module = callerModule(th)
	} else if module, err = th.Str(moduleV); err != nil {
		return nil, err
	}
	return NamedTuple(th, typename, fields, defaults, module)
}

// callerModule is the name of the module of the Python code that called
// the running Go function.
func callerModule(th *vm.Thread) string {
	if fr := th.Frame(); fr != nil && fr.Module != nil {
		return fr.Module.Name
	}
	return "__main__"
}

func strRepr(s string) string { return pyfmt.StrRepr(s) }

// NamedTuple makes a named tuple class: a subclass of tuple whose fields
// (valid, distinct identifiers) are readable by name, with defaults for
// the last fields, as collections.namedtuple makes it.
func NamedTuple(th *vm.Thread, typename string, fields []string, defaults vm.Tuple, module string) (*vm.Class, error) {
	ns := vm.NewStrDict()
	ns.Set("__module__", vm.Str(module))
	c, err := vm.NewClass(th, typename, typename, module, vm.TupleClass, ns)
	if err != nil {
		return nil, err
	}
	InstallNamedTuple(c, typename, fields, defaults, nil)
	return c, nil
}

// InstallNamedTuple adds the members of a named tuple class to c, a
// subclass of tuple: __new__ binding the fields (typename names it in
// error messages), the field accessors, _fields, _field_defaults, _make,
// _replace, _asdict, __repr__ and __getnewargs__. The members whose name
// keep accepts are left as they are (typing.NamedTuple keeps the methods
// of the class body); keep may be nil.
func InstallNamedTuple(c *vm.Class, typename string, fields []string, defaults vm.Tuple, keep func(string) bool) {
	nt := &ntSpec{typename: typename, fields: fields, defaults: defaults}
	fieldTuple := make(vm.Tuple, len(fields))
	for i, f := range fields {
		fieldTuple[i] = vm.Str(f)
	}
	fieldDefaults := vm.NewDict(len(defaults))
	for i, d := range defaults {
		fieldDefaults.SetStr(fields[len(fields)-len(defaults)+i], d)
	}
	set := func(name string, v vm.Value) {
		if keep == nil || !keep(name) {
			c.SetAttr(name, v)
		}
	}
	set("__doc__", vm.Str(typename+"("+strings.Join(fields, ", ")+")"))
	set("__slots__", vm.Tuple{})
	set("_fields", fieldTuple)
	set("_field_defaults", fieldDefaults)
	set("__match_args__", fieldTuple)
	set("__new__", &vm.StaticMethod{Func: vm.NewBuiltin("__new__", nt.new)})
	set("_make", &vm.ClassMethod{Func: vm.NewBuiltin("_make", nt.make)})
	set("_replace", &vm.Method{Name: "_replace", Class: c, Fn: nt.replace})
	set("_asdict", &vm.Method{Name: "_asdict", Class: c, Fn: nt.asdict})
	set("__repr__", &vm.Method{Name: "__repr__", Class: c, Fn: nt.repr})
	set("__getnewargs__", &vm.Method{Name: "__getnewargs__", Class: c, Fn: func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__getnewargs__", args, kwnames, 0); err != nil {
			return nil, err
		}
		return append(vm.Tuple(nil), self.(*vm.TupleSub).Items...), nil
	}})
	for i, f := range fields {
		c.SetAttr(f, &tupleGetter{i: i, doc: vm.Str("Alias for field number " + strconv.Itoa(i))})
	}
}

// ntSpec is what the generated methods of a named tuple class know.
type ntSpec struct {
	typename string
	fields   []string
	defaults vm.Tuple
}

// new is __new__(cls, field…): it binds the arguments with the messages
// of CPython's generated function.
func (nt *ntSpec) new(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	qual := nt.typename + ".__new__"
	if len(args)-len(kwnames) < 1 {
		return nil, th.TypeError("%s() missing 1 required positional argument: '_cls'", qual)
	}
	cls, ok := args[0].(*vm.Class)
	if !ok || !cls.IsSubclass(vm.TupleClass) {
		return nil, th.TypeError("tuple.__new__(X): X is not a type object (%s)", args[0].Type().Name)
	}
	items, err := bindFields(th, qual, nt.fields, nt.defaults, args[1:], kwnames)
	if err != nil {
		return nil, err
	}
	return vm.NewTupleSub(cls, items), nil
}

// bindFields binds the arguments of a call to the fields, following
// CPython's rules for a function (_cls, f1, f2=default, …).
func bindFields(th *vm.Thread, qual string, fields []string, defaults vm.Tuple, args []vm.Value, kwnames []string) (vm.Tuple, error) {
	npos := len(args) - len(kwnames)
	n := len(fields)
	out := make(vm.Tuple, n)
	copy(out, args[:min(npos, n)])
	for i, name := range kwnames {
		idx := -1
		for j, f := range fields {
			if f == name {
				idx = j
				break
			}
		}
		if idx < 0 {
			return nil, th.TypeError("%s() got an unexpected keyword argument '%s'", qual, name)
		}
		if out[idx] != nil {
			return nil, th.TypeError("%s() got multiple values for argument '%s'", qual, name)
		}
		out[idx] = args[npos+i]
	}
	if npos > n {
		takes := strconv.Itoa(n+1) + " positional argument" + plural(n+1)
		if len(defaults) > 0 {
			takes = "from " + strconv.Itoa(n+1-len(defaults)) + " to " + strconv.Itoa(n+1) + " positional arguments"
		}
		return nil, th.TypeError("%s() takes %s but %d were given", qual, takes, npos+1)
	}
	first := n - len(defaults)
	var missing []string
	for i := range out {
		if out[i] != nil {
			continue
		}
		if i >= first {
			out[i] = defaults[i-first]
		} else {
			missing = append(missing, fields[i])
		}
	}
	if len(missing) > 0 {
		return nil, th.TypeError("%s() missing %d required positional argument%s: %s", qual, len(missing), plural(len(missing)), nameList(missing))
	}
	return out, nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// nameList formats names as CPython's argument errors do: 'a', 'a' and 'b',
// 'a', 'b', and 'c'.
func nameList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	switch len(q) {
	case 1:
		return q[0]
	case 2:
		return q[0] + " and " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
}

// make is the classmethod _make(iterable).
func (nt *ntSpec) make(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("_make", args[1:], kwnames, 1); err != nil {
		return nil, err
	}
	items, err := th.ToTuple(args[1])
	if err != nil {
		return nil, err
	}
	if len(items) != len(nt.fields) {
		return nil, th.TypeError("Expected %d arguments, got %d", len(nt.fields), len(items))
	}
	return vm.NewTupleSub(args[0].(*vm.Class), append(vm.Tuple(nil), items...)), nil
}

// replace is _replace(**kwds).
func (nt *ntSpec) replace(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	if npos := len(args) - len(kwnames); npos > 0 {
		return nil, th.TypeError("%s._replace() takes 1 positional argument but %d were given", nt.typename, npos+1)
	}
	t := self.(*vm.TupleSub)
	items := append(vm.Tuple(nil), t.Items...)
	var unknown []vm.Value
	for i, k := range kwnames {
		found := false
		for j, f := range nt.fields {
			if f == k {
				items[j] = args[i]
				found = true
				break
			}
		}
		if !found {
			unknown = append(unknown, vm.Str(k))
		}
	}
	if len(unknown) > 0 {
		r, err := th.Repr(vm.NewList(unknown))
		if err != nil {
			return nil, err
		}
		return nil, th.ValueError("Got unexpected field names: %s", r)
	}
	return vm.NewTupleSub(t.Type(), items), nil
}

// asdict is _asdict(): a dict of the fields.
func (nt *ntSpec) asdict(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("_asdict", args, kwnames, 0); err != nil {
		return nil, err
	}
	t := self.(*vm.TupleSub)
	d := vm.NewDict(len(nt.fields))
	for i, f := range nt.fields {
		if i < len(t.Items) {
			d.SetStr(f, t.Items[i])
		}
	}
	return d, nil
}

// repr is __repr__: Point(x=1, y=2), named after the instance's class.
func (nt *ntSpec) repr(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("__repr__", args, kwnames, 0); err != nil {
		return nil, err
	}
	t := self.(*vm.TupleSub)
	var b strings.Builder
	b.WriteString(t.Type().Name)
	b.WriteByte('(')
	for i, f := range nt.fields {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(f)
		b.WriteByte('=')
		if i < len(t.Items) {
			s, err := th.Repr(t.Items[i])
			if err != nil {
				return nil, err
			}
			b.WriteString(s)
		}
	}
	b.WriteByte(')')
	return vm.Str(b.String()), nil
}
