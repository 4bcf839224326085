// Package page parses one file of an app — a page, component, layout,
// template, macro file or Python module — into its parts: the frontmatter
// split, the Python code, the YAML frontmatter and the template, each with its
// diagnostics in file coordinates.
package page

import (
	"unicode/utf8"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/split"
	"github.com/hyperflask/hfc/grammar/template"
	"github.com/hyperflask/hfc/grammar/yamlfm"
)

// Role says what a file is for in an app; it decides how the file is split.
type Role uint8

// Roles.
const (
	RoleFile      Role = iota // outside an app: judged by its extension alone
	RolePage                  // under pages/ (reference §1)
	RoleComponent             // under components/ (reference §5.6)
	RoleLayout                // under layouts/
	RoleTemplate              // under templates/ (Flask's template folder)
	RoleMacro                 // under macros/ (reference §5.5)
	RoleModule                // any other .py file of the app
)

var roleNames = [...]string{"file", "page", "component", "layout", "template", "macro", "module"}

// String returns the role's name.
func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return "unknown"
}

// MarshalText implements encoding.TextMarshaler.
func (r Role) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// Options control how a file is parsed.
type Options struct {
	Role Role
	// Reference splits frontmatter exactly as the Python reference does
	// instead of accepting the documented intent (see package split).
	Reference bool
	// Template holds the lexer options and extensions for the template part.
	// Hyperflask additions are turned on for every file of an app.
	Template template.Options
}

// File is a parsed file.
type File struct {
	Source *source.File `json:"-"`
	Path   string       `json:"path"`
	Role   Role         `json:"role"`
	Kind   split.Kind   `json:"-"`
	// Split is the frontmatter split (nil for files that are not split:
	// Python modules and plain templates).
	Split *split.Result `json:"-"`
	// Python is the frontmatter of a .jpy file, or the whole of a .py file.
	Python *python.Module `json:"python"`
	// YAML is the frontmatter of a static page.
	YAML *yamlfm.Doc `json:"-"`
	// Template is the template part, nil when the file has none.
	Template *template.Template `json:"template"`
	Diags    diag.List          `json:"-"`
}

// Parse parses the file named name with content text.
func Parse(name string, text []byte, opts Options) *File {
	src := source.NewFile(name, string(text))
	p := &File{Source: src, Path: name, Role: opts.Role, Kind: split.KindOf(name)}
	if !utf8.Valid(text) {
		off := firstInvalid(text)
		b := diag.Builder{File: name}
		b.Add(diag.FileNotUTF8, src.Span(off, off+1), "invalid UTF-8 byte 0x%02x; expected UTF-8 text", text[off]).
			WithHint("page files are read as UTF-8 by the Python reference too; re-save the file as UTF-8")
		p.Diags = b.Diags
		return p
	}
	topts := opts.Template
	if opts.Role != RoleFile {
		topts.Hyperflask = true
	}
	whole := func() (int, int) { return 0, len(src.Text) }

	switch {
	case p.Kind == split.KindPython:
		p.parsePython(whole())
	case opts.Role == RoleLayout || opts.Role == RoleTemplate || opts.Role == RoleMacro:
		p.parseTemplate(0, len(src.Text), topts)
	case p.Kind == split.KindJPY:
		p.Split = split.Split(src, split.Options{Reference: opts.Reference, Python: true})
		p.Diags = append(p.Diags, p.Split.Diags...)
		if p.Split.HasCode() {
			p.parsePython(p.Split.Frontmatter.Start, p.Split.Frontmatter.End)
		}
		p.parseTemplate(p.Split.Template.Start, p.Split.Template.End, topts)
	default: // static kinds: YAML frontmatter + template
		p.Split = split.Split(src, split.Options{Reference: opts.Reference})
		p.Diags = append(p.Diags, p.Split.Diags...)
		if p.Split.HasCode() {
			if opts.Role == RoleComponent {
				b := diag.Builder{File: name}
				b.Add(diag.FrontmatterIgnored, src.Span(p.Split.OpenFence.Start, p.Split.CloseFence.End),
					"the frontmatter of an HTML component is ignored").
					WithHint("components take their inputs as props; the Python reference strips this frontmatter and never reads it")
				p.Diags = append(p.Diags, b.Diags...)
			} else {
				doc, diags := yamlfm.Parse(src, p.Split.Frontmatter.Start, p.Split.Frontmatter.End)
				p.YAML = doc
				p.Diags = append(p.Diags, diags...)
			}
		}
		p.parseTemplate(p.Split.Template.Start, p.Split.Template.End, topts)
	}
	p.Diags.Sort()
	return p
}

func (p *File) parsePython(start, end int) {
	mod, diags := python.Parse(p.Source, start, end, python.ModeModule)
	p.Python = mod
	p.Diags = append(p.Diags, diags...)
}

func (p *File) parseTemplate(start, end int, opts template.Options) {
	t, diags := template.Parse(p.Source, start, end, opts)
	p.Template = t
	p.Diags = append(p.Diags, diags...)
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return 0
}
