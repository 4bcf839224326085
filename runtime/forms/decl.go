// Package forms is Hyperflask's forms (reference §7.3): form classes
// declared inside templates by typed field constructors
// (`form.email.email("Email", required=True)`), read from the template's
// syntax tree, and their instances, which behave as WTForms 3.0 forms
// under Flask-WTF do: fields filled from the request, validation with
// WTForms' messages, fields rendered as WTForms renders them, and the CSRF
// token of the server.
package forms

import (
	"sort"

	"github.com/hyperflask/hfc/grammar/template"
	"github.com/hyperflask/hfc/runtime/vm"
)

// FieldTypes are the field constructors (jinja-wtforms' names) and the
// WTForms field each one makes.
var FieldTypes = map[string]string{
	"checkbox": "BooleanField", "decimal": "DecimalField", "date": "DateField", "datetime": "DateTimeField",
	"float": "FloatField", "int": "IntegerField", "radio": "RadioField", "select": "SelectField",
	"selectmulti": "SelectMultipleField", "text": "StringField", "textarea": "TextAreaField",
	"password": "PasswordField", "hidden": "HiddenField", "date5": "DateField", "datetime5": "DateTimeField",
	"datetimelocal": "DateTimeLocalField", "decimal5": "DecimalField", "decimalrange": "DecimalRangeField",
	"email": "EmailField", "int5": "IntegerField", "intrange": "IntegerRangeField", "search": "SearchField",
	"tel": "TelField", "url": "URLField", "file": "FileField", "files": "MultipleFileField",
}

// DefaultVar is the variable of a form declared without one.
const DefaultVar = "form"

// Decl is a form class declared in a template: the fields its variable's
// constructors name, in the order they first appear.
type Decl struct {
	Var       string // the template variable ("form")
	ClassName string // from {% form Name %}; "" when not written
	CSRF      bool   // false with {% form Name(csrf=False) %}
	Fields    []*FieldDecl
	// Directive reports a {% form %} declaring the variable.
	Directive bool
}

// Field returns the declaration of a field by name.
func (d *Decl) Field(name string) *FieldDecl {
	for _, f := range d.Fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// FieldDecl is one field: form.NAME.TYPE(label, **options).
type FieldDecl struct {
	Name, Type string
	// Label is the first positional argument (nil: WTForms' default, the
	// name title-cased).
	Label vm.Value
	// Options are the keyword arguments whose values are literals, in
	// order: required, optional, length, range, validators, description,
	// placeholder, choices, and any other (rendered as attributes).
	Options []Option
}

// Option is one keyword argument of a field constructor.
type Option struct {
	Name  string
	Value vm.Value
}

// Get returns an option's value.
func (f *FieldDecl) Get(name string) (vm.Value, bool) {
	for _, o := range f.Options {
		if o.Name == name {
			return o.Value, true
		}
	}
	return nil, false
}

// Extract reads the forms a template declares: every `{% form %}`
// directive, and every call VAR.FIELD.TYPE(…) whose TYPE is a field
// constructor, for the variables that a directive names and for "form".
// Arguments that are not literals are left out (they cannot be known
// before the template renders). The result is sorted by variable.
func Extract(t *template.Template) []*Decl {
	decls := map[string]*Decl{}
	get := func(v string) *Decl {
		if decls[v] == nil {
			decls[v] = &Decl{Var: v, CSRF: true}
		}
		return decls[v]
	}
	template.Inspect(t, func(n template.Node) bool {
		if f, ok := n.(*template.Form); ok {
			v := f.Var
			if v == "" {
				v = DefaultVar
			}
			d := get(v)
			d.Directive = true
			d.ClassName = f.ClassName
			for _, kw := range f.Meta {
				if kw.Key == "csrf" {
					if b, ok := literal(kw.Value); ok {
						d.CSRF = b != vm.False
					}
				}
			}
		}
		return true
	})
	template.Inspect(t, func(n template.Node) bool {
		call, ok := n.(*template.Call)
		if !ok {
			return true
		}
		typ, ok := call.Node.(*template.Getattr)
		if !ok || FieldTypes[typ.Attr] == "" {
			return true
		}
		field, ok := typ.Node.(*template.Getattr)
		if !ok {
			return true
		}
		form, ok := field.Node.(*template.Name)
		if !ok || (form.Name != DefaultVar && decls[form.Name] == nil) {
			return true
		}
		d := get(form.Name)
		if d.Field(field.Attr) != nil {
			return true
		}
		fd := &FieldDecl{Name: field.Attr, Type: typ.Attr}
		if len(call.Args) > 0 {
			if v, ok := literal(call.Args[0]); ok {
				fd.Label = v
			}
		}
		for _, kw := range call.Kwargs {
			if v, ok := literal(kw.Value); ok {
				fd.Options = append(fd.Options, Option{Name: kw.Key, Value: v})
			}
		}
		d.Fields = append(d.Fields, fd)
		return true
	})
	out := make([]*Decl, 0, len(decls))
	for _, d := range decls {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Var < out[j].Var })
	return out
}

// literal evaluates a literal expression: constants, and lists, tuples and
// dicts of literals.
func literal(e template.Expr) (vm.Value, bool) {
	switch x := e.(type) {
	case *template.Const:
		switch v := x.Value.(type) {
		case string:
			return vm.Str(v), true
		case bool:
			return vm.MakeBool(v), true
		case nil:
			return vm.None, true
		case template.Float:
			return vm.Float(v), true
		case template.Int:
			if n := v.Big(); n != nil && n.IsInt64() {
				return vm.MakeInt(n.Int64()), true
			}
		}
	case *template.Neg:
		if v, ok := literal(x.Node); ok {
			switch n := v.(type) {
			case vm.Int:
				return -n, true
			case vm.Float:
				return -n, true
			}
		}
	case *template.List:
		items, ok := literals(x.Items)
		return vm.NewList(items), ok
	case *template.Tuple:
		items, ok := literals(x.Items)
		return vm.Tuple(items), ok
	case *template.Dict:
		d := vm.NewDict(len(x.Items))
		for _, p := range x.Items {
			k, ok1 := literal(p.Key)
			v, ok2 := literal(p.Value)
			if !ok1 || !ok2 || d.SetItem(nil, k, v) != nil {
				return nil, false
			}
		}
		return d, true
	}
	return nil, false
}

func literals(es []template.Expr) ([]vm.Value, bool) {
	out := make([]vm.Value, len(es))
	for i, e := range es {
		v, ok := literal(e)
		if !ok {
			return nil, false
		}
		out[i] = v
	}
	return out, true
}
