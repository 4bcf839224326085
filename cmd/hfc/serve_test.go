package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// packageDir is this package's folder (tests may change the working
// folder).
var packageDir, _ = os.Getwd()

var (
	hfcOnce sync.Once
	hfcBin  string
	hfcErr  error
)

// hfcBinary builds the hfc command once per test run, for the tests that
// run it as a process (signals, listening sockets).
func hfcBinary(t *testing.T) string {
	t.Helper()
	hfcOnce.Do(func() {
		dir, err := os.MkdirTemp("", "hfc-test-")
		if err != nil {
			hfcErr = err
			return
		}
		hfcBin = filepath.Join(dir, "hfc")
		build := exec.Command("go", "build", "-o", hfcBin, ".")
		build.Dir = packageDir
		out, err := build.CombinedOutput()
		if err != nil {
			hfcErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if hfcErr != nil {
		t.Fatal(hfcErr)
	}
	return hfcBin
}

// proc is a running hfc serve or hfc dev.
type proc struct {
	cmd    *exec.Cmd
	url    string
	stderr *lockedBuffer
	stdout *lockedBuffer
	done   chan struct{}
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

var listening = regexp.MustCompile(`on (http://[0-9.:]+)`)

// start runs hfc with args (which should listen on 127.0.0.1:0) and waits
// until it says where it listens; the process is killed when the test
// ends.
func start(t *testing.T, args ...string) *proc {
	t.Helper()
	cmd := exec.Command(hfcBinary(t), args...)
	cmd.Env = append(os.Environ(), "FLASK_SECRET_KEY=test")
	p := &proc{cmd: cmd, stdout: &lockedBuffer{}, stderr: &lockedBuffer{}, done: make(chan struct{})}
	pr, pw := io.Pipe()
	cmd.Stdout = p.stdout
	cmd.Stderr = io.MultiWriter(p.stderr, pw)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		cmd.Wait()
		pw.Close()
		close(p.done)
	}()
	t.Cleanup(func() {
		select {
		case <-p.done:
		default:
			cmd.Process.Kill()
			<-p.done
		}
	})
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			if m := listening.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
				break
			}
		}
		io.Copy(io.Discard, pr)
	}()
	select {
	case p.url = <-found:
	case <-p.done:
		t.Fatalf("hfc %s exited: %v\n%s", strings.Join(args, " "), cmd.ProcessState, p.stderr.String())
	case <-time.After(30 * time.Second):
		t.Fatalf("hfc %s did not listen:\n%s", strings.Join(args, " "), p.stderr.String())
	}
	return p
}

// wait waits for the process to exit and returns its status.
func (p *proc) wait(t *testing.T) int {
	t.Helper()
	select {
	case <-p.done:
	case <-time.After(30 * time.Second):
		t.Fatalf("hfc did not exit:\n%s", p.stderr.String())
	}
	return p.cmd.ProcessState.ExitCode()
}

var noRedirect = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }, Timeout: 30 * time.Second}

// get sends a request and returns "STATUS\n[Location: …\n]BODY".
func get(t *testing.T, method, url, body string) string {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	resp, err := noRedirect.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	out := fmt.Sprintf("%d\n", resp.StatusCode)
	if loc := resp.Header.Get("Location"); loc != "" {
		out += "Location: " + loc + "\n"
	}
	return out + string(data)
}

// blogTranscript sends the requests that exercise the blog example (issue
// 5, item 9): the index listing, a post, a missing post, the .py POST page
// that redirects, the Markdown and HTML pages with their YAML layouts.
func blogTranscript(t *testing.T, base string) string {
	var b strings.Builder
	for _, rq := range [][3]string{
		{"GET", "/", ""},
		{"GET", "/hello-world", ""},
		{"GET", "/no-such-post", ""},
		{"GET", "/create", ""},
		{"POST", "/create", "title=Fresh+news"},
		{"GET", "/fresh-news", ""},
		{"GET", "/about", ""},
		{"GET", "/page", ""},
	} {
		fmt.Fprintf(&b, "### %s %s\n%s\n", rq[0], rq[1], get(t, rq[0], base+rq[1], rq[2]))
	}
	return b.String()
}

