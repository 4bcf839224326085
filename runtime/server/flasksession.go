package server

import (
	"bytes"
	"compress/zlib"
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	stdjson "encoding/json"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/hyperflask/hfc/runtime/stdlib/json"
	"github.com/hyperflask/hfc/runtime/vm"
)

// sessionCodec turns the session dict into a cookie value and back.
type sessionCodec interface {
	// encode signs the session as it is at now.
	encode(th *vm.Thread, d *vm.Dict, now time.Time) (string, error)
	// decode returns the session a cookie holds, or false for a cookie
	// that is malformed, tampered with or older than maxAge (0: any age).
	decode(th *vm.Thread, value string, maxAge time.Duration, now time.Time) (*vm.Dict, bool)
}

// Session cookie formats (config SESSION_COOKIE_FORMAT).
const (
	sessionFormatHfc   = "hfc"
	sessionFormatFlask = "flask"
)

// hfcCodec is hfc's own session cookie: the session's JSON signed with
// HMAC-SHA256 under a key derived for sessions (signer).
type hfcCodec struct {
	s      *Server
	signer signer
}

func (c hfcCodec) encode(th *vm.Thread, d *vm.Dict, now time.Time) (string, error) {
	text, err := c.s.jsonDumps(th, d, false, false)
	if err != nil {
		return "", err
	}
	return c.signer.sign([]byte(text), now), nil
}

func (c hfcCodec) decode(th *vm.Thread, value string, maxAge time.Duration, now time.Time) (*vm.Dict, bool) {
	payload, ok, _ := c.signer.verify(value, maxAge, now)
	if !ok {
		return nil, false
	}
	v, err := json.Loads(th, string(payload))
	d, isDict := v.(*vm.Dict)
	return d, err == nil && isDict
}

// flaskCodec is Flask's session cookie (SecureCookieSessionInterface), so
// that the users of a Python Hyperflask app keep their sessions when it
// moves to hfc, and the reverse: itsdangerous' URLSafeTimedSerializer with
// the salt "cookie-session", HMAC key derivation and SHA-1, over Flask's
// TaggedJSONSerializer. The value is payload.timestamp.signature, each
// part base64url without padding; the payload is the compact JSON, or "."
// and its zlib compression when that is shorter; the timestamp is the
// seconds since the epoch, big-endian without leading zero bytes; the
// signature is HMAC-SHA1(HMAC-SHA1(secret, salt), payload.timestamp).
type flaskCodec struct {
	s *Server
	timedSigner
}

// timedSigner is itsdangerous' TimestampSigner with SHA-1 under a derived
// key: value.timestamp.signature, the timestamp the seconds since the
// epoch, big-endian without leading zero bytes, each part base64url
// without padding.
type timedSigner struct{ key []byte }

// flaskSessionSalt is Flask's SecureCookieSessionInterface.salt.
const flaskSessionSalt = "cookie-session"

func newFlaskCodec(s *Server, secret []byte) flaskCodec {
	m := hmac.New(sha1.New, secret)
	m.Write([]byte(flaskSessionSalt))
	return flaskCodec{s: s, timedSigner: timedSigner{key: m.Sum(nil)}}
}

var b64Pad = base64.URLEncoding

// itsdangerousEncode is itsdangerous' base64_encode: url-safe, the
// padding stripped.
func itsdangerousEncode(b []byte) string { return strings.TrimRight(b64Pad.EncodeToString(b), "=") }

// itsdangerousDecode is itsdangerous' base64_decode: the padding may be
// missing.
func itsdangerousDecode(s string) ([]byte, error) {
	if n := len(s) % 4; n != 0 {
		s += strings.Repeat("=", 4-n)
	}
	return b64Pad.DecodeString(s)
}

func (c timedSigner) mac(msg string) []byte {
	m := hmac.New(sha1.New, c.key)
	m.Write([]byte(msg))
	return m.Sum(nil)
}

func (c flaskCodec) encode(th *vm.Thread, d *vm.Dict, now time.Time) (string, error) {
	tagged, err := c.tag(th, d)
	if err != nil {
		return "", err
	}
	text, err := c.s.jsonDumps(th, tagged, false, true)
	if err != nil {
		return "", err
	}
	payload := itsdangerousEncode([]byte(text))
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	_, _ = w.Write([]byte(text))
	_ = w.Close()
	if z.Len() < len(text)-1 {
		payload = "." + itsdangerousEncode(z.Bytes())
	}
	return c.sign(payload, now), nil
}

