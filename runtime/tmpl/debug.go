package tmpl

import (
	"sort"

	"github.com/hyperflask/hfc/compiler/tmplcompile"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
	"github.com/hyperflask/hfc/runtime/vm"
)

// What the debugger (runtime/debug) reads and changes in a render: the
// variables a context shows, and Jinja expressions evaluated against them.

// Variables returns the variables that the context shows its template,
// without the environment's globals: the render's variables, an including
// template's, an include's or a scoped block's locals, then the top-level
// sets, a later one shadowing an earlier one of the same name.
func (c *Context) Variables() *vm.Dict {
	d := vm.NewDict(0)
	c.addVariables(d)
	return d
}

func (c *Context) addVariables(d *vm.Dict) {
	if c.render != nil {
		c.render.Items(func(k, v vm.Value) bool {
			_ = d.SetItem(nil, k, v)
			return true
		})
	}
	if c.outer != nil {
		c.outer.addVariables(d)
	}
	if c.locals != nil {
		c.locals.Items(func(k, v vm.Value) bool {
			_ = d.SetItem(nil, k, v)
			return true
		})
	}
	for _, name := range sortedNames(c.vars) {
		d.SetStr(name, c.vars[name])
	}
}

// SetVariable changes a variable where the context finds it (a top-level
// set, the locals of an include or a scoped block, an including template,
// the render's variables). It reports whether the context has the name.
func (c *Context) SetVariable(name string, v vm.Value) bool {
	if _, ok := c.vars[name]; ok {
		c.vars[name] = v
		return true
	}
	if c.locals != nil {
		if _, ok := c.locals.GetStr(name); ok {
			c.locals.SetStr(name, v)
			return true
		}
	}
	if c.outer != nil && c.outer.SetVariable(name, v) {
		return true
	}
	if c.render != nil {
		if _, ok := c.render.GetStr(name); ok {
			c.render.SetStr(name, v)
			return true
		}
	}
	return false
}

// Globals returns the environment's globals, sorted by name.
func (env *Environment) Globals() *vm.Dict {
	d := vm.NewDict(len(env.globals))
	for _, name := range sortedNames(env.globals) {
		d.SetStr(name, env.globals[name])
	}
	return d
}

func sortedNames(m map[string]vm.Value) []string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// evalResult is the variable an evaluated expression is stored in.
const evalResult = "__hf_eval__"

// maxEvalCache bounds the expressions an environment keeps compiled.
const maxEvalCache = 256

// Eval evaluates a Jinja expression (the contents of a {{ }}) on th with
// vars as the variables it sees, the environment's globals, filters and
// tests after them. A malformed expression is a TemplateSyntaxError.
func (env *Environment) Eval(th *vm.Thread, expr string, vars *vm.Dict) (vm.Value, error) {
	t, err := env.evalTemplate(expr)
	if err != nil {
		return nil, err
	}
	ctx := t.NewContext(vars)
	saved := th.BeginRender(nil, ctx)
	err = ctx.renderRoot(th, t)
	th.EndRender(saved)
	if err != nil {
		return nil, err
	}
	return ctx.vars[evalResult], nil
}

// evalTemplate compiles {% set __hf_eval__ = expr %} from the parsed
// expression (never from text around it, so no text of expr can end the
// tag), once per expression.
func (env *Environment) evalTemplate(expr string) (*Template, error) {
	env.mu.Lock()
	t, ok := env.evals[expr]
	env.mu.Unlock()
	if ok {
		return t, nil
	}
	f := source.NewFile("<expression>", expr)
	e, diags := template.ParseExpr(f, 0, len(expr), env.parse)
	if diags.HasErrors() {
		return nil, compileError(vm.TemplateSyntaxErrorClass, "", diags)
	}
	span := e.Span()
	target := &template.Name{Name: evalResult, Ctx: template.CtxStore}
	target.Loc = span
	set := &template.Assign{Target: target, Node: e}
	set.Loc = span
	tree := &template.Template{Body: []template.Stmt{set}}
	tree.Loc = span
	opts := tmplcompile.Options{File: f.Name, Autoescape: env.Autoescape(""), Filters: keys(env.filters), Tests: keys(env.tests)}
	if env.Components != nil {
		opts.IsComponent = env.Components.IsComponent
	}
	code, cdiags := tmplcompile.Compile(f, tree, opts)
	if cdiags.HasErrors() {
		return nil, compileError(vm.TemplateAssertionErrorClass, "", cdiags)
	}
	t, err := env.load("", code)
	if err != nil {
		return nil, err
	}
	env.mu.Lock()
	if env.evals == nil || len(env.evals) >= maxEvalCache {
		env.evals = map[string]*Template{}
	}
	env.evals[expr] = t
	env.mu.Unlock()
	return t, nil
}