// TestServeBlog serves examples/blog from its folder (README's main job)
// and from the bundle hfc compile writes: the same transcript, with the
// statuses and pages of the reference's blog.
func TestServeBlog(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs hfc")
	}
	dir := t.TempDir()
	bundle := filepath.Join(dir, "blog.hfb")
	var stdout, stderr bytes.Buffer
	if status := run([]string{"compile", "../../examples/blog", "-o", bundle}, &stdout, &stderr); status != 0 {
		t.Fatalf("hfc compile: status %d\n%s", status, stderr.String())
	}
	folder := start(t, "serve", "../../examples/blog", "--addr", "127.0.0.1:0", "--access-log", "off")
	fromFolder := blogTranscript(t, folder.url)
	bundled := start(t, "serve", bundle, "--addr", "127.0.0.1:0", "--access-log", "off")
	fromBundle := blogTranscript(t, bundled.url)
	if fromFolder != fromBundle {
		t.Errorf("the bundle serves differently:\n-- folder --\n%s\n-- bundle --\n%s", fromFolder, fromBundle)
	}
	for _, want := range []string{
		"### GET /\n200\n", `<a href="/hello-world">Hello world</a>`,
		"### GET /hello-world\n200\n", "<h1>Hello world</h1>",
		"### GET /no-such-post\n404\n",
		"### GET /create\n404\n", // /<slug> answers GET /create, as werkzeug matches
		"### POST /create\n302\nLocation: /fresh-news\n",
		"### GET /fresh-news\n200\n", "<h1>Fresh news</h1>",
		"### GET /about\n200\n", "<main><h1>About</h1>\n<p>This blog",
		"### GET /page\n200\n", "<title>A static page</title>",
	} {
		if !strings.Contains(fromFolder, want) {
			t.Errorf("the transcript lacks %q:\n%s", want, fromFolder)
		}
	}
}

// TestServeGracefulShutdown: SIGTERM during a slow request lets it finish
// (200), then hfc serve exits 0; the access log file has the request.
func TestServeGracefulShutdown(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs hfc")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"pages/slow.jpy": "---\nimport time\ntime.sleep(1)\n---\ndone",
	})
	logFile := filepath.Join(dir, "access.log")
	p := start(t, "serve", dir, "--addr", "127.0.0.1:0", "--access-log", logFile)
	result := make(chan string, 1)
	go func() {
		resp, err := http.Get(p.url + "/slow")
		if err != nil {
			result <- err.Error()
			return
		}
		defer resp.Body.Close()
		data, _ := io.ReadAll(resp.Body)
		result <- fmt.Sprintf("%d %s", resp.StatusCode, data)
	}()
	time.Sleep(300 * time.Millisecond)
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if got := <-result; got != "200 done" {
		t.Errorf("the request running at SIGTERM got %q; want 200 done", got)
	}
	if status := p.wait(t); status != 0 {
		t.Errorf("exit status %d after SIGTERM; want 0\n%s", status, p.stderr.String())
	}
	if !strings.Contains(p.stderr.String(), "shutting down") {
		t.Errorf("no shutdown message:\n%s", p.stderr.String())
	}
	log, err := os.ReadFile(logFile)
	if err != nil || !strings.Contains(string(log), `"GET /slow HTTP/1.1" 200 4`) {
		t.Errorf("access log %q (%v); want the request", log, err)
	}
}

// TestServeLimits: --max-body answers 413 to a larger body, and a page in
// an endless loop answers 503 while the server keeps serving.
func TestServeLimits(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs hfc")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"pages/form.py":  "def post():\n    return request.form['x']\n",
		"pages/loop.jpy": "---\nwhile True:\n    pass\n---\n",
		"pages/ok.jpy":   "ok",
		"config.yml":     "step_budget: 2000000\n",
	})
	p := start(t, "serve", dir, "--addr", "127.0.0.1:0", "--max-body", "16", "--access-log", "off")
	if got := get(t, "POST", p.url+"/form", "x=12345"); got != "200\n12345" {
		t.Errorf("small body: %q", got)
	}
	if got := get(t, "POST", p.url+"/form", "x="+strings.Repeat("a", 100)); !strings.HasPrefix(got, "413\n") {
		t.Errorf("large body: %q; want 413", got)
	}
	if got := get(t, "GET", p.url+"/loop", ""); !strings.HasPrefix(got, "503\n") {
		t.Errorf("endless loop: %q; want 503", got)
	}
	if got := get(t, "GET", p.url+"/ok", ""); got != "200\nok" {
		t.Errorf("after the loop: %q", got)
	}
}

