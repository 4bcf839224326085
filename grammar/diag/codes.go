package diag

import (
	"fmt"
	"sort"
)

// Code is a stable diagnostic code: "E" (error) or "W" (warning) or "I"
// (information) followed by four digits. The first digit names the phase:
//
//	1xxx  files, frontmatter splitting, YAML frontmatter
//	2xxx  Python syntax
//	3xxx  template syntax (Jinja and Hyperflask tags, component tags)
//	4xxx  Python names and supported subset (compiler)
//	5xxx  template semantics (compiler)
//	6xxx  app layout and routing
//	7xxx  assets (bundle blocks, esbuild, npm packages)
//
// Codes are never reused for another meaning; a retired code stays listed.
type Code string

// CodeInfo describes a code for documentation and for editors.
type CodeInfo struct {
	Code     Code
	Severity Severity
	Summary  string // one line, used in docs/diagnostics.md
}

var registry = map[Code]CodeInfo{}

// define registers a code; it is called from package-level variable
// declarations so that every code is known before main runs.
func define(code string, summary string) Code {
	c := Code(code)
	if _, dup := registry[c]; dup {
		panic("diag: code defined twice: " + code)
	}
	var sev Severity
	switch code[0] {
	case 'E':
		sev = Error
	case 'W':
		sev = Warning
	case 'I':
		sev = Info
	default:
		panic("diag: code must start with E, W or I: " + code)
	}
	if len(code) != 5 {
		panic("diag: code must be a letter and four digits: " + code)
	}
	registry[c] = CodeInfo{Code: c, Severity: sev, Summary: summary}
	return c
}

// Severity returns the severity that c was defined with.
func (c Code) Severity() Severity {
	if info, ok := registry[c]; ok {
		return info.Severity
	}
	panic(fmt.Sprintf("diag: undefined code %q", string(c)))
}

// Lookup returns the definition of c.
func Lookup(c Code) (CodeInfo, bool) {
	info, ok := registry[c]
	return info, ok
}

// All returns every defined code, sorted by phase then number.
func All() []CodeInfo {
	out := make([]CodeInfo, 0, len(registry))
	for _, info := range registry {
		out = append(out, info)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].Code, out[j].Code
		if a[1:] != b[1:] {
			return a[1:] < b[1:]
		}
		return a < b
	})
	return out
}
