package vm

import (
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
)

// TemplateContext is the render context of the template code running on a
// thread (Jinja's Context and Environment as the instructions see them).
// Package runtime/tmpl implements it.
type TemplateContext interface {
	// Resolve returns a context variable or global, else an undefined
	// value; h is StrHash(name).
	Resolve(th *Thread, name string, h uint64) Value
	// Export sets a variable of the context (a top-level {% set %}).
	Export(th *Thread, name string, v Value)
	// Undefined makes an undefined value of the environment's kind.
	Undefined(name string, obj, key Value, hint string) Value
	// Extends records the parent template of the template being rendered.
	Extends(th *Thread, name Value) error
	// HasParent reports whether Extends ran.
	HasParent() bool
	// RenderBlock writes the current definition of a block; locals are the
	// variables a scoped block sees (nil otherwise).
	RenderBlock(th *Thread, name string, locals *Dict) error
	// RenderParent writes the parent template.
	RenderParent(th *Thread) error
	// Include writes the first template of name (a name or a list) that
	// exists; locals are the includer's variables (with context only).
	Include(th *Thread, name Value, locals *Dict, flags int) error
	// Import returns the module of a template: its macros and exported
	// variables.
	Import(th *Thread, name Value, withContext bool) (Value, error)
	// FromImport returns the exported name of a module made by Import, or
	// an undefined value saying that the template (imported at position,
	// "line N in 'name'") does not export it.
	FromImport(th *Thread, module Value, name, position string) (Value, error)
	// Super returns a callable that renders the parent definition of the
	// block being rendered.
	Super(th *Thread, block string) (Value, error)
	// Self returns the reference to the template's blocks.
	Self(th *Thread) Value
	// Component returns the component or registry macro called by a
	// component tag.
	Component(th *Thread, name string) (Value, error)
	// Sandboxed reports whether the environment is a sandbox.
	Sandboxed() bool
}

// inTemplate reports whether the running code is template code (not Python
// called from a template).
func (th *Thread) inTemplate() bool {
	return th.tctx != nil && th.frame != nil && th.frame.Code.Kind >= bytecode.KindTemplate
}

// SetTemplateContext makes ctx the context of the template code that th
// runs next and returns the previous one (to restore it).
func (th *Thread) SetTemplateContext(ctx TemplateContext) TemplateContext {
	prev := th.tctx
	th.tctx = ctx
	return prev
}

// TemplateContext returns the context of the template code running on th.
func (th *Thread) TemplateContext() TemplateContext { return th.tctx }

// Output: template code appends to one buffer; captures (macro bodies, set
// blocks, filter blocks) remember where they started.

// RenderState is what BeginRender saved: the output buffer and captures of
// the code that started a render.
type RenderState struct {
	out            []byte
	marks, autoesc int
	ctx            TemplateContext
}

// BeginRender makes buf (usually empty, reused across renders) the output
// buffer and ctx the template context, saving the thread's previous ones.
func (th *Thread) BeginRender(buf []byte, ctx TemplateContext) RenderState {
	s := RenderState{out: th.out, marks: len(th.outMarks), autoesc: len(th.autoesc), ctx: th.tctx}
	th.out = buf
	th.tctx = ctx
	return s
}

// EndRender returns what the render wrote and restores the state saved by
// BeginRender, dropping captures and {% autoescape %} settings that a
// failed render left open.
func (th *Thread) EndRender(s RenderState) []byte {
	out := th.out
	th.out = s.out
	th.outMarks = th.outMarks[:s.marks]
	th.autoesc = th.autoesc[:s.autoesc]
	th.tctx = s.ctx
	return out
}

// PushOutput starts capturing output.
func (th *Thread) PushOutput() { th.outMarks = append(th.outMarks, len(th.out)) }

// PopOutput ends the innermost capture and returns what it captured.
func (th *Thread) PopOutput() string {
	n := len(th.outMarks) - 1
	start := th.outMarks[n]
	th.outMarks = th.outMarks[:n]
	s := string(th.out[start:])
	th.out = th.out[:start]
	return s
}

