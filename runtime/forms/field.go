package forms

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/hyperflask/hfc/runtime/vm"
)

// FieldClass is the class of form fields.
var FieldClass = func() *vm.Class {
	c := vm.NewGoClass("Field", "wtforms.fields", nil, nil)
	c.AddMethod("__html__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		s, err := self.(*Field).Render(th, nil)
		return vm.Markup(s), err
	})
	return c
}()

// LabelClass is the class of field labels.
var LabelClass = func() *vm.Class {
	c := vm.NewGoClass("Label", "wtforms.fields", nil, nil)
	c.AddMethod("__html__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		s, err := self.(*Label).render(th, nil, nil)
		return vm.Markup(s), err
	})
	return c
}()

// Field is a bound form field.
type Field struct {
	form          *Form
	Name, Kind    string
	Label         vm.Value
	Description   vm.Value
	Data          vm.Value
	RawData       []vm.Value // nil: the form was not submitted
	Errors        []string
	processErrors []string
	validators    []validator
	flags         map[string]vm.Value // required, optional, minlength, maxlength, min, max
	renderKw      []Option            // the constructor's other options, rendered as attributes
	choices       []choice
	current       string // the CSRF field's token
}

type choice struct{ value, label vm.Value }

// validator is one validator: check returns a message (string, "" when
// valid) or a stop.
type validator struct {
	check func(th *vm.Thread, fl *Field) (any, error)
}

// newField makes a field from its declaration: WTForms' field class for
// the type, the validators the options name.
func newField(th *vm.Thread, f *Form, d *FieldDecl) (*Field, error) {
	fl := &Field{form: f, Name: d.Name, Kind: FieldTypes[d.Type], Description: vm.Str(""), Data: vm.None,
		flags: map[string]vm.Value{}}
	fl.Label = d.Label
	if fl.Label == nil || vm.Is(fl.Label, vm.None) {
		fl.Label = vm.Str(titleCase(strings.ReplaceAll(d.Name, "_", " ")))
	}
	switch fl.Kind {
	case "BooleanField":
		fl.Data = vm.False
	case "SelectMultipleField", "MultipleFileField":
		fl.Data = vm.None
	}
	for _, o := range d.Options {
		switch o.Name {
		case "required":
			if ok, _ := th.Truth(o.Value); ok {
				fl.validators = append(fl.validators, dataRequired())
				fl.flags["required"] = vm.True
			}
		case "optional":
			if ok, _ := th.Truth(o.Value); ok {
				fl.validators = append(fl.validators, optional())
				fl.flags["optional"] = vm.True
			}
		case "length":
			lo, hi, err := bounds(th, o.Value)
			if err != nil {
				return nil, err
			}
			fl.validators = append(fl.validators, length(lo, hi))
			if n, ok := lo.(vm.Int); ok && n != -1 {
				fl.flags["minlength"] = n
			}
			if n, ok := hi.(vm.Int); ok && n != -1 {
				fl.flags["maxlength"] = n
			}
		case "range":
			lo, hi, err := bounds(th, o.Value)
			if err != nil {
				return nil, err
			}
			fl.validators = append(fl.validators, numberRange(lo, hi))
			if !vm.Is(lo, vm.None) {
				fl.flags["min"] = lo
			}
			if !vm.Is(hi, vm.None) {
				fl.flags["max"] = hi
			}
		case "validators":
			names, err := th.ToSlice(o.Value)
			if err != nil {
				return nil, err
			}
			for _, n := range names {
				v, err := namedValidator(th, fl, n)
				if err != nil {
					return nil, err
				}
				fl.validators = append(fl.validators, v)
			}
		case "description":
			fl.Description = o.Value
		case "choices":
			if err := fl.setChoices(th, o.Value); err != nil {
				return nil, err
			}
		default:
			fl.renderKw = append(fl.renderKw, o)
		}
	}
	return fl, nil
}

