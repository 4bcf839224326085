package lsp

import (
	"path/filepath"
	"sort"
	"strings"

	"github.com/goccy/go-yaml/ast"

	"github.com/hyperflask/hfc/compiler/semantic"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/server"
	_ "github.com/hyperflask/hfc/runtime/stdlib" // the modules hfc implements in Go, for completion
)

// Type inference for completion, hover and inlay hints: a best effort over
// the trees the parsers built (literals, calls of builtins, of the app's
// classes and functions, imports of the app's modules, loops), never a
// check. Unknown is nil.

// typ is an inferred type.
type typ struct {
	// name is the type's name as Python shows it: str, int, list, dict,
	// a class's name; "page", "request", "loop" for the special objects.
	name string
	// elem is the element type of a list, tuple, set or iterable.
	elem *typ
	// keys are the known string keys of a dict, in order, and their
	// types (templates read them as attributes).
	keys     []string
	keyTypes map[string]*typ
	// class is a class of the app (for an instance, or the class itself
	// when isClass).
	class   *pyClass
	isClass bool
	// module is an app module (for `import app.posts as posts`);
	// goModule a module of hfc's standard library.
	module   *semantic.Analysis
	goModule string
}

// pyClass is a class defined in an app file.
type pyClass struct {
	def *python.ClassDef
	an  *semantic.Analysis
}

// String renders the type: list[dict], Post, type[Post].
func (t *typ) String() string {
	if t == nil {
		return ""
	}
	switch {
	case t.isClass:
		return "type[" + t.name + "]"
	case t.elem != nil && t.elem.name != "":
		return t.name + "[" + t.elem.String() + "]"
	}
	return t.name
}

var (
	typStr     = &typ{name: "str"}
	typInt     = &typ{name: "int"}
	typFloat   = &typ{name: "float"}
	typBool    = &typ{name: "bool"}
	typNone    = &typ{name: "None"}
	typBytes   = &typ{name: "bytes"}
	typPage    = &typ{name: "page"}
	typRequest = &typ{name: "request"}
	typLoop    = &typ{name: "loop"}
)

// maxDepth bounds the inference's recursion (through assignments,
// imports, calls and returns).
const maxDepth = 24

func listOf(elem *typ) *typ { return &typ{name: "list", elem: elem} }

// builtinResults are the result types of builtins called with any
// arguments.
var builtinResults = map[string]*typ{
	"str": typStr, "repr": typStr, "format": typStr, "chr": typStr, "hex": typStr, "oct": typStr, "bin": typStr, "ascii": typStr,
	"int": typInt, "len": typInt, "ord": typInt, "hash": typInt, "id": typInt,
	"float": typFloat, "bool": typBool, "isinstance": typBool, "callable": typBool, "hasattr": typBool,
	"any": typBool, "all": typBool, "bytes": typBytes,
	"dict": {name: "dict"}, "set": {name: "set"}, "frozenset": {name: "frozenset"},
	"range": listOf(typInt),
}

