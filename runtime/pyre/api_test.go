package pyre

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func mustCompile(t *testing.T, pattern string) *Pattern {
	t.Helper()
	p, err := Compile(pattern, 0)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestBudgetStepLimit(t *testing.T) {
	p := mustCompile(t, `(a+)+$`)
	in := NewInput(strings.Repeat("a", 40) + "!")
	b := &Budget{MaxSteps: 100_000}
	if _, err := p.Search(in, 0, in.Len(), b); !errors.Is(err, ErrStepLimit) {
		t.Fatalf("err = %v, want ErrStepLimit", err)
	}
	if b.Steps < b.MaxSteps {
		t.Errorf("Steps = %d, want at least %d", b.Steps, b.MaxSteps)
	}
	// The budget stays spent for later calls.
	if _, err := p.Search(NewInput("a"), 0, 1, b); !errors.Is(err, ErrStepLimit) {
		t.Fatalf("second call: err = %v, want ErrStepLimit", err)
	}
}

func TestBudgetCheck(t *testing.T) {
	p := mustCompile(t, `(x+x+)+y`)
	in := NewInput(strings.Repeat("x", 60))
	stop := errors.New("cancelled")
	calls := 0
	b := &Budget{Check: func() error {
		calls++
		if calls == 3 {
			return stop
		}
		return nil
	}}
	if _, err := p.Search(in, 0, in.Len(), b); err != stop {
		t.Fatalf("err = %v, want the Check error", err)
	}
	if b.Steps < 2*CheckInterval {
		t.Errorf("Steps = %d, want at least %d", b.Steps, 2*CheckInterval)
	}
}

func TestBudgetStack(t *testing.T) {
	p := mustCompile(t, `(?:ab)*c`)
	in := NewInput(strings.Repeat("ab", 10_000) + "c")
	if _, err := p.Match(in, 0, in.Len(), &Budget{MaxStack: 1000}); !errors.Is(err, ErrStackLimit) {
		t.Fatalf("err = %v, want ErrStackLimit", err)
	}
	m, err := p.Match(in, 0, in.Len(), nil)
	if err != nil || m == nil {
		t.Fatalf("without a limit: %v, %v", m, err)
	}
}

// TestDeepBacktracking matches a subject that needs hundreds of thousands
// of frames: the explicit stack must not overflow the goroutine's.
func TestDeepBacktracking(t *testing.T) {
	p := mustCompile(t, `((?:x|y)*)z`)
	in := NewInput(strings.Repeat("xy", 100_000) + "z")
	m, err := p.Match(in, 0, in.Len(), nil)
	if err != nil || m == nil {
		t.Fatalf("got %v, %v", m, err)
	}
	if s, e := m.Span(1); s != 0 || e != 200_000 {
		t.Errorf("group 1 = (%d, %d)", s, e)
	}
}

func TestInputKinds(t *testing.T) {
	p := mustCompile(t, `(?P<word>\w+)é`)
	for _, in := range []*Input{NewInput("-- caféé"), NewInputRunes([]rune("-- caféé"))} {
		m, err := p.Search(in, 0, in.Len(), nil)
		if err != nil || m == nil {
			t.Fatalf("got %v, %v", m, err)
		}
		if s, e := m.Span(0); s != 3 || e != 8 {
			t.Errorf("span = (%d, %d), want (3, 8)", s, e)
		}
		if g, _ := m.Group(1); g != "café" {
			t.Errorf("group 1 = %q", g)
		}
		if name, ok := m.LastGroup(); !ok || name != "word" || m.LastIndex() != 1 {
			t.Errorf("lastgroup = %q %v, lastindex = %d", name, ok, m.LastIndex())
		}
	}
	if _, err := p.Search(NewInputBytes([]byte("x")), 0, 1, nil); err == nil || err.(*Error).Kind != TypeError {
		t.Errorf("str pattern on bytes: err = %v", err)
	}
	bp, err := CompileBytes([]byte(`\w+`), 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bp.Search(NewInput("x"), 0, 1, nil); err == nil || err.Error() != "cannot use a bytes pattern on a string-like object" {
		t.Errorf("bytes pattern on str: err = %v", err)
	}
}

func TestPatternAttributes(t *testing.T) {
	p, err := CompileRunes([]rune(`(?i)(?P<b>x)(y)(?P<a>z)`), Multiline)
	if err != nil {
		t.Fatal(err)
	}
	if p.Flags() != IgnoreCase|Multiline|Unicode || p.Groups() != 3 || p.IsBytes() {
		t.Errorf("flags %d groups %d bytes %v", p.Flags(), p.Groups(), p.IsBytes())
	}
	want := []NamedGroup{{"b", 1}, {"a", 3}}
	if got := p.GroupIndex(); !reflect.DeepEqual(got, want) {
		t.Errorf("GroupIndex = %v, want %v", got, want)
	}
	if g, ok := p.GroupNumber("a"); !ok || g != 3 {
		t.Errorf("GroupNumber(a) = %d %v", g, ok)
	}
	if _, ok := p.GroupName(2); ok {
		t.Errorf("group 2 has a name")
	}
	if string(p.Source()) != `(?i)(?P<b>x)(y)(?P<a>z)` {
		t.Errorf("Source = %q", string(p.Source()))
	}
}

func TestTemplateLiteral(t *testing.T) {
	p := mustCompile(t, `(a)`)
	for tmpl, want := range map[string]bool{"xyz": true, `\n\t`: true, "": true, `\1`: false, `x\g<0>`: false} {
		tt, err := p.CompileTemplate(tmpl)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := tt.Literal(); ok != want {
			t.Errorf("Literal(%q) = %v", tmpl, ok)
		}
	}
}

func TestErrorAttributes(t *testing.T) {
	_, err := Compile("ab\ncd\n(", 0)
	var e *Error
	if !errors.As(err, &e) {
		t.Fatal(err)
	}
	if e.Kind != PatternError || e.Msg != "missing ), unterminated subpattern" || e.Pos != 6 || e.Lineno != 3 || e.Colno != 1 {
		t.Errorf("got %+v", e)
	}
	if e.Error() != "missing ), unterminated subpattern at position 6 (line 3, column 1)" {
		t.Errorf("Error() = %q", e.Error())
	}
	if _, err := CompileBytes([]byte("a"), Locale); err == nil || err.(*Error).Kind != Unsupported {
		t.Errorf("LOCALE: err = %v", err)
	}
}

func TestConcurrentUse(t *testing.T) {
	p := mustCompile(t, `(\w+)@(\w+)\.com`)
	in := NewInput(strings.Repeat("x bob@example.com y ", 50))
	done := make(chan int)
	for range 4 {
		go func() {
			n := 0
			sc, _ := p.Scanner(in, 0, in.Len(), nil)
			for m, _ := sc.Search(); m != nil; m, _ = sc.Search() {
				n++
			}
			done <- n
		}()
	}
	for range 4 {
		if n := <-done; n != 50 {
			t.Errorf("found %d matches, want 50", n)
		}
	}
}
