package app

import (
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
	"github.com/hyperflask/hfc/runtime/forms"
)

// Forms returns the form classes a template declares (reference §7.3),
// read from its syntax tree once per template name: one per form
// variable, sorted by variable.
func (a *App) Forms(name string) ([]*forms.Decl, error) {
	if v, ok := a.forms.Load(name); ok {
		return v.([]*forms.Decl), nil
	}
	src, err := templateLoader{a}.Load(name)
	if err != nil {
		return nil, err
	}
	file := src.File
	if file == "" {
		file = name
	}
	end := src.End
	if end == 0 {
		end = len(src.Text)
	}
	tree, _ := template.Parse(source.NewFile(file, src.Text), src.Start, end, a.Env.ParseOptions())
	var decls []*forms.Decl
	if tree != nil {
		decls = forms.Extract(tree)
	}
	a.forms.Store(name, decls)
	return decls, nil
}
