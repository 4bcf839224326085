package debug

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/hyperflask/hfc/runtime/vm"
)

// BreakpointSpec is a breakpoint as the client asks for it.
type BreakpointSpec struct {
	Line int
	// Condition is an expression in the line's language (Python in
	// frontmatter, Jinja in templates): the breakpoint stops only when it
	// is true.
	Condition string
	// HitCondition stops at some hits only: "5" or "==5" (the fifth),
	// ">5", ">=5", "<5", "<=5", "%5" (every fifth).
	HitCondition string
	// LogMessage makes a log point: the message is printed, with each
	// {expression} replaced by its value, and the thread goes on.
	LogMessage string
}

// Breakpoint is a breakpoint as set: verified on an executable line, which
// may be another line than asked for (Message says why).
type Breakpoint struct {
	ID       int
	Verified bool
	Line     int
	Message  string
}

// bpTable holds every breakpoint; it is replaced, never changed, so that
// line events read it without a lock.
type bpTable struct {
	files map[string]*fileBPs
}

type fileBPs struct {
	lines map[int]*breakpoint
}

type breakpoint struct {
	id   int
	line int
	lang lang
	cond string
	hit  hitCondition
	log  string
	hits atomic.Int64
}

// breakpointAt returns the breakpoint of a line, if it is of the line's
// language.
func (e *Engine) breakpointAt(path string, line int, l lang) *breakpoint {
	fb := e.bps.Load().files[path]
	if fb == nil {
		return nil
	}
	bp := fb.lines[line]
	if bp == nil || bp.lang != l {
		return nil
	}
	return bp
}

// SetBreakpoints replaces the breakpoints of a file. Each one goes to the
// executable line nearest the one asked for: the first line with code at
// or after it in the same part of the file (frontmatter or template), else
// the last one before it.
func (e *Engine) SetBreakpoints(path string, specs []BreakpointSpec) []Breakpoint {
	path = absPath(path)
	fi := e.readFile(path)
	if fi != nil {
		e.lines(fi)
		e.files.Store(path, fi)
	}
	fb := &fileBPs{lines: map[int]*breakpoint{}}
	out := make([]Breakpoint, len(specs))
	e.mu.Lock()
	defer e.mu.Unlock()
	for i, sp := range specs {
		e.nextBP++
		res := Breakpoint{ID: e.nextBP, Line: sp.Line}
		out[i] = res
		hit, err := parseHitCondition(sp.HitCondition)
		switch {
		case fi == nil:
			out[i].Message = "cannot read " + path
			continue
		case fi.err != nil:
			out[i].Message = fi.err.Error()
			continue
		case err != nil:
			out[i].Message = err.Error()
			continue
		}
		line, l, msg := fi.place(sp.Line)
		if line == 0 {
			out[i].Message = msg
			continue
		}
		out[i] = Breakpoint{ID: res.ID, Verified: true, Line: line, Message: msg}
		if _, dup := fb.lines[line]; dup {
			out[i].Verified = false
			out[i].Message = fmt.Sprintf("another breakpoint of this file is on line %d already", line)
			continue
		}
		fb.lines[line] = &breakpoint{id: res.ID, line: line, lang: l, cond: strings.TrimSpace(sp.Condition), hit: hit, log: sp.LogMessage}
	}
	old := e.bps.Load()
	next := &bpTable{files: make(map[string]*fileBPs, len(old.files)+1)}
	for p, f := range old.files {
		next.files[p] = f
	}
	if len(fb.lines) > 0 {
		next.files[path] = fb
	} else {
		delete(next.files, path)
	}
	e.bps.Store(next)
	return out
}

