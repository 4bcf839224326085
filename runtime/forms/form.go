package forms

import (
	"strings"
	"time"

	"github.com/hyperflask/hfc/runtime/stdlib/datetime"
	"github.com/hyperflask/hfc/runtime/vm"
)

// Request is what a form needs of the request that fills it.
type Request interface {
	// Submitted reports a POST, PUT, PATCH or DELETE (Flask-WTF's
	// is_submitted): only then is the form filled from the request.
	Submitted() bool
	// Values returns the form values (or the uploaded files) of a name,
	// and whether the request has the name at all.
	Values(th *vm.Thread, name string) ([]vm.Value, bool, error)
	// CSRFField is the name of the CSRF field ("" when CSRF is off).
	CSRFField() string
	// CSRFToken returns the token of the request's session.
	CSRFToken(th *vm.Thread) (string, error)
	// CheckCSRF returns why a token is not valid ("" when it is).
	CheckCSRF(th *vm.Thread, token string) (string, error)
	// Abort400 is the error of validate_or_400.
	Abort400(th *vm.Thread) error
}

// FormClass is the class of form instances.
var FormClass = func() *vm.Class {
	c := vm.NewGoClass("TemplateForm", "jinja_wtforms", nil, nil)
	c.AddMethod("validate", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		ok, err := self.(*Form).Validate(th)
		return vm.MakeBool(ok), err
	})
	c.AddMethod("validate_on_submit", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		f := self.(*Form)
		if !f.req.Submitted() {
			return vm.False, nil
		}
		ok, err := f.Validate(th)
		return vm.MakeBool(ok), err
	})
	c.AddMethod("validate_or_400", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		f := self.(*Form)
		ok, err := f.Validate(th)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, f.req.Abort400(th)
		}
		return vm.True, nil
	})
	c.AddMethod("is_submitted", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.MakeBool(self.(*Form).req.Submitted()), nil
	})
	c.AddMethod("hidden_tag", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return self.(*Form).HiddenTag(th)
	})
	return c
}()

// Form is an instance of a declared form, filled from a request.
type Form struct {
	Decl   *Decl
	req    Request
	fields []*Field // the declared fields, then the CSRF field
	csrf   *Field
}

