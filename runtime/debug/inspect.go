package debug

import (
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/app"
	"github.com/hyperflask/hfc/runtime/tmpl"
	"github.com/hyperflask/hfc/runtime/vm"
)

// handle is what an ID given to the client stands for while its thread
// is stopped: a frame, a scope of a frame, or a value with children.
type handle struct {
	t     *thread
	st    *stopState
	frame int // index in st.frames
	scope scopeKind
	value vm.Value // for value handles (scope == 0)
	// path is the expression that reads the value, for evaluateName.
	path string
}

type scopeKind uint8

const (
	scopeValue scopeKind = iota
	scopeFrame
	scopeLocals
	scopePage
	scopeRequest
	scopeGlobals
)

func (e *Engine) newHandle(h *handle) int {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.nextHandle++
	e.handles[e.nextHandle] = h
	h.st.handles = append(h.st.handles, e.nextHandle)
	return e.nextHandle
}

// dropHandles forgets the IDs given out during a stop.
func (e *Engine) dropHandles(st *stopState) {
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, id := range st.handles {
		delete(e.handles, id)
	}
}

// lookup returns the handle of an ID, checking that its thread is still
// in the stop it was given out in.
func (e *Engine) lookup(id int) (*handle, error) {
	e.mu.Lock()
	h, ok := e.handles[id]
	e.mu.Unlock()
	if !ok || h.t.stopped() != h.st {
		return nil, fmt.Errorf("reference %d is stale: its thread has run since", id)
	}
	return h, nil
}

// Frame is a stack frame of a stopped thread.
type Frame struct {
	ID   int
	Name string
	// Path is the source file; Line, Col, EndLine and EndCol the range
	// being run (1-based lines, byte columns).
	Path                       string
	Line, Col, EndLine, EndCol int
}

// StackTrace returns the frames of a stopped thread, innermost first.
func (e *Engine) StackTrace(id int) ([]Frame, error) {
	t, err := e.thread(id)
	if err != nil {
		return nil, err
	}
	var out []Frame
	err = t.do(func() {
		st := t.stopped()
		for i, fr := range st.frames {
			line, col, endLine, endCol := fr.Position()
			path := e.codePath(fr.Code.File)
			fid := e.newHandle(&handle{t: t, st: st, frame: i, scope: scopeFrame})
			out = append(out, Frame{ID: fid, Name: e.frameName(fr, path), Path: path, Line: line, Col: col, EndLine: endLine, EndCol: endCol})
		}
	})
	return out, err
}

// frameName names a frame for the call stack: the Python function, or
// what the template code is (a page, layout, component or template, one of
// its blocks, a macro).
func (e *Engine) frameName(fr *vm.Frame, path string) string {
	code := fr.Code
	rel := e.relPath(path)
	switch code.Kind {
	case bytecode.KindModule:
		if strings.HasSuffix(path, ".jpy") {
			return "frontmatter of " + rel
		}
		if fr.Module != nil {
			return "module " + fr.Module.Name
		}
		return "<module>"
	case bytecode.KindFunction:
		if code.QualName != "" {
			return code.QualName
		}
		return code.Name
	case bytecode.KindClass:
		return "class " + code.QualName
	case bytecode.KindTemplate:
		return templateRole(rel) + " " + rel
	case bytecode.KindBlock:
		return strings.Replace(code.Name, "'", "", 2) + " of " + rel
	case bytecode.KindMacro:
		return "macro " + code.Name + " of " + rel
	}
	return code.Name
}

// templateRole says what a template file is in the app.
func templateRole(rel string) string {
	switch {
	case strings.HasPrefix(rel, "pages/"):
		return "page"
	case strings.HasPrefix(rel, "layouts/"):
		return "layout"
	case strings.HasPrefix(rel, "components/"):
		return "component"
	case strings.HasPrefix(rel, "macros/"):
		return "macros"
	}
	return "template"
}

