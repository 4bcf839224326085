package app

import (
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
	"github.com/hyperflask/hfc/runtime/tmpl"
	"github.com/hyperflask/hfc/runtime/vm"
)

// Registry is an app's macro registry (reference §5.5): the registry
// macros of templates/ and macros/ and the file components of components/,
// by name. It implements tmpl.Components, so that component tags resolve
// to it when templates compile, and it is the value of app.components and
// app.macros (§5.9).
//
// Registration runs once, in New, in the reference's order, a later
// registration of a name replacing an earlier one, except for hfc's
// built-in UI macros (ui/ui.html, UIMacros), which register first, so
// that every macro and component of the app replaces them (the reference
// registers its UI library at step 3, replacing the app's macros/):
//
//  1. templates/: every {% macro %} of templates/__macros__.html, then
//     every templates/**/*.macro.html as one whole-file macro;
//  2. macros/: the {% macro %}s of every file not ending .macro.html, then
//     every *.macro.html as one whole-file macro (files whose name starts
//     with "." or "_" are ignored);
//  3. Hyperflask's UI library: the function macros the host gives
//     (Options.Macros: the server's FlashMessagesToast, FlashMessages,
//     FlashMessage); the names of DaisyUIMacros and HyperflaskUIMacros
//     that neither they nor UIMacros provide render as HTML elements;
//  4. the function macros HtmxOob (from the host, as it needs the
//     request) and Image (ImageMacro);
//  5. the file components of components/ (§5.6).
//
// Within a step, files register in lexical path order (the reference
// walks folders in the file system's order). The registry is read-only
// after New and safe for concurrent use.
//
// Where hfc differs from the reference:
//   - a registry macro's template is imported with the context when a tag
//     first needs it in a render, not on the template's first line, so its
//     macros also see top-level {% set %}s that precede the tag;
//   - the macro names of a file are its exported top-level macros (the
//     parsed template), not every `{% macro` the text contains;
//   - config COMPONENT_ADAPTERS and adapter plugins do not exist: the
//     adapter follows the extension (see ComponentKind);
//   - a web component's body is safe HTML like any component's children
//     (the published adapter escapes the body of a .jpy caller);
//   - a .jpy component's module is not importable from Python code
//     (`import components.X` finds .py components only).
type Registry struct {
	app     *App
	entries map[string]*entry
	// macroFiles are the templates the registry serves under internal
	// names ("__macros__/" + the file's path): the files of macros/ and the
	// whole-file macros of templates/.
	macroFiles map[string]macroFile
}

// entry is one registered name: a registry macro (the template defining
// it) or a file component.
type entry struct {
	name     string
	template string
	comp     *Component
	fn       vm.Value // a function macro of the host
	builtin  bool     // one of hfc's UI macros (UIMacros)
}

// macroFile is a template served by the registry.
type macroFile struct {
	rel  string // the file in the app
	wrap string // the name of a whole-file macro; "" for a file of macros
	text string // the source of a built-in file (rel is then its name)
}

// macrosPrefix starts the names of the templates the registry serves
// (reference §1.6).
const macrosPrefix = "__macros__/"

// newRegistry registers the macros and components of an app.
func newRegistry(a *App, fns map[string]vm.Value) *Registry {
	r := &Registry{app: a, entries: map[string]*entry{}, macroFiles: map[string]macroFile{}}

	r.macroFiles[uiTemplate] = macroFile{rel: uiTemplate, text: uiMacros}
	r.addMacros(uiTemplate, uiTemplate, uiMacros)
	for _, e := range r.entries {
		e.builtin = true
	}

	if text, err := fs.ReadFile(a.FS, "templates/__macros__.html"); err == nil {
		r.addMacros("__macros__.html", "templates/__macros__.html", string(text))
	}
	for _, rel := range r.files("templates") {
		if isWholeFileMacro(rel) {
			r.addWholeFileMacro(rel)
		}
	}

	var macros []string
	for _, rel := range r.files("macros") {
		if base := path.Base(rel); !strings.HasPrefix(base, ".") && !strings.HasPrefix(base, "_") {
			macros = append(macros, rel)
		}
	}
	for _, rel := range macros {
		if !isWholeFileMacro(rel) {
			name := macrosPrefix + rel
			r.macroFiles[name] = macroFile{rel: rel}
			if text, err := fs.ReadFile(a.FS, rel); err == nil {
				r.addMacros(name, rel, string(text))
			}
		}
	}
	for _, rel := range macros {
		if isWholeFileMacro(rel) {
			r.addWholeFileMacro(rel)
		}
	}

	r.entries["Image"] = &entry{name: "Image", fn: a.ImageMacro()}
	for _, name := range sortedNames(fns) {
		r.entries[name] = &entry{name: name, fn: fns[name]}
	}

	for _, rel := range r.files("components") {
		if c := newComponent(a, rel); c != nil {
			r.entries[c.Name] = &entry{name: c.Name, comp: c}
		}
	}
	return r
}

