package server

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"net/http"
	"strings"
	"time"

	"github.com/hyperflask/hfc/runtime/vm"
)

// signer signs and checks timestamped tokens with HMAC-SHA256 under a key
// derived from the secret key and a purpose, so that a session cookie is
// never a valid CSRF token and the reverse.
type signer struct{ key []byte }

func newSigner(secret []byte, purpose string) signer {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte("hfc " + purpose))
	return signer{key: m.Sum(nil)}
}

var b64 = base64.RawURLEncoding

func (s signer) mac(msg string) []byte {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(msg))
	return m.Sum(nil)
}

// sign returns payload.timestamp.signature, each part base64url.
func (s signer) sign(payload []byte, now time.Time) string {
	var ts [8]byte
	binary.BigEndian.PutUint64(ts[:], uint64(now.Unix()))
	msg := b64.EncodeToString(payload) + "." + b64.EncodeToString(ts[:])
	return msg + "." + b64.EncodeToString(s.mac(msg))
}

// verify returns the payload of a token signed with this key no longer
// than maxAge ago (0: any age); expired is set for a valid but old token.
func (s signer) verify(token string, maxAge time.Duration, now time.Time) (payload []byte, ok, expired bool) {
	i := strings.LastIndexByte(token, '.')
	if i < 0 {
		return nil, false, false
	}
	msg, sig := token[:i], token[i+1:]
	got, err := b64.DecodeString(sig)
	if err != nil || !hmac.Equal(got, s.mac(msg)) {
		return nil, false, false
	}
	p, tsText, _ := strings.Cut(msg, ".")
	ts, err := b64.DecodeString(tsText)
	if err != nil || len(ts) != 8 {
		return nil, false, false
	}
	signed := time.Unix(int64(binary.BigEndian.Uint64(ts)), 0)
	if maxAge > 0 && now.Sub(signed) > maxAge {
		return nil, false, true
	}
	payload, err = b64.DecodeString(p)
	return payload, err == nil, false
}

// session is the request's signed-cookie session (Flask's
// SecureCookieSession): a dict of JSON values, read from the cookie when
// first used. As in Flask, reading it through get, [], setdefault or pop
// marks it accessed (the response then varies on Cookie), and changing it
// (item assignment, del, pop, clear, update, setdefault) marks it
// modified, which writes the cookie; a change inside a value (a list
// appended to) needs session.modified = True.
type session struct {
	dict               *vm.Dict
	accessed, modified bool
}

// permanent is session.permanent: the "_permanent" key, as Flask keeps it.
func (sess *session) permanent() bool {
	v, ok := sess.dict.GetStr("_permanent")
	return ok && vm.Is(v, vm.True)
}

// session returns the request's session, reading the cookie on first use:
// a cookie that is missing, tampered with, too old or not a JSON object
// gives an empty session.
func (rc *reqCtx) session(th *vm.Thread) *session {
	if rc.sess != nil {
		return rc.sess
	}
	s := rc.s
	sess := &session{dict: vm.NewDict(0)}
	rc.sess = sess
	c, err := rc.r.Cookie(s.cfg.String("SESSION_COOKIE_NAME", "session"))
	if err != nil {
		return sess
	}
	if d, ok := s.sessionCodec.decode(th, c.Value, s.cfg.Seconds("PERMANENT_SESSION_LIFETIME", 0), time.Now()); ok {
		sess.dict = d
	}
	return sess
}

