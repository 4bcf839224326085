// Package docsite serves a folder of Markdown documents as a web site:
// `hfc serve docs` (docs/adr/0012-docs-site.md says why this is a mode of
// the command rather than an app). The documents are GitHub-flavoured
// Markdown, written to be read in the repository as well: every FILE.md is
// a page at /FILE (README.md at the folder's URL, / for the top one), the
// relative links between documents are rewritten to those URLs, and the
// home page lists every document after the top README's text, so that a
// document nobody linked yet is still reachable.
package docsite

import (
	"bytes"
	"fmt"
	"html"
	"io/fs"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
)

// IsDocs reports whether dir looks like a documentation folder rather than
// an app: it holds no pages/, no app/ and no config.yml, and holds at least
// one .md file.
func IsDocs(dir string) bool {
	for _, name := range []string{"pages", "app", "config.yml"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			return false
		}
	}
	mds, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	return len(mds) > 0
}

// Page is one document of the site.
type Page struct {
	// File is the document's path in the folder, "/"-separated
	// ("adr/0001-x.md").
	File string
	// URL is where the site serves it ("/adr/0001-x", "/" for README.md).
	URL   string
	Title string
}

// URLOf returns the URL of the document at the "/"-separated path file.
func URLOf(file string) string {
	dir, base := path.Split(file)
	if base == "README.md" {
		return "/" + dir
	}
	return "/" + strings.TrimSuffix(file, ".md")
}

// Site serves the documents of a folder. The folder is read on every
// request, so edits show at the next reload.
type Site struct {
	dir string
	md  goldmark.Markdown
	mu  sync.Mutex
}

// New returns the site of the documents of dir.
func New(dir string) (*Site, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("%s is not a folder", dir)
	}
	return &Site{dir: dir, md: newMarkdown()}, nil
}

func newMarkdown() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extension.GFM),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
		goldmark.WithRendererOptions(gmhtml.WithUnsafe()),
	)
}

// Pages returns every document of the site, sorted by file.
func (s *Site) Pages() ([]Page, error) {
	var out []Page
	err := filepath.WalkDir(s.dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.HasPrefix(d.Name(), ".") && p != s.dir {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !strings.HasSuffix(p, ".md") {
			return nil
		}
		rel, _ := filepath.Rel(s.dir, p)
		rel = filepath.ToSlash(rel)
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out = append(out, Page{File: rel, URL: URLOf(rel), Title: Title(src, rel)})
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].File < out[j].File })
	return out, err
}

// Title returns the text of a document's first level-1 heading, else its
// file name.
func Title(src []byte, file string) string {
	doc := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser().Parse(text.NewReader(src))
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && h.Level == 1 {
			return plainText(h, src)
		}
	}
	return strings.TrimSuffix(path.Base(file), ".md")
}

