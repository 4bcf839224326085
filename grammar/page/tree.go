package page

import (
	"fmt"

	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
)

// Tree is the JSON form of a parsed file (`hfc parse --json`): its parts with
// their spans and its diagnostics, one per line.
type Tree struct {
	Path        string             `json:"path"`
	Role        Role               `json:"role"`
	Kind        string             `json:"kind"`
	Frontmatter *source.Span       `json:"frontmatter,omitempty"`
	Template    *source.Span       `json:"templateRegion,omitempty"`
	YAMLKeys    []YAMLKey          `json:"yamlKeys,omitempty"`
	Python      *python.Module     `json:"python,omitempty"`
	Tree        *template.Template `json:"template,omitempty"`
	Diagnostics []string           `json:"diagnostics"`
}

// YAMLKey is a top-level key of YAML frontmatter.
type YAMLKey struct {
	Name string      `json:"name"`
	Span source.Span `json:"span"`
}

// Tree returns the JSON form of p.
func (p *File) Tree() *Tree {
	t := &Tree{Path: p.Path, Role: p.Role, Kind: p.Kind.String(), Python: p.Python, Tree: p.Template, Diagnostics: []string{}}
	if p.Split != nil {
		if p.Split.HasFrontmatter {
			s := p.Source.Span(p.Split.Frontmatter.Start, p.Split.Frontmatter.End)
			t.Frontmatter = &s
		}
		s := p.Source.Span(p.Split.Template.Start, p.Split.Template.End)
		t.Template = &s
	}
	if p.YAML != nil {
		for _, k := range p.YAML.Keys {
			t.YAMLKeys = append(t.YAMLKeys, YAMLKey{k.Name, k.Span})
		}
	}
	for _, d := range p.Diags {
		t.Diagnostics = append(t.Diagnostics, fmt.Sprintf("%s %s[%s]: %s", d.Range, d.Severity, d.Code, d.Message))
	}
	return t
}
