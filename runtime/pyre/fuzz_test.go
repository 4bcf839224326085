package pyre

import (
	"errors"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	`a+b`, `(a|b)*c`, `(?:(a)|b)*`, `(?P<x>a)(?P=x)`, `(?<=a)b`, `(?<!a)b`, `(a)?(?(1)b|c)`, `(?>a+)b`,
	`a*+b`, `a{2,3}?`, `[^\w\s]`, `(?i)straße`, `(?x) a b # c`, `\N{EM DASH}`, `(?m)^a$`, `\bfoo\B`,
	`((a)|b)+`, `(a+)+$`, `[a-`, `(?P<a`, `\`, `(?i)[\U00010400x]`, `((?:a|b)*?c)*`, `(?=(a+))a*b\1`,
}

// FuzzCompile checks that Compile never panics, that its errors are
// *Error values with a position inside the pattern, and that a compiled
// pattern can run.
func FuzzCompile(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, uint16(0), false)
	}
	f.Add(`(?i)a`, uint16(IgnoreCase|Verbose), true)
	f.Fuzz(func(t *testing.T, pattern string, flags uint16, isBytes bool) {
		fl := Flags(flags) & (TemplateFlag | IgnoreCase | Multiline | DotAll | Unicode | Verbose | Debug | ASCII)
		var p *Pattern
		var err error
		n := utf8.RuneCountInString(pattern)
		if isBytes {
			p, err = CompileBytes([]byte(pattern), fl)
			n = len(pattern)
		} else {
			p, err = Compile(pattern, fl)
		}
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is not an *Error", err)
			}
			if e.Pos > n {
				t.Fatalf("error position %d beyond the pattern (%d)", e.Pos, n)
			}
			return
		}
		in := NewInput("abc aab\nxyz_12 é")
		if isBytes {
			in = NewInputBytes([]byte("abc aab\nxyz_12 \xe9"))
		}
		if _, err := p.Search(in, 0, in.Len(), &Budget{MaxSteps: 100_000}); err != nil && !errors.Is(err, ErrStepLimit) {
			t.Fatal(err)
		}
	})
}

// FuzzMatch runs every operation on fuzzed patterns and subjects under a
// step budget and checks the spans it reports.
func FuzzMatch(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "aab abc\nb a", 0, 100)
	}
	f.Fuzz(func(t *testing.T, pattern, subject string, pos, endpos int) {
		p, err := Compile(pattern, 0)
		if err != nil {
			return
		}
		in := NewInput(subject)
		b := &Budget{MaxSteps: 200_000}
		check := func(m *Match) {
			if m == nil {
				return
			}
			for g := 0; g <= p.Groups(); g++ {
				s, e := m.Span(g)
				if s == -1 && e == -1 && g > 0 {
					continue
				}
				if s < 0 || s > e || e > in.Len() {
					t.Fatalf("group %d has span (%d, %d) in a subject of %d", g, s, e, in.Len())
				}
			}
		}
		for _, f := range []func(*Input, int, int, *Budget) (*Match, error){p.Search, p.Match, p.FullMatch} {
			m, err := f(in, pos, endpos, b)
			if err != nil {
				return
			}
			check(m)
		}
		sc, _ := p.Scanner(in, pos, endpos, b)
		last := 0
		for {
			m, err := sc.Search()
			if err != nil || m == nil {
				break
			}
			check(m)
			s, e := m.Span(0)
			if s < last {
				t.Fatalf("scanner went back to %d after a match ending at %d", s, last)
			}
			last = e
		}
		tmpl, err := p.CompileTemplate(`<\g<0>>`)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := p.Sub(tmpl, in, 0, b); err != nil && !errors.Is(err, ErrStepLimit) {
			t.Fatal(err)
		}
		if _, err := p.Split(in, 0, b); err != nil && !errors.Is(err, ErrStepLimit) {
			t.Fatal(err)
		}
	})
}