func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(src))
			if t.SoftLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		case *ast.CodeSpan:
			for k := t.FirstChild(); k != nil; k = k.NextSibling() {
				if tx, ok := k.(*ast.Text); ok {
					b.Write(tx.Segment.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// Render converts the document file (its "/"-separated path in the
// folder) to HTML: relative links to other documents are rewritten to the
// site's URLs, and a link to a file outside the folder (../conformance/…)
// becomes its text, since the site cannot serve it.
func (s *Site) Render(file string, src []byte) (string, error) {
	doc := s.md.Parser().Parse(text.NewReader(src))
	var outside []*ast.Link
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if l, ok := n.(*ast.Link); ok && entering {
			dest := string(l.Destination)
			if LeavesFolder(file, dest) {
				outside = append(outside, l)
			} else {
				l.Destination = []byte(RewriteLink(dest))
			}
		}
		return ast.WalkContinue, nil
	})
	for _, l := range outside {
		parent := l.Parent()
		for c := l.FirstChild(); c != nil; {
			next := c.NextSibling()
			parent.InsertBefore(parent, l, c)
			c = next
		}
		parent.RemoveChild(parent, l)
	}
	var b bytes.Buffer
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.md.Renderer().Render(&b, src, doc); err != nil {
		return "", err
	}
	return b.String(), nil
}

// LeavesFolder reports whether the relative link dest of the document file
// points outside the site's folder.
func LeavesFolder(file, dest string) bool {
	if dest == "" || strings.Contains(dest, "://") || strings.HasPrefix(dest, "/") || strings.HasPrefix(dest, "#") ||
		strings.HasPrefix(dest, "mailto:") {
		return false
	}
	target, _, _ := strings.Cut(dest, "#")
	p := path.Clean(path.Join(path.Dir(file), target))
	return p == ".." || strings.HasPrefix(p, "../")
}

// RewriteLink turns a relative link to a document (x.md, ../x.md#part,
// adr/README.md) into the site's URL for it, relative the same way; other
// links are returned as they are.
func RewriteLink(dest string) string {
	if dest == "" || strings.Contains(dest, "://") || strings.HasPrefix(dest, "/") ||
		strings.HasPrefix(dest, "#") || strings.HasPrefix(dest, "mailto:") {
		return dest
	}
	target, frag, _ := strings.Cut(dest, "#")
	if !strings.HasSuffix(target, ".md") {
		return dest
	}
	dir, base := path.Split(target)
	if base == "README.md" {
		target = dir
		if target == "" {
			target = "./"
		}
	} else {
		target = strings.TrimSuffix(target, ".md")
	}
	if frag != "" {
		target += "#" + frag
	}
	return target
}

// ServeHTTP serves the document at the request's URL, the home page at /
// (the top README's text and the list of every document), other files of
// the folder as they are, and redirects /x.md to /x.
func (s *Site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "405 Method Not Allowed", http.StatusMethodNotAllowed)
		return
	}
	p := path.Clean("/" + r.URL.Path)
	if strings.Contains(p, "/.") {
		http.NotFound(w, r)
		return
	}
	if strings.HasSuffix(p, ".md") {
		http.Redirect(w, r, URLOf(strings.TrimPrefix(p, "/")), http.StatusMovedPermanently)
		return
	}
	pages, err := s.Pages()
	if err != nil {
		http.Error(w, "500 Internal Server Error: "+err.Error(), http.StatusInternalServerError)
		return
	}
	want := r.URL.Path
	for _, pg := range pages {
		if pg.URL == want {
			s.servePage(w, pg, pages)
			return
		}
	}
	if want == "/" {
		s.servePage(w, Page{File: "", URL: "/", Title: "Documentation"}, pages)
		return
	}
	full := filepath.Join(s.dir, filepath.FromSlash(strings.TrimPrefix(p, "/")))
	if fi, err := os.Stat(full); err == nil && !fi.IsDir() {
		http.ServeFile(w, r, full)
		return
	}
	if fi, err := os.Stat(full); err == nil && fi.IsDir() {
		if !strings.HasSuffix(want, "/") {
			http.Redirect(w, r, want+"/", http.StatusMovedPermanently)
			return
		}
		// A folder without a README.md: the list of its documents.
		prefix := strings.TrimPrefix(want, "/")
		var inside []Page
		for _, pg := range pages {
			if strings.HasPrefix(pg.File, prefix) {
				inside = append(inside, pg)
			}
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		title := strings.TrimSuffix(prefix, "/") + "/"
		s.writeLayout(w, title, "<h1>"+html.EscapeString(title)+"</h1>\n"+allPages(inside), pages)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	s.writeLayout(w, "Not found", "<h1>Not found</h1>\n<p>No document is at "+html.EscapeString(want)+".</p>\n", pages)
}

func (s *Site) servePage(w http.ResponseWriter, pg Page, pages []Page) {
	var body string
	if pg.File != "" {
		src, err := os.ReadFile(filepath.Join(s.dir, filepath.FromSlash(pg.File)))
		if err != nil {
			http.Error(w, "500 Internal Server Error: "+err.Error(), http.StatusInternalServerError)
			return
		}
		if body, err = s.Render(pg.File, src); err != nil {
			http.Error(w, "500 Internal Server Error: "+err.Error(), http.StatusInternalServerError)
			return
		}
	}
	if pg.URL == "/" {
		body += allPages(pages)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	s.writeLayout(w, pg.Title, body, pages)
}

// allPages is the home page's list of every document, by folder.
func allPages(pages []Page) string {
	var b strings.Builder
	b.WriteString("<h2 id=\"all-pages\">All pages</h2>\n")
	dir := "\x00"
	for _, pg := range pages {
		d := path.Dir(pg.File)
		if d != dir {
			if dir != "\x00" {
				b.WriteString("</ul>\n")
			}
			if d != "." {
				fmt.Fprintf(&b, "<h3>%s/</h3>\n", html.EscapeString(d))
			}
			b.WriteString("<ul>\n")
			dir = d
		}
		fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a> <small>%s</small></li>\n", html.EscapeString(pg.URL), html.EscapeString(pg.Title), html.EscapeString(pg.File))
	}
	if dir != "\x00" {
		b.WriteString("</ul>\n")
	}
	return b.String()
}

// Nav returns the documents of the top folder in the order the top
// README.md links to them, then the others by file name: the site's
// navigation.
func (s *Site) Nav(pages []Page) []Page {
	rank := map[string]int{}
	if src, err := os.ReadFile(filepath.Join(s.dir, "README.md")); err == nil {
		doc := s.md.Parser().Parse(text.NewReader(src))
		_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if l, ok := n.(*ast.Link); ok && entering {
				target, _, _ := strings.Cut(string(l.Destination), "#")
				if _, seen := rank[target]; !seen && strings.HasSuffix(target, ".md") {
					rank[target] = len(rank)
				}
			}
			return ast.WalkContinue, nil
		})
	}
	var out []Page
	for _, pg := range pages {
		if !strings.Contains(pg.File, "/") && pg.File != "README.md" {
			out = append(out, pg)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		ri, iok := rank[out[i].File]
		rj, jok := rank[out[j].File]
		if iok != jok {
			return iok
		}
		return iok && ri < rj
	})
	return out
}

