package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/compiler/check"
	"github.com/hyperflask/hfc/compiler/semantic"
	"github.com/hyperflask/hfc/grammar/page"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/runtime/app"
	"github.com/hyperflask/hfc/runtime/server"
)

func (s *Server) hover(ctx context.Context, raw json.RawMessage) (any, error) {
	var p positionParams
	if err := decode(raw, &p); err != nil {
		return nil, err
	}
	return s.atPosition(p.TextDocument.URI, p.Position, func(e *fileEntry, an *semantic.Analysis, off int) (any, error) {
		t := s.ws.targetAt(an, off)
		text := s.ws.hoverText(e, an, t)
		if text == "" {
			return nil, nil
		}
		return protocol.Hover{Contents: protocol.MarkupContent{Kind: protocol.Markdown, Value: text}, Range: ptr(lspRange(an.Src, t.span))}, nil
	})
}

func ptr[T any](v T) *T { return &v }

// code renders a code block.
func code(lang, text string) string { return "```" + lang + "\n" + text + "\n```" }

// hoverText returns the Markdown hover of a target; s.mu is held.
func (w *workspace) hoverText(e *fileEntry, an *semantic.Analysis, t target) string {
	switch t.kind {
	case tPyName:
		return w.hoverPyName(an, t)
	case tPageVar:
		v := an.PageVar(t.name)
		if v == nil {
			if t.name != "" {
				return code("python", "page."+t.name) + "\n\nno `page." + t.name + "` is assigned in this page"
			}
			return ""
		}
		typ := w.pageVarType(an, v, 0)
		head := "page." + t.name
		if typ != nil {
			head += ": " + typ.String()
		}
		out := code("python", head) + "\n\npage variable, a template variable of this page"
		if v.Value != nil {
			out += fmt.Sprintf("; set at line %d: `page.%s = %s`", v.Defs[0].Start.Line, t.name, firstLine(exprText(an, v.Value)))
		} else if v.YAML != nil {
			out += fmt.Sprintf("; YAML frontmatter key at line %d", v.Defs[0].Start.Line)
		}
		return out
	case tTmplLocal:
		return w.hoverTmplLocal(an, t)
	case tTmplContext:
		return w.hoverContextName(e, an, t.name)
	case tFilter:
		d, ok := filterDocs[t.name]
		if !ok {
			return code("jinja", "|"+t.name) + "\n\nfilter of the app's environment"
		}
		return code("jinja", "|"+d.sig) + "\n\n" + d.text
	case tTest:
		d, ok := testDocs[t.name]
		if !ok {
			return code("jinja", "is "+t.name) + "\n\ntest of the app's environment"
		}
		return code("jinja", "is "+d.sig) + "\n\n" + d.text
	case tComponent:
		cl := w.callableOf(e.app, an, t.name)
		if cl == nil {
			msg := "no component or macro has this name: the tag renders an HTML element `<" + t.name + ">`"
			if slices.Contains(app.DaisyUIMacros, t.name) || slices.Contains(app.HyperflaskUIMacros, t.name) {
				msg += " (a macro of Hyperflask's UI library, which hfc does not include)"
			}
			return code("jinja", "<{"+t.name+"}>") + "\n\n" + msg
		}
		return w.callableHover(e, cl)
	case tProp:
		cl := w.callableOf(e.app, an, t.tag.Name)
		if cl == nil {
			return code("html", t.tag.Name+" "+t.name+"=…") + "\n\nHTML attribute"
		}
		for _, p := range cl.Params {
			if p.Name == t.name {
				req := "optional"
				if !p.Optional {
					req = "required"
				}
				return code("python", t.name) + fmt.Sprintf("\n\n%s prop of %s %s", req, cl.Kind, cl.Name)
			}
		}
		return code("python", t.name) + fmt.Sprintf("\n\nnot a prop %s %s reads", cl.Kind, cl.Name)
	case tTemplate:
		te := w.templateEntry(e.app, t.name)
		if te == nil {
			return code("text", t.name) + "\n\ntemplate not found in the app"
		}
		return code("text", t.name) + "\n\ntemplate `" + te.rel + "`"
	case tEndpoint:
		return w.hoverEndpoint(e, t.name)
	case tBlock:
		for _, pe := range w.parents(e) {
			for _, b := range pe.an.Blocks {
				if b.Name == t.name {
					return code("jinja", "{% block "+t.name+" %}") + "\n\noverrides the block of `" + w.relOf(e, pe.path) + "`"
				}
			}
		}
		return code("jinja", "{% block "+t.name+" %}") + "\n\nblock"
	case tAttr:
		return w.hoverAttr(an, t)
	case tTag:
		kw := strings.TrimPrefix(t.name, "end")
		for _, ts := range tagSnippets(true) {
			if ts.name == kw || (ts.name == "if" && kw == "elif") {
				return code("jinja", "{% "+t.name+" %}") + "\n\n" + ts.doc
			}
		}
	}
	return ""
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " …"
	}
	return s
}

