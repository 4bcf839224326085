package forms

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/internal/golden"
	"github.com/hyperflask/hfc/runtime/vm"
)

// fakeRequest is a request with form values and no CSRF.
type fakeRequest struct{ values [][2]string }

func (r *fakeRequest) Submitted() bool { return r.values != nil }
func (r *fakeRequest) Values(th *vm.Thread, name string) ([]vm.Value, bool, error) {
	var out []vm.Value
	for _, kv := range r.values {
		if kv[0] == name {
			out = append(out, vm.Str(kv[1]))
		}
	}
	return out, len(out) > 0, nil
}
func (r *fakeRequest) CSRFField() string                            { return "" }
func (r *fakeRequest) CSRFToken(*vm.Thread) (string, error)         { return "", nil }
func (r *fakeRequest) CheckCSRF(*vm.Thread, string) (string, error) { return "", nil }
func (r *fakeRequest) Abort400(th *vm.Thread) error                 { return th.ValueError("400") }

type caseField struct {
	Name, Type string
	Label      *string
	Options    [][2]any
}

// toValue converts decoded JSON to a Python value (lists stay lists).
func toValue(x any) vm.Value {
	switch v := x.(type) {
	case nil:
		return vm.None
	case bool:
		return vm.MakeBool(v)
	case float64:
		if v == float64(int64(v)) {
			return vm.MakeInt(int64(v))
		}
		return vm.Float(v)
	case string:
		return vm.Str(v)
	case []any:
		out := make([]vm.Value, len(v))
		for i, e := range v {
			out[i] = toValue(e)
		}
		return vm.NewList(out)
	}
	panic("unexpected JSON value")
}

// TestWTForms builds the forms of testdata/cases.json as a template's field
// constructors declare them and compares their fields, labels, validation,
// errors and data with what WTForms 3.0 gives for the same forms
// (testdata/wtforms.golden, written by testdata/wtforms_oracle.py;
// -update reruns it with /usr/bin/python3).
func TestWTForms(t *testing.T) {
	if *golden.Update {
		out, err := exec.Command("/usr/bin/python3", "testdata/wtforms_oracle.py", "testdata/cases.json").Output()
		if err != nil {
			t.Fatalf("the WTForms oracle (apt-get install python3-wtforms): %v", err)
		}
		if err := os.WriteFile("testdata/wtforms.golden", out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile("testdata/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name     string
		Formdata *[][2]string
		Fields   []caseField
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	th := vm.NewThread(context.Background())
	var b strings.Builder
	for _, c := range cases {
		d := &Decl{Var: "form"}
		for _, f := range c.Fields {
			fd := &FieldDecl{Name: f.Name, Type: f.Type}
			if f.Label != nil {
				fd.Label = vm.Str(*f.Label)
			}
			for _, o := range f.Options {
				fd.Options = append(fd.Options, Option{Name: o[0].(string), Value: toValue(o[1])})
			}
			d.Fields = append(d.Fields, fd)
		}
		req := &fakeRequest{}
		if c.Formdata != nil {
			req.values = append([][2]string{}, *c.Formdata...)
		}
		form, err := New(th, d, req)
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString("== " + c.Name + "\n")
		for _, fl := range form.fields {
			s, err := fl.Render(th, nil)
			if err != nil {
				t.Fatal(err)
			}
			l, _ := (&Label{FieldID: fl.Name, Text: fl.Label}).render(th, nil, nil)
			b.WriteString(s + "\n" + l + "\n")
		}
		show := func(name string) {
			v, _, _ := form.GetAttr(th, name)
			r, err := th.Repr(v)
			if err != nil {
				t.Fatal(err)
			}
			b.WriteString(name + ": " + r + "\n")
		}
		if c.Formdata != nil {
			ok, err := form.Validate(th)
			if err != nil {
				t.Fatal(err)
			}
			b.WriteString("validate: " + map[bool]string{true: "True", false: "False"}[ok] + "\n")
			show("errors")
		}
		show("data")
	}
	want, err := os.ReadFile("testdata/wtforms.golden")
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("hfc's forms differ from WTForms':\n%s", golden.Diff(string(want), b.String()))
	}
}
