package server

import (
	"net/http"
	"sort"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/app"
	"github.com/hyperflask/hfc/runtime/vm"
)

// reqCtx is the state of one request, reachable from the thread that runs
// it (Flask's request context).
type reqCtx struct {
	s        *Server
	r        *http.Request
	req      *Request
	page     *app.Page
	g        *Namespace
	endpoint string
	sess     *session
	flashes  []vm.Value // the flashed messages, once read
	csrf     string     // the CSRF token made for this request
	locals   map[string]any
}

// localsKey is the key of the request context in vm.Thread.Locals.
const localsKey = "hfc.request"

// current returns the request context of the thread; outside a request it
// fails as Flask's proxies do.
func current(th *vm.Thread) (*reqCtx, error) {
	if rc, ok := th.Locals[localsKey].(*reqCtx); ok {
		return rc, nil
	}
	return nil, th.Raise(vm.RuntimeErrorClass, "Working outside of request context.\n\nThis typically means that you attempted to use functionality that needed\nan active HTTP request. Consult the documentation on testing for\ninformation about how to avoid this problem.")
}

// ProxyClass is werkzeug's LocalProxy: request, session, g, page and
// current_app imported from hyperflask or flask stand for the objects of
// the request that runs.
var ProxyClass = vm.NewGoClass("LocalProxy", "werkzeug.local", nil, nil)

// proxy forwards every operation to the object of the current request.
type proxy struct {
	name   string
	target func(th *vm.Thread, rc *reqCtx) vm.Value
}

// Type implements vm.Value.
func (p *proxy) Type() *vm.Class { return ProxyClass }

func (p *proxy) get(th *vm.Thread) (vm.Value, error) {
	rc, err := current(th)
	if err != nil {
		return nil, err
	}
	return p.target(th, rc), nil
}

// GetAttr forwards attribute reads.
func (p *proxy) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	v, err := p.get(th)
	if err != nil {
		return nil, false, err
	}
	r, err := th.GetAttr(v, name)
	return r, err == nil, err
}

// SetAttr forwards attribute writes.
func (p *proxy) SetAttr(th *vm.Thread, name string, val vm.Value) error {
	v, err := p.get(th)
	if err != nil {
		return err
	}
	return th.SetAttr(v, name, val)
}

// DelAttr forwards attribute deletions.
func (p *proxy) DelAttr(th *vm.Thread, name string) error {
	v, err := p.get(th)
	if err != nil {
		return err
	}
	return th.DelAttr(v, name)
}

// GetItem forwards p[key].
func (p *proxy) GetItem(th *vm.Thread, key vm.Value) (vm.Value, error) {
	v, err := p.get(th)
	if err != nil {
		return nil, err
	}
	return th.GetItem(v, key)
}

// SetItem forwards p[key] = val.
func (p *proxy) SetItem(th *vm.Thread, key, val vm.Value) error {
	v, err := p.get(th)
	if err != nil {
		return err
	}
	return th.SetItem(v, key, val)
}

// DelItem forwards del p[key].
func (p *proxy) DelItem(th *vm.Thread, key vm.Value) error {
	v, err := p.get(th)
	if err != nil {
		return err
	}
	return th.DelItem(v, key)
}

// Contains forwards key in p.
func (p *proxy) Contains(th *vm.Thread, key vm.Value) (bool, error) {
	v, err := p.get(th)
	if err != nil {
		return false, err
	}
	return th.Contains(v, key)
}

// Length forwards len(p).
func (p *proxy) Length(th *vm.Thread) (int, error) {
	v, err := p.get(th)
	if err != nil {
		return 0, err
	}
	return th.Len(v)
}

// Iter forwards iter(p).
func (p *proxy) Iter(th *vm.Thread) (vm.Iterator, error) {
	v, err := p.get(th)
	if err != nil {
		return nil, err
	}
	return th.Iter(v)
}

// Truth forwards bool(p).
func (p *proxy) Truth(th *vm.Thread) (bool, error) {
	v, err := p.get(th)
	if err != nil {
		return false, err
	}
	return th.Truth(v)
}

// Str forwards str(p).
func (p *proxy) Str(th *vm.Thread) (string, error) {
	v, err := p.get(th)
	if err != nil {
		return "", err
	}
	return th.Str(v)
}