// sign signs an encoded payload at now.
func (c timedSigner) sign(payload string, now time.Time) string {
	ts := now.Unix()
	var tsb []byte
	for ; ts > 0; ts >>= 8 {
		tsb = append([]byte{byte(ts)}, tsb...)
	}
	msg := payload + "." + itsdangerousEncode(tsb)
	return msg + "." + itsdangerousEncode(c.mac(msg))
}

// unsign returns the payload of a value signed with this key no longer
// than maxAge ago (0: any age); expired is set for a valid but old one.
func (c timedSigner) unsign(value string, maxAge time.Duration, now time.Time) (payload string, ok, expired bool) {
	i := strings.LastIndexByte(value, '.')
	if i < 0 {
		return "", false, false
	}
	msg, sigText := value[:i], value[i+1:]
	sig, err := itsdangerousDecode(sigText)
	if err != nil || !hmac.Equal(sig, c.mac(msg)) {
		return "", false, false
	}
	j := strings.LastIndexByte(msg, '.')
	if j < 0 {
		return "", false, false
	}
	tsb, err := itsdangerousDecode(msg[j+1:])
	if err != nil || len(tsb) > 8 {
		return "", false, false
	}
	var ts int64
	for _, b := range tsb {
		ts = ts<<8 | int64(b)
	}
	age := now.Unix() - ts
	if age < 0 || (maxAge > 0 && time.Duration(age)*time.Second > maxAge) {
		return "", false, true
	}
	return msg[:j], true, false
}

// loadPayload is itsdangerous' load_payload: base64url, zlib-compressed
// when it starts with ".".
func loadPayload(payload string) ([]byte, bool) {
	compressed := strings.HasPrefix(payload, ".")
	data, err := itsdangerousDecode(strings.TrimPrefix(payload, "."))
	if err != nil {
		return nil, false
	}
	if compressed {
		r, err := zlib.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, false
		}
		data, err = io.ReadAll(io.LimitReader(r, maxSessionPayload+1))
		if err != nil || len(data) > maxSessionPayload {
			return nil, false
		}
	}
	return data, true
}

// maxSessionPayload bounds a decompressed session (a cookie is at most
// 4 KiB; a zlib bomb must not cost more than this).
const maxSessionPayload = 1 << 20

func (c flaskCodec) decode(th *vm.Thread, value string, maxAge time.Duration, now time.Time) (*vm.Dict, bool) {
	payload, ok, _ := c.unsign(value, maxAge, now)
	if !ok {
		return nil, false
	}
	data, ok := loadPayload(payload)
	if !ok {
		return nil, false
	}
	v, err := json.Loads(th, string(data))
	if err != nil {
		return nil, false
	}
	v, err = c.untag(th, v)
	d, isDict := v.(*vm.Dict)
	return d, err == nil && isDict
}

// flaskTags are the keys of the tags of Flask's TaggedJSONSerializer.
var flaskTags = map[string]bool{" di": true, " t": true, " b": true, " m": true, " u": true, " d": true}

// tag is TaggedJSONSerializer.tag: the value with the types JSON
// lacks tagged, as Flask tags them in this order: a one-item dict whose
// key is a tag (" di", the key suffixed with "__"), other dicts (their
// values tagged), tuples (" t"), lists, bytes (" b", standard base64),
// objects with __html__ (" m"), UUIDs (" u", hex) and datetimes (" d",
// the HTTP date of the time in UTC).
func (c flaskCodec) tag(th *vm.Thread, v vm.Value) (vm.Value, error) {
	switch x := v.(type) {
	case *vm.Dict:
		keys := x.Keys()
		if len(keys) == 1 {
			if k, ok := keys[0].(vm.Str); ok && flaskTags[string(k)] {
				inner, _ := x.GetStr(string(k))
				t, err := c.tag(th, inner)
				if err != nil {
					return nil, err
				}
				d := vm.NewDict(1)
				d.SetStr(string(k)+"__", t)
				return tagged(" di", d), nil
			}
		}
		out := vm.NewDict(x.Len())
		var err error
		x.Items(func(k, val vm.Value) bool {
			var t vm.Value
			if t, err = c.tag(th, val); err != nil {
				return false
			}
			err = out.SetItem(th, k, t)
			return err == nil
		})
		return out, err
	case vm.Tuple:
		l, err := c.tagList(th, x)
		return tagged(" t", l), err
	case *vm.List:
		return c.tagList(th, x.Elems)
	case vm.Bytes:
		return tagged(" b", vm.Str(base64.StdEncoding.EncodeToString([]byte(x)))), nil
	}
	if html, err := th.GetAttr(v, "__html__"); err == nil && vm.IsCallable(html) {
		s, err := th.CallValue(html, nil, nil)
		if err != nil {
			return nil, err
		}
		str, err := th.Str(s)
		return tagged(" m", vm.Str(str)), err
	}
	switch cls := v.Type(); {
	case cls.Name == "UUID" && cls.Module == "uuid":
		hex, err := th.GetAttr(v, "hex")
		return tagged(" u", hex), err
	case cls.Name == "datetime" && cls.Module == "datetime":
		s, err := c.httpDate(th, v)
		return tagged(" d", vm.Str(s)), err
	}
	return v, nil
}