// place returns the executable line for a breakpoint asked on line, its
// language and a message when the line differs; line 0 when the file has
// no code to stop at.
func (fi *fileInfo) place(line int) (int, lang, string) {
	l := fi.langAt(line)
	lines := fi.tmplLines
	if l == langPython {
		lines = fi.pyLines
	}
	inRegion := fi.pyLast > 0 && line >= fi.pyFirst && line <= fi.pyLast || fi.tmplLast > 0 && line >= fi.tmplFirst
	if len(lines) == 0 {
		if l == langPython && len(fi.tmplLines) > 0 {
			l, lines = langTemplate, fi.tmplLines
		} else {
			return 0, l, fmt.Sprintf("line %d: the %s has no code to stop at", line, l)
		}
	}
	at := lines[len(lines)-1]
	if i := sort.SearchInts(lines, line); i < len(lines) {
		at = lines[i]
	}
	if at == line {
		return at, l, ""
	}
	why := "has no code"
	if !inRegion {
		why = "is not Python or template code"
	}
	return at, l, fmt.Sprintf("line %d %s; the breakpoint is on line %d, the nearest line of the %s with code", line, why, at, l)
}

// hitCondition is a parsed hit count condition; the zero value always
// holds.
type hitCondition struct {
	op string
	n  int64
}

var hitRE = regexp.MustCompile(`^(==|>=|<=|>|<|%)?\s*(\d+)$`)

func parseHitCondition(s string) (hitCondition, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return hitCondition{}, nil
	}
	m := hitRE.FindStringSubmatch(s)
	if m == nil {
		return hitCondition{}, fmt.Errorf("hit condition %q: expected a count such as 5, ==5, >5, >=5, <5, <=5 or %%5", s)
	}
	n, err := strconv.ParseInt(m[2], 10, 64)
	if err != nil || (m[1] == "%" && n == 0) {
		return hitCondition{}, fmt.Errorf("hit condition %q: the count must be a positive number", s)
	}
	op := m[1]
	if op == "" {
		op = "=="
	}
	return hitCondition{op: op, n: n}, nil
}

func (h hitCondition) holds(hits int64) bool {
	switch h.op {
	case "==":
		return hits == h.n
	case ">":
		return hits > h.n
	case ">=":
		return hits >= h.n
	case "<":
		return hits < h.n
	case "<=":
		return hits <= h.n
	case "%":
		return hits%h.n == 0
	}
	return true
}

// hits evaluates a breakpoint at fr: its condition, its hit count, its log
// message. It reports whether the thread stops.
func (t *thread) hits(bp *breakpoint, fr *vm.Frame, src *frameSource) bool {
	if bp.cond != "" {
		v, err := t.eval(fr, src.lang, bp.cond, false)
		if err == nil {
			var ok bool
			err = t.guard(func() error {
				var err error
				ok, err = t.th.Truth(v)
				return err
			})
			if err == nil && !ok {
				return false
			}
		}
		if err != nil {
			t.e.report(func(c Client) {
				c.Output(Output{Category: "console", Text: fmt.Sprintf("breakpoint condition %q failed: %s\n", bp.cond, errorText(t, err)), File: src.path, Line: bp.line})
			})
			return true
		}
	}
	n := bp.hits.Add(1)
	if !bp.hit.holds(n) {
		return false
	}
	if bp.log != "" {
		msg := t.interpolate(fr, src.lang, bp.log)
		t.e.report(func(c Client) { c.Output(Output{Category: "console", Text: msg + "\n", File: src.path, Line: bp.line}) })
		return false
	}
	return true
}

// interpolate replaces each {expression} of a log message by its str();
// {{ and }} stand for braces.
func (t *thread) interpolate(fr *vm.Frame, l lang, msg string) string {
	var b strings.Builder
	for i := 0; i < len(msg); i++ {
		c := msg[i]
		switch {
		case c == '{' && i+1 < len(msg) && msg[i+1] == '{':
			b.WriteByte('{')
			i++
		case c == '}' && i+1 < len(msg) && msg[i+1] == '}':
			b.WriteByte('}')
			i++
		case c == '{':
			end := strings.IndexByte(msg[i+1:], '}')
			if end < 0 {
				b.WriteString(msg[i:])
				return b.String()
			}
			expr := msg[i+1 : i+1+end]
			i += end + 1
			v, err := t.eval(fr, l, expr, false)
			if err != nil {
				b.WriteString("<" + errorText(t, err) + ">")
				continue
			}
			var s string
			if err := t.guard(func() error {
				var err error
				s, err = t.th.Str(v)
				return err
			}); err != nil {
				s = "<" + errorText(t, err) + ">"
			}
			b.WriteString(s)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
