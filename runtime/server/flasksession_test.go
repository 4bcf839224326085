package server

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hyperflask/hfc/runtime/tmpl"
	"github.com/hyperflask/hfc/runtime/vm"
)

var (
	flaskOnce    sync.Once
	flaskMissing bool
)

// flaskPython runs testdata/flasksession/flask_session.py with Flask 2.2
// (skipping the test when /usr/bin/python3 has no Flask).
func flaskPython(t *testing.T, args ...string) string {
	t.Helper()
	flaskOnce.Do(func() { flaskMissing = exec.Command("/usr/bin/python3", "-c", "import flask").Run() != nil })
	if flaskMissing {
		t.Skip("/usr/bin/python3 with Flask is needed (apt-get install python3-flask)")
	}
	out, err := exec.Command("/usr/bin/python3", append([]string{"testdata/flasksession/flask_session.py"}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("flask_session.py %s: %v\n%s", strings.Join(args[:1], " "), err, out)
	}
	return string(out)
}

// sessionGet sends a GET with an optional session cookie and returns the body
// and the session cookie the response sets ("" when none).
func sessionGet(t *testing.T, url, cookie string) (body, setCookie string) {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	if cookie != "" {
		req.AddCookie(&http.Cookie{Name: "session", Value: cookie})
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d\n%s", url, resp.StatusCode, b)
	}
	for _, c := range resp.Cookies() {
		if c.Name == "session" {
			setCookie = c.Value
		}
	}
	return string(b), setCookie
}

// TestFlaskSessionCookies serves testdata/flasksession/app with
// session_cookie_format: flask over loopback and checks it against real
// Flask 2.2 both ways: a cookie Flask signs (every type Flask's tagged
// JSON knows, compressed) reads back in hfc with the same values; a cookie
// hfc sets reads back in Flask with the same values; a counter goes back
// and forth between a Flask app and hfc; a cookie tampered with, or
// signed with another key, gives an empty session on both sides.
func TestFlaskSessionCookies(t *testing.T) {
	const secret = "s3cret"
	want := flaskPython(t, "show", secret)
	srv, err := Open("testdata/flasksession/app", Options{Environ: []string{"FLASK_SECRET_KEY=" + secret}, ErrorLog: os.Stderr,
		Template: tmpl.Options{Autoescape: "hyperflask"}})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	for _, d := range srv.Diagnostics() {
		t.Errorf("diagnostic: %v", d)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()

	flaskCookie := strings.TrimSpace(flaskPython(t, "sign", secret))
	if !strings.HasPrefix(flaskCookie, ".") {
		t.Errorf("Flask's cookie is not compressed: %s", flaskCookie)
	}
	if got, _ := sessionGet(t, ts.URL+"/show", flaskCookie); got != want {
		t.Errorf("hfc reads Flask's cookie as\n%s\nwant\n%s", got, want)
	}

	_, hfcCookie := sessionGet(t, ts.URL+"/set", "")
	if hfcCookie == "" {
		t.Fatal("/set sets no session cookie")
	}
	if got := flaskPython(t, "load", secret, hfcCookie); got != want {
		t.Errorf("Flask reads hfc's cookie %s as\n%s\nwant\n%s", hfcCookie, got, want)
	}
	if got, _ := sessionGet(t, ts.URL+"/show", hfcCookie); got != want {
		t.Errorf("hfc reads its own cookie as\n%s\nwant\n%s", got, want)
	}

	body, cookie := sessionGet(t, ts.URL+"/count", "")
	for i := 2; i <= 5; i += 2 {
		lines := strings.Split(strings.TrimSpace(flaskPython(t, "count", secret, cookie)), "\n")
		if len(lines) != 2 || lines[0] != strconv.Itoa(i) {
			t.Fatalf("Flask's count after hfc's %s: %q", body, lines)
		}
		if body, cookie = sessionGet(t, ts.URL+"/count", lines[1]); body != strconv.Itoa(i+1) {
			t.Fatalf("hfc's count after Flask's %d: %s", i, body)
		}
	}

	tampered := tamper(hfcCookie)
	if got, _ := sessionGet(t, ts.URL+"/show", tampered); got != "" {
		t.Errorf("hfc reads a tampered cookie as %q", got)
	}
	if got := flaskPython(t, "load", secret, tampered); got != "invalid: BadTimeSignature\n" {
		t.Errorf("Flask reads a tampered cookie as %q", got)
	}
	other := strings.TrimSpace(flaskPython(t, "sign", "another key"))
	if got, _ := sessionGet(t, ts.URL+"/show", other); got != "" {
		t.Errorf("hfc reads a cookie signed with another key as %q", got)
	}
}

// TestFlaskCSRF checks the CSRF tokens of session_cookie_format: flask
// against Flask-WTF: a token and session Flask-WTF made pass hfc's check
// (page.csrf_protect), a token hfc made passes Flask-WTF's validate_csrf,
// and a forged one fails on both sides with the same reason.
func TestFlaskCSRF(t *testing.T) {
	const secret = "s3cret"
	if err := exec.Command("/usr/bin/python3", "-c", "import flask_wtf").Run(); err != nil {
		t.Skip("/usr/bin/python3 with Flask-WTF is needed (apt-get install python3-flaskext.wtf)")
	}
	srv, err := Open("testdata/flasksession/app", Options{Environ: []string{"FLASK_SECRET_KEY=" + secret}, ErrorLog: os.Stderr,
		Template: tmpl.Options{Autoescape: "hyperflask"}})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	ts := httptest.NewServer(srv)
	defer ts.Close()
	post := func(cookie, token string) string {
		req, _ := http.NewRequest("POST", ts.URL+"/check", strings.NewReader("csrf_token="+token))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.AddCookie(&http.Cookie{Name: "session", Value: cookie})
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}

	lines := strings.Split(strings.TrimSpace(flaskPython(t, "csrf", secret)), "\n")
	if len(lines) != 2 {
		t.Fatalf("Flask-WTF's token and cookie: %q", lines)
	}
	if got := post(lines[1], lines[0]); got != "valid" {
		t.Errorf("hfc rejects Flask-WTF's token: %s", got)
	}
	forged := tamper(lines[0])
	if got := post(lines[1], forged); !strings.Contains(got, "The CSRF token is invalid.") {
		t.Errorf("hfc accepts a forged token: %s", got)
	}

	token, cookie := sessionGet(t, ts.URL+"/token", "")
	if got := strings.TrimSpace(flaskPython(t, "check", secret, cookie, token)); got != "valid" {
		t.Errorf("Flask-WTF rejects hfc's token: %s", got)
	}
	if got := strings.TrimSpace(flaskPython(t, "check", secret, cookie, tamper(token))); got != "The CSRF token is invalid." {
		t.Errorf("Flask-WTF on a forged hfc token: %s", got)
	}
}

// tamper changes the first character of a signed value's signature (what
// follows its last dot). Its last characters would not do: they carry
// base64 padding bits that decoding ignores, so a replacement may leave the
// signature as it was.
func tamper(signed string) string {
	dot := strings.LastIndexByte(signed, '.')
	flip := "A"
	if signed[dot+1] == 'A' {
		flip = "B"
	}
	return signed[:dot+1] + flip + signed[dot+2:]
}

// FuzzFlaskSessionDecode feeds cookie values to the Flask session reader:
// it never panics, and what it accepts was signed with the key (the
// corpus holds cookies signed by hfc, so the fuzzer can reach the
// payloads).
func FuzzFlaskSessionDecode(f *testing.F) {
	srv, err := Open("testdata/flasksession/app", Options{Environ: []string{"FLASK_SECRET_KEY=k"}, Template: tmpl.Options{Autoescape: "hyperflask"}})
	if err != nil {
		f.Fatal(err)
	}
	defer srv.Close()
	c := srv.sessionCodec.(flaskCodec)
	now := time.Unix(1_800_000_000, 0)
	f.Add(c.sign(itsdangerousEncode([]byte(`{"a":{" t":[1,{" b":"AA=="}]}}`)), now))
	f.Add(c.sign(itsdangerousEncode([]byte(`{" di":{" d__":{" u":"12345678123456781234567812345678"}}}`)), now))
	f.Add(c.sign("."+itsdangerousEncode([]byte("x\x9c")), now))
	f.Add("a.b.c")
	f.Fuzz(func(t *testing.T, cookie string) {
		th := vm.NewThread(context.Background())
		d, ok := c.decode(th, cookie, 0, now)
		if ok && d == nil {
			t.Fatal("accepted without a dict")
		}
	})
}