// TestServeTimeouts: each timeout flag does what its help says, and the
// server keeps serving after each: --read-timeout closes a connection whose
// request does not arrive in time, --idle-timeout closes an idle keep-alive
// connection, --write-timeout drops a response that is not written in time,
// and --shutdown-timeout cuts requests still running after SIGTERM (exit 1,
// with a message that names the flag).
func TestServeTimeouts(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs hfc")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"pages/ok.jpy":   "ok",
		"pages/slow.jpy": "---\nimport time\ntime.sleep(3)\n---\nlate",
	})
	p := start(t, "serve", dir, "--addr", "127.0.0.1:0", "--access-log", "off",
		"--read-timeout", "300ms", "--idle-timeout", "300ms", "--write-timeout", "1s", "--shutdown-timeout", "300ms")
	addr := strings.TrimPrefix(p.url, "http://")

	// closedWithin sends what, then reads until the server closes the
	// connection; it returns what was read and how long the close took.
	closedWithin := func(what string) (string, time.Duration) {
		t.Helper()
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		conn.SetDeadline(time.Now().Add(20 * time.Second))
		began := time.Now()
		if _, err := io.WriteString(conn, what); err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(conn)
		if err != nil {
			t.Fatalf("after %q: %v (the server did not close the connection)", what, err)
		}
		return string(data), time.Since(began)
	}

	if got, took := closedWithin("GET /ok HTTP/1.1\r\nHost: x\r\n"); got != "" || took < 250*time.Millisecond {
		t.Errorf("incomplete headers: read %q, closed after %v; want nothing, closed after --read-timeout 300ms", got, took)
	}
	got, took := closedWithin("GET /ok HTTP/1.1\r\nHost: x\r\n\r\n")
	if !strings.HasPrefix(got, "HTTP/1.1 200 OK") || !strings.HasSuffix(got, "\r\n\r\nok") || took < 250*time.Millisecond {
		t.Errorf("idle keep-alive connection: read %q, closed after %v; want the response, closed after --idle-timeout 300ms", got, took)
	}
	if got, _ := closedWithin("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"); got != "" {
		t.Errorf("a response later than --write-timeout 1s was sent: %q", got)
	}
	if got := get(t, "GET", p.url+"/ok", ""); got != "200\nok" {
		t.Errorf("after the timeouts: %q", got)
	}

	result := make(chan error, 1)
	go func() {
		resp, err := http.Get(p.url + "/slow")
		if err == nil {
			resp.Body.Close()
		}
		result <- err
	}()
	time.Sleep(500 * time.Millisecond)
	began := time.Now()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if status := p.wait(t); status != 1 {
		t.Errorf("exit status %d with a request running past --shutdown-timeout; want 1\n%s", status, p.stderr.String())
	}
	if took := time.Since(began); took > 2500*time.Millisecond {
		t.Errorf("hfc serve took %v to stop; --shutdown-timeout is 300ms", took)
	}
	if err := <-result; err == nil {
		t.Error("the request cut by --shutdown-timeout got a response")
	}
	if want := "requests still running after --shutdown-timeout 300ms"; !strings.Contains(p.stderr.String(), want) {
		t.Errorf("stderr lacks %q:\n%s", want, p.stderr.String())
	}
}

// TestCompileRefuses: an app with errors gets no bundle; serving a file
// that is not a bundle fails with a clear message.
func TestCompileRefuses(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"pages/index.jpy": "---\nx = (\n---\n",
		"junk.hfb":        "not a bundle",
	})
	out := filepath.Join(dir, "out.hfb")
	var stdout, stderr bytes.Buffer
	if status := run([]string{"compile", dir, "-o", out}, &stdout, &stderr); status != 1 {
		t.Errorf("compile of a broken app: status %d; want 1", status)
	}
	if !strings.Contains(stderr.String(), "index.jpy:2") || !strings.Contains(stderr.String(), "no bundle written") {
		t.Errorf("compile of a broken app says:\n%s", stderr.String())
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("a bundle was written for an app with errors")
	}
	stderr.Reset()
	if status := run([]string{"serve", filepath.Join(dir, "junk.hfb")}, &stdout, &stderr); status != 1 {
		t.Errorf("serve of a junk file: status %d; want 1", status)
	}
	if !strings.Contains(stderr.String(), "not an hfc bundle") {
		t.Errorf("serve of a junk file says:\n%s", stderr.String())
	}
}

// writeFiles writes files (slash paths) below dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
