// Package tmplcompile compiles templates (Jinja 3.1 with Hyperflask's tags
// and component tags) to the bytecode that frontmatter Python uses: a
// template is a function that writes to the thread's output; blocks, macros,
// call-block bodies and recursive loops are functions too.
//
// Scoping follows Jinja: for, with, macros and blocks open scopes; a
// top-level {% set %} (and macro) is also exported to the context, where
// blocks and macros find it; other names come from the context at run time
// (LOAD_CONTEXT), never a NameError.
package tmplcompile

import (
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/hyperflask/hfc/compiler/asm"
	"github.com/hyperflask/hfc/compiler/bundles"
	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
)

// Options control compilation.
type Options struct {
	// Name is the template's name in its loader; File the source path.
	Name, File string
	// Autoescape says whether the template's output is HTML-escaped.
	Autoescape bool
	// DefaultLayout is the template {% use_layout %} extends when it names
	// none (Hyperflask: "layouts/default.html").
	DefaultLayout string
	// IsComponent reports whether a component tag's name is a registered
	// component or registry macro (reference §5.3); other names that the
	// template does not define render as HTML elements.
	IsComponent func(name string) bool
	// Filters and Tests list the names the environment defines; a
	// template using another is an error. Nil skips the check.
	Filters, Tests map[string]bool
	// Bundles outputs include_asset(ID) in place of each <script bundle>
	// and <style bundle> block (Hyperflask apps, package
	// compiler/bundles); a block that is not static is an error.
	Bundles bool
	// Symbols, when set, receives every variable occurrence of the
	// template as the compiler resolves it (for editors). It is filled
	// on a template with syntax errors too, as far as its tree goes.
	Symbols *Symbols
}

// Symbols lists the variables of a template as the compiler resolves them.
type Symbols struct {
	// Refs holds every occurrence of a variable, in compile order.
	Refs []NameRef
}

// NameRef is one occurrence of a variable in a template.
type NameRef struct {
	Name string
	// Span covers the name; for a variable the compiler defines itself
	// (loop, caller, varargs, kwargs) it is the span of the statement
	// that defines it.
	Span source.Span
	// Var identifies the local variable (a for target, a {% set %}, a
	// macro parameter, an import …) the occurrence reads or binds, the
	// same number for every occurrence of one variable; 0 when the
	// occurrence reads the render context (page variables, globals, and
	// what the template sets at its top level, read from a block or a
	// macro).
	Var int
	// Store is set when the occurrence binds the variable; Export when
	// that store at the top level also writes the context; Implicit for
	// the variables the compiler defines.
	Store, Export, Implicit bool
}

// Compile compiles a parsed template. Errors are compile-time template
// errors (TemplateAssertionError in Jinja) as diagnostics.
func Compile(f *source.File, t *template.Template, opts Options) (*bytecode.Template, diag.List) {
	c := &compiler{file: f, opts: opts, out: &bytecode.Template{Name: opts.Name, File: opts.File}}
	c.diags.File = f.Name
	c.localMacros = localMacroNames(t)
	if opts.Bundles {
		var diags diag.List
		c.bundleParts, _, diags = bundles.Expand(f, t)
		c.diags.Diags = append(c.diags.Diags, diags...)
	}
	c.extends = hasExtends(t.Body)
	root := c.newFunc(nil, funcRoot, "top-level template code", bytecode.KindTemplate, int(t.Loc.Start.Line))
	c.fn = root
	c.body(t.Body)
	if c.extends {
		c.emit(bytecode.HAS_PARENT, 0)
		skip := c.b().NewLabel()
		c.b().EmitJump(bytecode.POP_JUMP_IF_FALSE, skip)
		c.emit(bytecode.RENDER_PARENT, 0)
		c.b().Bind(skip)
	}
	code := c.finish(root)
	if code == nil || c.diags.Diags.HasErrors() {
		return nil, c.diags.Diags
	}
	c.out.Root = code
	return c.out, c.diags.Diags
}

type funcKind uint8

const (
	funcRoot funcKind = iota
	funcBlock
	funcMacro
	funcLoop // the function of a recursive for loop
	funcGen  // the generator of a for loop's "if" filter
)

