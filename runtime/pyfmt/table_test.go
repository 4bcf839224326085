package pyfmt

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// tableCase is one line of a testdata/*.jsonl file written by gen.py.
type tableCase struct {
	F    string            `json:"f"`
	A    []json.RawMessage `json:"a"`
	R    json.RawMessage   `json:"r"`
	E    []string          `json:"e"`
	line int
}

// str returns argument i as a string.
func (c *tableCase) str(t *testing.T, i int) string {
	t.Helper()
	var s string
	if err := json.Unmarshal(c.A[i], &s); err != nil {
		t.Fatalf("line %d: argument %d: %v", c.line, i, err)
	}
	return s
}

func (c *tableCase) float(t *testing.T, i int) float64 { return decodeFloat(t, c.str(t, i)) }

func (c *tableCase) bigInt(t *testing.T, i int) *big.Int { return decodeInt(t, c.str(t, i)) }

func decodeFloat(t *testing.T, s string) float64 {
	t.Helper()
	bits, err := strconv.ParseUint(strings.TrimPrefix(s, "f:"), 16, 64)
	if err != nil || !strings.HasPrefix(s, "f:") {
		t.Fatalf("bad float %q", s)
	}
	return math.Float64frombits(bits)
}

func decodeInt(t *testing.T, s string) *big.Int {
	t.Helper()
	z, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("bad int %q", s)
	}
	return z
}

// loadTable reads testdata/name.jsonl.gz.
func loadTable(t *testing.T, name string) []tableCase {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name+".jsonl.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var cases []tableCase
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		var c tableCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s.jsonl:%d: %v", name, n, err)
		}
		c.line = n
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatalf("%s.jsonl is empty", name)
	}
	return cases
}

// tableRunner compares results with a table and stops after a few failures.
type tableRunner struct {
	t        *testing.T
	failures int
	checked  int
}

const maxReported = 25

// check compares got (a string or a []string) and err with the case.
func (r *tableRunner) check(c *tableCase, got any, err error) {
	r.t.Helper()
	r.checked++
	var want any
	if c.E == nil {
		if err != nil {
			r.fail(c, "error %v, want %s", err, c.R)
			return
		}
		switch got.(type) {
		case []string:
			var w []string
			if json.Unmarshal(c.R, &w) != nil {
				r.fail(c, "result is not a list: %s", c.R)
				return
			}
			want = w
		default:
			var w string
			if json.Unmarshal(c.R, &w) != nil {
				r.fail(c, "result is not a string: %s", c.R)
				return
			}
			want = w
		}
		if !equalResult(got, want) {
			r.fail(c, "got %q, want %q", got, want)
		}
		return
	}
	var pe *Error
	if !errors.As(err, &pe) {
		r.fail(c, "got %q (err %v), want %s: %s", got, err, c.E[0], c.E[1])
		return
	}
	if string(pe.Class) != c.E[0] || pe.Msg != c.E[1] {
		r.fail(c, "got %s: %q, want %s: %q", pe.Class, pe.Msg, c.E[0], c.E[1])
	}
}

func equalResult(got, want any) bool {
	switch g := got.(type) {
	case string:
		return sameText(g, want.(string))
	case []string:
		w := want.([]string)
		if len(g) != len(w) {
			return false
		}
		for i := range g {
			if !sameText(g[i], w[i]) {
				return false
			}
		}
		return true
	}
	return false
}

// sameText compares results; encoded floats that are both NaN are equal
// whatever their sign and payload, which Python code cannot observe
// without struct or math.copysign.
func sameText(got, want string) bool {
	if got == want {
		return true
	}
	isNaN := func(s string) bool {
		bits, err := strconv.ParseUint(strings.TrimPrefix(s, "f:"), 16, 64)
		return strings.HasPrefix(s, "f:") && err == nil && math.IsNaN(math.Float64frombits(bits))
	}
	return isNaN(got) && isNaN(want)
}

func (r *tableRunner) fail(c *tableCase, format string, args ...any) {
	r.t.Helper()
	r.failures++
	if r.failures <= maxReported {
		r.t.Errorf("line %d: %s%s: "+format, append([]any{c.line, c.F, argsText(c)}, args...)...)
	}
}

func (r *tableRunner) done() {
	if r.failures > maxReported {
		r.t.Errorf("%d more failures", r.failures-maxReported)
	}
	r.t.Logf("%d cases checked", r.checked)
}

func argsText(c *tableCase) string {
	parts := make([]string, len(c.A))
	for i, a := range c.A {
		parts[i] = string(a)
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// floatResult encodes a float result the way gen.py does.
func floatResult(f float64) string { return fmt.Sprintf("f:%016x", math.Float64bits(f)) }
