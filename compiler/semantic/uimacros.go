package semantic

import (
	"strings"
	"sync"

	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
	"github.com/hyperflask/hfc/runtime/app"
)

// uiMacros are the built-in UI macros (runtime/app's ui.html) by name, with
// the doc comment above each, parsed once.
var uiMacros = sync.OnceValue(func() map[string]uiMacro {
	name, text := app.UIMacroSource()
	f := source.NewFile(name, text)
	tree, _ := template.Parse(f, 0, len(text), template.Options{})
	out := map[string]uiMacro{}
	for _, n := range tree.Body {
		m, ok := n.(*template.Macro)
		if !ok || strings.HasPrefix(m.Name, "_") {
			continue
		}
		doc := ""
		for _, c := range tree.Comments {
			// A comment on the lines just above the macro (not the
			// file's header, which a blank line separates).
			if c.Loc.End.Offset <= m.Loc.Start.Offset && c.Loc.End.Line+1 >= m.Loc.Start.Line && strings.TrimSpace(text[c.Loc.End.Offset:m.Loc.Start.Offset]) == "" {
				doc = strings.TrimSpace(c.Text)
			}
		}
		out[m.Name] = uiMacro{macro: m, doc: doc}
	}
	return out
})

type uiMacro struct {
	macro *template.Macro
	doc   string
}

// uiCallable is the callable of a built-in UI macro: its parameters from
// its signature, no file (it lives in the hfc binary).
func uiCallable(name string) *Callable {
	m, ok := uiMacros()[name]
	if !ok {
		return nil
	}
	c := MacroCallable(m.macro, "", "built-in UI macro")
	c.Path, c.Span = "", source.Span{}
	c.Doc = m.doc
	if c.Doc == "" {
		c.Doc = "hfc's built-in UI macro (docs/ui.md); a macro or component of the app with this name replaces it."
	}
	return c
}
