package tmpl

import (
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/vm"
)

// Context is the render context of a template (Jinja's Context): the
// variables the template sees, the blocks of its inheritance chain and the
// state of extends. It implements vm.TemplateContext.
type Context struct {
	env  *Environment
	tmpl *Template // the template rendered (self)

	// Variables, searched in this order: vars (top-level sets), locals
	// (an include's or a scoped block's view of its caller), the outer
	// context (include with context), render (the render's variables),
	// then the environment's globals.
	vars     map[string]vm.Value
	exported []string
	locals   *vm.Dict
	outer    *Context
	render   *vm.Dict

	rs    *renderState
	own   renderState // what rs points to, except in derived contexts
	roots []rootState

	// keep marks a context that code of another template may have kept
	// (its parent's macros …): it is not reused. extended marks one whose
	// block chains grew.
	keep, extended bool

	// memo holds what hosts cache for the render (Memo).
	memo map[any]vm.Value
}

// renderState is shared by a context and the contexts derived from it for
// scoped blocks: the block definitions and the blocks being rendered.
type renderState struct {
	blocks  map[string][]*blockDef
	running []runningBlock
}

type runningBlock struct {
	name  string
	index int
}

// rootState is the state of one running root function: a template, then
// each parent it extends.
type rootState struct {
	parent *Template
}

// Environment returns the context's environment.
func (c *Context) Environment() *Environment { return c.env }

// Template returns the template the context renders.
func (c *Context) Template() *Template { return c.tmpl }

// renderRoot runs the root function of t (the template or a parent).
func (c *Context) renderRoot(th *vm.Thread, t *Template) error {
	c.roots = append(c.roots, rootState{})
	err := th.CallTemplateFunction(t.root, c)
	c.roots = c.roots[:len(c.roots)-1]
	return err
}

// Lookup returns a variable of the context without making an undefined.
func (c *Context) Lookup(name string) (vm.Value, bool) {
	return c.lookup(name, vm.StrHash(name))
}

// lookup is Lookup with the name's hash known.
func (c *Context) lookup(name string, h uint64) (vm.Value, bool) {
	if v, ok := c.lookupNoGlobals(name, h); ok {
		return v, true
	}
	v, ok := c.env.globals[name]
	return v, ok
}

func (c *Context) lookupNoGlobals(name string, h uint64) (vm.Value, bool) {
	if len(c.vars) > 0 {
		if v, ok := c.vars[name]; ok {
			return v, true
		}
	}
	if c.locals != nil {
		if v, ok := c.locals.GetStrHash(name, h); ok {
			return v, true
		}
	}
	if c.outer != nil {
		if v, ok := c.outer.lookupNoGlobals(name, h); ok {
			return v, true
		}
	}
	if c.render != nil {
		if v, ok := c.render.GetStrHash(name, h); ok {
			return v, true
		}
	}
	return nil, false
}

// Resolve implements vm.TemplateContext.
func (c *Context) Resolve(th *vm.Thread, name string, h uint64) vm.Value {
	if v, ok := c.lookup(name, h); ok {
		return v
	}
	return c.Undefined(name, nil, nil, "")
}

// Export implements vm.TemplateContext: a top-level {% set %} or macro.
// Names starting with an underscore are not exported by imports.
func (c *Context) Export(th *vm.Thread, name string, v vm.Value) {
	if c.vars == nil {
		c.vars = make(map[string]vm.Value, 4)
	}
	if _, seen := c.vars[name]; !seen && !strings.HasPrefix(name, "_") {
		c.exported = append(c.exported, name)
	}
	c.vars[name] = v
}

// Undefined implements vm.TemplateContext.
func (c *Context) Undefined(name string, obj, key vm.Value, hint string) vm.Value {
	return &vm.Undefined{Kind: c.env.undefined, Name: name, Obj: obj, Key: key, Hint: hint}
}

// Extends implements vm.TemplateContext: the blocks of the parent join the
// chain after the ones already known.
func (c *Context) Extends(th *vm.Thread, name vm.Value) error {
	top := &c.roots[len(c.roots)-1]
	if top.parent != nil {
		return th.Raise(vm.TemplateRuntimeErrorClass, "extended multiple times")
	}
	parent, err := c.getTemplate(th, name)
	if err != nil {
		return err
	}
	for _, n := range parent.blockOrder {
		c.rs.blocks[n] = append(c.rs.blocks[n], parent.blocks[n])
	}
	c.extended = true
	if !parent.poolable {
		c.keep = true
	}
	top.parent = parent
	return nil
}

// HasParent implements vm.TemplateContext.
func (c *Context) HasParent() bool {
	return len(c.roots) > 0 && c.roots[len(c.roots)-1].parent != nil
}

