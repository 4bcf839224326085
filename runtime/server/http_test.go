package server

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/internal/golden"
	"github.com/hyperflask/hfc/internal/txtar"
	"github.com/hyperflask/hfc/runtime/tmpl"
)

// TestOracle serves each testdata/oracle/NAME.txtar app over loopback,
// sends its requests and compares the transcript with NAME.want, which
// testdata/gen_http.py wrote from real Flask (never edited by hand, never
// written by this test). The apps run with the reference's autoescape rule.
func TestOracle(t *testing.T) {
	runCases(t, "testdata/oracle", ".want", false)
}

// TestServer does the same for the behaviour whose expectations are hfc's
// own (testdata/hfc: step budgets, development tracebacks, CSRF, security
// headers, components as routes, static files): NAME.golden, rewritten by
// -update.
func TestServer(t *testing.T) {
	runCases(t, "testdata/hfc", ".golden", true)
}

func runCases(t *testing.T, dir, ext string, ours bool) {
	cases, err := filepath.Glob(filepath.Join(dir, "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatalf("no cases in %s", dir)
	}
	for _, path := range cases {
		name := strings.TrimSuffix(filepath.Base(path), ".txtar")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got := runCase(t, txtar.Parse(string(data)), ours, Open)
			wantPath := strings.TrimSuffix(path, ".txtar") + ext
			if ours {
				golden.Check(t, wantPath, []byte(got))
				return
			}
			want, err := os.ReadFile(wantPath)
			if err != nil {
				t.Fatalf("%v (run /usr/bin/python3 runtime/server/testdata/gen_http.py)", err)
			}
			if got != string(want) {
				t.Errorf("transcript differs from Flask's (%s):\n%s", wantPath, golden.Diff(string(want), got))
			}
		})
	}
}

// caseOptions reads a case's `options` file: env=…, log (include the
// error log in the transcript), autoescape=….
func caseOptions(a *txtar.Archive) map[string]string {
	opts := map[string]string{}
	text, _ := a.Get("options")
	for _, line := range strings.Split(text, "\n") {
		if k, v, ok := strings.Cut(strings.TrimSpace(line), "="); ok {
			opts[k] = v
		} else if line = strings.TrimSpace(line); line != "" {
			opts[line] = "true"
		}
	}
	return opts
}

// runCase writes a case's files to a project folder, serves it with open
// and returns the transcript of its requests.
func runCase(t *testing.T, a *txtar.Archive, ours bool, open func(dir string, opts Options) (*Server, error)) string {
	dir := t.TempDir()
	for _, f := range a.Files {
		if f.Name == "requests" || f.Name == "options" {
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(f.Data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	opts := caseOptions(a)
	var errLog bytes.Buffer
	sopts := Options{
		Env:      opts["env"],
		Environ:  []string{"FLASK_SECRET_KEY=test"},
		ErrorLog: &errLog,
		Template: tmpl.Options{Autoescape: "hyperflask"},
	}
	if v := opts["autoescape"]; v != "" {
		sopts.Template.Autoescape = v
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("error log:\n%s", errLog.String())
		}
	})
	srv, err := open(dir, sopts)
	if err != nil {
		t.Fatal(err)
	}
	if srv == nil {
		return ""
	}
	var out strings.Builder
	for _, d := range srv.Diagnostics() {
		if ours {
			fmt.Fprintf(&out, "diagnostic: %s\n", strings.ReplaceAll(d.Error(), dir, "$APP"))
		} else if d.Severity <= 2 {
			t.Errorf("unexpected diagnostic: %s", d.Error())
		}
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	reqs, _ := a.Get("requests")
	captured := map[string]string{}
	for _, rq := range parseRequests(reqs) {
		text, body := doRequest(t, client, ts.URL, expand(rq, captured), rq.target, ours, dir)
		if rq.capture != "" {
			m := regexp.MustCompile(rq.captureRe).FindStringSubmatch(body)
			if m == nil {
				t.Fatalf("%s %s: nothing matches %s in the body", rq.method, rq.target, rq.captureRe)
			}
			captured[rq.capture] = m[1]
		}
		for k, v := range captured {
			text = strings.ReplaceAll(text, v, "${"+k+"}")
		}
		out.WriteString(text)
		if opts["log"] != "" && errLog.Len() > 0 {
			log := strings.ReplaceAll(errLog.String(), dir, "$APP")
			fmt.Fprintf(&out, "log:\n%s", log)
			errLog.Reset()
		}
	}
	return out.String()
}

type testRequest struct {
	method, target string
	headers        [][2]string
	body           *string
	// capture names a value taken from the response body by a regular
	// expression's first group; later requests use it as ${name} (hfc's
	// own cases only: CSRF tokens).
	capture, captureRe string
}

// parseRequests reads a `requests` file (see gen_http.py).
func parseRequests(text string) []testRequest {
	var out []testRequest
	var cur *testRequest
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			if cur != nil {
				out = append(out, *cur)
			}
			cur = nil
			continue
		}
		if cur == nil {
			m, target, _ := strings.Cut(line, " ")
			cur = &testRequest{method: m, target: target}
			continue
		}
		if c, ok := strings.CutPrefix(line, "capture: "); ok {
			cur.capture, cur.captureRe, _ = strings.Cut(c, "=")
			continue
		}
		if b, ok := strings.CutPrefix(line, "body: "); ok {
			b = strings.ReplaceAll(b, `\n`, "\n")
			cur.body = &b
			continue
		}
		k, v, _ := strings.Cut(line, ":")
		cur.headers = append(cur.headers, [2]string{strings.TrimSpace(k), strings.TrimSpace(v)})
	}
	if cur != nil {
		out = append(out, *cur)
	}
	return out
}