// WriteString writes s to the output.
func (th *Thread) WriteString(s string) { th.out = append(th.out, s...) }

// write writes v: str(v), escaped unless raw or Markup.
func (th *Thread) write(v Value, mode int) error {
	if mode == bytecode.WriteAuto {
		mode = bytecode.WriteRaw
		if n := len(th.autoesc); n > 0 && th.autoesc[n-1].on {
			mode = bytecode.WriteEscape
		}
	}
	switch x := v.(type) {
	case Str:
		if mode == bytecode.WriteEscape {
			th.out = appendEscaped(th.out, string(x))
		} else {
			th.out = append(th.out, x...)
		}
		return nil
	case Markup:
		th.out = append(th.out, x...)
		return nil
	case Int:
		th.out = appendInt(th.out, int64(x))
		return nil
	}
	if mode == bytecode.WriteEscape {
		m, err := th.Escape(v)
		if err != nil {
			return err
		}
		th.out = append(th.out, m...)
		return nil
	}
	s, err := th.Str(v)
	if err != nil {
		return err
	}
	th.out = append(th.out, s...)
	return nil
}

func appendInt(b []byte, i int64) []byte {
	if i >= 0 && i < 10 {
		return append(b, byte('0'+i))
	}
	return append(b, intRepr(Int(i))...)
}