// inferPy infers the type of a Python expression of the file an; s.mu is
// held.
func (w *workspace) inferPy(an *semantic.Analysis, e python.Expr, depth int) *typ {
	if e == nil || depth > maxDepth {
		return nil
	}
	switch n := e.(type) {
	case *python.Constant:
		switch n.Value.(type) {
		case python.Str:
			return typStr
		case python.Int:
			return typInt
		case python.Float:
			return typFloat
		case python.Bool:
			return typBool
		case python.NoneType:
			return typNone
		case python.Bytes:
			return typBytes
		}
	case *python.JoinedStr:
		return typStr
	case *python.List:
		if len(n.Elts) > 0 {
			return listOf(w.inferPy(an, n.Elts[0], depth+1))
		}
		return listOf(nil)
	case *python.ListComp:
		return listOf(nil)
	case *python.Tuple:
		t := &typ{name: "tuple"}
		if len(n.Elts) > 0 {
			t.elem = w.inferPy(an, n.Elts[0], depth+1)
		}
		return t
	case *python.Set, *python.SetComp:
		return &typ{name: "set"}
	case *python.DictComp:
		return &typ{name: "dict"}
	case *python.Dict:
		t := &typ{name: "dict", keyTypes: map[string]*typ{}}
		for i, k := range n.Keys {
			c, ok := k.(*python.Constant)
			if !ok {
				continue
			}
			if s, ok := c.Value.(python.Str); ok {
				t.keys = append(t.keys, string(s))
				t.keyTypes[string(s)] = w.inferPy(an, n.Values[i], depth+1)
			}
		}
		return t
	case *python.BinOp:
		l := w.inferPy(an, n.Left, depth+1)
		if l != nil && (l.name == "str" || l.name == "list") {
			return l
		}
		r := w.inferPy(an, n.Right, depth+1)
		if l == typFloat || r == typFloat {
			return typFloat
		}
		if l == typInt && r == typInt {
			return typInt
		}
	case *python.Compare:
		return typBool
	case *python.BoolOp:
		return w.inferPy(an, n.Values[len(n.Values)-1], depth+1)
	case *python.IfExp:
		if t := w.inferPy(an, n.Body, depth+1); t != nil {
			return t
		}
		return w.inferPy(an, n.Orelse, depth+1)
	case *python.Name:
		return w.inferPyName(an, n.ID, depth)
	case *python.Attribute:
		if semantic.IsPageName(n.Value) && an.HasPageObject() {
			if v := an.PageVar(n.Attr); v != nil {
				return w.pageVarType(an, v, depth+1)
			}
			return nil
		}
		return w.memberType(w.inferPy(an, n.Value, depth+1), n.Attr)
	case *python.Subscript:
		base := w.inferPy(an, n.Value, depth+1)
		if base == nil {
			return nil
		}
		if c, ok := n.Slice.(*python.Constant); ok {
			if s, ok := c.Value.(python.Str); ok {
				return base.keyTypes[string(s)]
			}
		}
		if _, ok := n.Slice.(*python.Slice); ok {
			return base
		}
		return base.elem
	case *python.Call:
		return w.inferCall(an, n, depth)
	}
	return nil
}

// inferCall infers the result of a call: builtins, the app's classes
// (instances) and functions (their return statements), methods of known
// types, and model queries (Class.get(…) is an instance, Class.find_all(…)
// a list of them).
func (w *workspace) inferCall(an *semantic.Analysis, n *python.Call, depth int) *typ {
	switch f := n.Func.(type) {
	case *python.Name:
		if ft := w.inferPyName(an, f.ID, depth); ft != nil {
			switch {
			case ft.isClass:
				return &typ{name: ft.name, class: ft.class}
			case ft.name == "function" && ft.module != nil:
				return ft.elem
			}
			return nil
		}
		switch f.ID {
		case "list", "sorted", "reversed":
			var elem *typ
			if len(n.Args) > 0 {
				if at := w.inferPy(an, n.Args[0], depth+1); at != nil {
					elem = at.elem
				}
			}
			return listOf(elem)
		}
		return builtinResults[f.ID]
	case *python.Attribute:
		base := w.inferPy(an, f.Value, depth+1)
		if base == nil {
			return nil
		}
		if base.isClass {
			switch {
			case strings.HasPrefix(f.Attr, "find_all") || strings.HasPrefix(f.Attr, "query") || f.Attr == "all" || f.Attr == "filter":
				return listOf(&typ{name: base.name, class: base.class})
			case strings.HasPrefix(f.Attr, "get") || strings.HasPrefix(f.Attr, "find") || f.Attr == "create" || f.Attr == "first":
				return &typ{name: base.name, class: base.class}
			}
		}
		switch base.name {
		case "str":
			switch f.Attr {
			case "split", "splitlines", "rsplit":
				return listOf(typStr)
			case "find", "index", "count", "rfind":
				return typInt
			case "startswith", "endswith", "isdigit", "isalpha":
				return typBool
			}
			return typStr
		case "dict":
			switch f.Attr {
			case "get":
				if len(n.Args) > 0 {
					if c, ok := n.Args[0].(*python.Constant); ok {
						if s, ok := c.Value.(python.Str); ok {
							return base.keyTypes[string(s)]
						}
					}
				}
			case "keys":
				return listOf(typStr)
			}
		}
	}
	return nil
}

