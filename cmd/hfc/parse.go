package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/hyperflask/hfc/compiler/project"
	"github.com/hyperflask/hfc/grammar/astjson"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/page"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/split"
	"github.com/hyperflask/hfc/grammar/template"
)

// parseTree is the JSON form of a parsed file: its parts with their spans and
// its diagnostics.
type parseTree struct {
	Path        string             `json:"path"`
	Role        page.Role          `json:"role"`
	Kind        string             `json:"kind"`
	Frontmatter *source.Span       `json:"frontmatter,omitempty"`
	Template    *source.Span       `json:"templateRegion,omitempty"`
	YAMLKeys    []yamlKey          `json:"yamlKeys,omitempty"`
	Python      *python.Module     `json:"python,omitempty"`
	Tree        *template.Template `json:"template,omitempty"`
	Diagnostics []string           `json:"diagnostics"`
}

type yamlKey struct {
	Name string      `json:"name"`
	Span source.Span `json:"span"`
}

func init() {
	var asJSON, reference bool
	register(&command{
		name:    "parse",
		args:    "FILE",
		summary: "print the syntax tree of a file with positions, as JSON",
		help: `The tree holds the frontmatter and template regions, the Python tree (node and
field names as in CPython's ast module), the template tree (as in jinja2.nodes,
plus Hyperflask's component tags and tags), and the diagnostics. Spans are
"line:col-line:col" with 1-based lines and byte columns in file coordinates.
The role of the file (page, component, layout, ...) comes from the app that
holds it.`,
		flags: func(fs *flag.FlagSet) {
			fs.BoolVar(&asJSON, "json", true, "print JSON (the only format)")
			fs.BoolVar(&reference, "reference", false, "split frontmatter exactly as the Python reference does")
		},
		run: func(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) int {
			if len(args) != 1 {
				fmt.Fprintln(stderr, "hfc parse: expected exactly one FILE")
				return 2
			}
			text, err := os.ReadFile(args[0])
			if err != nil {
				fmt.Fprintf(stderr, "hfc parse: %v\n", err)
				return 2
			}
			p := page.Parse(args[0], text, page.Options{Role: project.RoleOfPath(args[0]), Reference: reference})
			data, err := astjson.Marshal(treeOf(p))
			if err != nil {
				fmt.Fprintf(stderr, "hfc parse: %v\n", err)
				return 2
			}
			stdout.Write(data)
			if p.Diags.HasErrors() {
				return 1
			}
			return 0
		},
	})
}

func treeOf(p *page.File) *parseTree {
	t := &parseTree{Path: p.Path, Role: p.Role, Kind: p.Kind.String(), Python: p.Python, Tree: p.Template, Diagnostics: []string{}}
	if p.Split != nil {
		if p.Split.HasFrontmatter {
			s := p.Source.Span(p.Split.Frontmatter.Start, p.Split.Frontmatter.End)
			t.Frontmatter = &s
		}
		s := regionSpan(p.Source, p.Split.Template)
		t.Template = &s
	}
	if p.YAML != nil {
		for _, k := range p.YAML.Keys {
			t.YAMLKeys = append(t.YAMLKeys, yamlKey{k.Name, k.Span})
		}
	}
	for _, d := range p.Diags {
		t.Diagnostics = append(t.Diagnostics, formatDiag(d))
	}
	return t
}

func regionSpan(f *source.File, r split.Region) source.Span { return f.Span(r.Start, r.End) }

// formatDiag is the one-line form of a diagnostic used in parse trees.
func formatDiag(d diag.Diagnostic) string {
	return fmt.Sprintf("%s %s[%s]: %s", d.Range, d.Severity, d.Code, d.Message)
}