// Repr forwards repr(p); outside a request it names the proxy.
func (p *proxy) Repr(th *vm.Thread) (string, error) {
	if _, ok := th.Locals[localsKey].(*reqCtx); !ok {
		return "<LocalProxy unbound " + p.name + ">", nil
	}
	v, err := p.get(th)
	if err != nil {
		return "", err
	}
	return th.Repr(v)
}

// Call forwards p(…).
func (p *proxy) Call(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	v, err := p.get(th)
	if err != nil {
		return nil, err
	}
	return th.CallValue(v, args, kwnames)
}

// Compare forwards comparisons.
func (p *proxy) Compare(th *vm.Thread, op bytecode.CompareOp, b vm.Value) (vm.Value, error) {
	v, err := p.get(th)
	if err != nil {
		return nil, err
	}
	return th.Compare(op, v, b)
}

// The proxies of the objects of a request.
var (
	requestProxy = &proxy{"request", func(th *vm.Thread, rc *reqCtx) vm.Value { return rc.req }}
	gProxy       = &proxy{"g", func(th *vm.Thread, rc *reqCtx) vm.Value { return rc.g }}
	pageProxy    = &proxy{"page", func(th *vm.Thread, rc *reqCtx) vm.Value { return rc.page }}
	appProxy     = &proxy{"current_app", func(th *vm.Thread, rc *reqCtx) vm.Value { return rc.s.appObj }}
	sessionProxy = &sessionProxyValue{}
)

// sessionProxyValue is the session proxy: the session's dict, the
// attributes permanent, modified and accessed of Flask's
// SecureCookieSession, and its tracking of reads and changes.
type sessionProxyValue struct{ proxy }

func init() {
	sessionProxy.proxy = proxy{"session", func(th *vm.Thread, rc *reqCtx) vm.Value { return rc.session(th).dict }}
}

// sessionReads and sessionChanges are the dict methods that mark the
// session accessed, and modified (werkzeug's CallbackDict and
// SecureCookieSession).
var (
	sessionReads   = map[string]bool{"get": true, "setdefault": true, "pop": true, "popitem": true}
	sessionChanges = map[string]bool{"setdefault": true, "pop": true, "popitem": true, "clear": true, "update": true}
)

func (p *sessionProxyValue) state(th *vm.Thread) (*session, error) {
	rc, err := current(th)
	if err != nil {
		return nil, err
	}
	return rc.session(th), nil
}

// GetAttr answers session.permanent, .modified and .accessed, and gives
// the dict's methods, marking the session as they use it.
func (p *sessionProxyValue) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	sess, err := p.state(th)
	if err != nil {
		return nil, false, err
	}
	switch name {
	case "permanent":
		return vm.MakeBool(sess.permanent()), true, nil
	case "modified":
		return vm.MakeBool(sess.modified), true, nil
	case "accessed":
		return vm.MakeBool(sess.accessed), true, nil
	}
	m, err := th.GetAttr(sess.dict, name)
	if err != nil {
		return nil, false, err
	}
	if !sessionReads[name] && !sessionChanges[name] {
		return m, true, nil
	}
	return vm.NewBuiltin(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		sess.accessed = sess.accessed || sessionReads[name] || sessionChanges[name]
		sess.modified = sess.modified || sessionChanges[name]
		return th.CallValue(m, args, kwnames)
	}), true, nil
}

// SetAttr sets session.permanent and session.modified.
func (p *sessionProxyValue) SetAttr(th *vm.Thread, name string, v vm.Value) error {
	sess, err := p.state(th)
	if err != nil {
		return err
	}
	on, err := th.Truth(v)
	if err != nil {
		return err
	}
	switch name {
	case "modified":
		sess.modified = on
	case "permanent":
		sess.accessed, sess.modified = true, true
		sess.dict.SetStr("_permanent", vm.MakeBool(on))
	default:
		return th.Raise(vm.AttributeErrorClass, "'SecureCookieSession' object has no attribute '%s'", name)
	}
	return nil
}

// GetItem reads session[key] (accessed).
func (p *sessionProxyValue) GetItem(th *vm.Thread, key vm.Value) (vm.Value, error) {
	sess, err := p.state(th)
	if err != nil {
		return nil, err
	}
	sess.accessed = true
	return th.GetItem(sess.dict, key)
}

// SetItem sets session[key] (accessed, modified).
func (p *sessionProxyValue) SetItem(th *vm.Thread, key, val vm.Value) error {
	sess, err := p.state(th)
	if err != nil {
		return err
	}
	sess.accessed, sess.modified = true, true
	return th.SetItem(sess.dict, key, val)
}

