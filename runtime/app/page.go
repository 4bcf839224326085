package app

import (
	"github.com/hyperflask/hfc/runtime/vm"
)

// PageClass is the class of the page object (reference §3).
var PageClass = func() *vm.Class {
	c := vm.NewGoClass("Page", "flask_file_routes", nil, nil)
	c.AddMethod("get", pageGet)
	c.AddMethod("respond", pageRespond)
	return c
}()

// PageResponseClass is the exception page.respond() raises (the
// reference's PageResponseException); its payload is a *Respond.
var PageResponseClass = vm.NewGoExceptionClass("PageResponseException", "flask_file_routes", vm.ExceptionClass)

// Respond is the payload of a PageResponseException: the response that
// page.respond() was given, which the server sends as it is.
type Respond struct{ Response vm.Value }

// Page is the per-request page object: attributes set on it are the
// template context (template_ctx in the reference).
type Page struct {
	// Ctx holds the attributes set on the page, in order; every one is also
	// a template variable.
	Ctx *vm.Dict
	// ViewArgs are the URL placeholders (page.<arg>, read-only).
	ViewArgs *vm.Dict
	// Methods are the page's methods that the server provides (redirect,
	// abort, flash), found before the template context as the object's own
	// methods are (reference §3, step 1). The map is shared: read only.
	Methods map[string]vm.Value
	// Helpers are the page helpers (§3, steps 5–6): page.NAME calls
	// Helpers[NAME] with the page once per request and gives the result.
	// The map is shared: read only.
	Helpers map[string]vm.Value

	helperValues map[string]vm.Value
}

// NewPage returns an empty page object.
func NewPage() *Page { return &Page{Ctx: vm.NewDict(8), ViewArgs: vm.NewDict(0)} }

// Type implements vm.Value.
func (p *Page) Type() *vm.Class { return PageClass }

// GetAttr implements page.x: the object's own methods first, then the
// template context, the view arguments and the helpers (reference §3).
func (p *Page) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	if PageClass.Lookup(name) != nil {
		return nil, false, nil // the class's method, bound by the VM
	}
	if m, ok := p.Methods[name]; ok {
		return m, true, nil
	}
	if v, ok := p.Ctx.GetStr(name); ok {
		return v, true, nil
	}
	if v, ok := p.ViewArgs.GetStr(name); ok {
		return v, true, nil
	}
	if name == "template_ctx" {
		return p.Ctx, true, nil
	}
	if v, ok := p.helperValues[name]; ok {
		return v, true, nil
	}
	if h, ok := p.Helpers[name]; ok {
		v, err := th.CallValue(h, []vm.Value{p}, nil)
		if err != nil {
			return nil, false, err
		}
		if p.helperValues == nil {
			p.helperValues = map[string]vm.Value{}
		}
		p.helperValues[name] = v
		return v, true, nil
	}
	// The reference's __getattr__ raises AttributeError(name).
	return nil, false, th.Raise(vm.AttributeErrorClass, "%s", name)
}

// SetAttr implements page.x = v: always into the template context, even
// for names the object's methods shadow.
func (p *Page) SetAttr(th *vm.Thread, name string, v vm.Value) error {
	p.Ctx.SetStr(name, v)
	return nil
}

// DelAttr implements del page.x.
func (p *Page) DelAttr(th *vm.Thread, name string) error {
	ok, err := p.Ctx.Delete(th, vm.Str(name))
	if err != nil {
		return err
	}
	if !ok {
		return th.Raise(vm.AttributeErrorClass, "%s", name)
	}
	return nil
}

// Repr implements repr(page).
func (p *Page) Repr(th *vm.Thread) (string, error) {
	return "<flask_file_routes.Page object>", nil
}

// Get returns a template-context value of the page.
func (p *Page) Get(name string) (vm.Value, bool) { return p.Ctx.GetStr(name) }

// Set sets a template-context value of the page.
func (p *Page) Set(name string, v vm.Value) { p.Ctx.SetStr(name, v) }

// pageGet is page.get(key, default=None): the template context only.
func pageGet(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	var key, def vm.Value = nil, vm.None
	if err := th.UnpackArgs("get", args, kwnames, "key", &key, "default?", &def); err != nil {
		return nil, err
	}
	v, ok, err := self.(*Page).Ctx.Get(th, key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return def, nil
	}
	return v, nil
}

// pageRespond is page.respond(response): it raises PageResponseException,
// which the server answers with the response (reference §2.7), from the
// module body, a method function or a template alike.
func pageRespond(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	var resp vm.Value
	if err := th.UnpackArgs("respond", args, kwnames, "response", &resp); err != nil {
		return nil, err
	}
	return nil, NewRespond(resp)
}

// NewRespond returns the exception that page.respond(resp) raises.
func NewRespond(resp vm.Value) *vm.Exception {
	e := vm.NewException(PageResponseClass)
	e.Payload = &Respond{Response: resp}
	return e
}