func (c flaskCodec) tagList(th *vm.Thread, elems []vm.Value) (*vm.List, error) {
	out := make([]vm.Value, len(elems))
	for i, e := range elems {
		t, err := c.tag(th, e)
		if err != nil {
			return nil, err
		}
		out[i] = t
	}
	return vm.NewList(out), nil
}

func tagged(key string, v vm.Value) *vm.Dict {
	d := vm.NewDict(1)
	d.SetStr(key, v)
	return d
}

// untag is TaggedJSONSerializer.loads' object hook, applied from the
// innermost objects out: a one-item dict whose key is a tag becomes the
// value it stands for.
func (c flaskCodec) untag(th *vm.Thread, v vm.Value) (vm.Value, error) {
	switch x := v.(type) {
	case *vm.List:
		for i, e := range x.Elems {
			u, err := c.untag(th, e)
			if err != nil {
				return nil, err
			}
			x.Elems[i] = u
		}
		return x, nil
	case *vm.Dict:
		var err error
		for _, k := range x.Keys() {
			val, _, _ := x.Get(th, k)
			var u vm.Value
			if u, err = c.untag(th, val); err != nil {
				return nil, err
			}
			if err = x.SetItem(th, k, u); err != nil {
				return nil, err
			}
		}
		keys := x.Keys()
		if len(keys) != 1 {
			return x, nil
		}
		k, ok := keys[0].(vm.Str)
		if !ok || !flaskTags[string(k)] {
			return x, nil
		}
		val, _ := x.GetStr(string(k))
		switch string(k) {
		case " di":
			inner, ok := val.(*vm.Dict)
			if !ok || inner.Len() != 1 {
				return nil, th.ValueError("malformed tagged dict in the session")
			}
			ik, iv, _ := inner.PopLast()
			name, ok := ik.(vm.Str)
			if !ok || len(name) < 2 {
				return nil, th.ValueError("malformed tagged dict in the session")
			}
			return tagged(string(name[:len(name)-2]), iv), nil
		case " t":
			l, ok := val.(*vm.List)
			if !ok {
				return nil, th.ValueError("malformed tagged tuple in the session")
			}
			return vm.Tuple(append([]vm.Value(nil), l.Elems...)), nil
		case " b":
			s, ok := val.(vm.Str)
			b, err := base64.StdEncoding.DecodeString(string(s))
			if !ok || err != nil {
				return nil, th.ValueError("malformed tagged bytes in the session")
			}
			return vm.Bytes(b), nil
		case " m":
			s, err := th.Str(val)
			return vm.Markup(s), err
		case " u":
			return c.call(th, "uuid", []string{"UUID"}, []vm.Value{val}, nil)
		case " d":
			return c.parseDate(th, val)
		}
	}
	return v, nil
}

// call calls a name of a Python module (attrs: the path to it).
func (c flaskCodec) call(th *vm.Thread, module string, attrs []string, args []vm.Value, kwnames []string) (vm.Value, error) {
	v, err := c.s.app.Python.Import(th, module)
	if err != nil {
		return nil, err
	}
	var f vm.Value = v
	for _, a := range attrs {
		if f, err = th.GetAttr(f, a); err != nil {
			return nil, err
		}
	}
	return th.CallValue(f, args, kwnames)
}

