package tmpl

import (
	"strconv"
	"strings"
	"sync"

	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/pyfmt"
	_ "github.com/hyperflask/hfc/runtime/stdlib/json"   // json.dumps for tojson
	_ "github.com/hyperflask/hfc/runtime/stdlib/math"   // math.ceil and floor for round
	_ "github.com/hyperflask/hfc/runtime/stdlib/random" // random.choice for random and lipsum
	"github.com/hyperflask/hfc/runtime/vm"
)

// What the filters, tests and globals share: the running context, Python
// values and conversions, Jinja's attribute getters and generators.

// ctxOf returns the context of the template code running on th (nil when
// th runs no template).
func ctxOf(th *vm.Thread) *Context {
	c, _ := th.TemplateContext().(*Context)
	return c
}

// envOf returns the environment of the running template, nil if none.
func envOf(th *vm.Thread) *Environment {
	if c := ctxOf(th); c != nil {
		return c.env
	}
	return nil
}

// undefinedHint is Jinja's environment.undefined(hint): an undefined value
// of the environment's kind whose use fails with hint.
func undefinedHint(th *vm.Thread, hint string) vm.Value {
	if tc := th.TemplateContext(); tc != nil {
		return tc.Undefined("", nil, nil, hint)
	}
	return &vm.Undefined{Hint: hint}
}

// builtin returns a Python builtin (sorted, min, int …).
func builtin(name string) vm.Value {
	v, ok := vm.BuiltinValue(name)
	if !ok {
		panic("tmpl: no builtin " + name)
	}
	return v
}

// callBuiltin calls a Python builtin.
func callBuiltin(th *vm.Thread, name string, args []vm.Value, kwnames []string) (vm.Value, error) {
	return th.CallValue(builtin(name), args, kwnames)
}

// isStr is isinstance(v, str).
func isStr(v vm.Value) bool {
	switch v.(type) {
	case vm.Str, vm.Markup:
		return true
	}
	return false
}

// strOf returns the text of a str (or Markup) value.
func strOf(v vm.Value) string {
	switch x := v.(type) {
	case vm.Str:
		return string(x)
	case vm.Markup:
		return string(x)
	}
	return ""
}

// softStr is markupsafe.soft_str: a str (Markup included) as it is, str(v)
// for anything else.
func softStr(th *vm.Thread, v vm.Value) (vm.Value, error) {
	if isStr(v) {
		return v, nil
	}
	s, err := th.Str(v)
	if err != nil {
		return nil, err
	}
	return vm.Str(s), nil
}

// sameKind returns s as Markup when like is Markup (markupsafe's methods
// that return Markup), else as str.
func sameKind(like vm.Value, s string) vm.Value {
	if _, ok := like.(vm.Markup); ok {
		return vm.Markup(s)
	}
	return vm.Str(s)
}

// hasHTML is hasattr(v, "__html__") (ChainableUndefined has one: its
// __str__).
func hasHTML(v vm.Value) bool {
	switch x := v.(type) {
	case vm.Markup:
		return true
	case *vm.Undefined:
		return x.Kind == vm.ChainableUndefined
	}
	return v.Type().Lookup("__html__") != nil
}

// htmlOf returns v.__html__().
func htmlOf(th *vm.Thread, v vm.Value) (vm.Value, error) {
	switch x := v.(type) {
	case vm.Markup:
		return x, nil
	case *vm.Undefined:
		s, err := x.Str(th)
		return vm.Str(s), err
	}
	return th.CallValue(v.Type().Lookup("__html__"), []vm.Value{v}, nil)
}

// escapeArg is markupsafe's _escape_argspec for one argument of a Markup
// method: str values and values with __html__ are escaped.
func escapeArg(th *vm.Thread, v vm.Value) (vm.Value, error) {
	if isStr(v) || hasHTML(v) {
		return th.Escape(v)
	}
	return v, nil
}

// callMethod calls a method of a value by name (str methods through the
// str class, so that their checks and messages are CPython's).
func callMethod(th *vm.Thread, v vm.Value, name string, args []vm.Value, kwnames []string) (vm.Value, error) {
	m, err := th.GetAttr(v, name)
	if err != nil {
		return nil, err
	}
	return th.CallValue(m, args, kwnames)
}