// funcState is a template function being compiled.
type funcState struct {
	parent *funcState
	kind   funcKind
	b      *asm.Builder
	locals []string
	scopes []map[string]int // innermost last
	frees  []free
	mode   int // WRITE mode: raw, escape, or auto
	loops  []loopLabels
	block  string // the block a block function renders (for super())
	soft   bool   // inside an if or a conditional expression (see soft)
	inner  int    // depth of Jinja inner frames (loops, with, filter and set blocks)
}

// free is a variable captured from an enclosing function.
type free struct {
	name string
	slot int // the slot in the parent: a local, or a free (len(locals)+i)
}

type loopLabels struct {
	start, end *asm.Label
}

type compiler struct {
	file        *source.File
	opts        Options
	out         *bytecode.Template
	diags       diag.Builder
	fn          *funcState
	localMacros map[string]bool
	extends     bool // the template has an {% extends %} (or use_layout)
	// bundleParts are what a TemplateData holding bundle blocks outputs.
	bundleParts map[*template.TemplateData][]template.Expr
	knownParent bool // an unconditional top-level extends was compiled
	vars        map[varKey]int
}

// varKey identifies a local variable: a function and its slot.
type varKey struct {
	fn   *funcState
	slot int
}

func (c *compiler) b() *asm.Builder { return c.fn.b }

func (c *compiler) emit(op bytecode.Opcode, arg int) { c.fn.b.Emit(op, arg) }

// textPos sets the position of template text from its first character
// that is not white space, so that the text's instruction belongs to the
// line a reader sees it on (the line break that ends a tag's line belongs
// to the text that follows). White space that spans lines (between tags
// on lines of their own) belongs to no line: a debugger never stops on it
// ({% endif %}, {% else %} and {% endblock %} lines have no code).
func (c *compiler) textPos(n *template.TemplateData) {
	s := n.Span()
	start, end := s.Start.Offset, s.End.Offset
	if start < 0 || int(end) > len(c.file.Text) || start >= end {
		c.setPos(n)
		return
	}
	text := c.file.Text[start:end]
	i := strings.IndexFunc(text, func(r rune) bool { return !unicode.IsSpace(r) })
	switch {
	case i == 0, i < 0 && !strings.Contains(text, "\n"):
		c.setPos(n)
	case i < 0:
		c.fn.b.SetPos(bytecode.Span{})
	default:
		p := c.file.Pos(int(start) + i)
		c.fn.b.SetPos(bytecode.Span{Line: int32(p.Line), Col: int32(p.Col), EndLine: int32(s.End.Line), EndCol: int32(s.End.Col)})
	}
}

func (c *compiler) setPos(n template.Node) {
	s := n.Span()
	c.fn.b.SetPos(bytecode.Span{Line: int32(s.Start.Line), Col: int32(s.Start.Col), EndLine: int32(s.End.Line), EndCol: int32(s.End.Col)})
}

func (c *compiler) errorf(n template.Node, format string, args ...any) {
	c.diags.Add(diag.TemplateCompile, n.Span(), format, args...)
}

// newFunc starts a template function.
func (c *compiler) newFunc(parent *funcState, kind funcKind, name string, ck bytecode.Kind, line int) *funcState {
	qual := c.opts.Name + ":" + name
	f := &funcState{parent: parent, kind: kind, b: asm.New(ck, name, qual, c.opts.File, line), scopes: []map[string]int{{}}}
	if c.opts.Autoescape {
		f.mode = bytecode.WriteEscape
		f.b.Code.Flags |= bytecode.FlagAutoescape
	}
	if parent != nil {
		f.mode = parent.mode
	}
	return f
}

// finish assembles a function.
func (c *compiler) finish(f *funcState) *bytecode.Code {
	f.b.Emit(bytecode.LOAD_NONE, 0)
	f.b.Emit(bytecode.RETURN_VALUE, 0)
	f.b.Code.Locals = f.locals
	for _, fr := range f.frees {
		f.b.Code.Frees = append(f.b.Code.Frees, fr.name)
	}
	code, err := f.b.Finish()
	if err != nil {
		c.diags.Add(diag.TemplateCompile, c.file.Span(0, 0), "internal compiler error: %v", err)
		return nil
	}
	return code
}