// relPath returns a path relative to the app's folder when it is in it.
func (e *Engine) relPath(path string) string {
	if a := e.currentApp(); a != nil && a.Root != "" {
		if rel, err := filepath.Rel(absPath(a.Root), path); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.Base(path)
}

// LineText returns a line of a file the engine read (for converting
// columns), "" when unknown.
func (e *Engine) LineText(path string, line int) string {
	if fi := e.fileInfo(absPath(path)); fi != nil {
		return fi.file.LineText(line)
	}
	return ""
}

// Scope is a group of variables of a frame.
type Scope struct {
	Name string
	Ref  int
}

// Scopes returns the scopes of a frame: Locals, Page (the page object's
// attributes), Request (flask.request) and Globals (the module's, or the
// template environment's).
func (e *Engine) Scopes(frameID int) ([]Scope, error) {
	h, err := e.lookup(frameID)
	if err != nil {
		return nil, err
	}
	if h.scope != scopeFrame {
		return nil, fmt.Errorf("reference %d is not a frame", frameID)
	}
	scopes := []Scope{{Name: "Locals", Ref: e.newHandle(&handle{t: h.t, st: h.st, frame: h.frame, scope: scopeLocals})}}
	if h.t.page != nil {
		scopes = append(scopes, Scope{Name: "Page", Ref: e.newHandle(&handle{t: h.t, st: h.st, frame: h.frame, scope: scopePage, path: "page"})})
	}
	if h.t.request != nil {
		scopes = append(scopes, Scope{Name: "Request", Ref: e.newHandle(&handle{t: h.t, st: h.st, frame: h.frame, scope: scopeRequest, path: "request"})})
	}
	scopes = append(scopes, Scope{Name: "Globals", Ref: e.newHandle(&handle{t: h.t, st: h.st, frame: h.frame, scope: scopeGlobals})})
	return scopes, nil
}

// Variable is a named value as the client shows it.
type Variable struct {
	Name  string
	Value string
	Type  string
	// Ref is the reference of the value's children (0: none).
	Ref int
	// EvaluateName is an expression that reads the value in its frame.
	EvaluateName string
}

// Variables returns the children of a scope or a value.
func (e *Engine) Variables(ref int) ([]Variable, error) {
	h, err := e.lookup(ref)
	if err != nil {
		return nil, err
	}
	var out []Variable
	var ferr error
	err = h.t.do(func() {
		var items []named
		if items, ferr = h.t.children(h); ferr != nil {
			return
		}
		out = make([]Variable, len(items))
		for i, it := range items {
			out[i] = h.t.variable(h, it.name, it.value, childPath(h, it))
		}
	})
	if err == nil {
		err = ferr
	}
	return out, err
}

// named is a child of a scope or value.
type named struct {
	name  string
	value vm.Value
	// key is the dict key, index or attribute that reads it.
	key  vm.Value
	attr bool
}

// maxChildren bounds the children listed for one value.
const maxChildren = 1000

// maxRepr bounds the text of a value.
const maxRepr = 1000

// children lists the variables of a scope or the children of a value.
func (t *thread) children(h *handle) ([]named, error) {
	fr := h.st.frames[h.frame]
	switch h.scope {
	case scopeLocals:
		return t.locals(fr), nil
	case scopePage:
		return t.pageItems(), nil
	case scopeRequest:
		var out []named
		for _, name := range requestAttrs {
			var v vm.Value
			if err := t.guard(func() error {
				var err error
				v, err = t.th.GetAttr(t.request, name)
				return err
			}); err != nil {
				v = vm.Str("<" + errorText(t, err) + ">")
			}
			out = append(out, named{name: name, value: v, attr: true})
		}
		return out, nil
	case scopeGlobals:
		if t.e.langOf(fr) == langTemplate {
			if ctx := t.templateContext(fr); ctx != nil {
				return dictItems(ctx.Environment().Globals()), nil
			}
			return nil, nil
		}
		return moduleItems(fr.Module, false), nil
	}
	return t.valueChildren(h.value)
}

// requestAttrs are the attributes of flask.request that the Request scope
// shows (those that read the request without consuming it).
var requestAttrs = []string{"method", "path", "full_path", "url", "endpoint", "view_args", "args", "form", "headers", "cookies", "content_type", "is_json", "remote_addr"}

// locals lists a frame's variables: a Python function's locals, a module
// body's own globals, or a template's locals and context variables.
func (t *thread) locals(fr *vm.Frame) []named {
	if fr.Code.Kind == bytecode.KindModule {
		return moduleItems(fr.Module, true)
	}
	out := frameLocals(fr)
	if t.e.langOf(fr) == langTemplate {
		seen := map[string]bool{}
		for _, n := range out {
			seen[n.name] = true
		}
		if ctx := t.templateContext(fr); ctx != nil {
			for _, n := range dictItems(ctx.Variables()) {
				if !seen[n.name] {
					out = append(out, n)
				}
			}
		}
	}
	return out
}

// frameLocals lists a frame's bound fast locals, cells and free variables
// in definition order, without the compiler's hidden ones (".0", ".iter").
func frameLocals(fr *vm.Frame) []named {
	var out []named
	for i, name := range fr.Code.Locals {
		if i < len(fr.Locals) && fr.Locals[i] != nil && !hiddenName(name) {
			out = append(out, named{name: name, value: fr.Locals[i]})
		}
	}
	cellNames := append(append([]string(nil), fr.Code.Cells...), fr.Code.Frees...)
	for i, c := range fr.Cells {
		if c != nil && c.V != nil && i < len(cellNames) && !hiddenName(cellNames[i]) {
			out = append(out, named{name: cellNames[i], value: c.V})
		}
	}
	if fr.NS != nil {
		for _, k := range fr.NS.Keys() {
			v, _ := fr.NS.Get(k)
			out = append(out, named{name: k, value: v})
		}
	}
	return out
}

func hiddenName(name string) bool { return strings.HasPrefix(name, ".") }

// moduleItems lists a module's globals; own leaves out the names every
// page module has (page, request …) and the dunder names.
func moduleItems(m *vm.Module, own bool) []named {
	if m == nil {
		return nil
	}
	injected := map[string]bool{}
	if own {
		for _, n := range app.PageGlobals {
			injected[n] = true
		}
	}
	var out []named
	for _, name := range m.Names() {
		if own && (injected[name] || strings.HasPrefix(name, "__")) {
			continue
		}
		v, _ := m.Global(name)
		out = append(out, named{name: name, value: v})
	}
	return out
}

// pageItems lists the page object's attributes, then its view arguments.
func (t *thread) pageItems() []named {
	out := dictItems(t.page.Ctx)
	out = append(out, dictItems(t.page.ViewArgs)...)
	for i := range out {
		out[i].attr = true
	}
	return out
}

// dictItems lists a dict with str keys by name (other keys by repr).
func dictItems(d *vm.Dict) []named {
	var out []named
	d.Items(func(k, v vm.Value) bool {
		name, ok := k.(vm.Str)
		if !ok {
			return true
		}
		out = append(out, named{name: string(name), value: v, key: k})
		return len(out) < maxChildren
	})
	return out
}

// valueChildren lists the children of an expandable value.
func (t *thread) valueChildren(v vm.Value) ([]named, error) {
	var out []named
	err := t.guard(func() error {
		switch x := v.(type) {
		case *vm.Dict:
			var err error
			x.Items(func(k, val vm.Value) bool {
				var name string
				name, err = t.repr(k)
				out = append(out, named{name: name, value: val, key: k})
				return err == nil && len(out) < maxChildren
			})
			return err
		case *vm.List:
			for i, el := range x.Elems {
				if i == maxChildren {
					break
				}
				out = append(out, named{name: strconv.Itoa(i), value: el, key: vm.MakeInt(int64(i))})
			}
		case vm.Tuple:
			for i, el := range x {
				if i == maxChildren {
					break
				}
				out = append(out, named{name: strconv.Itoa(i), value: el, key: vm.MakeInt(int64(i))})
			}
		case *vm.Set:
			it, err := t.th.Iter(x)
			if err != nil {
				return err
			}
			for i := 0; i < maxChildren; i++ {
				el, err := it.Next(t.th)
				if err != nil || el == nil {
					return err
				}
				out = append(out, named{name: strconv.Itoa(i), value: el})
			}
		case *app.Page:
			out = dictItems(x.Ctx)
			out = append(out, dictItems(x.ViewArgs)...)
			markAttrs(out)
		case *vm.Instance:
			out = dictItems(x.Dict)
			markAttrs(out)
		case *vm.Namespace:
			out = dictItems(x.Attrs)
			markAttrs(out)
		case *vm.Module:
			out = moduleItems(x, false)
			markAttrs(out)
		case *vm.Exception:
			out = append(out, named{name: "args", value: x.Args, attr: true})
			if x.Dict != nil {
				out = append(out, markAttrs(dictItems(x.Dict))...)
			}
		case *vm.Loop:
			for _, name := range loopAttrs {
				if a, err := t.th.GetAttr(x, name); err == nil {
					out = append(out, named{name: name, value: a, attr: true})
				}
			}
		default:
			return t.attributes(v, &out)
		}
		return nil
	})
	return out, err
}

// loopAttrs are the attributes of Jinja's loop shown (nextitem would
// advance the iterator).
var loopAttrs = []string{"index", "index0", "revindex", "revindex0", "first", "last", "length", "depth", "depth0", "previtem"}

func markAttrs(items []named) []named {
	for i := range items {
		items[i].attr = true
	}
	return items
}

// attributes lists an object's __dict__, else its public attributes that
// are not methods (model rows and other objects made in Go).
func (t *thread) attributes(v vm.Value, out *[]named) error {
	if d, err := t.th.GetAttr(v, "__dict__"); err == nil {
		if dict, ok := d.(*vm.Dict); ok {
			*out = markAttrs(dictItems(dict))
			return nil
		}
	}
	names, err := t.th.Dir(v)
	if err != nil {
		return err
	}
	list, ok := names.(*vm.List)
	if !ok {
		return nil
	}
	for _, n := range list.Elems {
		name, ok := n.(vm.Str)
		if !ok || strings.HasPrefix(string(name), "_") {
			continue
		}
		a, err := t.th.GetAttr(v, string(name))
		if err != nil || vm.IsCallable(a) {
			continue
		}
		*out = append(*out, named{name: string(name), value: a, attr: true})
		if len(*out) == maxChildren {
			break
		}
	}
	return nil
}

// expandable reports whether a value has children to show.
func expandable(v vm.Value) bool {
	switch x := v.(type) {
	case vm.Str, vm.Int, vm.Float, vm.Bool, vm.NoneType, vm.Bytes, vm.Markup, *vm.Undefined,
		*vm.Function, *vm.Builtin, *vm.Method, *vm.BoundMethod, *vm.Class, *vm.Macro, *vm.Range:
		return false
	case *vm.Dict:
		return x.Len() > 0
	case *vm.List:
		return len(x.Elems) > 0
	case vm.Tuple:
		return len(x) > 0
	case *vm.Set:
		return x.Len() > 0
	}
	return !vm.IsCallable(v)
}

// variable makes the client's view of a value, with a handle for its
// children.
func (t *thread) variable(parent *handle, name string, v vm.Value, path string) Variable {
	s, err := t.repr(v)
	if err != nil {
		s = "<" + errorText(t, err) + ">"
	}
	out := Variable{Name: name, Value: s, Type: v.Type().Name, EvaluateName: path}
	if expandable(v) {
		out.Ref = t.e.newHandle(&handle{t: t, st: parent.st, frame: parent.frame, value: v, path: path})
	}
	return out
}

// repr returns repr(v), shortened.
func (t *thread) repr(v vm.Value) (string, error) {
	var s string
	err := t.guard(func() error {
		var err error
		s, err = t.th.Repr(v)
		return err
	})
	if len(s) > maxRepr {
		cut := maxRepr
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s, err
}

// childPath is the expression that reads a child: parent.attr or
// parent[key], in the syntax Python and Jinja share.
func childPath(h *handle, it named) string {
	switch h.scope {
	case scopeLocals, scopeGlobals:
		return it.name
	}
	if h.path == "" {
		return ""
	}
	if it.attr && isIdentifier(it.name) {
		return h.path + "." + it.name
	}
	if it.key != nil {
		switch k := it.key.(type) {
		case vm.Str:
			return h.path + "[" + strconv.Quote(string(k)) + "]"
		case vm.Int:
			return h.path + "[" + strconv.FormatInt(int64(k), 10) + "]"
		}
	}
	return ""
}

func isIdentifier(s string) bool {
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return s != ""
}

// templateContext returns the context a template frame renders in.
func (t *thread) templateContext(fr *vm.Frame) *tmpl.Context {
	if c, ok := t.ctxs[fr].(*tmpl.Context); ok {
		return c
	}
	c, _ := t.th.TemplateContext().(*tmpl.Context)
	return c
}

// langOf returns the language of the code a frame runs.
func (e *Engine) langOf(fr *vm.Frame) lang {
	if src := e.source(fr); src != nil {
		return src.lang
	}
	if isTemplateKind(fr.Code.Kind) {
		return langTemplate
	}
	return langPython
}

// SetVariable changes a variable of a scope or a child of a value to the
// value of an expression (in the frame's language) and returns it as the
// client shows it.
func (e *Engine) SetVariable(ref int, name, expr string) (Variable, error) {
	h, err := e.lookup(ref)
	if err != nil {
		return Variable{}, err
	}
	t := h.t
	var out Variable
	var ferr error
	err = t.do(func() {
		fr := h.st.frames[h.frame]
		l := e.langOf(fr)
		var v vm.Value
		if v, ferr = t.eval(fr, l, expr, false); ferr == nil {
			ferr = t.guard(func() error { return t.assign(h, fr, l, name, v) })
		}
		if ferr != nil {
			ferr = errors.New(errorText(t, ferr))
			return
		}
		out = t.variable(h, name, v, childPath(h, named{name: name, attr: h.scope != scopeValue}))
	})
	if err == nil {
		err = ferr
	}
	return out, err
}

// assign stores v as the variable name of a scope or value.
func (t *thread) assign(h *handle, fr *vm.Frame, l lang, name string, v vm.Value) error {
	switch h.scope {
	case scopeLocals:
		if fr.Code.Kind == bytecode.KindModule && fr.Module != nil {
			fr.Module.SetGlobal(name, v)
			return nil
		}
		if fr.SetLocal(name, v) {
			return nil
		}
		if ctx := t.templateContext(fr); l == langTemplate && ctx != nil && ctx.SetVariable(name, v) {
			return nil
		}
		return fmt.Errorf("the frame has no variable %q", name)
	case scopePage:
		t.page.Set(name, v)
		if ctx := t.templateContext(fr); l == langTemplate && ctx != nil {
			ctx.SetVariable(name, v)
		}
		return nil
	case scopeGlobals:
		if l == langTemplate {
			return fmt.Errorf("template globals are shared by every request: they cannot be changed from the debugger")
		}
		fr.Module.SetGlobal(name, v)
		return nil
	case scopeRequest:
		return fmt.Errorf("the request's attributes cannot be changed")
	}
	switch x := h.value.(type) {
	case *vm.Dict:
		for _, k := range x.Keys() {
			if s, err := t.th.Repr(k); err == nil && s == name {
				return x.SetItem(t.th, k, v)
			}
		}
		return fmt.Errorf("the dict has no key %s", name)
	case *vm.List:
		i, err := strconv.Atoi(name)
		if err != nil || i < 0 || i >= len(x.Elems) {
			return fmt.Errorf("the list has no item %s", name)
		}
		x.Elems[i] = v
		return nil
	case vm.Tuple:
		return fmt.Errorf("a tuple cannot be changed")
	case *app.Page:
		x.Set(name, v)
		return nil
	case *vm.Namespace:
		x.Attrs.SetStr(name, v)
		return nil
	}
	return t.th.SetAttr(h.value, name, v)
}

// errorText is "Class: message" for an exception, else the error's text.
func errorText(t *thread, err error) string {
	if exc, ok := err.(*vm.Exception); ok {
		return t.exceptionText(exc)
	}
	return err.Error()
}
