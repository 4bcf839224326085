// Package httpcase runs the HTTP cases of data-driven tests: it sends the
// requests of a `requests` section to a server and writes what came back as
// a transcript that can be compared byte for byte with one recorded from
// Flask (conformance/gen/http_oracle.py writes the same format).
//
// A `requests` section holds requests separated by blank lines: a line
// `METHOD TARGET`, then `Name: value` header lines, an optional `body: TEXT`
// line (\n in TEXT is a newline) and an optional `capture: NAME=REGEXP`
// line (the first group of REGEXP in the response body becomes ${NAME} in
// later requests; hfc's own cases use it for CSRF tokens).
//
// The transcript has, per request, `### METHOD TARGET`, `status: NNN`, the
// response headers but those that vary between runs or servers (Date,
// Server, Content-Length, validators, and unless asked the security
// headers), lower-cased and sorted (Allow's methods sorted, the session
// cookie's value and cookie dates replaced by placeholders), then
// `body: N bytes` and the body.
package httpcase

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// Request is one request of a `requests` section.
type Request struct {
	Method, Target string
	Headers        [][2]string
	Body           *string
	// Capture names a value taken from the response body by the first
	// group of CaptureRe; later requests use it as ${Capture}.
	Capture, CaptureRe string
}

// ParseRequests reads a `requests` section.
func ParseRequests(text string) []Request {
	var out []Request
	var cur *Request
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
			cur = &Request{Method: m, Target: target}
			continue
		}
		if c, ok := strings.CutPrefix(line, "capture: "); ok {
			cur.Capture, cur.CaptureRe, _ = strings.Cut(c, "=")
			continue
		}
		if b, ok := strings.CutPrefix(line, "body: "); ok {
			b = strings.ReplaceAll(b, `\n`, "\n")
			cur.Body = &b
			continue
		}
		k, v, _ := strings.Cut(line, ":")
		cur.Headers = append(cur.Headers, [2]string{strings.TrimSpace(k), strings.TrimSpace(v)})
	}
	if cur != nil {
		out = append(out, *cur)
	}
	return out
}

// ParseOptions reads an `options` section: `key=value` lines, and bare
// words meaning `word=true` (env=development, log, autoescape=on …).
func ParseOptions(text string) map[string]string {
	opts := map[string]string{}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if k, v, ok := strings.Cut(line, "="); ok {
			opts[strings.TrimSpace(k)] = strings.TrimSpace(v)
		} else if line != "" {
			opts[line] = "true"
		}
	}
	return opts
}

// WriteFiles writes files (path relative to dir → content) below dir.
func WriteFiles(dir string, files map[string]string) error {
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Options control a transcript.
type Options struct {
	// SecurityHeaders keeps the security headers (CSP, X-XSS-Protection …),
	// which Flask does not send.
	SecurityHeaders bool
	// Dir, when set, is shown as $APP in bodies (development tracebacks
	// name the app's files by absolute path) before their length is
	// counted.
	Dir string
	// Log, when set, is the server's error log: what it holds after each
	// request is appended to the transcript as `log:` lines, then reset.
	Log *bytes.Buffer
}

// Transcript sends reqs in order to the server at base (http://host:port)
// with one cookie jar, redirects not followed, Host: localhost as Flask's
// test client, and returns the transcript.
func Transcript(base string, reqs []Request, opts Options) (string, error) {
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	captured := map[string]string{}
	var out strings.Builder
	for _, rq := range reqs {
		text, body, err := do(client, base, expand(rq, captured), rq.Target, opts)
		if err != nil {
			return out.String(), err
		}
		if rq.Capture != "" {
			re, err := regexp.Compile(rq.CaptureRe)
			if err != nil {
				return out.String(), fmt.Errorf("%s %s: capture: %v", rq.Method, rq.Target, err)
			}
			m := re.FindStringSubmatch(body)
			if len(m) < 2 {
				return out.String(), fmt.Errorf("%s %s: nothing matches %s in the body", rq.Method, rq.Target, rq.CaptureRe)
			}
			captured[rq.Capture] = m[1]
		}
		for _, k := range sortedKeys(captured) {
			text = strings.ReplaceAll(text, captured[k], "${"+k+"}")
		}
		out.WriteString(text)
		if opts.Log != nil && opts.Log.Len() > 0 {
			log := opts.Log.String()
			if opts.Dir != "" {
				log = strings.ReplaceAll(log, opts.Dir, "$APP")
			}
			fmt.Fprintf(&out, "log:\n%s", log)
			opts.Log.Reset()
		}
	}
	return out.String(), nil
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// skipHeaders are left out of transcripts: they vary between runs or
// servers.
var skipHeaders = map[string]bool{"date": true, "server": true, "content-length": true, "etag": true, "last-modified": true,
	"cache-control": true, "accept-ranges": true}

// securityHeaders are hfc's and Hyperflask's, not Flask's.
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
func expand(rq Request, captured map[string]string) Request {
	sub := func(s string) string {
		for k, v := range captured {
			s = strings.ReplaceAll(s, "${"+k+"}", v)
		}
		return s
	}
	rq.Target = sub(rq.Target)
	if rq.Body != nil {
		b := sub(*rq.Body)
		rq.Body = &b
	}
	hs := make([][2]string, len(rq.Headers))
	for i, h := range rq.Headers {
		hs[i] = [2]string{h[0], sub(h[1])}
	}
	rq.Headers = hs
	return rq
}

// do sends one request and returns its transcript and body; shown is the
// target as the transcript names it (before ${name} expansion).
func do(client *http.Client, base string, rq Request, shown string, opts Options) (string, string, error) {
	var body io.Reader
	if rq.Body != nil {
		body = strings.NewReader(*rq.Body)
	}
	req, err := http.NewRequest(rq.Method, base+rq.Target, body)
	if err != nil {
		return "", "", err
	}
	req.Host = "localhost"
	for _, h := range rq.Headers {
		if strings.EqualFold(h[0], "Host") {
			req.Host = h[1]
			continue
		}
		req.Header.Add(h[0], h[1])
	}
	resp, err := client.Do(req)
	if err != nil {
		return "", "", fmt.Errorf("%s %s: %v", rq.Method, rq.Target, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", "", fmt.Errorf("%s %s: reading the body: %v", rq.Method, rq.Target, err)
	}
	var hs []string
	for k, vs := range resp.Header {
		lk := strings.ToLower(k)
		if skipHeaders[lk] || !opts.SecurityHeaders && securityHeaders[lk] {
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
	fmt.Fprintf(&b, "### %s %s\nstatus: %d\n", rq.Method, shown, resp.StatusCode)
	for _, h := range hs {
		b.WriteString(h + "\n")
	}
	if opts.Dir != "" {
		data = bytes.ReplaceAll(data, []byte(opts.Dir), []byte("$APP"))
	}
	fmt.Fprintf(&b, "body: %d bytes\n%s\n", len(data), data)
	return b.String(), string(data), nil
}
