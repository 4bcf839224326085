package tmpl

import (
	"strings"

	"github.com/hyperflask/hfc/runtime/pyfmt"
	"github.com/hyperflask/hfc/runtime/vm"
)

// The globals of every environment (jinja2.defaults.DEFAULT_NAMESPACE).
func init() {
	registerGlobal("range", builtin("range"))
	registerGlobal("dict", vm.DictClass)
	registerGlobal("lipsum", pyBuiltin("generate_lorem_ipsum(n=, html=, min=, max=)", lipsum))
	registerGlobal("cycler", cyclerClass)
	registerGlobal("joiner", joinerClass)
	registerGlobal("namespace", vm.NamespaceClass)
	sandboxGlobals["range"] = pyBuiltin("safe_range(*args)", safeRange)
}

// sandboxGlobals replace globals in sandboxed environments (as
// SandboxedEnvironment.__init__ replaces range).
var sandboxGlobals = map[string]vm.Value{}

// maxRange is jinja2.sandbox.MAX_RANGE.
const maxRange = 100000

// safeRange is jinja2.sandbox.safe_range: range() refusing ranges of more
// than maxRange items.
func safeRange(th *vm.Thread, c *call) (vm.Value, error) {
	r, err := th.CallValue(builtin("range"), c.rest, nil)
	if err != nil {
		return nil, err
	}
	n, err := th.Len(r)
	if err != nil {
		return nil, err
	}
	if n > maxRange {
		return nil, th.Raise(vm.OverflowErrorClass, "Range too big. The sandbox blocks ranges larger than MAX_RANGE (%d).", maxRange)
	}
	return r, nil
}

// loremWords is jinja2.constants.LOREM_IPSUM_WORDS split into words.
var loremWords = func() *vm.List {
	words := strings.Fields(`a ac accumsan ad adipiscing aenean aliquam aliquet amet ante aptent arcu at
auctor augue bibendum blandit class commodo condimentum congue consectetuer
consequat conubia convallis cras cubilia cum curabitur curae cursus dapibus
diam dictum dictumst dignissim dis dolor donec dui duis egestas eget eleifend
elementum elit enim erat eros est et etiam eu euismod facilisi facilisis fames
faucibus felis fermentum feugiat fringilla fusce gravida habitant habitasse hac
hendrerit hymenaeos iaculis id imperdiet in inceptos integer interdum ipsum
justo lacinia lacus laoreet lectus leo libero ligula litora lobortis lorem
luctus maecenas magna magnis malesuada massa mattis mauris metus mi molestie
mollis montes morbi mus nam nascetur natoque nec neque netus nibh nisi nisl non
nonummy nostra nulla nullam nunc odio orci ornare parturient pede pellentesque
penatibus per pharetra phasellus placerat platea porta porttitor posuere
potenti praesent pretium primis proin pulvinar purus quam quis quisque rhoncus
ridiculus risus rutrum sagittis sapien scelerisque sed sem semper senectus sit
sociis sociosqu sodales sollicitudin suscipit suspendisse taciti tellus tempor
tempus tincidunt torquent tortor tristique turpis ullamcorper ultrices
ultricies urna ut varius vehicula vel velit venenatis vestibulum vitae vivamus
viverra volutpat vulputate`)
	l := make([]vm.Value, len(words))
	for i, w := range words {
		l[i] = vm.Str(w)
	}
	return vm.NewList(l)
}()