// inferPyName infers what a module-level name of an holds: the value of
// its assignment, a class, a function (its result in elem), an app module
// or a name imported from one.
func (w *workspace) inferPyName(an *semantic.Analysis, name string, depth int) *typ {
	if depth > maxDepth {
		return nil
	}
	switch name {
	case "page":
		if an.HasPageObject() {
			return typPage
		}
	case "request":
		return typRequest
	}
	stmt := an.PyStmtDefining(name)
	switch s := stmt.(type) {
	case *python.Assign:
		for _, t := range s.Targets {
			if v, ok := t.(*python.Name); ok && v.ID == name {
				return w.inferPy(an, s.Value, depth+1)
			}
		}
	case *python.AnnAssign:
		return w.inferPy(an, s.Value, depth+1)
	case *python.ClassDef:
		return &typ{name: s.Name, class: &pyClass{def: s, an: an}, isClass: true}
	case *python.FunctionDef:
		return &typ{name: "function", module: an, elem: w.returnType(an, s, depth+1)}
	case *python.ImportFrom:
		for _, al := range s.Names {
			local := al.Asname
			if local == "" {
				local = al.Name
			}
			if local != name {
				continue
			}
			if mod := w.appModule(an, s.Module, s.Level); mod != nil {
				return w.inferPyName(mod, al.Name, depth+1)
			}
			if mod := w.appModule(an, joinModule(s.Module, al.Name), s.Level); mod != nil {
				return &typ{name: "module", module: mod}
			}
		}
	case *python.Import:
		for _, al := range s.Names {
			local, _, _ := strings.Cut(al.Name, ".")
			full := local
			if al.Asname != "" {
				local, full = al.Asname, al.Name
			}
			if local != name {
				continue
			}
			if mod := w.appModule(an, full, 0); mod != nil {
				return &typ{name: "module", module: mod}
			}
			if _, ok := loader.GoModuleMembers(full); ok {
				return &typ{name: "module", goModule: full}
			}
		}
	}
	return nil
}

