package templates

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// pythonPath is the CPython the Jinja2 figures come from (Debian's 3.11 with
// its python3-jinja2), not whatever python3 is first on PATH.
const pythonPath = "/usr/bin/python3"

// jinja2Harness is a long-lived CPython process running jinja2_harness.py
// over testdata; commands go to its stdin and one JSON line comes back for
// each. It is started once per test binary and ends when the binary exits
// (its stdin closes).
type jinja2Harness struct {
	mu  sync.Mutex
	in  io.Writer
	out *bufio.Reader
}

type jinja2Reply struct {
	Out   string          `json:"out"`
	Data  json.RawMessage `json:"data"`
	NS    int64           `json:"ns"`
	CPUNS int64           `json:"cpu_ns"`
	Error string          `json:"error"`
}

var (
	jinja2Once sync.Once
	jinja2H    *jinja2Harness
	jinja2Err  error
)

// jinja2 returns the harness, skipping tb if CPython with Jinja2 is not there.
func jinja2(tb testing.TB) *jinja2Harness {
	jinja2Once.Do(func() { jinja2H, jinja2Err = startJinja2() })
	if jinja2Err != nil {
		tb.Skipf("jinja2 on CPython: %v", jinja2Err)
	}
	return jinja2H
}

func startJinja2() (*jinja2Harness, error) {
	if _, err := os.Stat(pythonPath); err != nil {
		return nil, err
	}
	if err := exec.Command(pythonPath, "-c", "import jinja2").Run(); err != nil {
		return nil, fmt.Errorf("import jinja2: %v", err)
	}
	cmd := exec.Command(pythonPath, "jinja2_harness.py", "testdata")
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	return &jinja2Harness{in: in, out: bufio.NewReader(out)}, nil
}

func (h *jinja2Harness) call(args ...string) (jinja2Reply, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	var r jinja2Reply
	if _, err := io.WriteString(h.in, strings.Join(args, " ")+"\n"); err != nil {
		return r, err
	}
	reply, err := h.out.ReadBytes('\n')
	if err != nil {
		return r, fmt.Errorf("jinja2 harness: %v", err)
	}
	if err := json.Unmarshal(reply, &r); err != nil {
		return r, err
	}
	if r.Error != "" {
		return r, fmt.Errorf("jinja2 harness: %s", r.Error)
	}
	return r, nil
}

// render renders the page (e.g. "pages/simple.jpy") once.
func (h *jinja2Harness) render(page string) (string, error) {
	r, err := h.call("render", page)
	return r.Out, err
}

// data returns the variables the page's frontmatter sets, as JSON.
func (h *jinja2Harness) data(page string) ([]byte, error) {
	r, err := h.call("data", page)
	return r.Data, err
}

// bench returns the wall and CPU nanoseconds CPython takes for n renders of
// the page.
func (h *jinja2Harness) bench(page string, n int) (wall, cpu int64, err error) {
	r, err := h.call("bench", page, strconv.Itoa(n))
	return r.NS, r.CPUNS, err
}

// benchJinja2 reports, as the benchmark's ns/op and cpu-ns/op, the wall and
// CPU time of one render measured inside CPython. The benchmark timer also
// runs, so that b.N grows as for the other engines; it includes the round
// trip to the harness, which ns/op excludes. B/op and allocs/op are the Go
// side's (the pipe), not CPython's: they mean nothing here.
func benchJinja2(b *testing.B, page string) {
	// Starting CPython and compiling the page are not part of a render.
	b.StopTimer()
	h := jinja2(b)
	if _, _, err := h.bench(page, 1); err != nil {
		b.Fatal(err)
	}
	b.StartTimer()
	wall, cpu, err := h.bench(page, b.N)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(wall)/float64(b.N), "ns/op")
	b.ReportMetric(float64(cpu)/float64(b.N), "cpu-ns/op")
}
