package app

import (
	"github.com/hyperflask/hfc/runtime/markdown"
	"github.com/hyperflask/hfc/runtime/tmpl"
	"github.com/hyperflask/hfc/runtime/vm"
)

// markdown converts a Markdown page's rendered template (reference §2.5):
// Hyperflask's options shallow-merged with page.markdown_options.
func (a *App) markdown(th *vm.Thread, p *Page, text string) (string, error) {
	opts := markdown.DefaultOptions()
	if v, ok := p.Get("markdown_options"); ok && !vm.Is(v, vm.None) {
		m, err := goValue(th, v)
		if err != nil {
			return "", err
		}
		pageOpts, ok := m.(map[string]any)
		if !ok {
			return "", th.TypeError("page.markdown_options must be a dict, not %s", v.Type().Name)
		}
		merged := map[string]any{"extensions": opts.Extensions}
		for k, v := range pageOpts {
			merged[k] = v
		}
		if opts, err = markdown.OptionsFromMap(merged); err != nil {
			return "", th.Raise(vm.ValueErrorClass, "%s", err.Error())
		}
	}
	out, err := markdown.Convert(text, opts)
	if err != nil {
		return "", th.Raise(vm.ValueErrorClass, "%s", err.Error())
	}
	return out, nil
}

// goValue converts plain Python data (dicts with str keys, lists, tuples,
// str, int, float, bool, None) to Go values for option maps.
func goValue(th *vm.Thread, v vm.Value) (any, error) {
	switch x := v.(type) {
	case vm.NoneType:
		return nil, nil
	case vm.Bool:
		return bool(x), nil
	case vm.Int:
		return int(x), nil
	case vm.Float:
		return float64(x), nil
	case vm.Str:
		return string(x), nil
	case vm.Markup:
		return string(x), nil
	case *vm.Dict:
		m := make(map[string]any, x.Len())
		var err error
		x.Items(func(k, val vm.Value) bool {
			ks, ok := k.(vm.Str)
			if !ok {
				err = th.TypeError("option keys must be str, not %s", k.Type().Name)
				return false
			}
			m[string(ks)], err = goValue(th, val)
			return err == nil
		})
		return m, err
	case *vm.List:
		return goList(th, x.Elems)
	case vm.Tuple:
		return goList(th, x)
	}
	return nil, th.TypeError("cannot use a %s in options", v.Type().Name)
}

func goList(th *vm.Thread, items []vm.Value) ([]any, error) {
	out := make([]any, len(items))
	for i, it := range items {
		var err error
		if out[i], err = goValue(th, it); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// registerFilters adds Hyperflask's markdown, sanitize and nl2br filters
// (reference §7.5).
func registerFilters(env *tmpl.Environment) {
	env.SetFilter("markdown", vm.NewBuiltin("markdown", markdownFilter))
	env.SetFilter("sanitize", vm.NewBuiltin("sanitize", sanitizeFilter))
	env.SetFilter("nl2br", vm.NewBuiltin("nl2br", nl2brFilter))
}

// markdownFilter is the markdown filter (and the {% markdown %} tag):
// Markdown with Hyperflask's options, then the HTML sanitiser; safe output.
func markdownFilter(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	s, err := filterText(th, "markdown", args, kwnames)
	if err != nil {
		return nil, err
	}
	out, err := markdown.Convert(s, markdown.DefaultOptions())
	if err != nil {
		return nil, th.Raise(vm.ValueErrorClass, "%s", err.Error())
	}
	return vm.Markup(markdown.Sanitize(out)), nil
}

// sanitizeFilter cleans HTML with html-sanitizer's defaults; safe output.
func sanitizeFilter(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	s, err := filterText(th, "sanitize", args, kwnames)
	if err != nil {
		return nil, err
	}
	return vm.Markup(markdown.Sanitize(s)), nil
}

// nl2brFilter is Hyperflask's nl2br: each newline becomes <br>; the text is
// not escaped and the result is a plain str, as in the reference.
func nl2brFilter(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	s, err := filterText(th, "nl2br", args, kwnames)
	if err != nil {
		return nil, err
	}
	return vm.Str(markdown.NL2BR(s)), nil
}

// filterText checks a one-argument filter's call and returns str(value).
func filterText(th *vm.Thread, name string, args []vm.Value, kwnames []string) (string, error) {
	if err := th.ExactArgs(name, args, kwnames, 1); err != nil {
		return "", err
	}
	return th.Str(args[0])
}
