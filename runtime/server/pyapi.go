package server

import (
	"github.com/hyperflask/hfc/runtime/app"
	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

// The Python API of the server: the functions pages call (reference §1.4,
// §7), as builtins that find their request through the thread.
var (
	redirectB           = vm.NewBuiltin("redirect", redirectFn)
	abortB              = vm.NewBuiltin("abort", abortFn)
	flashB              = vm.NewBuiltin("flash", flashFn)
	getFlashedMessagesB = vm.NewBuiltin("get_flashed_messages", getFlashedMessagesFn)
	urlForB             = vm.NewBuiltin("url_for", urlForFn)
	jsonifyB            = vm.NewBuiltin("jsonify", jsonifyFn)
	makeResponseB       = vm.NewBuiltin("make_response", makeResponseFn)
	renderTemplateB     = vm.NewBuiltin("render_template", renderTemplateFn)
	htmxRedirectB       = vm.NewBuiltin("htmx_redirect", htmxRedirectFn)
	staticURLB          = vm.NewBuiltin("static_url", staticURLFn)
	csrfTokenB          = vm.NewBuiltin("csrf_token", csrfTokenFn)
	formDirectiveB      = vm.NewBuiltin("__form__", formDirectiveFn)
)

// flaskMembers are the names of `from flask import …` that hfc provides.
func flaskMembers() map[string]vm.Value {
	return map[string]vm.Value{
		"request": requestProxy, "session": sessionProxy, "g": gProxy, "current_app": appProxy,
		"redirect": redirectB, "abort": abortB, "flash": flashB, "get_flashed_messages": getFlashedMessagesB,
		"url_for": urlForB, "jsonify": jsonifyB, "make_response": makeResponseB, "render_template": renderTemplateB,
		"Response": ResponseClass, "Markup": vm.MarkupClass,
	}
}

func init() {
	loader.RegisterGoModule("flask", func() *vm.Module { return vm.NewGoModule("flask", flaskMembers()) })
	loader.RegisterGoModule("hyperflask", func() *vm.Module {
		m := flaskMembers()
		for k, v := range hyperflaskExtras() {
			m[k] = v
		}
		return vm.NewGoModule("hyperflask", m)
	})
	loader.RegisterGoModule("werkzeug.exceptions", func() *vm.Module {
		m := map[string]vm.Value{"HTTPException": HTTPExceptionClass, "BadRequestKeyError": BadRequestKeyErrorClass, "abort": abortB}
		for _, c := range httpErrorClasses {
			m[c.Name] = c
		}
		return vm.NewGoModule("werkzeug.exceptions", m)
	})
}

// hyperflaskExtras are the names of `from hyperflask import …` beyond
// Flask's (the server adds db, the app's database).
func hyperflaskExtras() map[string]vm.Value {
	return map[string]vm.Value{
		"page": pageProxy, "app": appProxy, "htmx_redirect": htmxRedirectB,
		"static_url": staticURLB, "csrf_token": csrfTokenB, "htmx_oob": htmxOOBB,
		"page_action_url": pageActionURLB, "hx_page_action": hxPageActionB,
	}
}

// pageMethods are the page object's methods that need the server
// (reference §2.7): redirect, abort and flash.
var pageMethods = map[string]vm.Value{
	"redirect": vm.NewBuiltin("redirect", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		r, err := redirectFn(th, args, kwnames)
		if err != nil {
			return nil, err
		}
		return nil, app.NewRespond(r)
	}),
	"abort": abortB,
	"flash": flashB,
}

// pageHelpers are the built-in page helpers (reference §3).
var pageHelpers = map[string]vm.Value{
	"csrf_protect": vm.NewBuiltin("csrf_protect", csrfProtectHelper),
	"action":       vm.NewBuiltin("action", pageActionHelper),
	"form":         vm.NewBuiltin("form", formHelper),
	"forms":        vm.NewBuiltin("forms", formsHelper),
}

// injected returns the names page modules find without importing them
// (app.PageGlobals but page, which the app sets).
func (s *Server) injected() map[string]vm.Value {
	return map[string]vm.Value{
		"g": gProxy, "request": requestProxy, "render_template": renderTemplateB, "url_for": urlForB,
		"redirect": redirectB, "abort": abortB, "app": s.appObj, "current_app": s.appObj,
		"static_url": staticURLB, "asset_url": s.assetURL,
	}
}

// templateGlobals are what every template sees beside its variables
// (Flask's globals and Hyperflask's, reference §7.5).
func (s *Server) templateGlobals() map[string]vm.Value {
	return map[string]vm.Value{
		"request": requestProxy, "session": sessionProxy, "g": gProxy, "config": s.cfg.Values,
		"url_for": urlForB, "get_flashed_messages": getFlashedMessagesB, "csrf_token": csrfTokenB,
		"app": s.appObj, "current_app": s.appObj, "static_url": staticURLB, "asset_url": s.assetURL,
		"page_action_url": pageActionURLB, "hx_page_action": hxPageActionB,
		"__form__": formDirectiveB,
	}
}

// redirectFn is redirect(location, code=302): Werkzeug's redirect
// response (its HTML body and Location header).
func redirectFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var location, code vm.Value = nil, vm.MakeInt(302)
	if err := th.UnpackArgs("redirect", args, kwnames, "location", &location, "code?", &code, "Response?", new(vm.Value)); err != nil {
		return nil, err
	}
	loc, err := th.Str(location)
	if err != nil {
		return nil, err
	}
	c, ok := code.(vm.Int)
	if !ok {
		return nil, th.TypeError("redirect() code must be an int, not %s", code.Type().Name)
	}
	return redirectResponse(loc, int(c)), nil
}

