// Package tmpl runs templates: Jinja 3.1 with Hyperflask's additions,
// compiled by compiler/tmplcompile to the bytecode that runtime/vm runs.
//
// An Environment holds the settings, the loader, the filters, tests and
// globals, and a cache of compiled templates; it is safe for concurrent
// use. A Template renders on a vm.Thread through a Context, which
// implements vm.TemplateContext: variable lookup, inheritance, includes,
// imports and components.
package tmpl

import (
	"fmt"
	"path"
	"strings"
	"sync"

	"github.com/hyperflask/hfc/compiler/bundle"
	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/compiler/tmplcompile"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
	"github.com/hyperflask/hfc/runtime/vm"
)

// Options are the settings of an Environment. The zero value is Jinja's
// default Environment with autoescape on.
type Options struct {
	// Autoescape is "on" (the default when empty), "off", "select"
	// (Jinja's select_autoescape(): .html, .htm and .xml templates and
	// templates from strings) or "hyperflask" (Flask's rule: .html, .htm,
	// .xml, .xhtml and .svg templates, and templates from strings).
	Autoescape string
	// Undefined is the kind of undefined values: "default" (or empty),
	// "strict", "chainable" or "debug".
	Undefined string
	// TrimBlocks, LstripBlocks and KeepTrailingNewline are Jinja's lexer
	// options of the same names.
	TrimBlocks, LstripBlocks, KeepTrailingNewline bool
	// Extensions enables Jinja extensions: "do" and "loopcontrols" (or
	// their full names jinja2.ext.do, jinja2.ext.loopcontrols).
	Extensions []string
	// Sandbox makes the environment a SandboxedEnvironment.
	Sandbox bool
	// Hyperflask enables component tags and the use_layout, suspense,
	// markdown and form tags.
	Hyperflask bool
	// DefaultLayout is the template {% use_layout %} extends when it names
	// none; "layouts/default.html" when empty.
	DefaultLayout string
}

// Environment compiles and caches templates and holds what they share.
type Environment struct {
	opts      Options
	loader    Loader
	undefined vm.UndefinedKind
	parse     template.Options

	filters, tests map[string]vm.Value
	globals        map[string]vm.Value
	// Components resolves component tags of Hyperflask templates; nil
	// renders every tag that is not a local macro as an HTML element.
	Components Components
	// Cache holds compiled templates (a bundle's, or one being written):
	// a template is looked up by its key before it is compiled, and what
	// is compiled is recorded (not templates from strings). Set it before
	// the first template loads.
	Cache Cache

	mu    sync.Mutex
	cache map[string]*cacheEntry
	// evals holds the expressions Eval compiled.
	evals map[string]*Template
}

type cacheEntry struct {
	once sync.Once
	t    *Template
	err  error
}

// Cache is a store of compiled templates by key (compiler/bundle).
type Cache interface {
	Template(key string) (*bytecode.Template, bool)
	PutTemplate(key string, t *bytecode.Template)
}

// Components is a registry of components and registry macros (reference
// §5.5): IsComponent is asked at compile time, Lookup when a tag renders.
type Components interface {
	IsComponent(name string) bool
	Lookup(th *vm.Thread, ctx *Context, name string) (vm.Value, error)
}

// NewEnvironment returns an environment loading templates with loader.
func NewEnvironment(opts Options, loader Loader) (*Environment, error) {
	env := &Environment{opts: opts, loader: loader, cache: map[string]*cacheEntry{}}
	switch opts.Autoescape {
	case "", "on", "off", "select", "hyperflask":
	default:
		return nil, fmt.Errorf("autoescape %q: want on, off, select or hyperflask", opts.Autoescape)
	}
	switch opts.Undefined {
	case "", "default":
		env.undefined = vm.DefaultUndefined
	case "strict":
		env.undefined = vm.StrictUndefined
	case "chainable":
		env.undefined = vm.ChainableUndefined
	case "debug":
		env.undefined = vm.DebugUndefined
	default:
		return nil, fmt.Errorf("undefined %q: want default, strict, chainable or debug", opts.Undefined)
	}
	env.parse = template.Options{
		TrimBlocks:          opts.TrimBlocks,
		LstripBlocks:        opts.LstripBlocks,
		KeepTrailingNewline: opts.KeepTrailingNewline,
		Hyperflask:          opts.Hyperflask,
	}
	for _, e := range opts.Extensions {
		switch strings.TrimPrefix(e, "jinja2.ext.") {
		case "do":
			env.parse.Do = true
		case "loopcontrols":
			env.parse.LoopControls = true
		default:
			return nil, fmt.Errorf("extension %q: want do or loopcontrols", e)
		}
	}
	env.filters = make(map[string]vm.Value, len(builtinFilters))
	for k, v := range builtinFilters {
		env.filters[k] = v
	}
	env.tests = make(map[string]vm.Value, len(builtinTests))
	for k, v := range builtinTests {
		env.tests[k] = v
	}
	env.globals = make(map[string]vm.Value, len(builtinGlobals))
	for k, v := range builtinGlobals {
		env.globals[k] = v
	}
	if opts.Sandbox {
		for k, v := range sandboxGlobals {
			env.globals[k] = v
		}
	}
	return env, nil
}

