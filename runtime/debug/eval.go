package debug

import (
	"errors"
	"fmt"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/compiler/pycompile"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

// evalResult is the global an evaluated Python expression is stored in.
const evalResult = "__hf_eval__"

// Evaluate evaluates an expression in a frame of a stopped thread: Python
// in Python frames, Jinja in template frames. In the debug console (repl)
// a Python frame also runs statements; the variables they assign are
// written back to the frame.
func (e *Engine) Evaluate(frameID int, expr string, repl bool) (Variable, error) {
	h, err := e.lookup(frameID)
	if err != nil {
		return Variable{}, err
	}
	if h.scope != scopeFrame {
		return Variable{}, fmt.Errorf("reference %d is not a frame", frameID)
	}
	t := h.t
	var out Variable
	var ferr error
	err = t.do(func() {
		fr := h.st.frames[h.frame]
		var v vm.Value
		if v, ferr = t.eval(fr, e.langOf(fr), expr, repl); ferr != nil {
			ferr = errors.New(errorText(t, ferr))
			return
		}
		if v == nil { // statements
			return
		}
		out = t.variable(h, "", v, expr)
	})
	if err == nil {
		err = ferr
	}
	return out, err
}

// eval evaluates expr in fr on the thread (which must be the current
// goroutine's): nil without an error when repl ran statements.
func (t *thread) eval(fr *vm.Frame, l lang, expr string, repl bool) (vm.Value, error) {
	if l == langTemplate {
		return t.evalJinja(fr, expr)
	}
	return t.evalPython(fr, expr, repl)
}

// evalJinja evaluates a Jinja expression with the frame's locals and its
// context's variables.
func (t *thread) evalJinja(fr *vm.Frame, expr string) (vm.Value, error) {
	ctx := t.templateContext(fr)
	if ctx == nil {
		return nil, fmt.Errorf("the frame has no template context")
	}
	vars := ctx.Variables()
	for _, n := range frameLocals(fr) {
		vars.SetStr(n.name, n.value)
	}
	var v vm.Value
	err := t.guard(func() error {
		var err error
		v, err = ctx.Environment().Eval(t.th, expr, vars)
		return err
	})
	return v, err
}

// evalPython compiles expr as a module that assigns it to a global and
// runs it with the frame's globals and locals as its globals.
func (t *thread) evalPython(fr *vm.Frame, expr string, repl bool) (vm.Value, error) {
	f := source.NewFile("<debugger>", expr)
	e, diags := python.ParseExpr(f, 0, len(expr))
	var mod *python.Module
	statements := false
	switch {
	case !diags.HasErrors():
		span := e.Span()
		target := &python.Name{Loc: span, ID: evalResult, Ctx: python.Store}
		mod = &python.Module{Loc: span, Body: []python.Stmt{&python.Assign{Loc: span, Targets: []python.Expr{target}, Value: e}}}
	case repl:
		var sdiags = diags
		if mod, sdiags = python.Parse(f, 0, len(expr), python.ModeModule); sdiags.HasErrors() {
			return nil, loader.SyntaxError(t.th, sdiags)
		}
		statements = true
	default:
		return nil, loader.SyntaxError(t.th, diags)
	}
	vars := map[string]vm.Value{}
	var names []string
	for _, n := range moduleItems(fr.Module, false) {
		vars[n.name] = n.value
		names = append(names, n.name)
	}
	locals := map[string]bool{}
	if fr.Code.Kind != bytecode.KindModule { // a module body has no fast locals
		for _, n := range frameLocals(fr) {
			if _, ok := vars[n.name]; !ok {
				names = append(names, n.name)
			}
			vars[n.name] = n.value
			locals[n.name] = true
		}
	}
	res := pycompile.CompileModule(f, mod, pycompile.Options{Injected: names})
	if res.Program == nil {
		return nil, loader.SyntaxError(t.th, res.Diags)
	}
	prog, err := vm.LoadProgram(res.Program)
	if err != nil {
		return nil, err
	}
	m := vm.NewModule("__debugger__", prog)
	for _, name := range names {
		m.SetGlobal(name, vars[name])
	}
	if err := t.guard(func() error {
		_, err := t.th.RunModule(m)
		return err
	}); err != nil {
		return nil, err
	}
	if !statements {
		v, _ := m.Global(evalResult)
		return v, nil
	}
	// Write back what the statements assigned.
	for _, name := range m.Names() {
		if name == "__name__" || name == "__file__" {
			continue
		}
		v, _ := m.Global(name)
		if old, ok := vars[name]; ok && vm.Is(old, v) {
			continue
		}
		if locals[name] {
			fr.SetLocal(name, v)
		} else if fr.Module != nil {
			fr.Module.SetGlobal(name, v)
		}
	}
	return nil, nil
}
