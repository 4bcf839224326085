package tmpl

import (
	"sync"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/vm"
)

// TemplateClass is the class of Template values (jinja2.environment.Template).
var TemplateClass = vm.NewGoClass("Template", "jinja2.environment", nil, nil)

// Template is a compiled template, ready to render on any thread.
type Template struct {
	env        *Environment
	Name, File string
	// Autoescape is the template's own setting (its blocks and macros keep
	// it wherever they render).
	Autoescape bool
	root       *vm.Function
	blocks     map[string]*blockDef
	blockOrder []string
	compiled   *bytecode.Template

	// poolable says that no code of the template keeps its context beyond
	// the render (see keepsContext); contexts then come from a pool.
	poolable bool
	contexts sync.Pool

	// module is the template's default module (imported without context),
	// made once as Jinja caches it.
	moduleOnce sync.Once
	module     *Module
	moduleErr  error
}

// blockDef is one definition of a block.
type blockDef struct {
	name     string
	fn       *vm.Function
	tmpl     *Template
	required bool
}

// Type implements vm.Value.
func (t *Template) Type() *vm.Class { return TemplateClass }

// Repr implements repr(t).
func (t *Template) Repr(*vm.Thread) (string, error) {
	if t.Name == "" {
		return "<Template memory>", nil
	}
	return "<Template '" + t.Name + "'>", nil
}

// Compiled returns the bytecode of the template.
func (t *Template) Compiled() *bytecode.Template { return t.compiled }

// Environment returns the environment the template was compiled in.
func (t *Template) Environment() *Environment { return t.env }

// Execute renders the template with vars (the render's variables; nil for
// none) on th and appends the output to buf.
func (t *Template) Execute(th *vm.Thread, vars *vm.Dict, buf []byte) ([]byte, error) {
	ctx := t.acquireContext(vars)
	saved := th.BeginRender(buf, ctx)
	err := ctx.renderRoot(th, t)
	out := th.EndRender(saved)
	t.releaseContext(ctx)
	return out, err
}

// acquireContext returns a render context for t, reused when t's code
// cannot let the context escape the render.
func (t *Template) acquireContext(vars *vm.Dict) *Context {
	if t.poolable {
		if ctx, ok := t.contexts.Get().(*Context); ok {
			ctx.render = vars
			return ctx
		}
	}
	return t.NewContext(vars)
}

// releaseContext makes a context reusable once its render is over, unless
// code that keeps contexts (macros, self, super, imports, components) ran
// in it.
func (t *Template) releaseContext(ctx *Context) {
	if !t.poolable || ctx.keep {
		return
	}
	clear(ctx.vars)
	clear(ctx.memo)
	ctx.exported = ctx.exported[:0]
	ctx.locals, ctx.outer, ctx.render = nil, nil, nil
	ctx.roots = ctx.roots[:0]
	ctx.own.running = ctx.own.running[:0]
	if len(ctx.own.blocks) != len(t.blocks) || ctx.extended {
		clear(ctx.own.blocks)
		for name, b := range t.blocks {
			ctx.own.blocks[name] = []*blockDef{b}
		}
	}
	ctx.extended = false
	t.contexts.Put(ctx)
}

// Render renders the template and returns its output.
func (t *Template) Render(th *vm.Thread, vars *vm.Dict) (string, error) {
	bp, _ := renderBuffers.Get().(*[]byte)
	if bp == nil {
		bp = new([]byte)
	}
	out, err := t.Execute(th, vars, (*bp)[:0])
	s := string(out)
	if cap(out) <= maxPooledBuffer {
		*bp = out[:0]
		renderBuffers.Put(bp)
	}
	return s, err
}

// renderBuffers holds the output buffers of finished renders (*[]byte):
// a render writes into one that has grown to the size of a page already,
// instead of growing a new one from nothing; its output is copied out.
var renderBuffers sync.Pool

// maxPooledBuffer bounds the buffers kept for reuse, so that one huge
// page does not keep its buffer alive.
const maxPooledBuffer = 256 << 10

// NewContext returns a fresh render context for t: the environment's
// globals, then vars.
func (t *Template) NewContext(vars *vm.Dict) *Context {
	ctx := &Context{env: t.env, tmpl: t, render: vars}
	ctx.rs = &ctx.own
	ctx.own.blocks = make(map[string][]*blockDef, len(t.blocks))
	for name, b := range t.blocks {
		ctx.own.blocks[name] = []*blockDef{b}
	}
	return ctx
}

// Module returns the template's default module: its exported variables and
// macros after rendering it with no variables (cached, as Jinja does).
func (t *Template) Module(th *vm.Thread) (*Module, error) {
	t.moduleOnce.Do(func() {
		t.module, t.moduleErr = t.makeModule(th, t.NewContext(nil))
	})
	return t.module, t.moduleErr
}

// makeModule renders t in ctx and collects its exports.
func (t *Template) makeModule(th *vm.Thread, ctx *Context) (*Module, error) {
	saved := th.BeginRender(nil, ctx)
	err := ctx.renderRoot(th, t)
	out := th.EndRender(saved)
	if err != nil {
		return nil, err
	}
	m := &Module{tmpl: t, attrs: vm.NewDict(len(ctx.exported))}
	for _, name := range ctx.exported {
		m.attrs.SetStr(name, ctx.vars[name])
	}
	if t.Autoescape {
		m.body = vm.Markup(out)
	} else {
		m.body = vm.Str(out)
	}
	return m, nil
}

// ModuleClass is the class of imported template modules.
var ModuleClass = vm.NewGoClass("TemplateModule", "jinja2.environment", nil, nil)

// Module is an imported template (Jinja's TemplateModule): its exported
// variables and macros as attributes, its output as str().
type Module struct {
	tmpl  *Template
	attrs *vm.Dict
	body  vm.Value
}

// Type implements vm.Value.
func (m *Module) Type() *vm.Class { return ModuleClass }

// GetAttr implements attribute access.
func (m *Module) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	v, ok := m.attrs.GetStr(name)
	return v, ok, nil
}

// Str implements str(m): the module's rendered body.
func (m *Module) Str(th *vm.Thread) (string, error) { return th.Str(m.body) }

// HTML returns the body as markup when the template autoescapes (__html__).
func (m *Module) HTML() vm.Value { return m.body }

// Repr implements repr(m).
func (m *Module) Repr(*vm.Thread) (string, error) {
	if m.tmpl.Name == "" {
		return "<TemplateModule memory>", nil
	}
	return "<TemplateModule '" + m.tmpl.Name + "'>", nil
}
