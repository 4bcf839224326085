package server

import (
	"net/http"

	"github.com/hyperflask/hfc/runtime/forms"
	"github.com/hyperflask/hfc/runtime/vm"
)

// formRequest is the request as forms see it (Flask-WTF's FlaskForm).
type formRequest struct{ rc *reqCtx }

// Submitted implements forms.Request: POST, PUT, PATCH or DELETE.
func (f formRequest) Submitted() bool {
	switch f.rc.r.Method {
	case http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete:
		return true
	}
	return false
}

// Values implements forms.Request: the uploaded files of the name, else
// its form values (Flask-WTF's CombinedMultiDict(files, form)).
func (f formRequest) Values(th *vm.Thread, name string) ([]vm.Value, bool, error) {
	if err := f.rc.req.parseForm(th); err != nil {
		return nil, false, err
	}
	if vals := f.rc.req.files.all(name); len(vals) > 0 {
		return vals, true, nil
	}
	vals := f.rc.req.form.all(name)
	return vals, len(vals) > 0, nil
}

// CSRFField implements forms.Request.
func (f formRequest) CSRFField() string {
	if !f.rc.s.cfg.Bool("WTF_CSRF_ENABLED") {
		return ""
	}
	return f.rc.s.cfg.String("WTF_CSRF_FIELD_NAME", "csrf_token")
}

// CSRFToken implements forms.Request.
func (f formRequest) CSRFToken(th *vm.Thread) (string, error) {
	v, err := csrfTokenFn(th, nil, nil)
	if err != nil {
		return "", err
	}
	return th.Str(v)
}

// CheckCSRF implements forms.Request.
func (f formRequest) CheckCSRF(th *vm.Thread, token string) (string, error) {
	return f.rc.csrfReason(th, token), nil
}

// Abort400 implements forms.Request: abort(400).
func (f formRequest) Abort400(th *vm.Thread) error {
	_, err := abortFn(th, []vm.Value{vm.MakeInt(400)}, nil)
	return err
}

// newForm instantiates the form of a template's variable from the
// request; kw are the fields' initial data.
func newForm(th *vm.Thread, rc *reqCtx, tname, v string, args []vm.Value, kwnames []string) (*forms.Form, error) {
	decls, err := rc.s.app.Forms(tname)
	if err != nil {
		return nil, err
	}
	var decl *forms.Decl
	for _, d := range decls {
		if d.Var == v || (v == "" && (decl == nil || d.Var == forms.DefaultVar)) {
			decl = d
		}
	}
	if decl == nil {
		return nil, th.Raise(vm.RuntimeErrorClass, "the template %s declares no form (write {%% form %%} and fields such as form.email.email(\"Email\"))", tname)
	}
	f, err := forms.New(th, decl, formRequest{rc})
	if err != nil {
		return nil, err
	}
	npos := len(args) - len(kwnames)
	for i, k := range kwnames {
		if err := f.SetDefault(th, k, args[npos+i]); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// formHelper is the page helper form (reference §3): page.form(template=None,
// **data) instantiates the form declared in the page's template (or the
// one given) from the request, stores it in page.form and returns it.
func formHelper(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	rc, err := current(th)
	if err != nil {
		return nil, err
	}
	return vm.NewBuiltin("form", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		var tv vm.Value = vm.None
		npos := len(args) - len(kwnames)
		if npos > 1 {
			return nil, th.TypeError("form() takes at most 1 positional argument (%d given)", npos)
		}
		if npos == 1 {
			tv = args[0]
		}
		var names []string
		var vals []vm.Value
		for i, k := range kwnames {
			if k == "template" {
				tv = args[npos+i]
				continue
			}
			names, vals = append(names, k), append(vals, args[npos+i])
		}
		if vm.Is(tv, vm.None) {
			tv, _ = rc.page.Get("template")
		}
		tname, ok := tv.(vm.Str)
		if !ok || tname == "" {
			return nil, th.Raise(vm.RuntimeErrorClass, "page.form() needs a template: the page has none (pass template=\"name.html\")")
		}
		f, err := newForm(th, rc, string(tname), "", vals, names)
		if err != nil {
			return nil, err
		}
		rc.page.Set(f.Decl.Var, f)
		return f, nil
	}), nil
}

// formsHelper is the page helper forms: the page template's form classes
// by variable, each a function that instantiates it from the request.
func formsHelper(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	rc, err := current(th)
	if err != nil {
		return nil, err
	}
	d := vm.NewDict(1)
	tv, _ := rc.page.Get("template")
	tname, ok := tv.(vm.Str)
	if !ok || tname == "" {
		return d, nil
	}
	decls, err := rc.s.app.Forms(string(tname))
	if err != nil {
		return nil, err
	}
	for _, decl := range decls {
		v := decl.Var
		d.SetStr(v, vm.NewBuiltin(v, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			if len(args) != len(kwnames) {
				return nil, th.TypeError("%s() takes keyword arguments only", v)
			}
			return newForm(th, rc, string(tname), v, args, kwnames)
		}))
	}
	return d, nil
}

// formDirectiveFn is what {% form [Name] [= var] %} compiles to:
// __form__(var, template, "var") keeps the variable when the page set it
// (page.form()), else takes the form page.form() stored on the page (a
// component's template sees no page variables), and otherwise
// instantiates the template's form from the request, so that a page or component showing an empty form needs no
// code (reference §10.12: the documented samples use {% form %} so).
func formDirectiveFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var cur, tv, vv vm.Value
	if err := th.UnpackArgs("__form__", args, kwnames, "current", &cur, "template", &tv, "var", &vv); err != nil {
		return nil, err
	}
	if _, undefined := cur.(*vm.Undefined); !undefined {
		return cur, nil
	}
	rc, err := current(th)
	if err != nil {
		return nil, err
	}
	tname, _ := tv.(vm.Str)
	v, _ := vv.(vm.Str)
	// A component's template does not see the page's variables; the form
	// that page.form() made for it in the component's route is the one.
	if f, ok := rc.page.Get(string(v)); ok {
		if f, ok := f.(*forms.Form); ok && rc.s.declares(string(tname), f.Decl) {
			return f, nil
		}
	}
	return newForm(th, rc, string(tname), string(v), nil, nil)
}

// declares reports whether a template declares a form class.
func (s *Server) declares(tname string, d *forms.Decl) bool {
	decls, err := s.app.Forms(tname)
	if err != nil {
		return false
	}
	for _, x := range decls {
		if x == d {
			return true
		}
	}
	return false
}