func (w *workspace) relOf(e *fileEntry, p string) string {
	if e.app != nil {
		if rel, ok := e.app.rel(p); ok {
			return rel
		}
	}
	return filepath.Base(p)
}

// hoverPyName documents a Python name.
func (w *workspace) hoverPyName(an *semantic.Analysis, t target) string {
	res := an.Res.Resolution
	owner := res.Owner(t.pyRef.Scope, t.name)
	if owner == res.Module {
		if _, defined := an.PyDef(t.name); !defined {
			if an.HasPageObject() && t.name == "page" {
				return code("python", "page") + "\n\nthe page object: attributes set on it are the template's variables (reference §3)"
			}
			if slices.Contains(server.PageGlobalNames(), t.name) && an.HasPageObject() {
				return code("python", t.name) + "\n\ninjected into the module of every page (reference §1.4)"
			}
			if d, ok := builtinDocs[t.name]; ok {
				return code("python", d.sig) + "\n\n" + d.text
			}
			if _, ok := bytecode.BuiltinIndex(t.name); ok {
				return code("python", t.name) + "\n\nbuiltin"
			}
			return ""
		}
		typ := w.inferPyName(an, t.name, 0)
		// The definition, followed into the app module it is imported
		// from.
		defAn, stmt := an, an.PyStmtDefining(t.name)
		from := ""
		if l, ok := w.importedDefinition(an, t.name); ok {
			if mod := w.analysisOfPath(l.path); mod != nil {
				if r, ok := mod.PyRefAt(int(l.span.Start.Offset)); ok {
					defAn, stmt = mod, mod.PyStmtDefining(r.Name)
				}
				from = "\n\nimported from `" + w.relOfPath(an, l.path) + "`"
			}
		}
		switch d := stmt.(type) {
		case *python.FunctionDef:
			head := "def " + d.Name + "(" + argsText(defAn, d.Args) + ")"
			if typ != nil && typ.elem != nil {
				head += " -> " + typ.elem.String()
			}
			return code("python", head) + docSuffix(docstring(d.Body)) + from
		case *python.ClassDef:
			return code("python", "class "+d.Name) + docSuffix(docstring(d.Body)) + from
		}
		if typ != nil && typ.name == "module" {
			return code("python", "module "+t.name) + from
		}
		head := t.name
		if typ != nil {
			head += ": " + typ.String()
		}
		out := code("python", head) + "\n\nmodule variable"
		if an.HasPageObject() {
			out += " of the frontmatter (not a template variable: assign page." + t.name + " for that)"
		}
		return out + from
	}
	kind := "local variable"
	for _, p := range t.pyRef.Scope.Params {
		if p == t.name {
			kind = "parameter"
		}
	}
	if owner != t.pyRef.Scope {
		kind = "variable of the enclosing function " + owner.Name
	}
	return code("python", t.name) + "\n\n" + kind + " of " + owner.QualName
}

func (w *workspace) relOfPath(an *semantic.Analysis, p string) string {
	if a := w.appOf(an.Path); a != nil {
		if rel, ok := a.rel(p); ok {
			return rel
		}
	}
	return filepath.Base(p)
}

// argsText renders a def's parameters from the source.
func argsText(an *semantic.Analysis, a *python.Arguments) string {
	if a == nil || !a.Loc.IsValid() {
		return ""
	}
	return an.Src.Text[a.Loc.Start.Offset:a.Loc.End.Offset]
}

// hoverTmplLocal documents a variable the template binds.
func (w *workspace) hoverTmplLocal(an *semantic.Analysis, t target) string {
	def, ok := an.LocalDef(t.tRef)
	if !ok {
		if t.name == "loop" {
			return code("jinja", "loop") + "\n\nthe loop variable of the innermost for"
		}
		return code("jinja", t.name)
	}
	_, kind := an.BindingOf(def)
	if kind == "macro" {
		for _, m := range an.Macros {
			if m.NameSpan == def.Span {
				cl := semantic.MacroCallable(m, an.Path, "macro")
				cl.Doc = semantic.MacroDoc(an, m)
				return code("jinja", "{% macro "+m.Name+cl.Signature()+" %}") + docSuffix(cl.Doc)
			}
		}
	}
	typ := w.inferBinding(an, def.Span, 0)
	head := t.name
	if typ != nil {
		head += ": " + typ.String()
	}
	return code("jinja", head) + fmt.Sprintf("\n\n%s, line %d", kind, def.Span.Start.Line)
}

func docSuffix(d string) string {
	if d == "" {
		return ""
	}
	return "\n\n" + d
}