// titleCase is str.title() for field names.
func titleCase(s string) string {
	b := []byte(s)
	prevLetter := false
	for i, c := range b {
		isLetter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		switch {
		case isLetter && !prevLetter && c >= 'a' && c <= 'z':
			b[i] = c - 32
		case isLetter && prevLetter && c >= 'A' && c <= 'Z':
			b[i] = c + 32
		}
		prevLetter = isLetter
	}
	return string(b)
}

// bounds reads a (min, max) pair.
func bounds(th *vm.Thread, v vm.Value) (vm.Value, vm.Value, error) {
	items, err := th.ToSlice(v)
	if err != nil {
		return nil, nil, err
	}
	if len(items) != 2 {
		return nil, nil, th.ValueError("expected a (min, max) pair, found %d values", len(items))
	}
	return items[0], items[1], nil
}

// dataRequired is DataRequired: the data must be truthy (and a string not
// blank); otherwise the chain stops with "This field is required.", the
// errors before it cleared.
func dataRequired() validator {
	return validator{func(th *vm.Thread, fl *Field) (any, error) {
		ok, err := th.Truth(fl.Data)
		if err != nil {
			return nil, err
		}
		if s, isStr := fl.Data.(vm.Str); ok && (!isStr || strings.TrimSpace(string(s)) != "") {
			return "", nil
		}
		fl.Errors = nil
		return stop{"This field is required."}, nil
	}}
}

// optional is Optional: an empty input stops the chain and clears the
// errors.
func optional() validator {
	return validator{func(th *vm.Thread, fl *Field) (any, error) {
		if len(fl.RawData) == 0 {
			fl.Errors = nil
			return stop{}, nil
		}
		if s, ok := fl.RawData[0].(vm.Str); ok && strings.TrimSpace(string(s)) == "" {
			fl.Errors = nil
			return stop{}, nil
		}
		return "", nil
	}}
}

// length is Length(min, max) with WTForms' messages (-1: no bound).
func length(lo, hi vm.Value) validator {
	mn, mx := intOr(lo, -1), intOr(hi, -1)
	return validator{func(th *vm.Thread, fl *Field) (any, error) {
		n := 0
		if ok, _ := th.Truth(fl.Data); ok {
			l, err := th.Len(fl.Data)
			if err != nil {
				return nil, err
			}
			n = l
		}
		if n >= mn && (mx == -1 || n <= mx) {
			return "", nil
		}
		plural := func(k int64, one, many string) string {
			if k == 1 {
				return one
			}
			return many
		}
		switch {
		case mx == -1:
			return "Field must be at least " + itoa(mn) + plural(int64(mn), " character long.", " characters long."), nil
		case mn == -1:
			return "Field cannot be longer than " + itoa(mx) + plural(int64(mx), " character.", " characters."), nil
		case mn == mx:
			return "Field must be exactly " + itoa(mx) + plural(int64(mx), " character long.", " characters long."), nil
		}
		return "Field must be between " + itoa(mn) + " and " + itoa(mx) + " characters long.", nil
	}}
}

func intOr(v vm.Value, def int) int {
	if n, ok := v.(vm.Int); ok {
		return int(n)
	}
	return def
}

func itoa(n int) string { return strconv.Itoa(n) }

// numberRange is NumberRange(min, max) with WTForms' messages.
func numberRange(lo, hi vm.Value) validator {
	return validator{func(th *vm.Thread, fl *Field) (any, error) {
		d := fl.Data
		ok := !vm.Is(d, vm.None)
		if f, isF := d.(vm.Float); isF && math.IsNaN(float64(f)) {
			ok = false
		}
		if ok && !vm.Is(lo, vm.None) {
			lt, err := th.Less(d, lo)
			if err != nil {
				return nil, err
			}
			ok = !lt
		}
		if ok && !vm.Is(hi, vm.None) {
			gt, err := th.Less(hi, d)
			if err != nil {
				return nil, err
			}
			ok = !gt
		}
		if ok {
			return "", nil
		}
		los, err := th.Str(lo)
		if err != nil {
			return nil, err
		}
		his, err := th.Str(hi)
		if err != nil {
			return nil, err
		}
		switch {
		case vm.Is(hi, vm.None):
			return "Number must be at least " + los + ".", nil
		case vm.Is(lo, vm.None):
			return "Number must be at most " + his + ".", nil
		}
		return "Number must be between " + los + " and " + his + ".", nil
	}}
}