func joinModule(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

// returnType infers what a function returns from its first return
// statement with a value (a loop variable returned from a for over a
// known list is an element of it).
func (w *workspace) returnType(an *semantic.Analysis, fn *python.FunctionDef, depth int) *typ {
	loops := map[string]python.Expr{}
	var result *typ
	python.Inspect(fn, func(n python.Node) bool {
		if result != nil {
			return false
		}
		switch n := n.(type) {
		case *python.For:
			if v, ok := n.Target.(*python.Name); ok {
				loops[v.ID] = n.Iter
			}
		case *python.Return:
			if n.Value == nil {
				return true
			}
			if v, ok := n.Value.(*python.Name); ok {
				if iter, ok := loops[v.ID]; ok {
					if it := w.inferPy(an, iter, depth+1); it != nil {
						result = it.elem
					}
					return false
				}
			}
			if c, ok := n.Value.(*python.Constant); ok {
				if _, none := c.Value.(python.NoneType); none {
					return true
				}
			}
			result = w.inferPy(an, n.Value, depth+1)
		}
		return true
	})
	return result
}

// appModule returns the analysis of an app's Python module by its dotted
// name (relative to the app root, with the app package's name accepted as
// a prefix), nil when the app has no such module; s.mu is held.
func (w *workspace) appModule(an *semantic.Analysis, dotted string, level int) *semantic.Analysis {
	ai := w.appOf(an.Path)
	if ai == nil || dotted == "" {
		return nil
	}
	rel := strings.ReplaceAll(dotted, ".", "/")
	if level > 0 {
		dir := an.Rel
		for i := 0; i < level; i++ {
			if j := strings.LastIndexByte(dir, '/'); j >= 0 {
				dir = dir[:j]
			} else {
				dir = ""
			}
		}
		if dir != "" {
			rel = dir + "/" + rel
		}
	}
	candidates := []string{rel + ".py", rel + "/__init__.py"}
	if pkg := filepath.Base(ai.appRoot); strings.HasPrefix(rel, pkg+"/") {
		inner := strings.TrimPrefix(rel, pkg+"/")
		candidates = append(candidates, inner+".py", inner+"/__init__.py")
	}
	for _, c := range candidates {
		if e := ai.files[c]; e != nil {
			return w.analysis(e)
		}
	}
	return nil
}

// pageVarType infers the type of a page variable.
func (w *workspace) pageVarType(an *semantic.Analysis, v *semantic.PageVar, depth int) *typ {
	if v.Value != nil {
		return w.inferPy(an, v.Value, depth+1)
	}
	if v.YAML != nil {
		return yamlType(v.YAML)
	}
	return nil
}

// yamlType is the type of a YAML value as PyYAML loads it.
func yamlType(n ast.Node) *typ {
	switch n := n.(type) {
	case *ast.StringNode, *ast.LiteralNode:
		return typStr
	case *ast.IntegerNode:
		return typInt
	case *ast.FloatNode:
		return typFloat
	case *ast.BoolNode:
		return typBool
	case *ast.NullNode:
		return typNone
	case *ast.SequenceNode:
		var elem *typ
		if len(n.Values) > 0 {
			elem = yamlType(n.Values[0])
		}
		return listOf(elem)
	case *ast.MappingNode:
		t := &typ{name: "dict", keyTypes: map[string]*typ{}}
		for _, kv := range n.Values {
			k := kv.Key.String()
			t.keys = append(t.keys, k)
			t.keyTypes[k] = yamlType(kv.Value)
		}
		return t
	}
	return nil
}

// inferTmpl infers the type of a template expression of an at its
// position; s.mu is held.
func (w *workspace) inferTmpl(an *semantic.Analysis, e template.Expr, depth int) *typ {
	if e == nil || depth > maxDepth {
		return nil
	}
	switch n := e.(type) {
	case *template.Const:
		switch n.Kind {
		case template.ConstString:
			return typStr
		case template.ConstInt:
			return typInt
		case template.ConstFloat:
			return typFloat
		case template.ConstBool:
			return typBool
		case template.ConstNone:
			return typNone
		}
	case *template.List:
		if len(n.Items) > 0 {
			return listOf(w.inferTmpl(an, n.Items[0], depth+1))
		}
		return listOf(nil)
	case *template.Dict:
		t := &typ{name: "dict", keyTypes: map[string]*typ{}}
		for _, p := range n.Items {
			if c, ok := p.Key.(*template.Const); ok && c.Kind == template.ConstString {
				k := c.Value.(string)
				t.keys = append(t.keys, k)
				t.keyTypes[k] = w.inferTmpl(an, p.Value, depth+1)
			}
		}
		return t
	case *template.Concat:
		return typStr
	case *template.Name:
		return w.inferTmplName(an, n, depth)
	case *template.Getattr:
		return w.memberType(w.inferTmpl(an, n.Node, depth+1), n.Attr)
	case *template.Getitem:
		base := w.inferTmpl(an, n.Node, depth+1)
		if base == nil {
			return nil
		}
		if c, ok := n.Arg.(*template.Const); ok && c.Kind == template.ConstString {
			return base.keyTypes[c.Value.(string)]
		}
		if _, ok := n.Arg.(*template.Slice); ok {
			return base
		}
		return base.elem
	case *template.Filter:
		switch n.Name {
		case "length", "count", "int", "wordcount":
			return typInt
		case "float", "round", "sum":
			return typFloat
		case "list", "sort", "unique", "reverse", "select", "reject", "selectattr", "rejectattr":
			base := w.inferTmpl(an, n.Node, depth+1)
			if base != nil && base.name == "list" {
				return base
			}
			return listOf(nil)
		case "first", "last", "random":
			if base := w.inferTmpl(an, n.Node, depth+1); base != nil {
				return base.elem
			}
		case "default", "d":
			return w.inferTmpl(an, n.Node, depth+1)
		case "dictsort", "items", "batch", "slice", "groupby", "map":
			return listOf(nil)
		case "tojson", "safe", "escape", "e", "upper", "lower", "title", "capitalize", "trim", "striptags",
			"join", "replace", "format", "truncate", "urlencode", "string", "center", "indent", "wordwrap",
			"urlize", "markdown", "nl2br", "sanitize", "filesizeformat", "xmlattr", "forceescape":
			return typStr
		}
	case *template.Compare, *template.Test, *template.Not:
		return typBool
	case *template.CondExpr:
		if t := w.inferTmpl(an, n.Expr1, depth+1); t != nil {
			return t
		}
		return w.inferTmpl(an, n.Expr2, depth+1)
	}
	return nil
}

// inferTmplName infers what a template variable holds: a loop target is
// an element of what it iterates, a {% set %} its value, a page variable
// what the frontmatter assigns.
func (w *workspace) inferTmplName(an *semantic.Analysis, n *template.Name, depth int) *typ {
	ref, ok := an.TmplRefAt(int(n.Loc.Start.Offset))
	if ok && ref.Var != 0 {
		def, ok := an.LocalDef(ref)
		if !ok {
			if n.Name == "loop" {
				return typLoop // the loop variable, bound by the compiler
			}
			return nil
		}
		return w.inferBinding(an, def.Span, depth)
	}
	if _, ok := an.Exports(n.Name); ok {
		def, _ := an.Exports(n.Name)
		return w.inferBinding(an, def.Span, depth)
	}
	return w.contextType(an, n.Name, depth)
}

// contextType is the type of a name read from a template's context.
func (w *workspace) contextType(an *semantic.Analysis, name string, depth int) *typ {
	switch name {
	case "loop":
		return typLoop
	case "request":
		return typRequest
	case "page":
		if an.HasPageObject() {
			return typPage
		}
	}
	if v := an.PageVar(name); v != nil {
		return w.pageVarType(an, v, depth+1)
	}
	return nil
}

// inferBinding infers the value bound at span: a for target, a set.
func (w *workspace) inferBinding(an *semantic.Analysis, span source.Span, depth int) *typ {
	path := an.TmplPath(int(span.Start.Offset))
	for i := len(path) - 1; i >= 0; i-- {
		switch s := path[i].(type) {
		case *template.For:
			it := w.inferTmpl(an, s.Iter, depth+1)
			if it == nil {
				return nil
			}
			if _, single := s.Target.(*template.Name); single {
				return it.elem
			}
			return nil
		case *template.Assign:
			if nm, ok := s.Target.(*template.Name); ok && nm.Loc == span {
				return w.inferTmpl(an, s.Node, depth+1)
			}
			return nil
		case *template.AssignBlock:
			return typStr
		case *template.Macro, *template.With, *template.Import, *template.FromImport, *template.CallBlock:
			return nil
		}
	}
	return nil
}

// member is an attribute of a type, for completion and hover.
type member struct {
	name   string
	kind   string // "method", "property", "field", "key", "class", "function", "module"
	detail string
	doc    string
	typ    *typ
}

// members lists the attributes of a type; s.mu is held. an is the file
// asking (page members are its page variables).
func (w *workspace) members(an *semantic.Analysis, t *typ) []member {
	if t == nil {
		return nil
	}
	var out []member
	switch {
	case t == typPage || t.name == "page":
		for _, v := range an.PageVars {
			vt := w.pageVarType(an, v, 0)
			out = append(out, member{name: v.Name, kind: "field", detail: vt.String(), doc: "page variable", typ: vt})
		}
		for _, m := range pageMethods {
			kind := "method"
			if m.prop {
				kind = "property"
			}
			out = append(out, member{name: m.name, kind: kind, detail: m.sig, doc: m.text})
		}
		return out
	case t == typRequest || t.name == "request":
		for _, name := range server.RequestAttributes {
			d := requestDocs[name]
			out = append(out, member{name: name, kind: "property", detail: d.sig, doc: d.text})
		}
		for _, name := range []string{"get_data", "get_json"} {
			d := requestDocs[name]
			out = append(out, member{name: name, kind: "method", detail: d.sig, doc: d.text})
		}
		return out
	case t == typLoop || t.name == "loop":
		names := make([]string, 0, len(loopDocs))
		for n := range loopDocs {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			d := loopDocs[n]
			kind := "property"
			if strings.Contains(d.sig, "(") {
				kind = "method"
			}
			mt := typInt
			switch n {
			case "first", "last":
				mt = typBool
			case "cycle", "changed", "previtem", "nextitem":
				mt = nil
			}
			out = append(out, member{name: n, kind: kind, detail: d.sig, doc: d.text, typ: mt})
		}
		return out
	case t.goModule != "":
		names, _ := loader.GoModuleMembers(t.goModule)
		for _, n := range names {
			if !strings.HasPrefix(n, "_") {
				out = append(out, member{name: n, kind: "field", detail: t.goModule + "." + n})
			}
		}
		return out
	case t.module != nil && t.name == "module":
		for _, r := range t.module.PyModuleDefs() {
			mt := w.inferPyName(t.module, r.Name, 1)
			out = append(out, member{name: r.Name, kind: kindOfType(mt), detail: mt.String(), typ: mt})
		}
		return out
	case t.class != nil:
		return w.classMembers(t.class, map[*python.ClassDef]bool{})
	}
	for _, k := range t.keys {
		out = append(out, member{name: k, kind: "key", detail: t.keyTypes[k].String(), typ: t.keyTypes[k]})
	}
	prefix := t.name + "."
	var names []string
	for k := range methodDocs {
		if strings.HasPrefix(k, prefix) {
			names = append(names, k)
		}
	}
	sort.Strings(names)
	for _, k := range names {
		d := methodDocs[k]
		out = append(out, member{name: strings.TrimPrefix(k, prefix), kind: "method", detail: d.sig, doc: d.text})
	}
	return out
}

func kindOfType(t *typ) string {
	switch {
	case t == nil:
		return "field"
	case t.isClass:
		return "class"
	case t.name == "function":
		return "function"
	case t.name == "module":
		return "module"
	}
	return "field"
}

// classMembers lists the annotations, attributes and methods of an app
// class and its app base classes.
func (w *workspace) classMembers(c *pyClass, seen map[*python.ClassDef]bool) []member {
	if seen[c.def] {
		return nil
	}
	seen[c.def] = true
	var out []member
	for _, s := range c.def.Body {
		switch s := s.(type) {
		case *python.AnnAssign:
			if v, ok := s.Target.(*python.Name); ok {
				out = append(out, member{name: v.ID, kind: "field", detail: exprText(c.an, s.Annotation), typ: annotationType(s.Annotation)})
			}
		case *python.Assign:
			for _, t := range s.Targets {
				if v, ok := t.(*python.Name); ok {
					out = append(out, member{name: v.ID, kind: "field", typ: w.inferPy(c.an, s.Value, 1)})
				}
			}
		case *python.FunctionDef:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			kind := "method"
			for _, d := range s.DecoratorList {
				if n, ok := d.(*python.Name); ok && (n.ID == "property" || n.ID == "cached_property") {
					kind = "property"
				}
			}
			out = append(out, member{name: s.Name, kind: kind, detail: s.Name + "(" + exprText(c.an, nil) + ")"})
		}
	}
	for _, b := range c.def.Bases {
		if n, ok := b.(*python.Name); ok {
			if bt := w.inferPyName(c.an, n.ID, 1); bt != nil && bt.class != nil {
				out = append(out, w.classMembers(bt.class, seen)...)
			}
		}
	}
	return out
}

// annotationType reads a simple annotation: str, int, float, bool,
// list[...].
func annotationType(e python.Expr) *typ {
	switch n := e.(type) {
	case *python.Name:
		switch n.ID {
		case "str":
			return typStr
		case "int":
			return typInt
		case "float":
			return typFloat
		case "bool":
			return typBool
		}
		return &typ{name: n.ID}
	case *python.Subscript:
		if v, ok := n.Value.(*python.Name); ok && (v.ID == "list" || v.ID == "List") {
			return listOf(annotationType(n.Slice))
		}
	}
	return nil
}

// exprText returns the source text of an expression of an.
func exprText(an *semantic.Analysis, e python.Expr) string {
	if e == nil {
		return ""
	}
	s := e.Span()
	return an.Src.Text[s.Start.Offset:s.End.Offset]
}

// memberType is the type of t's attribute name.
func (w *workspace) memberType(t *typ, name string) *typ {
	if t == nil {
		return nil
	}
	if kt, ok := t.keyTypes[name]; ok {
		return kt
	}
	if t.class != nil {
		for _, m := range w.classMembers(t.class, map[*python.ClassDef]bool{}) {
			if m.name == name {
				return m.typ
			}
		}
	}
	if t.module != nil && t.name == "module" {
		return w.inferPyName(t.module, name, 1)
	}
	switch t.name {
	case "loop":
		switch name {
		case "index", "index0", "revindex", "revindex0", "length", "depth", "depth0":
			return typInt
		case "first", "last":
			return typBool
		}
	case "request":
		switch name {
		case "method", "path", "url", "full_path", "base_url", "host", "scheme", "remote_addr", "endpoint", "mimetype", "content_type":
			return typStr
		case "is_json", "is_secure":
			return typBool
		}
	}
	return nil
}

// pageMethod is a method of the page object, or one of its helpers that
// is a value (prop set: no call).
type pageMethod struct {
	name, sig, text string
	prop            bool
}

// pageMethods are the page object's own methods (reference §3).
var pageMethods = []pageMethod{
	{"get", "get(key, default=None)", "The value of a template variable set on the page, or default (reads only what was set on the page, not the URL arguments).", false},
	{"respond", "respond(response)", "Stops the page and sends response as it is (raises PageResponseException).", false},
	{"redirect", "redirect(location, code=302)", "Stops the page and redirects to location.", false},
	{"abort", "abort(code)", "Stops the page with an HTTP error.", false},
	{"flash", "flash(message, category='message')", "Flashes a message to the next request.", false},
	{"form", "form(template=None, **data)", "Makes the form that the page's template declares (`{% form %}`, `form.NAME.TYPE(…)`), filled from the request's data on POST, PUT, PATCH and DELETE; stores it as `page.form` and returns it. See docs/forms.md.", false},
	{"forms", "forms", "The forms the page's template declares: each form variable's name maps to a function that makes one.", true},
	{"csrf_protect", "csrf_protect", "Checks the request's CSRF token when read, answering 400 when it is missing or wrong (reference §7.3); not a function.", true},
	{"action", "action(func)", "Decorator: makes func a page action, called by POSTs to the page with its name (reference §7.6).", false},
}
