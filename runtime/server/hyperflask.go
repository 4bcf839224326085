package server

import (
	"net/http"
	"regexp"
	"strings"

	"github.com/hyperflask/hfc/runtime/app"
	"github.com/hyperflask/hfc/runtime/vm"
)

// Hyperflask's helpers that need a request (reference §7.1, §7.2, §7.6):
// htmx_oob and the HtmxOob macro, the flash message macros and the
// out-of-band flash messages of htmx responses, page actions.

var (
	htmxOOBB       = vm.NewBuiltin("htmx_oob", htmxOOBFn)
	pageActionURLB = vm.NewBuiltin("page_action_url", pageActionURLFn)
	hxPageActionB  = vm.NewBuiltin("hx_page_action", hxPageActionFn)
)

// builtinMacros are the function macros of Hyperflask's UI library that hfc
// provides (reference §5.5 steps 3–4); the app's components replace them.
var builtinMacros = map[string]vm.Value{
	"HtmxOob":            vm.NewBuiltin("HtmxOob", htmxOOBMacro),
	"FlashMessage":       vm.NewBuiltin("FlashMessage", flashMessageMacro),
	"FlashMessages":      vm.NewBuiltin("FlashMessages", flashMessagesMacro),
	"FlashMessagesToast": vm.NewBuiltin("FlashMessagesToast", flashMessagesToastMacro),
}

// startTag matches the tag name that starts an HTML fragment.
var startTag = regexp.MustCompile(`^<([a-zA-Z][a-zA-Z0-9-]*)`)

// tableParts are the elements that htmx swaps out of band only inside a
// <template>.
var tableParts = map[string]bool{"tr": true, "td": true, "th": true, "thead": true, "tbody": true, "tfoot": true,
	"colgroup": true, "caption": true, "col": true}

// htmxOOBFn is htmx_oob(html, swap="outerHTML", target=None, wrap=True)
// (reference §7.1): "" outside htmx requests; otherwise the fragment
// marked for an out-of-band swap. A swap other than outerHTML wraps the
// fragment (in a table for <tr>, a ul for <li>, else a div, or the tag
// that wrap names); an outerHTML swap adds hx-swap-oob to the fragment's
// first tag, right after its name (the reference inserts it at the first
// space of the fragment, §10.17), a table part going inside a <template>.
// Text that does not start with a tag is returned as it is.
func htmxOOBFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var html, swap, target, wrap vm.Value = nil, vm.Str("outerHTML"), vm.None, vm.True
	if err := th.UnpackArgs("htmx_oob", args, kwnames, "html", &html, "swap?", &swap, "target?", &target, "wrap?", &wrap); err != nil {
		return nil, err
	}
	return htmxOOB(th, html, swap, target, wrap)
}

func htmxOOB(th *vm.Thread, html, swap, target, wrap vm.Value) (vm.Value, error) {
	rc, err := current(th)
	if err != nil {
		return nil, err
	}
	if !rc.req.isHtmx() {
		return vm.Markup(""), nil
	}
	if vm.IsCallable(html) {
		if html, err = th.CallValue(html, nil, nil); err != nil {
			return nil, err
		}
	}
	spec, err := th.Str(swap)
	if err != nil {
		return nil, err
	}
	if ok, err := th.Truth(target); err != nil {
		return nil, err
	} else if ok {
		t, err := th.Str(target)
		if err != nil {
			return nil, err
		}
		spec += ":" + t
	}
	text, err := th.Str(html)
	if err != nil {
		return nil, err
	}
	text = strings.TrimSpace(text)
	attr := ` hx-swap-oob="` + escapeHTML(spec) + `"`
	wrapOn, err := th.Truth(wrap)
	if err != nil {
		return nil, err
	}
	if !strings.HasPrefix(spec, "outerHTML") && wrapOn {
		tag := "div"
		if w, ok := wrap.(vm.Str); ok {
			tag = string(w)
		} else if strings.HasPrefix(text, "<tr") {
			tag = "table"
		} else if strings.HasPrefix(text, "<li") {
			tag = "ul"
		}
		return vm.Markup("<" + tag + attr + ">" + text + "</" + tag + ">"), nil
	}
	m := startTag.FindStringSubmatchIndex(text)
	if m == nil {
		return vm.Markup(text), nil
	}
	out := text[:m[1]] + attr + text[m[1]:]
	if tableParts[strings.ToLower(text[m[2]:m[3]])] {
		out = "<template>" + out + "</template>"
	}
	return vm.Markup(out), nil
}

// htmxOOBMacro is <{HtmxOob swap=… target=…}>BODY</{}>: htmx_oob of the
// body.
func htmxOOBMacro(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var caller, swap, target, wrap vm.Value = vm.None, vm.Str("outerHTML"), vm.None, vm.True
	if err := th.UnpackArgs("HtmxOob", args, kwnames, "swap?", &swap, "target?", &target, "wrap?", &wrap, "caller?", &caller); err != nil {
		return nil, err
	}
	if vm.Is(caller, vm.None) {
		return nil, th.TypeError("HtmxOob needs a body: <{HtmxOob}>…</{HtmxOob}>")
	}
	return htmxOOB(th, caller, swap, target, wrap)
}