// New instantiates a form class from the request's data (Flask-WTF's
// FlaskForm()): submitted requests fill the fields from the form values
// and files; the CSRF field, when enabled, holds the request's token.
func New(th *vm.Thread, d *Decl, req Request) (*Form, error) {
	f := &Form{Decl: d, req: req}
	for _, fd := range d.Fields {
		fl, err := newField(th, f, fd)
		if err != nil {
			return nil, err
		}
		f.fields = append(f.fields, fl)
	}
	if name := req.CSRFField(); d.CSRF && name != "" {
		f.csrf = &Field{form: f, Name: name, Kind: "CSRFTokenField", Label: vm.Str("CSRF Token"), Data: vm.Str("")}
		f.fields = append(f.fields, f.csrf)
	}
	for _, fl := range f.fields {
		if err := fl.process(th); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// Type implements vm.Value.
func (f *Form) Type() *vm.Class { return FormClass }

// Repr implements repr(form).
func (f *Form) Repr(*vm.Thread) (string, error) {
	name := f.Decl.ClassName
	if name == "" {
		name = "TemplateForm"
	}
	return "<" + name + " form>", nil
}

// field returns a field by name.
func (f *Form) field(name string) *Field {
	for _, fl := range f.fields {
		if fl.Name == name {
			return fl
		}
	}
	return nil
}

// GetAttr implements form.FIELD, form.data, form.errors, form.enctype.
func (f *Form) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	if fl := f.field(name); fl != nil {
		return fl, true, nil
	}
	switch name {
	case "data":
		d := vm.NewDict(len(f.fields))
		for _, fl := range f.fields {
			if fl != f.csrf {
				d.SetStr(fl.Name, fl.Data)
			}
		}
		return d, true, nil
	case "errors":
		d := vm.NewDict(0)
		for _, fl := range f.fields {
			if len(fl.Errors) > 0 {
				d.SetStr(fl.Name, strList(fl.Errors))
			}
		}
		return d, true, nil
	case "enctype":
		for _, fl := range f.fields {
			if fl.Kind == "FileField" || fl.Kind == "MultipleFileField" {
				return vm.Str("multipart/form-data"), true, nil
			}
		}
		return vm.Str("application/x-www-form-urlencoded"), true, nil
	case "meta":
		return vm.None, true, nil
	}
	return nil, false, nil
}

// GetItem implements form["FIELD"].
func (f *Form) GetItem(th *vm.Thread, key vm.Value) (vm.Value, error) {
	if s, ok := key.(vm.Str); ok {
		if fl := f.field(string(s)); fl != nil {
			return fl, nil
		}
	}
	return nil, vm.NewException(vm.KeyErrorClass, key)
}

// Contains implements "FIELD" in form.
func (f *Form) Contains(th *vm.Thread, key vm.Value) (bool, error) {
	s, ok := key.(vm.Str)
	return ok && f.field(string(s)) != nil, nil
}

// Iter implements iteration over the fields, in order.
func (f *Form) Iter(th *vm.Thread) (vm.Iterator, error) {
	items := make([]vm.Value, len(f.fields))
	for i, fl := range f.fields {
		items[i] = fl
	}
	return th.Iter(vm.NewList(items))
}

// Validate runs every field's validators (Form.validate): true when no
// field has an error.
func (f *Form) Validate(th *vm.Thread) (bool, error) {
	ok := true
	for _, fl := range f.fields {
		if err := fl.validate(th); err != nil {
			return false, err
		}
		if len(fl.Errors) > 0 {
			ok = false
		}
	}
	return ok, nil
}

// HiddenTag renders the hidden fields (the CSRF token among them), one per
// line, as Flask-WTF's hidden_tag().
func (f *Form) HiddenTag(th *vm.Thread) (vm.Value, error) {
	var parts []string
	for _, fl := range f.fields {
		if fl.Kind == "HiddenField" || fl.Kind == "CSRFTokenField" {
			s, err := fl.Render(th, nil)
			if err != nil {
				return nil, err
			}
			parts = append(parts, s)
		}
	}
	return vm.Markup(strings.Join(parts, "\n")), nil
}

func strList(ss []string) *vm.List {
	out := make([]vm.Value, len(ss))
	for i, s := range ss {
		out[i] = vm.Str(s)
	}
	return vm.NewList(out)
}

// process fills a field (Field.process): its default, then the request's
// values when the form was submitted; a value that does not parse is a
// process error, reported by validate.
func (fl *Field) process(th *vm.Thread) error {
	if fl == fl.form.csrf {
		tok, err := fl.form.req.CSRFToken(th)
		if err != nil {
			return err
		}
		fl.current = tok
	}
	if !fl.form.req.Submitted() {
		return nil
	}
	vals, _, err := fl.form.req.Values(th, fl.Name)
	if err != nil {
		return err
	}
	fl.RawData = vals
	if fl.Kind != "FileField" && fl.Kind != "MultipleFileField" {
		for _, v := range vals {
			if _, ok := v.(vm.Str); !ok {
				fl.RawData = nil
			}
		}
	}
	msg, err := fl.processFormdata(th, fl.RawData)
	if err != nil {
		return err
	}
	if msg != "" {
		fl.processErrors = append(fl.processErrors, msg)
	}
	return nil
}

// processFormdata is the field type's process_formdata: the message of a
// value that does not parse, or "".
func (fl *Field) processFormdata(th *vm.Thread, vals []vm.Value) (string, error) {
	first := func() string {
		s, _ := vals[0].(vm.Str)
		return string(s)
	}
	switch fl.Kind {
	case "BooleanField":
		fl.Data = vm.MakeBool(len(vals) > 0 && first() != "false" && first() != "")
	case "IntegerField", "IntegerRangeField":
		if len(vals) == 0 {
			return "", nil
		}
		v, err := th.CallValue(vm.IntClass, []vm.Value{vm.Str(first())}, nil)
		if err != nil {
			fl.Data = vm.None
			return "Not a valid integer value.", nil
		}
		fl.Data = v
	case "FloatField", "DecimalField", "DecimalRangeField":
		if len(vals) == 0 {
			return "", nil
		}
		v, err := th.CallValue(vm.FloatClass, []vm.Value{vm.Str(first())}, nil)
		if err != nil {
			fl.Data = vm.None
			if fl.Kind == "FloatField" {
				return "Not a valid float value.", nil
			}
			return "Not a valid decimal value.", nil
		}
		fl.Data = v
	case "DateField", "DateTimeField", "DateTimeLocalField":
		if len(vals) == 0 {
			return "", nil
		}
		text := strings.Join(strValues(vals), " ")
		layouts := map[string][]string{
			"DateField":          {"2006-01-02"},
			"DateTimeField":      {"2006-01-02 15:04:05"},
			"DateTimeLocalField": {"2006-01-02 15:04:05", "2006-01-02T15:04:05"},
		}[fl.Kind]
		for _, l := range layouts {
			if t, err := time.Parse(l, text); err == nil {
				v, err := dateValue(th, fl.Kind == "DateField", t)
				if err != nil {
					return "", err
				}
				fl.Data = v
				return "", nil
			}
		}
		fl.Data = vm.None
		if fl.Kind == "DateField" {
			return "Not a valid date value.", nil
		}
		return "Not a valid datetime value.", nil
	case "SelectMultipleField":
		fl.Data = vm.NewList(append([]vm.Value(nil), vals...))
	case "MultipleFileField":
		fl.Data = vm.NewList(append([]vm.Value(nil), vals...))
	default:
		if len(vals) > 0 {
			fl.Data = vals[0]
		}
	}
	return "", nil
}

func strValues(vals []vm.Value) []string {
	out := make([]string, len(vals))
	for i, v := range vals {
		s, _ := v.(vm.Str)
		out[i] = string(s)
	}
	return out
}

// dateValue makes a datetime.date or datetime.datetime.
func dateValue(th *vm.Thread, dateOnly bool, t time.Time) (vm.Value, error) {
	args := []vm.Value{vm.MakeInt(int64(t.Year())), vm.MakeInt(int64(t.Month())), vm.MakeInt(int64(t.Day()))}
	if dateOnly {
		return th.CallValue(datetime.DateClass, args, nil)
	}
	args = append(args, vm.MakeInt(int64(t.Hour())), vm.MakeInt(int64(t.Minute())), vm.MakeInt(int64(t.Second())))
	return th.CallValue(datetime.DateTimeClass, args, nil)
}

// stop is a validator's StopValidation, with its message (may be "").
type stop struct{ msg string }

// validate is Field.validate: the process errors, the choice check of
// select fields, then the validators in order, a StopValidation ending
// the chain (its message, when it has one, kept alone for required).
func (fl *Field) validate(th *vm.Thread) error {
	fl.Errors = append([]string(nil), fl.processErrors...)
	if fl == fl.form.csrf {
		msg, err := fl.form.req.CheckCSRF(th, fl.rawString())
		if err != nil {
			return err
		}
		if msg != "" {
			fl.Errors = append(fl.Errors, msg)
		}
		return nil
	}
	stopped := false
	if msg, err := fl.preValidate(th); err != nil {
		return err
	} else if msg != "" {
		fl.Errors = append(fl.Errors, msg)
	}
	for _, v := range fl.validators {
		if stopped {
			break
		}
		res, err := v.check(th, fl)
		if err != nil {
			return err
		}
		switch r := res.(type) {
		case stop:
			stopped = true
			if r.msg != "" {
				fl.Errors = append(fl.Errors, r.msg)
			}
		case string:
			if r != "" {
				fl.Errors = append(fl.Errors, r)
			}
		}
	}
	return nil
}

// rawString is the first raw value of the field, "" when none.
func (fl *Field) rawString() string {
	if len(fl.RawData) == 0 {
		return ""
	}
	s, _ := fl.RawData[0].(vm.Str)
	return string(s)
}

// preValidate checks that select and radio values are among the choices.
func (fl *Field) preValidate(th *vm.Thread) (string, error) {
	switch fl.Kind {
	case "SelectField", "RadioField":
		for _, c := range fl.choices {
			if eq, err := th.Equal(c.value, fl.Data); err != nil {
				return "", err
			} else if eq {
				return "", nil
			}
		}
		return "Not a valid choice.", nil
	case "SelectMultipleField":
		l, _ := fl.Data.(*vm.List)
		if l == nil {
			return "", nil
		}
		var bad []string
		for _, d := range l.Elems {
			found := false
			for _, c := range fl.choices {
				if eq, _ := th.Equal(c.value, d); eq {
					found = true
				}
			}
			if !found {
				s, err := th.Str(d)
				if err != nil {
					return "", err
				}
				bad = append(bad, s)
			}
		}
		switch {
		case len(bad) == 1:
			return "'" + bad[0] + "' is not a valid choice for this field.", nil
		case len(bad) > 1:
			return "'" + strings.Join(bad, "', '") + "' are not valid choices for this field.", nil
		}
	}
	return "", nil
}

// SetDefault gives a field its initial data (Form(**kwargs)), unless the
// request filled it.
func (f *Form) SetDefault(th *vm.Thread, name string, v vm.Value) error {
	fl := f.field(name)
	if fl == nil {
		return th.TypeError("the form has no field %q", name)
	}
	if len(fl.RawData) == 0 {
		fl.Data = v
	}
	return nil
}