// hoverContextName documents a name read from a template's context.
func (w *workspace) hoverContextName(e *fileEntry, an *semantic.Analysis, name string) string {
	for _, pe := range w.parents(e) {
		if d, ok := pe.an.Exports(name); ok {
			return code("jinja", name) + fmt.Sprintf("\n\nset at the top level of `%s`, line %d", w.relOf(e, pe.path), d.Span.Start.Line)
		}
	}
	switch name {
	case "loop":
		return code("jinja", "loop") + "\n\nthe loop variable: only inside {% for %}"
	case "request":
		return code("python", "request") + "\n\nthe current request (Flask's Request, with request.htmx)"
	case "page":
		return code("python", "page") + "\n\nthe page object; its attributes are also top-level variables"
	case "props", "kwargs", "args", "children", "caller":
		if an.Role == page.RoleComponent {
			return code("jinja", name) + "\n\n" + componentContextDocs[name]
		}
	}
	if slices.Contains(semantic.TemplateGlobals, name) {
		return code("python", name) + "\n\nglobal of every template (Flask, Hyperflask; reference §7.5)"
	}
	if d, ok := builtinDocs[name]; ok && e.app != nil && e.app.rt != nil && slices.Contains(e.app.rt.Env.GlobalNames(), name) {
		return code("python", d.sig) + "\n\n" + d.text
	}
	if e.app != nil && e.app.rt != nil && slices.Contains(e.app.rt.Env.GlobalNames(), name) {
		return code("python", name) + "\n\nglobal of the template environment"
	}
	return code("jinja", name) + "\n\nnot defined in this template; read from the render context"
}

// componentContextDocs document the variables of a component's template
// (reference §5.7).
var componentContextDocs = map[string]string{
	"props":    "the keyword arguments of the tag: `props.x` is the prop x (an error when it is missing)",
	"kwargs":   "the keyword arguments of the tag as a dict (`kwargs.get('x')` for optional props)",
	"args":     "the positional arguments of the tag, as a tuple",
	"children": "the body of a block tag, as a callable: `{{ children() if children }}`",
	"caller":   "the body of a block tag, as a callable (the same as children)",
}

// callableHover documents a component or macro.
func (w *workspace) callableHover(e *fileEntry, cl *semantic.Callable) string {
	out := code("jinja", "<{"+cl.Name+cl.Signature()+"}>") + "\n\n" + cl.Kind
	if cl.Path != "" {
		out += " · `" + w.relOf(e, cl.Path) + "`"
	}
	if cl.Props && len(cl.Params) > 0 {
		var req, opt []string
		for _, p := range cl.Params {
			if p.Optional {
				opt = append(opt, p.Name)
			} else {
				req = append(req, p.Name)
			}
		}
		if len(req) > 0 {
			out += "\n\nrequired props: " + strings.Join(req, ", ")
		}
		if len(opt) > 0 {
			out += "\n\noptional props: " + strings.Join(opt, ", ")
		}
	}
	return out + docSuffix(cl.Doc)
}

// hoverEndpoint documents an endpoint: its URL rule, methods and file.
func (w *workspace) hoverEndpoint(e *fileEntry, name string) string {
	if e.app == nil {
		return ""
	}
	eps := w.endpoints(e.app)
	r, ok := eps[name]
	switch {
	case !ok:
		return code("text", name) + "\n\nno page or component has this endpoint"
	case name == "static":
		return code("text", "static") + "\n\nthe app's static files: `url_for('static', filename=…)`"
	case r == nil:
		if c := e.app.rt.Registry.Component(name); c != nil {
			return code("text", c.Route()) + "\n\nroute of component " + name + " · " + strings.Join(c.Methods, ", ") + " · `" + c.File + "`"
		}
		return code("text", name)
	}
	return code("text", r.Rule) + "\n\n" + strings.Join(r.Methods, ", ") + " · `" + r.File + "`"
}

// hoverAttr documents an attribute from its base's inferred type.
func (w *workspace) hoverAttr(an *semantic.Analysis, t target) string {
	var bt *typ
	if t.pyBase != nil {
		bt = w.inferPy(an, t.pyBase, 0)
	} else {
		bt = w.inferTmpl(an, t.tmplBase, 0)
	}
	if bt == nil {
		return ""
	}
	for _, m := range w.members(an, bt) {
		if m.name != t.name {
			continue
		}
		head := bt.String() + "." + m.name
		if m.detail != "" && m.kind == "method" {
			head = bt.String() + "." + m.detail
		} else if m.typ != nil {
			head += ": " + m.typ.String()
		}
		return code("python", head) + docSuffix(m.doc)
	}
	return ""
}

// plainEnv returns the check environment of files outside an app.
func (w *workspace) plainEnv() *check.Env {
	if w.plain == nil {
		w.plain = app.CheckEnv(nil)
	}
	return w.plain
}