// urlPattern is WTForms' URL regular expression.
var urlPattern = regexp.MustCompile(`(?i)^[a-z]+://(?P<host>[^/?:]+)(?P<port>:[0-9]+)?(?P<path>/.*?)?(?P<query>\?.*)?$`)

// hostLabel is a label of a host name (WTForms' HostnameValidation).
var hostLabel = regexp.MustCompile(`(?i)^(xn-|[a-z0-9_]+)(-[a-z0-9_-]+)*$`)
var tldPattern = regexp.MustCompile(`(?i)^([a-z]{2,20}|xn--([a-z0-9]+-)*[a-z0-9]+)$`)

// validHost is WTForms' HostnameValidation(require_tld=True, allow_ip=True);
// the IDNA encoding of non-ASCII labels is approximated.
func validHost(host string) bool {
	if isIP(host) {
		return true
	}
	parts := strings.Split(host, ".")
	for i, p := range parts {
		// WTForms encodes the host with IDNA first: a label with non-ASCII
		// letters becomes an xn-- label.
		for _, r := range p {
			if r >= 0x80 {
				parts[i], p = "xn--a", "xn--a"
				break
			}
		}
		if p == "" || len(p) > 63 || !hostLabel.MatchString(p) {
			return false
		}
	}
	return len(parts) >= 2 && tldPattern.MatchString(parts[len(parts)-1])
}

func isIP(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return strings.Contains(s, ":")
	}
	for _, p := range parts {
		if p == "" || len(p) > 3 || strings.Trim(p, "0123456789") != "" || intOr(parseInt(p), 256) > 255 {
			return false
		}
	}
	return true
}

func parseInt(s string) vm.Value {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return vm.Int(n)
}

// namedValidator is a validator of validators=[…], by name: required,
// optional, email, url.
func namedValidator(th *vm.Thread, fl *Field, name vm.Value) (validator, error) {
	s, _ := name.(vm.Str)
	switch s {
	case "required", "data_required", "input_required":
		fl.flags["required"] = vm.True
		return dataRequired(), nil
	case "optional":
		fl.flags["optional"] = vm.True
		return optional(), nil
	case "email":
		return validator{func(th *vm.Thread, fl *Field) (any, error) {
			d, _ := fl.Data.(vm.Str)
			if !validEmail(string(d)) {
				return "Invalid email address.", nil
			}
			return "", nil
		}}, nil
	case "url":
		return validator{func(th *vm.Thread, fl *Field) (any, error) {
			d, _ := fl.Data.(vm.Str)
			m := urlPattern.FindStringSubmatch(string(d))
			if m == nil || !validHost(m[1]) {
				return "Invalid URL.", nil
			}
			return "", nil
		}}, nil
	}
	r, _ := th.Repr(name)
	return validator{}, th.ValueError("unknown validator %s: expected required, optional, email or url", r)
}

// Type implements vm.Value.
func (fl *Field) Type() *vm.Class { return FieldClass }

// Repr implements repr(field).
func (fl *Field) Repr(*vm.Thread) (string, error) { return "<" + fl.Kind + " " + fl.Name + ">", nil }

// Str implements str(field): its HTML.
func (fl *Field) Str(th *vm.Thread) (string, error) { return fl.Render(th, nil) }