// Options returns the environment's settings.
func (env *Environment) Options() Options { return env.opts }

// ParseOptions returns the parser settings of the environment's templates.
func (env *Environment) ParseOptions() template.Options { return env.parse }

// SetFilter adds or replaces a filter. Filters, tests and globals must be
// set before templates compile.
func (env *Environment) SetFilter(name string, f vm.Value) { env.filters[name] = f }

// SetTest adds or replaces a test.
func (env *Environment) SetTest(name string, f vm.Value) { env.tests[name] = f }

// SetGlobal adds or replaces a global variable.
func (env *Environment) SetGlobal(name string, v vm.Value) { env.globals[name] = v }

// Global returns a global variable.
func (env *Environment) Global(name string) (vm.Value, bool) {
	v, ok := env.globals[name]
	return v, ok
}

// Filter returns the filter named name.
func (env *Environment) Filter(name string) (vm.Value, bool) {
	v, ok := env.filters[name]
	return v, ok
}

// Test returns the test named name.
func (env *Environment) Test(name string) (vm.Value, bool) {
	v, ok := env.tests[name]
	return v, ok
}

// UndefinedKind returns the kind of the environment's undefined values.
func (env *Environment) UndefinedKind() vm.UndefinedKind { return env.undefined }

// Sandboxed reports whether the environment is a sandbox.
func (env *Environment) Sandboxed() bool { return env.opts.Sandbox }

// Autoescape reports whether the template of a name escapes its output
// (a template from a string has the name "").
func (env *Environment) Autoescape(name string) bool {
	switch env.opts.Autoescape {
	case "off":
		return false
	case "select":
		if name == "" {
			return true
		}
		switch strings.ToLower(path.Ext(name)) {
		case ".html", ".htm", ".xml":
			return true
		}
		return false
	case "hyperflask":
		if name == "" {
			return true // Flask escapes templates from strings
		}
		switch strings.ToLower(path.Ext(name)) {
		case ".html", ".htm", ".xml", ".xhtml", ".svg":
			return true
		}
		return false
	}
	return true
}

// GetTemplate returns the compiled template of a name, compiling it on
// first use. Errors are *vm.Exception: TemplateNotFound,
// TemplateSyntaxError or TemplateAssertionError.
func (env *Environment) GetTemplate(name string) (*Template, error) {
	env.mu.Lock()
	e, ok := env.cache[name]
	if !ok {
		e = &cacheEntry{}
		env.cache[name] = e
	}
	env.mu.Unlock()
	e.once.Do(func() {
		src, err := env.loader.Load(name)
		if err != nil {
			e.err = err
			return
		}
		e.t, e.err = env.compile(name, src)
	})
	if e.err != nil {
		// A failed template is tried again next time (it may be fixed).
		env.mu.Lock()
		if env.cache[name] == e {
			delete(env.cache, name)
		}
		env.mu.Unlock()
	}
	return e.t, e.err
}

// FromString compiles a template that no loader knows (its name is "").
func (env *Environment) FromString(text string) (*Template, error) {
	return env.compile("", Source{Text: text, End: len(text)})
}

// compile parses, compiles and loads one template.
func (env *Environment) compile(name string, src Source) (*Template, error) {
	file := src.File
	if file == "" {
		file = name
	}
	f := source.NewFile(file, src.Text)
	end := src.End
	if end == 0 && src.Start == 0 {
		end = len(src.Text)
	}
	var key string
	if env.Cache != nil && name != "" {
		key = env.cacheKey(name, file, src.Text, src.Start, end)
		if bt, ok := env.Cache.Template(key); ok {
			if t, err := env.load(name, bt); err == nil {
				return t, nil
			}
		}
	}
	tree, diags := template.Parse(f, src.Start, end, env.parse)
	if diags.HasErrors() {
		return nil, compileError(vm.TemplateSyntaxErrorClass, name, diags)
	}
	opts := tmplcompile.Options{
		Name:          name,
		File:          file,
		Autoescape:    env.Autoescape(name),
		DefaultLayout: env.opts.DefaultLayout,
		Filters:       keys(env.filters),
		Tests:         keys(env.tests),
		Bundles:       env.opts.Hyperflask,
	}
	if opts.DefaultLayout == "" {
		opts.DefaultLayout = "layouts/default.html"
	}
	if env.Components != nil {
		opts.IsComponent = env.Components.IsComponent
	}
	code, cdiags := tmplcompile.Compile(f, tree, opts)
	if cdiags.HasErrors() {
		return nil, compileError(vm.TemplateAssertionErrorClass, name, cdiags)
	}
	if key != "" {
		env.Cache.PutTemplate(key, code)
	}
	return env.load(name, code)
}