// concat is the ~ operator: the str of each part joined; when escaping and
// a part is Markup, the others are escaped and the result is Markup
// (Jinja's markup_join).
func (th *Thread) concat(parts []Value, escape bool) (Value, error) {
	if escape {
		for _, p := range parts {
			if IsMarkup(p) {
				var b strings.Builder
				for _, q := range parts {
					m, err := th.Escape(q)
					if err != nil {
						return nil, err
					}
					b.WriteString(string(m))
				}
				return Markup(b.String()), nil
			}
		}
	}
	var b strings.Builder
	for _, p := range parts {
		s, err := th.Str(p)
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	return Str(b.String()), nil
}

// jinjaGetattr is Jinja's environment.getattr: the attribute, else the item
// of the same name, else an undefined value. Attributes whose name starts
// with an underscore are not reachable from templates (a SecurityError on
// use, as in Jinja's sandbox).
func (th *Thread) jinjaGetattr(obj Value, name string) (Value, error) {
	if u, ok := obj.(*Undefined); ok {
		v, _, err := u.GetAttr(th, name)
		if err != nil && isAttributeError(err) {
			return u.GetItem(th, Str(name))
		}
		return v, err
	}
	if len(name) > 0 && name[0] == '_' {
		// As Jinja's sandbox: an attribute that exists is unsafe; one that
		// does not falls back to the item.
		if _, err := th.GetAttr(obj, name); err == nil {
			return th.unsafeAttr(obj, name), nil
		} else if !isAttributeError(err) {
			return nil, err
		}
		if v, ok, err := th.tryItem(obj, Str(name)); err != nil || ok {
			return v, err
		}
		return th.tctx.Undefined(name, obj, nil, ""), nil
	}
	switch x := obj.(type) {
	case *Dict:
		if x.sub == nil {
			if m := DictClass.Lookup(name); m != nil {
				return th.bindClassAttr(m, obj, DictClass)
			}
			if v, ok := x.GetStr(name); ok {
				return v, nil
			}
			return th.tctx.Undefined(name, obj, nil, ""), nil
		}
	case *Instance:
		if v, ok := x.Dict.GetStr(name); ok {
			return v, nil
		}
	}
	v, err := th.GetAttr(obj, name)
	if err == nil {
		return v, nil
	}
	if e, ok := err.(*Exception); !ok || !e.Matches(AttributeErrorClass) {
		return nil, err
	}
	if v, ok, err := th.tryItem(obj, Str(name)); err != nil || ok {
		return v, err
	}
	return th.tctx.Undefined(name, obj, nil, ""), nil
}

// jinjaGetitem is Jinja's environment.getitem: the item, else for a str
// key the attribute, else an undefined value.
func (th *Thread) jinjaGetitem(obj, key Value) (Value, error) {
	if u, ok := obj.(*Undefined); ok {
		return u.GetItem(th, key)
	}
	if v, ok, err := th.tryItem(obj, key); err != nil || ok {
		return v, err
	}
	if s, ok := key.(Str); ok {
		v, err := th.GetAttr(obj, string(s))
		if err == nil {
			if len(s) > 0 && s[0] == '_' {
				return th.unsafeAttr(obj, string(s)), nil
			}
			return v, nil
		}
		if !isAttributeError(err) {
			return nil, err
		}
	}
	return th.tctx.Undefined("", obj, key, ""), nil
}

func isAttributeError(err error) bool {
	e, ok := err.(*Exception)
	return ok && e.Matches(AttributeErrorClass)
}

// tryItem returns obj[key] and whether it exists: KeyError, IndexError,
// TypeError and AttributeError mean it does not (Jinja's getitem rules).
func (th *Thread) tryItem(obj, key Value) (Value, bool, error) {
	switch x := obj.(type) {
	case *Dict:
		v, ok, err := x.Get(th, key)
		if err != nil {
			if e, isExc := err.(*Exception); isExc && e.Matches(TypeErrorClass) {
				return nil, false, nil
			}
		}
		return v, ok, err
	case *List:
		if i, ok := key.(Int); ok {
			n := Int(len(x.Elems))
			if i < 0 {
				i += n
			}
			if i >= 0 && i < n {
				return x.Elems[i], true, nil
			}
			return nil, false, nil
		}
	}
	v, err := th.GetItem(obj, key)
	if err == nil {
		return v, true, nil
	}
	if e, ok := err.(*Exception); ok && (e.Matches(LookupErrorClass) || e.Matches(TypeErrorClass) || e.Matches(AttributeErrorClass)) {
		return nil, false, nil
	}
	return nil, false, err
}

// unsafeAttr is the undefined value standing for an attribute that
// templates may not reach.
func (th *Thread) unsafeAttr(obj Value, name string) Value {
	u := th.tctx.Undefined(name, obj, nil, "access to attribute '"+name+"' of '"+obj.Type().Name+"' object is unsafe.")
	if x, ok := u.(*Undefined); ok {
		x.Exc = SecurityErrorClass
	}
	return u
}

// escapes resolves a WRITE mode to whether output is escaped.
func (th *Thread) escapes(mode int) bool {
	switch mode {
	case bytecode.WriteEscape:
		return true
	case bytecode.WriteAuto:
		n := len(th.autoesc)
		return n > 0 && th.autoesc[n-1].on
	}
	return false
}

// autoescape is the setting of an {% autoescape %} block running in frame.
type autoescape struct {
	frame *Frame
	on    bool
}

// Autoescape reports whether the template code running now escapes its
// output (Jinja's eval_ctx.autoescape, which some filters read): the
// innermost {% autoescape %} block of the current frame, else the setting
// the code was compiled with.
func (th *Thread) Autoescape() bool {
	fr := th.frame
	if fr == nil {
		return false
	}
	if n := len(th.autoesc); n > 0 && th.autoesc[n-1].frame == fr {
		return th.autoesc[n-1].on
	}
	return fr.Code.Flags&bytecode.FlagAutoescape != 0
}

// newMacro makes a Macro from the descriptor of MAKE_MACRO: (name, argument
// names, number of defaults, flags).
func newMacro(desc Tuple, fn *Function, ctx TemplateContext) *Macro {
	m := &Macro{Fn: fn, Ctx: ctx}
	if name, ok := desc[0].(Str); ok {
		m.Name = string(name)
	}
	for _, a := range desc[1].(Tuple) {
		m.Args = append(m.Args, string(a.(Str)))
	}
	nd, _ := AsInt64(desc[2])
	m.Defaults = int(nd)
	flags, _ := AsInt64(desc[3])
	m.CatchVarargs = flags&bytecode.MacroVarargs != 0
	m.CatchKwargs = flags&bytecode.MacroKwargs != 0
	m.Caller = flags&bytecode.MacroCaller != 0
	return m
}