// ---------------------------------------------------------------------------
// Names

// newLocal binds name in the innermost scope of the current function to a
// fresh slot.
func (c *compiler) newLocal(name string) int {
	f := c.fn
	slot := len(f.locals)
	f.locals = append(f.locals, name)
	f.scopes[len(f.scopes)-1][name] = slot
	return slot
}

// bindLocal returns the slot of name in the innermost scope, creating it.
func (c *compiler) bindLocal(name string) int {
	f := c.fn
	if slot, ok := f.scopes[len(f.scopes)-1][name]; ok {
		return slot
	}
	return c.newLocal(name)
}

func (c *compiler) pushScope() { c.fn.scopes = append(c.fn.scopes, map[string]int{}) }
func (c *compiler) popScope()  { c.fn.scopes = c.fn.scopes[:len(c.fn.scopes)-1] }

// lookupIn finds name in f's scopes.
func lookupIn(f *funcState, name string) (int, bool) {
	for i := len(f.scopes) - 1; i >= 0; i-- {
		if slot, ok := f.scopes[i][name]; ok {
			return slot, true
		}
	}
	return 0, false
}

// isTopLevel reports whether the current code is at the top level of the
// template (where set and macro export to the context).
func (c *compiler) isTopLevel() bool {
	return c.fn.kind == funcRoot && len(c.fn.scopes) == 1 && c.fn.inner == 0
}

// resolve finds how the current function reaches name: a local slot, a
// captured variable (cell index), or the context.
func (c *compiler) resolve(name string) (kind byte, slot int) {
	f := c.fn
	if slot, ok := lookupIn(f, name); ok {
		return 'L', slot
	}
	if i := c.captureIndex(f, name); i >= 0 {
		return 'F', i
	}
	return 'C', 0
}

// captureIndex returns the index of name among f's frees, capturing it from
// an enclosing function when one binds it (not at the template's top level,
// whose variables are in the context), or -1.
func (c *compiler) captureIndex(f *funcState, name string) int {
	for i, fr := range f.frees {
		if fr.name == name {
			return i
		}
	}
	p := f.parent
	if p == nil || f.kind == funcBlock {
		return -1
	}
	if slot, ok := lookupIn(p, name); ok {
		if p.kind == funcRoot {
			// Template-level variables: only inner scopes are captured.
			if _, top := p.scopes[0][name]; top && scopeDepth(p, name) == 0 {
				return -1
			}
		}
		f.frees = append(f.frees, free{name: name, slot: slot})
		return len(f.frees) - 1
	}
	if i := c.captureIndex(p, name); i >= 0 {
		f.frees = append(f.frees, free{name: name, slot: len(p.locals) + i})
		return len(f.frees) - 1
	}
	return -1
}

// scopeDepth returns the index of the innermost scope of f binding name.
func scopeDepth(f *funcState, name string) int {
	for i := len(f.scopes) - 1; i >= 0; i-- {
		if _, ok := f.scopes[i][name]; ok {
			return i
		}
	}
	return -1
}

// loadName emits the load of a variable.
func (c *compiler) loadName(n *template.Name) {
	kind, slot := c.resolve(n.Name)
	c.recordLoad(n.Name, n.Loc, kind, slot)
	switch kind {
	case 'L':
		c.emit(bytecode.LOAD_FAST, slot)
	case 'F':
		c.emit(bytecode.LOAD_DEREF, slot)
	default:
		switch {
		case n.Name == "super" && c.fn.kind == funcBlock:
			c.emit(bytecode.LOAD_SUPER, c.b().Name(c.fn.block))
		case n.Name == "self":
			c.emit(bytecode.LOAD_SELF, 0)
		default:
			c.emit(bytecode.LOAD_CONTEXT, c.b().Name(n.Name))
		}
	}
}

// storeName emits the store of the value on the stack into name, exporting
// it at the top level; span is the name's (for Options.Symbols).
func (c *compiler) storeName(name string, span source.Span) {
	slot := c.bindLocal(name)
	c.recordStore(name, span, slot, c.isTopLevel(), false)
	if c.isTopLevel() {
		c.emit(bytecode.DUP_TOP, 0)
		c.emit(bytecode.STORE_CONTEXT, c.b().Name(name))
	}
	c.emit(bytecode.STORE_FAST, slot)
}