// files lists the files below dir in lexical order (none when dir does
// not exist), skipping Python's __pycache__ folders.
func (r *Registry) files(dir string) []string {
	var out []string
	_ = fs.WalkDir(r.app.FS, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if d.Name() == "__pycache__" {
				return fs.SkipDir
			}
			return nil
		}
		out = append(out, p)
		return nil
	})
	return out
}

// isWholeFileMacro reports whether a file is one macro (*.macro.html).
func isWholeFileMacro(rel string) bool { return strings.HasSuffix(rel, ".macro.html") }

// addWholeFileMacro registers a *.macro.html file as the macro named after
// its basename up to the first ".".
func (r *Registry) addWholeFileMacro(rel string) {
	base := path.Base(rel)
	name := base[:strings.IndexByte(base, '.')]
	if name == "" {
		return
	}
	tname := macrosPrefix + rel
	r.macroFiles[tname] = macroFile{rel: rel, wrap: name}
	r.entries[name] = &entry{name: name, template: tname}
}

// addMacros registers the macros that the template tname (the file rel)
// defines at its top level and exports: names starting with "_" are not
// importable. A template that does not parse still registers the macros
// read before the error; the error is reported when a tag imports it.
func (r *Registry) addMacros(tname, rel, text string) {
	f := source.NewFile(rel, text)
	tree, _ := template.Parse(f, 0, len(text), r.app.Env.ParseOptions())
	if tree == nil {
		return
	}
	for _, name := range topLevelMacros(tree.Body) {
		if !strings.HasPrefix(name, "_") {
			r.entries[name] = &entry{name: name, template: tname}
		}
	}
}

// topLevelMacros returns the names of the macros a template exports: those
// defined at its top level, including inside {% if %} branches, which do
// not open a scope.
func topLevelMacros(body []template.Stmt) []string {
	var names []string
	for _, s := range body {
		switch n := s.(type) {
		case *template.Macro:
			names = append(names, n.Name)
		case *template.If:
			names = append(names, topLevelMacros(n.Body)...)
			for _, e := range n.Elif {
				names = append(names, topLevelMacros(e.Body)...)
			}
			names = append(names, topLevelMacros(n.Else)...)
		}
	}
	return names
}

// source serves a template of the registry: a file of macros as it is, a
// whole-file macro wrapped as
// {% macro NAME() %}{% set props = kwargs %}…{% endmacro %}.
// The wrapper shifts the columns of the file's first line in errors.
func (r *Registry) source(name string) (tmpl.Source, bool) {
	mf, ok := r.macroFiles[name]
	if !ok {
		return tmpl.Source{}, false
	}
	if mf.text != "" {
		return tmpl.Source{Text: mf.text, File: mf.rel, End: len(mf.text)}, true
	}
	data, err := fs.ReadFile(r.app.FS, mf.rel)
	if err != nil {
		return tmpl.Source{}, false
	}
	text := string(data)
	if mf.wrap != "" {
		text = "{% macro " + mf.wrap + "() %}{% set props = kwargs %}" + text + "{% endmacro %}"
	}
	return tmpl.Source{Text: text, File: r.app.File(mf.rel), End: len(text)}, true
}

// IsComponent implements tmpl.Components: whether a tag name is registered.
func (r *Registry) IsComponent(name string) bool {
	_, ok := r.entries[name]
	return ok
}

// Lookup implements tmpl.Components: what a tag calls. A registry macro is
// imported from its template with the context of the calling template, as
// the reference's `{% from T import NAME with context %}` does (which it
// inserts on the template's first line): the template renders once per
// calling context, and its macros see the caller's variables as they are
// when they run. A file component is itself.
func (r *Registry) Lookup(th *vm.Thread, ctx *tmpl.Context, name string) (vm.Value, error) {
	e, ok := r.entries[name]
	if !ok {
		return nil, th.Raise(vm.TemplateRuntimeErrorClass, "no component named '%s'", name)
	}
	if e.comp != nil {
		return e.comp, nil
	}
	if e.fn != nil {
		return e.fn, nil
	}
	mod, err := ctx.Memo(contextImport(e.template), func() (vm.Value, error) {
		return ctx.Import(th, vm.Str(e.template), true)
	})
	if err != nil {
		return nil, err
	}
	pos := "line 1"
	if t := ctx.Template(); t != nil && t.Name != "" {
		s, err := th.Repr(vm.Str(t.Name))
		if err != nil {
			return nil, err
		}
		pos += " in " + s
	}
	return ctx.FromImport(th, mod, name, pos)
}