// redirectResponse is Werkzeug's redirect(location, code).
func redirectResponse(location string, code int) *Response {
	uri := iriToURI(location)
	r := newResponse("<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n" +
		"<p>You should be redirected automatically to the target URL: <a href=\"" + escapeHTML(uri) + "\">" +
		escapeHTML(location) + "</a>. If not, click the link.\n")
	r.Status = code
	r.Headers.Set("Location", uri)
	return r
}

// iriToURI percent-encodes the non-ASCII bytes and spaces of a location
// (Werkzeug's iri_to_uri with safe conversion keeps an ASCII URL as it is).
func iriToURI(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || s[i] <= ' ' {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	return quote(s, "/:?#[]@!$&'()*+,;=%")
}

// jsonifyFn is jsonify(*args, **kwargs): one argument as it is, several
// as a list, keywords as a dict (Flask 2.2).
func jsonifyFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	npos := len(args) - len(kwnames)
	var data vm.Value
	switch {
	case npos > 0 && len(kwnames) > 0:
		return nil, th.TypeError("app.json.response() takes either args or kwargs, not both")
	case npos == 1:
		data = args[0]
	case npos > 1:
		data = vm.NewList(append([]vm.Value(nil), args...))
	default:
		d := vm.NewDict(len(kwnames))
		for i, k := range kwnames {
			d.SetStr(k, args[i])
		}
		data = d
	}
	rc, err := current(th)
	if err != nil {
		return nil, err
	}
	return rc.s.jsonResponse(th, data)
}

// makeResponseFn is make_response(*args, **htmx): no argument gives an
// empty response, one is converted as a view's return value, several as
// a tuple; the keywords set htmx response headers (reference §7.1).
func makeResponseFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	rc, err := current(th)
	if err != nil {
		return nil, err
	}
	npos := len(args) - len(kwnames)
	var r *Response
	switch npos {
	case 0:
		r = newResponse("")
	case 1:
		r, err = rc.s.makeResponse(th, args[0])
	default:
		r, err = rc.s.makeResponse(th, vm.Tuple(append([]vm.Value(nil), args[:npos]...)))
	}
	if err != nil {
		return nil, err
	}
	for i, k := range kwnames {
		if err := rc.s.htmxHeader(th, r, k, args[npos+i]); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// htmxHeaders are make_response's keywords and the headers they set.
var htmxHeaders = map[string]string{
	"location": "HX-Location", "push_url": "HX-Push-Url", "redirect": "HX-Redirect", "refresh": "HX-Refresh",
	"replace_url": "HX-Replace-Url", "reswap": "HX-Reswap", "retarget": "HX-Retarget", "trigger": "HX-Trigger",
	"trigger_after_settle": "HX-Trigger-After-Settle", "trigger_after_swap": "HX-Trigger-After-Swap",
}

// htmxHeader sets one htmx response header: dicts and lists as JSON,
// booleans as true/false.
func (s *Server) htmxHeader(th *vm.Thread, r *Response, kw string, v vm.Value) error {
	h, ok := htmxHeaders[kw]
	if !ok {
		return th.TypeError("make_response() got an unexpected keyword argument '%s'", kw)
	}
	var text string
	switch x := v.(type) {
	case vm.NoneType:
		return nil
	case vm.Bool:
		text = "false"
		if x {
			text = "true"
		}
	case *vm.Dict, *vm.List:
		t, err := s.jsonDumps(th, v, false, false)
		if err != nil {
			return err
		}
		text = t
	default:
		t, err := th.Str(v)
		if err != nil {
			return err
		}
		text = t
	}
	r.Headers.Set(h, text)
	return nil
}

// htmxRedirectFn is htmx_redirect(url): an empty response whose
// HX-Redirect header sends the browser to url.
func htmxRedirectFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var url vm.Value
	if err := th.UnpackArgs("htmx_redirect", args, kwnames, "url", &url); err != nil {
		return nil, err
	}
	s, err := th.Str(url)
	if err != nil {
		return nil, err
	}
	r := newResponse("")
	r.Headers.Set("HX-Redirect", s)
	return r, nil
}

// renderTemplateFn is render_template(name, **context): the template with
// the page's variables (Flask's context processors) and context.
func renderTemplateFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	npos := len(args) - len(kwnames)
	if npos != 1 {
		return nil, th.TypeError("render_template() takes 1 positional argument but %d were given", npos)
	}
	name, err := th.Str(args[0])
	if err != nil {
		return nil, err
	}
	rc, err := current(th)
	if err != nil {
		return nil, err
	}
	t, err := rc.s.app.Env.GetTemplate(name)
	if err != nil {
		return nil, err
	}
	vars := rc.templateVars()
	for i, k := range kwnames {
		vars.SetStr(k, args[npos+i])
	}
	out, err := t.Render(th, vars)
	if err != nil {
		return nil, err
	}
	return vm.Str(out), nil
}

// templateVars are the variables Flask's context processors give every
// render: page and the page's attributes (reference §2.5).
func (rc *reqCtx) templateVars() *vm.Dict {
	vars := vm.NewDict(8)
	if rc.page != nil {
		vars.SetStr("page", rc.page)
		rc.page.Ctx.Items(func(k, v vm.Value) bool {
			_ = vars.SetItem(nil, k, v)
			return true
		})
	}
	return vars
}

// staticURLFn is static_url(filename): the URL of a file of public/.
func staticURLFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var name vm.Value
	if err := th.UnpackArgs("static_url", args, kwnames, "filename", &name); err != nil {
		return nil, err
	}
	rc, err := current(th)
	if err != nil {
		return nil, err
	}
	values := urlValues{names: []string{"filename"}, vals: []vm.Value{name}}
	u, err := rc.s.buildURL(th, rc, "static", values, urlOptions{})
	if err != nil {
		return nil, err
	}
	return vm.Str(u), nil
}