// skipHeaders are left out of transcripts: they vary between runs or
// servers; hfc's own cases keep the security headers.
var skipHeaders = map[string]bool{"date": true, "server": true, "content-length": true, "etag": true, "last-modified": true,
	"cache-control": true, "accept-ranges": true}

var securityHeaders = map[string]bool{"content-security-policy": true, "x-xss-protection": true, "x-content-type-options": true,
	"referrer-policy": true, "strict-transport-security": true}

var cookieExpires = regexp.MustCompile(`Expires=[^;]*`)

// normalizeCookie hides the session cookie's value and cookie dates.
func normalizeCookie(v string) string {
	name, rest, _ := strings.Cut(v, "=")
	value, attrs, hasAttrs := strings.Cut(rest, ";")
	if name == "session" && value != "" {
		value = "<signed>"
	}
	attrs = cookieExpires.ReplaceAllStringFunc(attrs, func(s string) string {
		if strings.Contains(s, "1970") {
			return s
		}
		return "Expires=<date>"
	})
	if hasAttrs {
		return name + "=" + value + ";" + attrs
	}
	return name + "=" + value
}

// expand replaces ${name} by captured values in a request.
func expand(rq testRequest, captured map[string]string) testRequest {
	sub := func(s string) string {
		for k, v := range captured {
			s = strings.ReplaceAll(s, "${"+k+"}", v)
		}
		return s
	}
	rq.target = sub(rq.target)
	if rq.body != nil {
		b := sub(*rq.body)
		rq.body = &b
	}
	hs := make([][2]string, len(rq.headers))
	for i, h := range rq.headers {
		hs[i] = [2]string{h[0], sub(h[1])}
	}
	rq.headers = hs
	return rq
}

// doRequest sends one request (Host: localhost, as Flask's test client)
// and returns its transcript and body.
// Development tracebacks name the app's files by absolute path: dir is shown
// as $APP, before the body's length is counted.
func doRequest(t *testing.T, client *http.Client, base string, rq testRequest, shown string, ours bool, dir string) (string, string) {
	var body io.Reader
	if rq.body != nil {
		body = strings.NewReader(*rq.body)
	}
	req, err := http.NewRequest(rq.method, base+rq.target, body)
	if err != nil {
		t.Fatal(err)
	}
	req.Host = "localhost"
	for _, h := range rq.headers {
		if strings.EqualFold(h[0], "Host") {
			req.Host = h[1]
			continue
		}
		req.Header.Add(h[0], h[1])
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", rq.method, rq.target, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	var hs []string
	for k, vs := range resp.Header {
		lk := strings.ToLower(k)
		if skipHeaders[lk] || !ours && securityHeaders[lk] {
			continue
		}
		for _, v := range vs {
			switch lk {
			case "allow":
				ms := strings.Split(v, ",")
				for i := range ms {
					ms[i] = strings.TrimSpace(ms[i])
				}
				sort.Strings(ms)
				v = strings.Join(ms, ", ")
			case "set-cookie":
				v = normalizeCookie(v)
			}
			hs = append(hs, lk+": "+v)
		}
	}
	sort.SliceStable(hs, func(i, j int) bool {
		return strings.SplitN(hs[i], ":", 2)[0] < strings.SplitN(hs[j], ":", 2)[0]
	})
	var b strings.Builder
	fmt.Fprintf(&b, "### %s %s\nstatus: %d\n", rq.method, shown, resp.StatusCode)
	for _, h := range hs {
		b.WriteString(h + "\n")
	}
	data = bytes.ReplaceAll(data, []byte(dir), []byte("$APP"))
	fmt.Fprintf(&b, "body: %d bytes\n%s\n", len(data), data)
	return b.String(), string(data)
}