// DelItem deletes session[key] (accessed, modified).
func (p *sessionProxyValue) DelItem(th *vm.Thread, key vm.Value) error {
	sess, err := p.state(th)
	if err != nil {
		return err
	}
	sess.accessed, sess.modified = true, true
	return th.DelItem(sess.dict, key)
}

// NamespaceClass is the class of g (Flask's _AppCtxGlobals).
var NamespaceClass = func() *vm.Class {
	c := vm.NewGoClass("_AppCtxGlobals", "flask.ctx", nil, nil)
	c.AddMethod("get", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		var name, def vm.Value = nil, vm.None
		if err := th.UnpackArgs("get", args, kwnames, "name", &name, "default?", &def); err != nil {
			return nil, err
		}
		v, ok, err := self.(*Namespace).d.Get(th, name)
		if err != nil || !ok {
			return def, err
		}
		return v, nil
	})
	c.AddMethod("setdefault", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		var name, def vm.Value = nil, vm.None
		if err := th.UnpackArgs("setdefault", args, kwnames, "name", &name, "default?", &def); err != nil {
			return nil, err
		}
		d := self.(*Namespace).d
		v, ok, err := d.Get(th, name)
		if err != nil || ok {
			return v, err
		}
		return def, d.SetItem(th, name, def)
	})
	c.AddMethod("pop", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		var name, def vm.Value
		if err := th.UnpackArgs("pop", args, kwnames, "name", &name, "default?", &def); err != nil {
			return nil, err
		}
		d := self.(*Namespace).d
		v, ok, err := d.Get(th, name)
		if err != nil {
			return nil, err
		}
		if !ok {
			if def == nil {
				return nil, vm.NewException(vm.KeyErrorClass, name)
			}
			return def, nil
		}
		_, err = d.Delete(th, name)
		return v, err
	})
	return c
}()

// Namespace is g: attributes that live for one request.
type Namespace struct{ d *vm.Dict }

// Type implements vm.Value.
func (n *Namespace) Type() *vm.Class { return NamespaceClass }

// GetAttr implements g.x.
func (n *Namespace) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	if NamespaceClass.Lookup(name) != nil {
		return nil, false, nil
	}
	if v, ok := n.d.GetStr(name); ok {
		return v, true, nil
	}
	return nil, false, th.Raise(vm.AttributeErrorClass, "%s", name)
}

// SetAttr implements g.x = v.
func (n *Namespace) SetAttr(th *vm.Thread, name string, v vm.Value) error {
	n.d.SetStr(name, v)
	return nil
}

// DelAttr implements del g.x.
func (n *Namespace) DelAttr(th *vm.Thread, name string) error {
	ok, err := n.d.Delete(th, vm.Str(name))
	if err == nil && !ok {
		err = th.Raise(vm.AttributeErrorClass, "%s", name)
	}
	return err
}

// Contains implements name in g.
func (n *Namespace) Contains(th *vm.Thread, key vm.Value) (bool, error) {
	_, ok, err := n.d.Get(th, key)
	return ok, err
}

// Iter implements iter(g): the names set.
func (n *Namespace) Iter(th *vm.Thread) (vm.Iterator, error) { return th.Iter(n.d) }

// Repr implements repr(g).
func (n *Namespace) Repr(th *vm.Thread) (string, error) { return "<flask.g of 'app'>", nil }

// AppClass is the class of app and current_app.
var AppClass = vm.NewGoClass("Hyperflask", "hyperflask.app", nil, nil)

// appObject is the application as Python sees it: app.config,
// app.components and app.macros (the registry, reference §5.9), app.debug.
type appObject struct{ s *Server }

// Type implements vm.Value.
func (a *appObject) Type() *vm.Class { return AppClass }

// Repr implements repr(app).
func (a *appObject) Repr(th *vm.Thread) (string, error) { return "<Hyperflask 'app'>", nil }

// GetAttr implements the app's attributes.
func (a *appObject) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "config":
		return a.s.cfg.Values, true, nil
	case "components", "macros":
		return a.s.app.Registry, true, nil
	case "debug":
		return vm.MakeBool(a.s.cfg.Debug()), true, nil
	case "name", "import_name":
		return vm.Str("app"), true, nil
	}
	return nil, false, nil
}

// sortedKeys returns the keys of a map in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