// strMethod calls a str method on s; on a Markup it is markupsafe's
// wrapper, which escapes the arguments and returns Markup. Markup
// arguments reach the str method as the str they are.
func strMethod(th *vm.Thread, s vm.Value, name string, args ...vm.Value) (vm.Value, error) {
	_, isMarkup := s.(vm.Markup)
	plain := make([]vm.Value, len(args))
	for i, a := range args {
		if isMarkup {
			e, err := escapeArg(th, a)
			if err != nil {
				return nil, err
			}
			a = e
		}
		if m, ok := a.(vm.Markup); ok {
			a = vm.Str(m)
		}
		plain[i] = a
	}
	r, err := callMethod(th, vm.Str(strOf(s)), name, plain, nil)
	if err != nil || !isMarkup {
		return r, err
	}
	return vm.Markup(strOf(r)), nil
}

// isExc reports whether err is a Python exception of class cls (or a
// subclass).
func isExc(err error, cls *vm.Class) bool {
	if err == nil {
		return false
	}
	e := vm.AsException(err)
	return e != nil && e.Matches(cls)
}

// isNone reports whether v is None.
func isNone(v vm.Value) bool { return vm.Is(v, vm.None) }

// intArg converts an argument used as a Python int (a width, a count) to
// an int as PyNumber_AsSsize_t does: ints and bools as they are, anything
// else through __index__.
func intArg(th *vm.Thread, v vm.Value) (int, error) {
	r, err := th.IndexValue(v)
	if err != nil {
		return 0, err
	}
	n, ok := vm.AsInt64(r)
	if !ok {
		return 0, th.Raise(vm.OverflowErrorClass, "Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

// attrGetter is Jinja's make_attrgetter: it looks up a dotted path (parts
// that are digits are items) with the rules of environment.getitem.
type attrGetter struct {
	parts      []vm.Value
	ignoreCase bool     // postprocess=ignore_case
	def        vm.Value // default=, nil for None
}

// newAttrGetter prepares the getter of attribute (a str path, an int, or
// None for the item itself).
func newAttrGetter(th *vm.Thread, attribute vm.Value, ignoreCase bool, def vm.Value) (*attrGetter, error) {
	parts, err := attributeParts(th, attribute)
	if err != nil {
		return nil, err
	}
	if def != nil && isNone(def) {
		def = nil
	}
	return &attrGetter{parts: parts, ignoreCase: ignoreCase, def: def}, nil
}

// attributeParts is _prepare_attribute_parts.
func attributeParts(th *vm.Thread, attribute vm.Value) ([]vm.Value, error) {
	if attribute == nil || isNone(attribute) {
		return nil, nil
	}
	if !isStr(attribute) {
		return []vm.Value{attribute}, nil
	}
	split := strings.Split(strOf(attribute), ".")
	parts := make([]vm.Value, len(split))
	for i, p := range split {
		if isDigits(p) {
			n, err := callBuiltin(th, "int", []vm.Value{vm.Str(p)}, nil)
			if err != nil {
				return nil, err
			}
			parts[i] = n
			continue
		}
		parts[i] = vm.Str(p)
	}
	return parts, nil
}

// isDigits is str.isdigit.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !pyfmt.IsDigit(r) {
			return false
		}
	}
	return true
}

// get looks the path up in item.
func (g *attrGetter) get(th *vm.Thread, item vm.Value) (vm.Value, error) {
	for _, p := range g.parts {
		v, err := th.JinjaGetitem(item, p)
		if err != nil {
			return nil, err
		}
		item = v
		if g.def != nil {
			if _, ok := item.(*vm.Undefined); ok {
				item = g.def
			}
		}
	}
	if g.ignoreCase {
		return lowerIfStr(item), nil
	}
	return item, nil
}

// lowerIfStr is Jinja's ignore_case: str values lowercased.
func lowerIfStr(v vm.Value) vm.Value {
	switch x := v.(type) {
	case vm.Str:
		return vm.Str(pyfmt.Lower(string(x)))
	case vm.Markup:
		return vm.Markup(pyfmt.Lower(string(x)))
	}
	return v
}