// RenderParent implements vm.TemplateContext.
func (c *Context) RenderParent(th *vm.Thread) error {
	p := c.roots[len(c.roots)-1].parent
	if p == nil {
		return nil
	}
	return c.renderRoot(th, p)
}

// RenderBlock implements vm.TemplateContext.
func (c *Context) RenderBlock(th *vm.Thread, name string, locals *vm.Dict) error {
	return c.renderBlockAt(th, name, 0, locals)
}

// renderBlockAt renders the index-th definition of a block (0 is the
// innermost override, higher indexes are the parents' definitions).
func (c *Context) renderBlockAt(th *vm.Thread, name string, index int, locals *vm.Dict) error {
	defs := c.rs.blocks[name]
	if index >= len(defs) {
		return th.Raise(vm.TemplateRuntimeErrorClass, "block '%s' is not defined", name)
	}
	def := defs[index]
	if def.required {
		return th.Raise(vm.TemplateRuntimeErrorClass, "Required block '%s' not found", name)
	}
	// A scoped block statement passes its locals; whichever definition
	// renders sees them.
	ctx := c
	if locals != nil {
		ctx = c.derived(locals)
	}
	c.rs.running = append(c.rs.running, runningBlock{name, index})
	err := th.CallTemplateFunction(def.fn, ctx)
	c.rs.running = c.rs.running[:len(c.rs.running)-1]
	return err
}

// derived is Jinja's Context.derived: a context that sees the variables of
// c plus locals and shares its blocks.
func (c *Context) derived(locals *vm.Dict) *Context {
	return &Context{env: c.env, tmpl: c.tmpl, locals: locals, outer: c, rs: c.rs}
}

// Include implements vm.TemplateContext.
func (c *Context) Include(th *vm.Thread, name vm.Value, locals *vm.Dict, flags int) error {
	t, err := c.selectTemplate(th, name)
	if err != nil {
		if flags&bytecode.IncludeIgnoreMissing != 0 && isNotFound(err) {
			return nil
		}
		return err
	}
	ctx := t.acquireContext(nil)
	if flags&bytecode.IncludeWithContext != 0 {
		ctx.outer, ctx.locals = c, locals
	}
	err = ctx.renderRoot(th, t)
	t.releaseContext(ctx)
	return err
}

// Import implements vm.TemplateContext.
func (c *Context) Import(th *vm.Thread, name vm.Value, withContext bool) (vm.Value, error) {
	t, err := c.getTemplate(th, name)
	if err != nil {
		return nil, err
	}
	if !withContext {
		return t.Module(th)
	}
	ctx := t.NewContext(nil)
	ctx.outer = c
	return t.makeModule(th, ctx)
}

// FromImport implements vm.TemplateContext.
func (c *Context) FromImport(th *vm.Thread, module vm.Value, name, position string) (vm.Value, error) {
	if m, ok := module.(*Module); ok {
		if v, ok := m.attrs.GetStr(name); ok {
			return v, nil
		}
		return c.Undefined(name, nil, nil, "the template "+reprName(m.tmpl.Name)+" (imported on "+position+") does not export the requested name '"+name+"'"), nil
	}
	v, err := th.GetAttr(module, name)
	if err != nil {
		return c.Undefined(name, nil, nil, "the template (imported on "+position+") does not export the requested name '"+name+"'"), nil
	}
	return v, nil
}

// Super implements vm.TemplateContext.
func (c *Context) Super(th *vm.Thread, block string) (vm.Value, error) {
	index := -1
	for i := len(c.rs.running) - 1; i >= 0; i-- {
		if c.rs.running[i].name == block {
			index = c.rs.running[i].index
			break
		}
	}
	if index < 0 || index+1 >= len(c.rs.blocks[block]) {
		return c.Undefined("super", nil, nil, "there is no parent block called '"+block+"'."), nil
	}
	return &BlockReference{ctx: c, name: block, index: index + 1}, nil
}

// Self implements vm.TemplateContext.
func (c *Context) Self(th *vm.Thread) vm.Value { return &TemplateReference{ctx: c} }

// Memo returns the value a host cached in the context under key, making
// it with build on first use; a failed build caches nothing. The macro
// registry keeps the modules it imports with the context here, once per
// render as the reference's imports at the top of a template.
func (c *Context) Memo(key any, build func() (vm.Value, error)) (vm.Value, error) {
	if v, ok := c.memo[key]; ok {
		return v, nil
	}
	v, err := build()
	if err != nil {
		return nil, err
	}
	if c.memo == nil {
		c.memo = map[any]vm.Value{}
	}
	c.memo[key] = v
	return v, nil
}