// saveSession writes the session cookie as Flask's
// SecureCookieSessionInterface.save_session does: a session emptied by a
// change deletes the cookie; a modified session (or a permanent one, when
// refreshed on each request) sets it; an accessed one adds Vary: Cookie.
func (rc *reqCtx) saveSession(th *vm.Thread, resp *Response) error {
	sess := rc.sess
	if sess == nil {
		return nil
	}
	s := rc.s
	c := cookie{name: s.cfg.String("SESSION_COOKIE_NAME", "session"), path: s.cfg.String("SESSION_COOKIE_PATH", "/"),
		domain: s.cfg.String("SESSION_COOKIE_DOMAIN", ""), httpOnly: s.cfg.Bool("SESSION_COOKIE_HTTPONLY"),
		secure:   s.cfg.Bool("SESSION_COOKIE_SECURE") || s.cfg.Bool("SERVER_SECURED"),
		sameSite: s.cfg.String("SESSION_COOKIE_SAMESITE", "")}
	now := time.Now()
	if sess.accessed {
		addVary(resp.Headers, "Cookie")
	}
	if sess.dict.Len() == 0 {
		if sess.modified {
			c.expires = "Thu, 01 Jan 1970 00:00:00 GMT"
			zero := int64(0)
			c.maxAge = &zero
			resp.Headers.Add("Set-Cookie", c.String(now))
			addVary(resp.Headers, "Cookie")
		}
		return nil
	}
	if !sess.modified && !(sess.permanent() && s.cfg.Bool("SESSION_REFRESH_EACH_REQUEST")) {
		return nil
	}
	value, err := s.sessionCodec.encode(th, sess.dict, now)
	if err != nil {
		return err
	}
	if sess.permanent() {
		c.expires = now.Add(s.cfg.Seconds("PERMANENT_SESSION_LIFETIME", 31*24*time.Hour)).UTC().Format(httpDate)
	}
	c.value = value
	resp.Headers.Add("Set-Cookie", c.String(now))
	addVary(resp.Headers, "Cookie")
	return nil
}

// addVary adds a header name to Vary (werkzeug's response.vary.add).
func addVary(h *Headers, name string) {
	v, ok := h.Get("Vary")
	if !ok {
		h.Set("Vary", name)
		return
	}
	for _, x := range strings.Split(v, ",") {
		if strings.EqualFold(strings.TrimSpace(x), name) {
			return
		}
	}
	h.Set("Vary", v+", "+name)
}

// flashFn is flash(message, category="message"): the message is stored
// in the session until get_flashed_messages reads it.
func flashFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var msg, cat vm.Value = nil, vm.Str("message")
	if err := th.UnpackArgs("flash", args, kwnames, "message", &msg, "category?", &cat); err != nil {
		return nil, err
	}
	rc, err := current(th)
	if err != nil {
		return nil, err
	}
	sess := rc.session(th)
	sess.accessed, sess.modified = true, true
	d := sess.dict
	flashes, ok := d.GetStr("_flashes")
	l, isList := flashes.(*vm.List)
	if !ok || !isList {
		l = vm.NewList(nil)
	}
	l.Elems = append(l.Elems, vm.NewList([]vm.Value{cat, msg}))
	d.SetStr("_flashes", l)
	return vm.None, nil
}

// getFlashedMessagesFn is get_flashed_messages(with_categories=False,
// category_filter=()): the messages flashed before, taken out of the
// session once per request.
func getFlashedMessagesFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var withCats, filter vm.Value = vm.False, vm.Tuple{}
	if err := th.UnpackArgs("get_flashed_messages", args, kwnames, "with_categories?", &withCats, "category_filter?", &filter); err != nil {
		return nil, err
	}
	rc, err := current(th)
	if err != nil {
		return nil, err
	}
	if rc.flashes == nil {
		rc.flashes = []vm.Value{}
		sess := rc.session(th)
		if v, ok := sess.dict.GetStr("_flashes"); ok {
			sess.accessed, sess.modified = true, true
			_, _ = sess.dict.Delete(th, vm.Str("_flashes"))
			items, err := th.ToSlice(v)
			if err != nil {
				return nil, err
			}
			rc.flashes = items
		}
	}
	cats, err := th.ToSlice(filter)
	if err != nil {
		return nil, err
	}
	with, err := th.Truth(withCats)
	if err != nil {
		return nil, err
	}
	var out []vm.Value
	for _, f := range rc.flashes {
		pair, err := th.ToSlice(f)
		if err != nil || len(pair) != 2 {
			continue
		}
		if len(cats) > 0 {
			keep := false
			for _, c := range cats {
				if eq, err := th.Equal(c, pair[0]); err == nil && eq {
					keep = true
				}
			}
			if !keep {
				continue
			}
		}
		if with {
			out = append(out, vm.Tuple{pair[0], pair[1]})
		} else {
			out = append(out, pair[1])
		}
	}
	return vm.NewList(out), nil
}

