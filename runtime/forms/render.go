package forms

import (
	"sort"
	"strings"

	"github.com/hyperflask/hfc/runtime/vm"
)

// inputTypes are the input types of the fields rendered as <input>.
var inputTypes = map[string]string{
	"StringField": "text", "PasswordField": "password", "HiddenField": "hidden", "CSRFTokenField": "hidden",
	"EmailField": "email", "SearchField": "search", "TelField": "tel", "URLField": "url",
	"IntegerField": "number", "FloatField": "text", "DecimalField": "number", "IntegerRangeField": "range",
	"DecimalRangeField": "range", "DateField": "date", "DateTimeField": "datetime",
	"DateTimeLocalField": "datetime-local", "BooleanField": "checkbox", "FileField": "file",
	"MultipleFileField": "file",
}

// validationAttrs are the flags each widget renders as attributes.
func validationAttrs(kind string) []string {
	switch kind {
	case "StringField", "PasswordField", "EmailField", "SearchField", "TelField", "URLField", "FloatField":
		return []string{"required", "maxlength", "minlength", "pattern"}
	case "TextAreaField":
		return []string{"required", "maxlength", "minlength"}
	case "IntegerField", "DecimalField", "IntegerRangeField", "DecimalRangeField",
		"DateField", "DateTimeField", "DateTimeLocalField":
		return []string{"required", "max", "min", "step"}
	case "FileField", "MultipleFileField":
		return []string{"required", "accept"}
	}
	return []string{"required"}
}

// Render is the field's widget called with attributes (field(**kw)):
// WTForms' markup, attributes sorted by name.
func (fl *Field) Render(th *vm.Thread, extra []Option) (string, error) {
	kw := map[string]vm.Value{}
	for _, o := range fl.renderKw {
		kw[o.Name] = o.Value
	}
	for _, o := range extra {
		kw[o.Name] = o.Value
	}
	setDefault := func(k string, v vm.Value) {
		if _, ok := kw[k]; !ok {
			kw[k] = v
		}
	}
	setDefault("id", vm.Str(fl.Name))
	if fl.Kind == "DecimalField" || fl.Kind == "DecimalRangeField" {
		setDefault("step", vm.Str("any"))
	}
	for _, k := range validationAttrs(fl.Kind) {
		if v, ok := fl.flags[k]; ok {
			setDefault(k, v)
		}
	}
	switch fl.Kind {
	case "TextAreaField":
		attrs, err := htmlParams(th, kw, fl.Name)
		if err != nil {
			return "", err
		}
		v, err := fl.value(th)
		if err != nil {
			return "", err
		}
		return "<textarea " + attrs + ">\r\n" + vm.EscapeHTML(v) + "</textarea>", nil
	case "SelectField", "SelectMultipleField":
		if fl.Kind == "SelectMultipleField" {
			kw["multiple"] = vm.True
		}
		attrs, err := htmlParams(th, kw, fl.Name)
		if err != nil {
			return "", err
		}
		var b strings.Builder
		b.WriteString("<select " + attrs + ">")
		for _, c := range fl.choices {
			sel, err := fl.selected(th, c.value)
			if err != nil {
				return "", err
			}
			o := map[string]vm.Value{"value": c.value}
			if c.value == vm.True {
				o["value"] = vm.Str("True")
			}
			if sel {
				o["selected"] = vm.True
			}
			a, err := htmlParams(th, o, "")
			if err != nil {
				return "", err
			}
			label, err := th.Str(c.label)
			if err != nil {
				return "", err
			}
			b.WriteString("<option " + a + ">" + vm.EscapeHTML(label) + "</option>")
		}
		b.WriteString("</select>")
		return b.String(), nil
	case "RadioField":
		attrs, err := htmlParams(th, kw, "")
		if err != nil {
			return "", err
		}
		var b strings.Builder
		b.WriteString("<ul " + attrs + ">")
		for i, c := range fl.choices {
			id := fl.Name + "-" + itoa(i)
			sel, err := fl.selected(th, c.value)
			if err != nil {
				return "", err
			}
			o := map[string]vm.Value{"id": vm.Str(id), "type": vm.Str("radio"), "value": c.value}
			if sel {
				o["checked"] = vm.True
			}
			if v, ok := fl.flags["required"]; ok {
				o["required"] = v
			}
			a, err := htmlParams(th, o, fl.Name)
			if err != nil {
				return "", err
			}
			lbl, err := (&Label{FieldID: id, Text: c.label}).render(th, nil, nil)
			if err != nil {
				return "", err
			}
			b.WriteString("<li><input " + a + "> " + lbl + "</li>")
		}
		b.WriteString("</ul>")
		return b.String(), nil
	}
	setDefault("type", vm.Str(inputTypes[fl.Kind]))
	switch fl.Kind {
	case "BooleanField":
		if ok, err := th.Truth(fl.Data); err != nil {
			return "", err
		} else if ok {
			kw["checked"] = vm.True
		}
	case "PasswordField":
		kw["value"] = vm.Str("")
	case "FileField", "MultipleFileField":
		kw["value"] = vm.False
		if fl.Kind == "MultipleFileField" {
			kw["multiple"] = vm.True
		}
	}
	if _, ok := kw["value"]; !ok {
		v, err := fl.value(th)
		if err != nil {
			return "", err
		}
		kw["value"] = vm.Str(v)
	}
	attrs, err := htmlParams(th, kw, fl.Name)
	if err != nil {
		return "", err
	}
	return "<input " + attrs + ">", nil
}