func (s *Site) writeLayout(w http.ResponseWriter, title, body string, pages []Page) {
	var nav strings.Builder
	for _, pg := range s.Nav(pages) {
		fmt.Fprintf(&nav, "<li><a href=\"%s\">%s</a></li>\n", html.EscapeString(pg.URL), html.EscapeString(pg.Title))
	}
	fmt.Fprintf(w, layout, html.EscapeString(title), nav.String(), body)
}

const layout = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s · hfc</title>
<style>
body { margin: 0; font: 16px/1.55 system-ui, sans-serif; color: #1d1d1f; display: flex; }
nav { width: 15rem; flex: none; padding: 1rem; background: #f5f5f7; min-height: 100vh; box-sizing: border-box; font-size: 14px; }
nav ul { list-style: none; padding: 0; margin: 0; } nav li { margin: .25rem 0; }
nav a { color: #1d1d1f; text-decoration: none; } nav a:hover { text-decoration: underline; }
main { max-width: 52rem; padding: 1rem 2rem 4rem; min-width: 0; }
pre { background: #f5f5f7; padding: .75rem; overflow-x: auto; border-radius: 4px; }
code { font: 13px/1.45 ui-monospace, monospace; }
table { border-collapse: collapse; } th, td { border: 1px solid #d2d2d7; padding: .3rem .5rem; vertical-align: top; }
a { color: #0b57d0; } small { color: #6e6e73; }
</style>
</head>
<body>
<nav><a href="/"><strong>hfc documentation</strong></a>
<ul>
%s</ul></nav>
<main>
%s</main>
</body>
</html>
`