// lipsum is jinja2.utils.generate_lorem_ipsum, drawing from the random
// module's choice and randrange as Jinja does.
func lipsum(th *vm.Thread, c *call) (vm.Value, error) {
	n, err := intArg(th, c.arg(0, vm.MakeInt(5)))
	if err != nil {
		return nil, err
	}
	lo, hi := c.arg(2, vm.MakeInt(20)), c.arg(3, vm.MakeInt(100))
	randrange := func(a, b vm.Value) (int64, error) {
		r, err := randomCall(th, "randrange", a, b)
		if err != nil {
			return 0, err
		}
		i, _ := vm.AsInt64(r)
		return i, nil
	}
	var result []string
	for range max(n, 0) {
		count, err := randrange(lo, hi)
		if err != nil {
			return nil, err
		}
		nextCapitalized := true
		lastComma, lastFullstop := int64(0), int64(0)
		last := ""
		var p []string
		for idx := int64(0); idx < count; idx++ {
			var word string
			for {
				w, err := randomCall(th, "choice", loremWords)
				if err != nil {
					return nil, err
				}
				word = strOf(w)
				if word != last {
					last = word
					break
				}
			}
			if nextCapitalized {
				word = pyfmt.Capitalize(word)
				nextCapitalized = false
			}
			r, err := randrange(vm.MakeInt(3), vm.MakeInt(8))
			if err != nil {
				return nil, err
			}
			if idx-r > lastComma {
				lastComma = idx
				lastFullstop += 2
				word += ","
			}
			if r, err = randrange(vm.MakeInt(10), vm.MakeInt(20)); err != nil {
				return nil, err
			}
			if idx-r > lastFullstop {
				lastComma, lastFullstop = idx, idx
				word += "."
				nextCapitalized = true
			}
			p = append(p, word)
		}
		s := strings.Join(p, " ")
		if strings.HasSuffix(s, ",") {
			s = s[:len(s)-1] + "."
		} else if !strings.HasSuffix(s, ".") {
			s += "."
		}
		result = append(result, s)
	}
	html, err := th.Truth(c.arg(1, vm.True))
	if err != nil {
		return nil, err
	}
	if !html {
		return vm.Str(strings.Join(result, "\n\n")), nil
	}
	for i, s := range result {
		result[i] = "<p>" + vm.EscapeHTML(s) + "</p>"
	}
	return vm.Markup(strings.Join(result, "\n")), nil
}

// cyclerClass is jinja2.utils.Cycler.
var cyclerClass = func() *vm.Class {
	init := sig("Cycler.__init__(^self, *items)")
	c := vm.NewGoClass("Cycler", "jinja2.utils", nil, func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		b, err := init.bind(th, args, kwnames)
		if err != nil {
			return nil, err
		}
		if len(b.rest) == 0 {
			return nil, th.Raise(vm.RuntimeErrorClass, "at least one item has to be provided")
		}
		return &cycler{items: append(vm.Tuple(nil), b.rest...)}, nil
	})
	next := pyMethod("Cycler.next(^self)", func(th *vm.Thread, self vm.Value, _ *call) (vm.Value, error) {
		cy := self.(*cycler)
		rv := cy.items[cy.pos]
		cy.pos = (cy.pos + 1) % len(cy.items)
		return rv, nil
	})
	c.AddMethod("next", next)
	c.AddMethod("__next__", next)
	c.AddMethod("reset", pyMethod("Cycler.reset(^self)", func(th *vm.Thread, self vm.Value, _ *call) (vm.Value, error) {
		self.(*cycler).pos = 0
		return vm.None, nil
	}))
	return c
}()

// pyMethod makes a method of a Go class with a Python signature (its first
// parameter, self, passed).
func pyMethod(signature string, fn func(th *vm.Thread, self vm.Value, c *call) (vm.Value, error)) vm.MethodFunc {
	f := sig(signature)
	return func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		c, err := f.bind(th, args, kwnames)
		if err != nil {
			return nil, err
		}
		return fn(th, self, c)
	}
}

// cycler is a Cycler.
type cycler struct {
	items vm.Tuple
	pos   int
}

// Type implements vm.Value.
func (*cycler) Type() *vm.Class { return cyclerClass }

// GetAttr answers items, pos and current.
func (cy *cycler) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "items":
		return cy.items, true, nil
	case "pos":
		return vm.MakeInt(int64(cy.pos)), true, nil
	case "current":
		return cy.items[cy.pos], true, nil
	}
	return nil, false, nil
}

// joinerClass is jinja2.utils.Joiner.
var joinerClass = func() *vm.Class {
	init := sig("Joiner.__init__(^self, sep=)")
	return vm.NewGoClass("Joiner", "jinja2.utils", nil, func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		b, err := init.bind(th, args, kwnames)
		if err != nil {
			return nil, err
		}
		return &joiner{sep: b.arg(0, vm.Str(", "))}, nil
	})
}()

// joiner is a Joiner: "" the first time it is called, its separator after.
type joiner struct {
	sep  vm.Value
	used bool
}

var joinerCall = sig("Joiner.__call__(^self)")

// Type implements vm.Value.
func (*joiner) Type() *vm.Class { return joinerClass }

// Call implements j().
func (j *joiner) Call(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if _, err := joinerCall.bind(th, args, kwnames); err != nil {
		return nil, err
	}
	if !j.used {
		j.used = true
		return vm.Str(""), nil
	}
	return j.sep, nil
}

// GetAttr answers sep and used.
func (j *joiner) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "sep":
		return j.sep, true, nil
	case "used":
		return vm.MakeBool(j.used), true, nil
	}
	return nil, false, nil
}