// selected reports whether a choice is the field's data (or among it).
func (fl *Field) selected(th *vm.Thread, v vm.Value) (bool, error) {
	if l, ok := fl.Data.(*vm.List); ok {
		for _, d := range l.Elems {
			if eq, err := th.Equal(d, v); err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	}
	if vm.Is(fl.Data, vm.None) {
		return false, nil
	}
	// SelectField coerces with str: the data is compared as text.
	a, err := th.Str(fl.Data)
	if err != nil {
		return false, err
	}
	b, err := th.Str(v)
	return a == b, err
}

// value is the field's _value(): what the input shows.
func (fl *Field) value(th *vm.Thread) (string, error) {
	switch fl.Kind {
	case "CSRFTokenField":
		return fl.current, nil
	case "BooleanField":
		if len(fl.RawData) > 0 {
			return th.Str(fl.RawData[0])
		}
		return "y", nil
	case "IntegerField", "FloatField", "DecimalField", "IntegerRangeField", "DecimalRangeField",
		"DateField", "DateTimeField", "DateTimeLocalField":
		if len(fl.RawData) > 0 {
			if fl.Kind == "DateField" || fl.Kind == "DateTimeField" || fl.Kind == "DateTimeLocalField" {
				return strings.Join(strValues(fl.RawData), " "), nil
			}
			return th.Str(fl.RawData[0])
		}
		if vm.Is(fl.Data, vm.None) {
			return "", nil
		}
		if fl.Kind == "DateTimeLocalField" || fl.Kind == "DateTimeField" || fl.Kind == "DateField" {
			format := map[string]string{"DateField": "%Y-%m-%d", "DateTimeField": "%Y-%m-%d %H:%M:%S",
				"DateTimeLocalField": "%Y-%m-%d %H:%M:%S"}[fl.Kind]
			m, err := th.GetAttr(fl.Data, "strftime")
			if err != nil {
				return "", err
			}
			r, err := th.CallValue(m, []vm.Value{vm.Str(format)}, nil)
			if err != nil {
				return "", err
			}
			return th.Str(r)
		}
		return th.Str(fl.Data)
	}
	if vm.Is(fl.Data, vm.None) {
		return "", nil
	}
	return th.Str(fl.Data)
}

// htmlParams is WTForms' html_params: the attributes sorted by name (name
// first among them when given), class_ and for_ without their underscore,
// data_ and aria_ names with hyphens, True as a bare attribute, False
// left out, other values escaped (None as "None", as WTForms writes it).
func htmlParams(th *vm.Thread, kw map[string]vm.Value, name string) (string, error) {
	all := map[string]vm.Value{}
	for k, v := range kw {
		all[k] = v
	}
	if name != "" {
		all["name"] = vm.Str(name)
	}
	keys := make([]string, 0, len(all))
	for k := range all {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		v := all[k]
		key := k
		switch {
		case k == "class_" || k == "class__" || k == "for_":
			key = strings.TrimRight(k, "_")
		case strings.HasPrefix(k, "data_") || strings.HasPrefix(k, "aria_"):
			key = strings.ReplaceAll(k, "_", "-")
		}
		switch {
		case v == vm.True:
			parts = append(parts, key)
		case v == vm.False:
		default:
			m, err := th.Escape(v)
			if err != nil {
				return "", err
			}
			parts = append(parts, key+`="`+string(m)+`"`)
		}
	}
	return strings.Join(parts, " "), nil
}

// Label is a field's label.
type Label struct {
	FieldID string
	Text    vm.Value
}

// Type implements vm.Value.
func (l *Label) Type() *vm.Class { return LabelClass }

// Str implements str(label): its HTML.
func (l *Label) Str(th *vm.Thread) (string, error) { return l.render(th, nil, nil) }

// GetAttr implements label.text and label.field_id.
func (l *Label) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "text":
		return l.Text, true, nil
	case "field_id":
		return vm.Str(l.FieldID), true, nil
	}
	return nil, false, nil
}

// Call implements label(text=None, **attrs).
func (l *Label) Call(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var text vm.Value
	npos := len(args) - len(kwnames)
	if npos > 1 {
		return nil, th.TypeError("label() takes at most 1 positional argument")
	}
	if npos == 1 {
		text = args[0]
	}
	kw := map[string]vm.Value{}
	for i, k := range kwnames {
		if k == "text" {
			text = args[npos+i]
			continue
		}
		kw[k] = args[npos+i]
	}
	s, err := l.render(th, text, kw)
	return vm.Markup(s), err
}

// render is WTForms' Label.__call__: <label for="ID">TEXT</label>.
func (l *Label) render(th *vm.Thread, text vm.Value, kw map[string]vm.Value) (string, error) {
	if kw == nil {
		kw = map[string]vm.Value{}
	}
	if _, ok := kw["for_"]; !ok {
		if _, ok := kw["for"]; !ok {
			kw["for"] = vm.Str(l.FieldID)
		}
	}
	attrs, err := htmlParams(th, kw, "")
	if err != nil {
		return "", err
	}
	if text == nil || vm.Is(text, vm.None) {
		text = l.Text
	} else if ok, _ := th.Truth(text); !ok {
		text = l.Text
	}
	m, err := th.Escape(text)
	if err != nil {
		return "", err
	}
	return "<label " + attrs + ">" + string(m) + "</label>", nil
}