// GetAttr implements the field's attributes; a field constructor name
// (form.email.email) returns a function that returns the field itself, so
// that the declaration renders the field.
func (fl *Field) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "name", "id", "short_name":
		return vm.Str(fl.Name), true, nil
	case "type":
		return vm.Str(fl.Kind), true, nil
	case "label":
		return &Label{FieldID: fl.Name, Text: fl.Label}, true, nil
	case "data":
		return fl.Data, true, nil
	case "raw_data":
		if fl.RawData == nil {
			return vm.None, true, nil
		}
		return vm.NewList(append([]vm.Value(nil), fl.RawData...)), true, nil
	case "errors":
		return strList(fl.Errors), true, nil
	case "description":
		return fl.Description, true, nil
	case "flags":
		d := vm.NewDict(len(fl.flags))
		for _, k := range sortedKeys(fl.flags) {
			d.SetStr(k, fl.flags[k])
		}
		return d, true, nil
	case "choices":
		out := make([]vm.Value, len(fl.choices))
		for i, c := range fl.choices {
			out[i] = vm.Tuple{c.value, c.label}
		}
		return vm.NewList(out), true, nil
	}
	if FieldTypes[name] != "" {
		return vm.NewBuiltin(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			// Choices computed when the template renders (choices=var),
			// which the declaration could not read, are taken here.
			for i, k := range kwnames {
				if k == "choices" && fl.choices == nil {
					if err := fl.setChoices(th, args[len(args)-len(kwnames)+i]); err != nil {
						return nil, err
					}
				}
			}
			return fl, nil
		}), true, nil
	}
	return nil, false, nil
}

// SetAttr implements field.data = v (and the other writable attributes).
func (fl *Field) SetAttr(th *vm.Thread, name string, v vm.Value) error {
	switch name {
	case "data":
		fl.Data = v
	case "description":
		fl.Description = v
	case "choices":
		fl.choices = nil
		return fl.setChoices(th, v)
	default:
		return th.Raise(vm.AttributeErrorClass, "'%s' object attribute '%s' is read-only", fl.Kind, name)
	}
	return nil
}

// Call implements field(**attrs): its HTML with extra attributes.
func (fl *Field) Call(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) != len(kwnames) {
		return nil, th.TypeError("%s() takes keyword arguments only", fl.Name)
	}
	kw := make([]Option, len(kwnames))
	for i, k := range kwnames {
		kw[i] = Option{k, args[i]}
	}
	s, err := fl.Render(th, kw)
	return vm.Markup(s), err
}

func sortedKeys(m map[string]vm.Value) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// specialUseDomains are the domains email_validator refuses even without
// a deliverability check.
var specialUseDomains = []string{"arpa", "invalid", "local", "localhost", "onion", "test"}

// validEmail is the syntax check of email_validator (which WTForms' Email
// validator calls, with smtputf8 allowed and no deliverability check): a
// dot-atom local part of at most 64 characters, non-ASCII allowed; a
// domain of at least two labels of letters, digits and inner hyphens
// (non-ASCII allowed), no trailing dot, a top-level label that is not all
// digits, no address literal, no special-use domain.
func validEmail(addr string) bool {
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		return false
	}
	local, domain := addr[:at], addr[at+1:]
	if local == "" || len([]rune(local)) > 64 {
		return false
	}
	for _, atom := range strings.Split(local, ".") {
		if atom == "" {
			return false
		}
		for _, r := range atom {
			if r < 0x80 && !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("!#$%&'*+/=?^_`{|}~-", r)) {
				return false
			}
		}
	}
	if domain == "" || len(domain) > 253 {
		return false
	}
	labels := strings.Split(strings.ToLower(domain), ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for _, r := range l {
			if r < 0x80 && !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
				return false
			}
		}
	}
	if strings.Trim(labels[len(labels)-1], "0123456789") == "" {
		return false
	}
	d := strings.ToLower(domain)
	for _, s := range specialUseDomains {
		if d == s || strings.HasSuffix(d, "."+s) {
			return false
		}
	}
	return true
}

// setChoices sets the choices of a select or radio field: (value, label)
// pairs, or values that are their own labels.
func (fl *Field) setChoices(th *vm.Thread, v vm.Value) error {
	cs, err := th.ToSlice(v)
	if err != nil {
		return err
	}
	out := []choice{}
	for _, c := range cs {
		if t, ok := c.(vm.Tuple); ok && len(t) == 2 {
			out = append(out, choice{t[0], t[1]})
		} else if l, ok := c.(*vm.List); ok && len(l.Elems) == 2 {
			out = append(out, choice{l.Elems[0], l.Elems[1]})
		} else {
			out = append(out, choice{c, c})
		}
	}
	fl.choices = out
	return nil
}
