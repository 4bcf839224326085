package server

import (
	"fmt"
	"strings"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/runtime/vm"
)

// Compat are an app's compatibility switches: where the Python reference
// behaves by accident (reference §10) hfc follows the documented intent,
// and each switch turns the reference's behaviour back on. They come from
// the configuration key COMPAT (`compat: [split, methods]` in config.yml,
// or names separated by commas) and from Options.Compat; "all" turns every
// one on.
type Compat struct {
	// Split splits frontmatter byte for byte as the reference (§10.4): a
	// CRLF, BOM or trailing-space fence is no fence, `---\n---\n` is
	// unclosed.
	Split bool
	// Methods finds a page's methods with flask-file-routes' regular
	// expressions (§10.1, §10.2).
	Methods bool
	// Autoescape escapes only .html, .htm, .xml, .xhtml and .svg
	// templates (§10.6), unless Options.Template sets the mode.
	Autoescape bool
}

// CompatNames are the names of the switches, for COMPAT.
var CompatNames = []string{"split", "methods", "autoescape"}

// compatSwitches reads COMPAT and adds the names of extra; an unknown name
// is a diagnostic.
func compatSwitches(cfg *Config, extra []string) (Compat, diag.List) {
	var names []string
	switch v := cfg.Get("COMPAT").(type) {
	case nil, vm.NoneType:
	case vm.Str:
		names = strings.Split(string(v), ",")
	case *vm.List:
		for _, item := range v.Elems {
			names = append(names, fmt.Sprint(item))
		}
	default:
		names = append(names, fmt.Sprint(v))
	}
	names = append(names, extra...)
	var c Compat
	b := diag.Builder{File: "config.yml"}
	for _, n := range names {
		switch n = strings.ToLower(strings.TrimSpace(n)); n {
		case "":
		case "all":
			c = Compat{Split: true, Methods: true, Autoescape: true}
		case "split":
			c.Split = true
		case "methods":
			c.Methods = true
		case "autoescape":
			c.Autoescape = true
		default:
			b.Add(diag.ConfigUnreadable, source.Span{}, "compat: unknown switch %q; expected some of %s, or all", n, strings.Join(CompatNames, ", "))
		}
	}
	return c, b.Diags
}
