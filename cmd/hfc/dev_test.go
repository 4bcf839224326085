package main

import (
	"bufio"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hyperflask/hfc/runtime/devserver"
)

// sseEvent is one server-sent event.
type sseEvent struct{ name, data string }

// subscribe opens the dev server's event stream and returns its events.
func subscribe(t *testing.T, url string) <-chan sseEvent {
	t.Helper()
	resp, err := http.Get(url + devserver.EventsPath)
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("events: Content-Type %q", ct)
	}
	t.Cleanup(func() { resp.Body.Close() })
	ch := make(chan sseEvent, 16)
	go func() {
		defer close(ch)
		sc := bufio.NewScanner(resp.Body)
		var ev sseEvent
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				ev.name = line[len("event: "):]
			case strings.HasPrefix(line, "data: "):
				ev.data = line[len("data: "):]
			case line == "" && ev.name != "":
				ch <- ev
				ev = sseEvent{}
			}
		}
	}()
	return ch
}

// next returns the next event of a stream.
func next(t *testing.T, ch <-chan sseEvent, stderr *lockedBuffer) sseEvent {
	t.Helper()
	select {
	case ev, ok := <-ch:
		if !ok {
			t.Fatalf("the event stream ended\n%s", stderr.String())
		}
		return ev
	case <-time.After(20 * time.Second):
		t.Fatalf("no event within 20 s\n%s", stderr.String())
	}
	return sseEvent{}
}

// eventually reports whether cond becomes true within 10 seconds.
func eventually(cond func() bool) bool {
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if cond() {
			return true
		}
	}
	return cond()
}

var compiledLine = regexp.MustCompile(`changed: (\d+) compiled`)

// TestDev runs hfc dev on an app over real HTTP and edits its files: the
// pages carry the live reload script; an edit sends "reload" on the event
// stream and the page shows the new text, having compiled only the edited
// page; a syntax error sends "errors" (the overlay's text, with file and
// line) and is printed in the terminal; the fix sends "reload" again.
func TestDev(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs hfc")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"app/pages/index.jpy":        "---\npage.n = 1\n---\n<html><body><p>version {{ n }}</p><{Box}/></body></html>",
		"app/pages/other.jpy":        "---\npage.x = 2\n---\nother {{ x }}",
		"app/components/Box.html":    "<b>box</b>",
		"app/layouts/default.html":   "{% block content %}{% endblock %}",
		"app/templates/partial.html": "partial",
	})
	p := start(t, "dev", dir, "--addr", "127.0.0.1:0", "--access-log", "off")
	page := get(t, "GET", p.url+"/", "")
	if !strings.Contains(page, "<p>version 1</p><b>box</b>") || !strings.Contains(page, `<script>(function(){if(!window.EventSource)`) ||
		!strings.HasSuffix(page, "</script></body></html>") {
		t.Fatalf("the page, with the live reload script before </body>:\n%s", page)
	}
	if got := get(t, "GET", p.url+"/other", ""); !strings.HasPrefix(got, "200\nother 2<script>") {
		t.Errorf("a page without </body> gets the script at its end: %q", got)
	}
	events := subscribe(t, p.url)
	if ev := next(t, events, p.stderr); ev.name != "hello" {
		t.Fatalf("first event %+v; want hello", ev)
	}

	index := filepath.Join(dir, "app", "pages", "index.jpy")
	if err := os.WriteFile(index, []byte("---\npage.n = 2\n---\n<html><body><p>version {{ n }}</p><{Box}/></body></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	if ev := next(t, events, p.stderr); ev.name != "reload" || !strings.Contains(ev.data, "index.jpy") {
		t.Fatalf("after an edit: %+v; want reload naming index.jpy", ev)
	}
	if page := get(t, "GET", p.url+"/", ""); !strings.Contains(page, "<p>version 2</p>") {
		t.Errorf("after the edit the page is:\n%s", page)
	}
	eventually(func() bool { return compiledLine.MatchString(p.stderr.String()) })
	m := compiledLine.FindAllStringSubmatch(p.stderr.String(), -1)
	if len(m) == 0 || m[len(m)-1][1] != "2" {
		t.Errorf("the edit of one page compiled %v programs and templates; want 2 (its frontmatter and template)\n%s", m, p.stderr.String())
	}

	if err := os.WriteFile(index, []byte("---\npage.n = (\n---\nbroken"), 0o644); err != nil {
		t.Fatal(err)
	}
	ev := next(t, events, p.stderr)
	if ev.name != "errors" || !strings.Contains(ev.data, "index.jpy:2:") {
		t.Fatalf("after a syntax error: %+v; want errors naming index.jpy:2", ev)
	}
	// The event can arrive before the pipe from the process's stderr has
	// been copied.
	if !eventually(func() bool { return strings.Contains(p.stderr.String(), "index.jpy:2:") }) {
		t.Errorf("the terminal does not show the error:\n%s", p.stderr.String())
	}
	late := subscribe(t, p.url)
	if ev := next(t, late, p.stderr); ev.name != "hello" {
		t.Fatalf("first event %+v; want hello", ev)
	}
	if ev := next(t, late, p.stderr); ev.name != "errors" {
		t.Errorf("a browser that connects while the app is broken gets %+v; want errors", ev)
	}

	if err := os.WriteFile(index, []byte("---\npage.n = 3\n---\n<html><body><p>version {{ n }}</p></body></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	if ev := next(t, events, p.stderr); ev.name != "reload" {
		t.Fatalf("after the fix: %+v; want reload", ev)
	}
	if page := get(t, "GET", p.url+"/", ""); !strings.Contains(page, "<p>version 3</p>") {
		t.Errorf("after the fix the page is:\n%s", page)
	}
}