// csrfToken is csrf_token(): a signed, timestamped token of the random
// value kept in the session (Flask-WTF's generate_csrf).
func csrfTokenFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.NoKwargs("csrf_token", kwnames); err != nil {
		return nil, err
	}
	rc, err := current(th)
	if err != nil {
		return nil, err
	}
	if rc.csrf != "" {
		return vm.Str(rc.csrf), nil
	}
	field := rc.s.cfg.String("WTF_CSRF_FIELD_NAME", "csrf_token")
	sess := rc.session(th)
	sess.accessed = true
	raw, ok := sess.dict.GetStr(field)
	if _, isStr := raw.(vm.Str); !ok || !isStr {
		var b [20]byte
		_, _ = rand.Read(b[:])
		raw = vm.Str(hex.EncodeToString(b[:]))
		sess.dict.SetStr(field, raw)
		sess.modified = true
	}
	rc.csrf = rc.s.csrfSigner.sign(string(raw.(vm.Str)), time.Now())
	return vm.Str(rc.csrf), nil
}

// csrfErrorClass is Flask-WTF's CSRFError, a BadRequest.
var csrfErrorClass = vm.NewGoExceptionClass("CSRFError", "flask_wtf.csrf", httpErrorClasses[http.StatusBadRequest])

// csrfError is a failed CSRF check: 400 with the reason.
func csrfError(reason string) *vm.Exception {
	e := newHTTPError(http.StatusBadRequest, reason)
	exc := vm.NewException(csrfErrorClass, e.Args...)
	exc.Payload, exc.Dict = e.Payload, e.Dict
	return exc
}

// checkCSRF validates the request's CSRF token (Flask-WTF's protect()):
// only for the methods of WTF_CSRF_METHODS, the token taken from the form
// field or the X-CSRFToken / X-CSRF-Token headers.
func (rc *reqCtx) checkCSRF(th *vm.Thread) error {
	s := rc.s
	if !s.cfg.Bool("WTF_CSRF_ENABLED") {
		return nil
	}
	methods, _ := s.cfg.Get("WTF_CSRF_METHODS").(*vm.List)
	checked := false
	if methods != nil {
		for _, m := range methods.Elems {
			if ms, ok := m.(vm.Str); ok && strings.EqualFold(string(ms), rc.r.Method) {
				checked = true
			}
		}
	}
	if !checked {
		return nil
	}
	field := s.cfg.String("WTF_CSRF_FIELD_NAME", "csrf_token")
	token := ""
	if err := rc.req.parseForm(th); err != nil {
		return err
	}
	if v, ok := rc.req.form.first(field); ok {
		token, _ = th.Str(v)
	}
	for _, h := range []string{"X-CSRFToken", "X-CSRF-Token"} {
		if token == "" {
			token = rc.r.Header.Get(h)
		}
	}
	if reason := rc.csrfReason(th, token); reason != "" {
		return csrfError(reason)
	}
	return nil
}

// csrfReason returns why a CSRF token is not valid for the request's
// session (Flask-WTF's validate_csrf messages), or "" when it is.
func (rc *reqCtx) csrfReason(th *vm.Thread, token string) string {
	s := rc.s
	if token == "" {
		return "The CSRF token is missing."
	}
	field := s.cfg.String("WTF_CSRF_FIELD_NAME", "csrf_token")
	sess := rc.session(th)
	sess.accessed = true
	raw, ok := sess.dict.GetStr(field)
	if !ok {
		return "The CSRF session token is missing."
	}
	payload, valid, expired := s.csrfSigner.verify(token, s.cfg.Seconds("WTF_CSRF_TIME_LIMIT", 0), time.Now())
	switch {
	case expired:
		return "The CSRF token has expired."
	case !valid:
		return "The CSRF token is invalid."
	}
	rs, isStr := raw.(vm.Str)
	if !isStr || !hmac.Equal([]byte(payload), []byte(rs)) {
		return "The CSRF tokens do not match."
	}
	return ""
}

// csrfProtectHelper is the page helper csrf_protect (reference §3): the
// check runs when page.csrf_protect is read; its value is a function that
// does nothing, so that page.csrf_protect() works too (§10.18).
func csrfProtectHelper(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	rc, err := current(th)
	if err != nil {
		return nil, err
	}
	if err := rc.checkCSRF(th); err != nil {
		return nil, err
	}
	return vm.NewBuiltin("csrf_protect", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.None, nil
	}), nil
}