// Sandboxed implements vm.TemplateContext.
func (c *Context) Sandboxed() bool { return c.env.opts.Sandbox }

// Component implements vm.TemplateContext.
func (c *Context) Component(th *vm.Thread, name string) (vm.Value, error) {
	if c.env.Components == nil {
		return nil, th.Raise(vm.TemplateRuntimeErrorClass, "no component named '%s'", name)
	}
	return c.env.Components.Lookup(th, c, name)
}

// getTemplate is Jinja's get_template on a template name or Template.
func (c *Context) getTemplate(th *vm.Thread, name vm.Value) (*Template, error) {
	switch x := name.(type) {
	case vm.Str:
		return c.env.GetTemplate(string(x))
	case vm.Markup:
		return c.env.GetTemplate(string(x))
	case *Template:
		return x, nil
	case *vm.Undefined:
		return nil, x.Fail()
	}
	return nil, vm.NewException(vm.TemplateNotFoundClass, name)
}

// selectTemplate is Jinja's get_or_select_template: a name, a Template, or
// a list of them of which the first that exists is used.
func (c *Context) selectTemplate(th *vm.Thread, name vm.Value) (*Template, error) {
	var items []vm.Value
	switch x := name.(type) {
	case *vm.List:
		items = x.Elems
	case vm.Tuple:
		items = x
	default:
		return c.getTemplate(th, name)
	}
	if len(items) == 0 {
		return nil, vm.NewException(vm.TemplatesNotFoundClass, vm.Str("Tried to select from an empty list of templates."))
	}
	for _, it := range items {
		t, err := c.getTemplate(th, it)
		if err == nil {
			return t, nil
		}
		if !isNotFound(err) {
			return nil, err
		}
	}
	names := make([]string, len(items))
	for i, it := range items {
		s, err := th.Str(it)
		if err != nil {
			return nil, err
		}
		names[i] = s
	}
	return nil, vm.NewException(vm.TemplatesNotFoundClass, vm.Str("none of the templates given were found: "+strings.Join(names, ", ")))
}

func isNotFound(err error) bool {
	exc, ok := err.(*vm.Exception)
	return ok && exc.Type().IsSubclass(vm.TemplateNotFoundClass)
}

// BlockReferenceClass is the class of block references (super(), self.x).
var BlockReferenceClass = vm.NewGoClass("BlockReference", "jinja2.runtime", nil, nil)

// BlockReference is a callable that renders one definition of a block
// (Jinja's BlockReference).
type BlockReference struct {
	ctx   *Context
	name  string
	index int
}

// Type implements vm.Value.
func (b *BlockReference) Type() *vm.Class { return BlockReferenceClass }

// Call renders the block and returns its output: Markup when the calling
// code autoescapes.
func (b *BlockReference) Call(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) > 0 {
		return nil, th.TypeError("BlockReference.__call__() takes 1 positional argument but %d were given", len(args)+1)
	}
	escape := th.Autoescape()
	th.PushOutput()
	err := b.ctx.renderBlockAt(th, b.name, b.index, nil)
	out := th.PopOutput()
	if err != nil {
		return nil, err
	}
	if escape {
		return vm.Markup(out), nil
	}
	return vm.Str(out), nil
}

// GetAttr answers super: the next definition up the chain.
func (b *BlockReference) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	if name != "super" {
		return nil, false, nil
	}
	if b.index+1 >= len(b.ctx.rs.blocks[b.name]) {
		return b.ctx.Undefined("super", nil, nil, "there is no parent block called '"+b.name+"'."), true, nil
	}
	return &BlockReference{ctx: b.ctx, name: b.name, index: b.index + 1}, true, nil
}

// TemplateReferenceClass is the class of `self` in templates.
var TemplateReferenceClass = vm.NewGoClass("TemplateReference", "jinja2.runtime", nil, nil)

// TemplateReference is `self`: its attributes are the template's blocks.
type TemplateReference struct{ ctx *Context }

// Type implements vm.Value.
func (r *TemplateReference) Type() *vm.Class { return TemplateReferenceClass }

// GetAttr returns the reference to a block.
func (r *TemplateReference) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	if _, ok := r.ctx.rs.blocks[name]; !ok {
		return nil, false, nil
	}
	return &BlockReference{ctx: r.ctx, name: name}, true, nil
}

// Repr implements repr(self).
func (r *TemplateReference) Repr(*vm.Thread) (string, error) {
	return "<TemplateReference " + reprName(r.ctx.tmpl.Name) + ">", nil
}

func reprName(name string) string {
	if name == "" {
		return "None"
	}
	return "'" + name + "'"
}