// isHtmx reports whether the request was sent by htmx (HX-Request: true).
func (rq *Request) isHtmx() bool {
	return strings.EqualFold(rq.r.Header.Get("HX-Request"), "true")
}

// flashMessage renders one message: <div class="alert alert-CATEGORY"
// role="alert">MESSAGE</div> (hfc's markup for Hyperflask's Alert).
func flashMessage(th *vm.Thread, message, category vm.Value) (string, error) {
	msg, err := th.Escape(message)
	if err != nil {
		return "", err
	}
	cat, err := th.Str(category)
	if err != nil {
		return "", err
	}
	return `<div class="alert alert-` + escapeHTML(cat) + `" role="alert">` + string(msg) + `</div>`, nil
}

// flashMessageMacro is <{FlashMessage message category="message"}/>.
func flashMessageMacro(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var message, category vm.Value = nil, vm.Str("message")
	if err := th.UnpackArgs("FlashMessage", args, kwnames, "message", &message, "category?", &category, "caller?", new(vm.Value)); err != nil {
		return nil, err
	}
	s, err := flashMessage(th, message, category)
	return vm.Markup(s), err
}

// flashMessages renders the messages flashed to this request, one per
// line, taking them out of the session.
func flashMessages(th *vm.Thread) (string, error) {
	v, err := getFlashedMessagesFn(th, []vm.Value{vm.True}, []string{"with_categories"})
	if err != nil {
		return "", err
	}
	items, err := th.ToSlice(v)
	if err != nil {
		return "", err
	}
	lines := make([]string, 0, len(items))
	for _, it := range items {
		pair := it.(vm.Tuple)
		s, err := flashMessage(th, pair[1], pair[0])
		if err != nil {
			return "", err
		}
		lines = append(lines, s)
	}
	return strings.Join(lines, "\n"), nil
}

// flashMessagesMacro is <{FlashMessages}/>: the flashed messages.
func flashMessagesMacro(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.UnpackArgs("FlashMessages", args, kwnames, "caller?", new(vm.Value)); err != nil {
		return nil, err
	}
	s, err := flashMessages(th)
	return vm.Markup(s), err
}

// flashMessagesToastMacro is <{FlashMessagesToast}/>: the flashed messages
// in the toast #flash-messages-toast, which is there even when empty, as
// the target of the out-of-band messages of htmx responses.
func flashMessagesToastMacro(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.UnpackArgs("FlashMessagesToast", args, kwnames, "caller?", new(vm.Value)); err != nil {
		return nil, err
	}
	s, err := flashMessages(th)
	if err != nil {
		return nil, err
	}
	return vm.Markup(`<div id="flash-messages-toast" class="toast">` + s + `</div>`), nil
}

// flashOOB prepends the messages flashed and not shown to the HTML
// response of an htmx request, each swapped out of band at the end of
// #flash-messages-toast (reference §7.2; config FLASH_TOAST_OOB, on by
// default). Redirects, and htmx's own redirects and refreshes, keep the
// messages for the page that follows (the reference consumes them there
// too, and swaps with the invalid style "beforestart", §10.17).
func (s *Server) flashOOB(th *vm.Thread, rc *reqCtx, resp *Response) error {
	if !rc.req.isHtmx() || rc.flashes != nil || (resp.Status >= 300 && resp.Status < 400) {
		return nil
	}
	if v, ok := s.cfg.Values.GetStr("FLASH_TOAST_OOB"); ok && !s.cfg.Bool("FLASH_TOAST_OOB") && !vm.Is(v, vm.None) {
		return nil
	}
	for _, h := range []string{"HX-Redirect", "HX-Location", "HX-Refresh"} {
		if resp.Headers.Has(h) {
			return nil
		}
	}
	if ct, _ := resp.Headers.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		return nil
	}
	if _, ok := rc.session(th).dict.GetStr("_flashes"); !ok {
		return nil
	}
	v, err := getFlashedMessagesFn(th, []vm.Value{vm.True}, []string{"with_categories"})
	if err != nil {
		return err
	}
	items, err := th.ToSlice(v)
	if err != nil {
		return err
	}
	var parts []string
	for _, it := range items {
		pair := it.(vm.Tuple)
		msg, err := flashMessage(th, pair[1], pair[0])
		if err != nil {
			return err
		}
		parts = append(parts, `<div hx-swap-oob="beforeend:#flash-messages-toast">`+msg+`</div>`)
	}
	if len(parts) > 0 {
		resp.Body = append([]byte(strings.Join(parts, "\n")+"\n"), resp.Body...)
	}
	return nil
}