// cacheKey is the key of a template in the Cache: its name, file and text,
// and the settings that change its compiled code (autoescape, the parser's
// options, the default layout, the components that tags resolve to).
func (env *Environment) cacheKey(name, file, text string, start, end int) string {
	var comps []string
	if n, ok := env.Components.(interface{ Names() []string }); ok {
		comps = n.Names()
	}
	return bundle.Key("tmpl", name, file, text, fmt.Sprint(start, end, env.Autoescape(name), env.parse, env.opts.DefaultLayout),
		strings.Join(comps, ","))
}

func keys(m map[string]vm.Value) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

// compileError turns the first error of diags into the exception Jinja
// raises: TemplateSyntaxError for the parser's, TemplateAssertionError for
// the compiler's.
func compileError(cls *vm.Class, name string, diags diag.List) error {
	for _, d := range diags {
		if d.Severity != diag.Error {
			continue
		}
		if template.IsAssertion(d) {
			cls = vm.TemplateAssertionErrorClass
		}
		exc := vm.NewException(cls, vm.Str(d.Message))
		exc.Payload = &SyntaxError{Name: name, Diag: d}
		return exc
	}
	return vm.NewException(cls, vm.Str("invalid template"))
}

// SyntaxError is the payload of a TemplateSyntaxError: where the template
// is broken.
type SyntaxError struct {
	Name string // the template's name
	Diag diag.Diagnostic
}

// load prepares a compiled template for running: each code object is
// validated and bound to the environment's filters and tests.
func (env *Environment) load(name string, bt *bytecode.Template) (*Template, error) {
	t := &Template{env: env, Name: name, File: bt.File, Autoescape: env.Autoescape(name), blocks: map[string]*blockDef{}}
	root, err := env.function(bt.File, name, bt.Root)
	if err != nil {
		return nil, err
	}
	t.root = root
	for _, b := range bt.Blocks {
		fn, err := env.function(bt.File, name, b.Code)
		if err != nil {
			return nil, err
		}
		t.blocks[b.Name] = &blockDef{name: b.Name, fn: fn, tmpl: t, required: b.Required}
		t.blockOrder = append(t.blockOrder, b.Name)
	}
	t.compiled = bt
	t.poolable = !keepsContext(bt.Root)
	for _, b := range bt.Blocks {
		if keepsContext(b.Code) {
			t.poolable = false
		}
	}
	return t, nil
}

// keepsContext reports whether code (or code nested in it) makes values
// that hold on to the render context: macros, self, super(), imported
// modules and components.
func keepsContext(code *bytecode.Code) bool {
	for _, ins := range code.Code {
		switch op, _ := bytecode.Decode(ins); op {
		case bytecode.MAKE_MACRO, bytecode.LOAD_SELF, bytecode.LOAD_SUPER, bytecode.IMPORT, bytecode.LOAD_COMPONENT:
			return true
		}
	}
	for _, k := range code.Consts {
		if nested, ok := k.(*bytecode.Code); ok && keepsContext(nested) {
			return true
		}
	}
	return false
}

// function loads one template code object as a function.
func (env *Environment) function(file, name string, code *bytecode.Code) (*vm.Function, error) {
	prog, err := vm.LoadProgram(&bytecode.Program{File: file, Body: code})
	if err != nil {
		return nil, fmt.Errorf("template %s: %w", name, err)
	}
	if err := prog.Body.BindTemplate(env.filterValue, env.testValue); err != nil {
		return nil, err
	}
	mod := vm.NewModule(name, prog)
	return &vm.Function{Code: prog.Body, Module: mod, Name: code.Name, QualName: code.QualName}, nil
}

// filterValue is the filter a template's LOAD_FILTER pushes. A filter the
// environment lacks was used in a conditional branch (Jinja compiles it
// and fails only if it runs).
func (env *Environment) filterValue(name string) (vm.Value, error) {
	if f, ok := env.filters[name]; ok {
		return f, nil
	}
	return missingDependency("filter", name), nil
}

func (env *Environment) testValue(name string) (vm.Value, error) {
	if f, ok := env.tests[name]; ok {
		return f, nil
	}
	return missingDependency("test", name), nil
}

func missingDependency(kind, name string) vm.Value {
	return vm.NewBuiltin(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return nil, th.Raise(vm.TemplateRuntimeErrorClass, "No %s named '%s' found.", kind, name)
	})
}