// keyFunc wraps a getter as a Python key function (for sorted, min, max).
func keyFunc(get func(th *vm.Thread, v vm.Value) (vm.Value, error)) vm.Value {
	return vm.NewBuiltin("attrgetter", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return get(th, args[0])
	})
}

// multiAttrGetter is make_multi_attrgetter: the list of the values of
// comma-separated paths.
func multiAttrGetter(th *vm.Thread, attribute vm.Value, ignoreCase bool) (func(th *vm.Thread, v vm.Value) (vm.Value, error), error) {
	var getters []*attrGetter
	if isStr(attribute) {
		for _, a := range strings.Split(strOf(attribute), ",") {
			g, err := newAttrGetter(th, vm.Str(a), ignoreCase, nil)
			if err != nil {
				return nil, err
			}
			getters = append(getters, g)
		}
	} else {
		g, err := newAttrGetter(th, attribute, ignoreCase, nil)
		if err != nil {
			return nil, err
		}
		getters = append(getters, g)
	}
	return func(th *vm.Thread, item vm.Value) (vm.Value, error) {
		out := make([]vm.Value, len(getters))
		for i, g := range getters {
			v, err := g.get(th, item)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return vm.NewList(out), nil
	}, nil
}

// generatorClass is the class of the generators that filters such as map
// and select return (Python generator objects in Jinja).
var generatorClass = vm.NewIteratorClass("generator", "builtins", nil)

// generator is a Python generator implemented in Go: next produces the
// items, nil at the end. Like a Python generator it is finished once it
// raised.
type generator struct {
	name string // the generator function's name, for repr
	next func(th *vm.Thread) (vm.Value, error)
	done bool
}

// Type implements vm.Value.
func (*generator) Type() *vm.Class { return generatorClass }

// Next implements vm.Iterator.
func (g *generator) Next(th *vm.Thread) (vm.Value, error) {
	if g.done {
		return nil, nil
	}
	v, err := g.next(th)
	if err != nil || v == nil {
		g.done = true
	}
	return v, err
}

// Repr implements repr(g).
func (g *generator) Repr(*vm.Thread) (string, error) {
	return "<generator object " + g.name + " at 0x" + strconv.FormatInt(vm.ID(g), 16) + ">", nil
}

// newGenerator returns a generator whose body starts on the first next:
// start runs then and returns the function producing the items.
func newGenerator(name string, start func(th *vm.Thread) (func(th *vm.Thread) (vm.Value, error), error)) *generator {
	g := &generator{name: name}
	g.next = func(th *vm.Thread) (vm.Value, error) {
		next, err := start(th)
		if err != nil {
			return nil, err
		}
		g.next = next
		return next(th)
	}
	return g
}

// sliceNext returns a next function over items.
func sliceNext(items []vm.Value) func(th *vm.Thread) (vm.Value, error) {
	i := 0
	return func(*vm.Thread) (vm.Value, error) {
		if i >= len(items) {
			return nil, nil
		}
		i++
		return items[i-1], nil
	}
}

// stdLoader imports the standard modules filters use when the thread has
// no importer (a template rendered outside a Python program). Its random
// module is shared by such renders; stdMu serializes the calls into it
// (the others keep no state).
var (
	stdLoader = loader.New()
	stdMu     sync.Mutex
)

// stdCall calls a function of a standard module (random.choice,
// json.dumps, math.ceil): the one the running program imported when the
// thread has an importer (so that random.seed in a page's code decides
// what |random picks), else the one of a loader of this package.
func stdCall(th *vm.Thread, module, name string, args []vm.Value, kwnames []string) (vm.Value, error) {
	imp := th.Importer
	if imp == nil {
		imp = stdLoader
		if module == "random" {
			stdMu.Lock()
			defer stdMu.Unlock()
		}
	}
	m, err := imp.Import(th, module)
	if err != nil {
		return nil, err
	}
	f, err := th.GetAttr(m, name)
	if err != nil {
		return nil, err
	}
	return th.CallValue(f, args, kwnames)
}

// randomCall calls a function of the random module.
func randomCall(th *vm.Thread, name string, args ...vm.Value) (vm.Value, error) {
	return stdCall(th, "random", name, args, nil)
}
