package tmpl

import (
	"context"
	"fmt"

	"github.com/hyperflask/hfc/runtime/stdlib/json"
	"github.com/hyperflask/hfc/runtime/vm"
)

// RenderCase renders the template main of an in-memory set of templates
// with the variables of a JSON object, as the conformance corpus and
// `hfc render` of a plain Jinja template do.
func RenderCase(files map[string]string, main string, contextJSON []byte, opts Options) (string, error) {
	env, err := NewEnvironment(opts, MapLoader(files))
	if err != nil {
		return "", err
	}
	th := vm.NewThread(context.Background())
	vars, err := jsonVars(th, contextJSON)
	if err != nil {
		return "", err
	}
	t, err := env.GetTemplate(main)
	if err != nil {
		return "", err
	}
	return t.Render(th, vars)
}

// jsonVars decodes a JSON object of template variables.
func jsonVars(th *vm.Thread, data []byte) (*vm.Dict, error) {
	if len(data) == 0 {
		return vm.NewDict(0), nil
	}
	v, err := json.Loads(th, string(data))
	if err != nil {
		return nil, err
	}
	d, ok := v.(*vm.Dict)
	if !ok {
		return nil, fmt.Errorf("template variables: want a JSON object, got %s", v.Type().Name)
	}
	return d, nil
}