// contextImport is the key of a registry template imported with a
// context, in the context's memo.
type contextImport string

// sortedNames returns the keys of a map, sorted.
func sortedNames(m map[string]vm.Value) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Names returns the names the app registers, sorted: its macros and
// components, and the host's function macros, but not the built-in UI
// macros that the app does not replace (see Builtin).
func (r *Registry) Names() []string {
	names := make([]string, 0, len(r.entries))
	for n, e := range r.entries {
		if !e.builtin {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// Builtin reports whether a name is one of hfc's built-in UI macros
// (UIMacros) that the app does not replace: tags resolve to it, but it is
// defined in no file of the app.
func (r *Registry) Builtin(name string) bool {
	e, ok := r.entries[name]
	return ok && e.builtin
}

// Component returns the file component registered under a name (nil when
// the name is not a component, or was replaced by a macro).
func (r *Registry) Component(name string) *Component {
	if e, ok := r.entries[name]; ok {
		return e.comp
	}
	return nil
}

// Components returns the file components, sorted by name: what the server
// needs for their routes (reference §5.8).
func (r *Registry) Components() []*Component {
	var out []*Component
	for _, n := range r.Names() {
		if c := r.entries[n].comp; c != nil {
			out = append(out, c)
		}
	}
	return out
}

// RegistryClass is the class of app.macros (jinja-super-macros' registry).
var RegistryClass = vm.NewGoClass("MacroRegistry", "jinja_super_macros.registry", nil, nil)

// Type implements vm.Value.
func (r *Registry) Type() *vm.Class { return RegistryClass }

// Repr implements repr(app.macros).
func (r *Registry) Repr(*vm.Thread) (string, error) { return "<MacroRegistry>", nil }

// GetAttr implements app.macros.NAME: the registered macro or component, as
// a callable that renders it (reference §5.9).
func (r *Registry) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	if e, ok := r.entries[name]; ok {
		return r.callable(e), true, nil
	}
	return nil, false, nil
}

// GetItem implements app.macros[NAME].
func (r *Registry) GetItem(th *vm.Thread, key vm.Value) (vm.Value, error) {
	if s, ok := key.(vm.Str); ok {
		if e, ok := r.entries[string(s)]; ok {
			return r.callable(e), nil
		}
	}
	return nil, vm.NewException(vm.KeyErrorClass, key)
}

// Contains implements NAME in app.macros.
func (r *Registry) Contains(th *vm.Thread, key vm.Value) (bool, error) {
	s, ok := key.(vm.Str)
	if !ok {
		return false, nil
	}
	_, ok = r.entries[string(s)]
	return ok, nil
}

func (r *Registry) callable(e *entry) vm.Value {
	if e.comp != nil {
		return e.comp
	}
	if e.fn != nil {
		return e.fn
	}
	return &RegistryMacro{r: r, e: e}
}

// RegistryMacroClass is the class of registry macros called from Python.
var RegistryMacroClass = vm.NewGoClass("RegistryMacro", "jinja_super_macros.registry", nil, nil)

// RegistryMacro is a registry macro as app.macros.NAME returns it: calling
// it renders the macro from its template's module (imported without
// context, as there is no calling template) and returns safe HTML.
type RegistryMacro struct {
	r *Registry
	e *entry
}

// Type implements vm.Value.
func (m *RegistryMacro) Type() *vm.Class { return RegistryMacroClass }

// Repr implements repr(m).
func (m *RegistryMacro) Repr(*vm.Thread) (string, error) {
	return "<RegistryMacro '" + m.e.name + "'>", nil
}

// Call renders the macro.
func (m *RegistryMacro) Call(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	t, err := m.r.app.Env.GetTemplate(m.e.template)
	if err != nil {
		return nil, err
	}
	mod, err := t.Module(th)
	if err != nil {
		return nil, err
	}
	fn, err := th.GetAttr(mod, m.e.name)
	if err != nil {
		return nil, err
	}
	out, err := th.CallValue(fn, args, kwnames)
	if err != nil {
		return nil, err
	}
	return markupOf(th, out)
}

// markupOf is markupsafe's Markup(v): v when it is Markup, what __html__
// returns for objects that have it, else str(v), marked safe.
func markupOf(th *vm.Thread, v vm.Value) (vm.Markup, error) {
	if vm.IsMarkup(v) {
		return th.Escape(v)
	}
	s, err := th.Str(v)
	return vm.Markup(s), err
}