// PageActionClass is the class of page.action, the page-action decorator.
var PageActionClass = vm.NewGoClass("page_action", "hyperflask.utils.page_actions", nil, nil)

// pageAction is page.action (reference §7.6): @page.action on def
// on_NAME(…), or page.action(name="x")(f). Applied while the module body
// runs, it answers a POST whose query has __action=NAME: the function is
// called with its parameters taken from request.values by name (None when
// absent), and what it returns (an empty 200 when falsy) is the response.
// Otherwise the function is returned as it is (the reference returns None).
type pageAction struct{ name string }

// Type implements vm.Value.
func (p *pageAction) Type() *vm.Class { return PageActionClass }

// Call applies the decorator, or with only name= returns one for that name.
func (p *pageAction) Call(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var fn, name vm.Value = vm.None, vm.None
	if err := th.UnpackArgs("action", args, kwnames, "func?", &fn, "name?", &name); err != nil {
		return nil, err
	}
	act := &pageAction{name: p.name}
	if !vm.Is(name, vm.None) {
		s, err := th.Str(name)
		if err != nil {
			return nil, err
		}
		act.name = s
	}
	if vm.Is(fn, vm.None) {
		return act, nil
	}
	return act.apply(th, fn)
}

func (p *pageAction) apply(th *vm.Thread, fn vm.Value) (vm.Value, error) {
	f, ok := fn.(*vm.Function)
	if !ok {
		return nil, th.TypeError("page.action decorates a function, not %s", fn.Type().Name)
	}
	name := p.name
	if name == "" {
		if len(f.Name) > 3 {
			name = f.Name[3:]
		}
	}
	rc, err := current(th)
	if err != nil {
		return nil, err
	}
	if rc.r.Method != http.MethodPost || rc.r.URL.Query().Get("__action") != name {
		return fn, nil
	}
	values, err := th.GetAttr(rc.req, "values")
	if err != nil {
		return nil, err
	}
	get, err := th.GetAttr(values, "get")
	if err != nil {
		return nil, err
	}
	code := f.Code
	nparams := code.ArgCount + code.KwOnlyArgCount
	var callArgs []vm.Value
	var names []string
	for _, param := range code.Locals[:nparams] {
		v, err := th.CallValue(get, []vm.Value{vm.Str(param)}, nil)
		if err != nil {
			return nil, err
		}
		callArgs = append(callArgs, v)
		names = append(names, param)
	}
	rv, err := th.CallValue(fn, callArgs, names)
	if err != nil {
		return nil, err
	}
	if ok, err := th.Truth(rv); err != nil {
		return nil, err
	} else if !ok {
		rv = vm.Tuple{vm.Str(""), vm.MakeInt(200)}
	}
	return nil, app.NewRespond(rv)
}

// pageActionHelper is the page helper behind page.action.
func pageActionHelper(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	return &pageAction{}, nil
}

// pageActionURLFn is page_action_url(action, endpoint=None, **values): the
// URL of a page action (the current endpoint's when none is named).
func pageActionURLFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	npos := len(args) - len(kwnames)
	if npos < 1 || npos > 2 {
		return nil, th.TypeError("page_action_url() takes from 1 to 2 positional arguments but %d were given", npos)
	}
	action, endpoint := args[0], vm.Value(vm.None)
	if npos == 2 {
		endpoint = args[1]
	}
	var rest []vm.Value
	var restNames []string
	for i, k := range kwnames {
		if k == "endpoint" {
			endpoint = args[npos+i]
			continue
		}
		rest = append(rest, args[npos+i])
		restNames = append(restNames, k)
	}
	if ok, err := th.Truth(endpoint); err != nil {
		return nil, err
	} else if !ok {
		rc, err := current(th)
		if err != nil {
			return nil, err
		}
		if rc.endpoint == "" {
			return nil, th.Raise(vm.RuntimeErrorClass, "page_action_url() needs an endpoint outside a page")
		}
		endpoint = vm.Str(rc.endpoint)
	}
	call := append([]vm.Value{endpoint, action}, rest...)
	return urlForFn(th, call, append([]string{"__action"}, restNames...))
}

// hxPageActionFn is hx_page_action(action, **values): the attribute
// hx-post="URL" of a page action.
func hxPageActionFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	u, err := pageActionURLFn(th, args, kwnames)
	if err != nil {
		return nil, err
	}
	s, err := th.Str(u)
	if err != nil {
		return nil, err
	}
	return vm.Markup(`hx-post="` + escapeHTML(s) + `"`), nil
}

// healthcheck answers GET /healthcheck with {"status": "ok"} (reference
// §2.7), unless a page has that URL.
func (s *Server) healthcheck(w http.ResponseWriter, r *http.Request) {
	s.handle(w, r, "healthcheck", func(th *vm.Thread, rc *reqCtx) (*Response, error) {
		d := vm.NewDict(1)
		d.SetStr("status", vm.Str("ok"))
		return s.makeResponse(th, d)
	})
}
