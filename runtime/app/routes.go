package app

import (
	"regexp"
	"strings"

	"github.com/hyperflask/hfc/runtime/vm"
)

// methodNames are the HTTP methods looked for in Python code, in the
// reference's order (§2.3).
var methodNames = [...]string{"get", "post", "head", "options", "delete", "put", "trace", "patch"}

// pyWhitespace is what \s matches in a Python str pattern (str.isspace).
const pyWhitespace = `[\t-\r\x{1c}-\x{20}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]`

// methodPatterns are the reference's per-method patterns:
// re.search(rf"^(def\s+{m}\()|{m}\s*=", code, re.MULTILINE).
var methodPatterns = func() (res [len(methodNames)]*regexp.Regexp) {
	for i, m := range methodNames {
		res[i] = regexp.MustCompile(`(?m)^(def` + pyWhitespace + `+` + m + `\()|` + m + pyWhitespace + `*=`)
	}
	return
}()

// detectMethods returns the HTTP methods a component's code answers
// (reference §5.8: the fallback detection of §2.3, without the
// `# methods=` comment): a column-0 `def get(`, or `get =` anywhere.
func detectMethods(code string) []string {
	var out []string
	for i, re := range methodPatterns {
		if re.MatchString(code) {
			out = append(out, strings.ToUpper(methodNames[i]))
		}
	}
	return out
}

// RunComponentRoute answers a request to the route of the component name
// (reference §5.8) without HTTP: the module's function named after the
// lower-cased method is called with no arguments. A return value other
// than None or a dict is the response, returned as it is. Otherwise it
// gives the props (None: none), and the component renders with them:
// a template component in the §5.7 context (caller and children None)
// over vars, the variables the server adds (the page's, its context
// processors'), after render(**props); a .py component as
// render(**props) returns it. The server sets page.template to the
// component's Template before calling it.
func (a *App) RunComponentRoute(th *vm.Thread, name, method string, vars *vm.Dict) (vm.Value, error) {
	c := a.Registry.Component(name)
	if c == nil || len(c.Methods) == 0 {
		return nil, th.Raise(vm.LookupErrorClass, "no component route named '%s'", name)
	}
	mod, err := c.importModule(th)
	if err != nil {
		return nil, err
	}
	props := vm.NewDict(0)
	if fn, ok := mod.Global(strings.ToLower(method)); ok {
		if truthy, err := th.Truth(fn); err != nil {
			return nil, err
		} else if truthy {
			r, err := th.CallValue(fn, nil, nil)
			if err != nil {
				return nil, err
			}
			switch x := r.(type) {
			case vm.NoneType:
			case *vm.Dict:
				if props, err = stringKeys(th, x); err != nil {
					return nil, err
				}
			default:
				return r, nil
			}
		}
	}
	c.useAssets(th)
	if c.Kind == PythonComponent {
		return c.callRender(th, nil, props)
	}
	return c.render(th, nil, props, vm.None, vars)
}

// stringKeys copies a dict passed as **kwargs, whose keys must be strings.
func stringKeys(th *vm.Thread, d *vm.Dict) (*vm.Dict, error) {
	out := vm.NewDict(d.Len())
	var err error
	d.Items(func(k, v vm.Value) bool {
		if _, ok := k.(vm.Str); !ok {
			err = th.TypeError("keywords must be strings")
			return false
		}
		_ = out.SetItem(nil, k, v)
		return true
	})
	return out, err
}