// httpDate is werkzeug's http_date of a datetime: a naive one is taken as
// UTC, an aware one converted to UTC.
func (c flaskCodec) httpDate(th *vm.Thread, dt vm.Value) (string, error) {
	off, err := c.method(th, dt, "utcoffset")
	if err != nil {
		return "", err
	}
	if !vm.Is(off, vm.None) {
		mod, err := c.s.app.Python.Import(th, "datetime")
		if err != nil {
			return "", err
		}
		tz, err := th.GetAttr(mod, "timezone")
		if err != nil {
			return "", err
		}
		utc, err := th.GetAttr(tz, "utc")
		if err != nil {
			return "", err
		}
		if dt, err = c.method(th, dt, "astimezone", utc); err != nil {
			return "", err
		}
	}
	var f [6]int64
	for i, name := range []string{"year", "month", "day", "hour", "minute", "second"} {
		v, err := th.GetAttr(dt, name)
		if err != nil {
			return "", err
		}
		n, ok := v.(vm.Int)
		if !ok {
			return "", th.TypeError("datetime.%s is not an int", name)
		}
		f[i] = int64(n)
	}
	t := time.Date(int(f[0]), time.Month(f[1]), int(f[2]), int(f[3]), int(f[4]), int(f[5]), 0, time.UTC)
	return t.Format(httpDate), nil
}

// parseDate is werkzeug's parse_date of an HTTP date: an aware datetime
// in UTC.
func (c flaskCodec) parseDate(th *vm.Thread, v vm.Value) (vm.Value, error) {
	s, ok := v.(vm.Str)
	if !ok {
		return nil, th.ValueError("malformed tagged datetime in the session")
	}
	t, err := http.ParseTime(string(s))
	if err != nil {
		return vm.None, nil
	}
	mod, err := c.s.app.Python.Import(th, "datetime")
	if err != nil {
		return nil, err
	}
	tz, err := th.GetAttr(mod, "timezone")
	if err != nil {
		return nil, err
	}
	utc, err := th.GetAttr(tz, "utc")
	if err != nil {
		return nil, err
	}
	return c.call(th, "datetime", []string{"datetime"}, []vm.Value{vm.MakeInt(int64(t.Year())), vm.MakeInt(int64(t.Month())),
		vm.MakeInt(int64(t.Day())), vm.MakeInt(int64(t.Hour())), vm.MakeInt(int64(t.Minute())), vm.MakeInt(int64(t.Second())), utc},
		[]string{"tzinfo"})
}

// method calls a method of a value.
func (c flaskCodec) method(th *vm.Thread, v vm.Value, name string, args ...vm.Value) (vm.Value, error) {
	m, err := th.GetAttr(v, name)
	if err != nil {
		return nil, err
	}
	return th.CallValue(m, args, nil)
}

// csrfSigner signs the CSRF tokens: the random value kept in the session,
// timestamped and signed.
type csrfSigner interface {
	sign(raw string, now time.Time) string
	// verify returns the raw value of a token no older than maxAge (0: any
	// age); expired is set for a valid but old token.
	verify(token string, maxAge time.Duration, now time.Time) (raw string, ok, expired bool)
}

// hfcCSRF is hfc's own CSRF token (signer, HMAC-SHA256).
type hfcCSRF struct{ signer }

func (c hfcCSRF) sign(raw string, now time.Time) string { return c.signer.sign([]byte(raw), now) }

func (c hfcCSRF) verify(token string, maxAge time.Duration, now time.Time) (string, bool, bool) {
	p, ok, expired := c.signer.verify(token, maxAge, now)
	return string(p), ok, expired
}

// flaskCSRF is Flask-WTF's CSRF token (generate_csrf, validate_csrf):
// itsdangerous' URLSafeTimedSerializer with the salt "wtf-csrf-token" and
// its default signer (SHA-1, the key SHA-1(salt + "signer" + secret)),
// over the raw value as compact JSON. With session_cookie_format: flask,
// the forms a Python app rendered validate on hfc, and the reverse.
type flaskCSRF struct{ timedSigner }

func newFlaskCSRF(secret []byte) flaskCSRF {
	h := sha1.New()
	h.Write([]byte("wtf-csrf-token" + "signer"))
	h.Write(secret)
	return flaskCSRF{timedSigner{key: h.Sum(nil)}}
}

func (c flaskCSRF) sign(raw string, now time.Time) string {
	text, _ := stdjson.Marshal(raw)
	return c.timedSigner.sign(itsdangerousEncode(text), now)
}

func (c flaskCSRF) verify(token string, maxAge time.Duration, now time.Time) (string, bool, bool) {
	payload, ok, expired := c.unsign(token, maxAge, now)
	if !ok {
		return "", false, expired
	}
	data, ok := loadPayload(payload)
	var raw string
	if !ok || stdjson.Unmarshal(data, &raw) != nil {
		return "", false, false
	}
	return raw, true, false
}