// varID returns the number of a local variable for Symbols.
func (c *compiler) varID(fn *funcState, slot int) int {
	if c.vars == nil {
		c.vars = map[varKey]int{}
	}
	k := varKey{fn, slot}
	id, ok := c.vars[k]
	if !ok {
		id = len(c.vars) + 1
		c.vars[k] = id
	}
	return id
}

// recordStore records the binding of a local variable in Symbols.
func (c *compiler) recordStore(name string, span source.Span, slot int, export, implicit bool) {
	if c.opts.Symbols == nil {
		return
	}
	c.opts.Symbols.Refs = append(c.opts.Symbols.Refs, NameRef{Name: name, Span: span, Var: c.varID(c.fn, slot), Store: true, Export: export, Implicit: implicit})
}

// recordLoad records a read of a variable resolved as kind and slot (see
// resolve) in Symbols.
func (c *compiler) recordLoad(name string, span source.Span, kind byte, slot int) {
	if c.opts.Symbols == nil {
		return
	}
	ref := NameRef{Name: name, Span: span}
	switch kind {
	case 'L':
		ref.Var = c.varID(c.fn, slot)
	case 'F':
		// The variable of the nearest enclosing function binding it.
		for fn := c.fn.parent; fn != nil; fn = fn.parent {
			if s, ok := lookupIn(fn, name); ok {
				ref.Var = c.varID(fn, s)
				break
			}
		}
	}
	c.opts.Symbols.Refs = append(c.opts.Symbols.Refs, ref)
}

// closure emits the captured values of a nested function (as new cells) and
// its code, then MAKE_FUNCTION.
func (c *compiler) makeFunction(child *funcState, code *bytecode.Code) {
	flags := 0
	if len(child.frees) > 0 {
		for _, fr := range child.frees {
			if fr.slot < len(c.fn.locals) {
				c.emit(bytecode.LOAD_FAST, fr.slot)
				c.emit(bytecode.MAKE_CELL, 0)
			} else {
				c.emit(bytecode.LOAD_CLOSURE, fr.slot-len(c.fn.locals))
			}
		}
		c.emit(bytecode.BUILD_TUPLE, len(child.frees))
		flags |= bytecode.MakeClosure
	}
	c.emit(bytecode.LOAD_CONST, c.b().Const(code))
	c.emit(bytecode.MAKE_FUNCTION, flags)
}

// visibleLocals builds a dict of the variables visible at this point (the
// context an include or a scoped block receives), innermost binding first.
func (c *compiler) visibleLocals() {
	seen := map[string]bool{}
	n := 0
	for f := c.fn; f != nil; f = f.parent {
		for i := len(f.scopes) - 1; i >= 0; i-- {
			if f.kind == funcRoot && i == 0 {
				continue // in the context already
			}
			for _, name := range scopeNames(f.scopes[i]) {
				if seen[name] {
					continue
				}
				seen[name] = true
				kind, slot := c.resolve(name)
				if kind == 'C' {
					continue
				}
				c.emit(bytecode.LOAD_CONST, c.b().Const(name))
				if kind == 'L' {
					c.emit(bytecode.LOAD_FAST, slot)
				} else {
					c.emit(bytecode.LOAD_DEREF, slot)
				}
				n++
			}
		}
		if f.kind == funcBlock {
			break
		}
	}
	c.emit(bytecode.BUILD_MAP, n)
}

// scopeNames lists the names of a scope in slot order, for stable code.
func scopeNames(m map[string]int) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return m[names[i]] < m[names[j]] })
	return names
}

// ---------------------------------------------------------------------------
// Constants

func constValue(k *template.Const) bytecode.Const {
	switch v := k.Value.(type) {
	case nil:
		return nil
	case bool:
		return v
	case string:
		return v
	case template.Int:
		b := v.Big()
		if b.IsInt64() {
			return b.Int64()
		}
		return new(big.Int).Set(b)
	case template.Float:
		return float64(v)
	}
	return fmt.Sprint(k.Value)
}

func itoa(n int) string { return strconv.Itoa(n) }
