package debug

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/compiler/pycompile"
	"github.com/hyperflask/hfc/compiler/tmplcompile"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/split"
	"github.com/hyperflask/hfc/grammar/template"
	"github.com/hyperflask/hfc/runtime/app"
	"github.com/hyperflask/hfc/runtime/vm"
)

// lang is the language of a line: the file's Python (a .py file, a .jpy
// page's frontmatter) or its template.
type lang uint8

const (
	langPython lang = iota + 1
	langTemplate
)

func (l lang) String() string {
	if l == langPython {
		return "Python"
	}
	return "template"
}

// fileInfo is what the engine knows of a source file: its regions, and
// once breakpoints are set in it, its executable lines.
type fileInfo struct {
	path string
	file *source.File
	// pyFirst..pyLast are the Python lines (a .py file, a .jpy page's
	// frontmatter), 0 when none; tmplFirst..tmplLast the template's. The
	// offsets are those of the regions.
	pyFirst, pyLast     int
	tmplFirst, tmplLast int
	pyStart, pyEnd      int
	tmplStart           int
	// pyLines and tmplLines are the lines with code, sorted; err says why
	// they are unknown (the file does not compile).
	linesDone          bool
	pyLines, tmplLines []int
	err                error
}

// absPath returns the absolute, symlink-free form of a path, which
// breakpoints and frames use to name files.
func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		p = a
	}
	if r, err := filepath.EvalSymlinks(p); err == nil {
		p = r
	}
	return filepath.Clean(p)
}

// codePath returns the absolute path of a code object's file (cached: the
// same few strings come back on every line event).
func (e *Engine) codePath(file string) string {
	if p, ok := e.paths.Load(file); ok {
		return p.(string)
	}
	p := absPath(file)
	e.paths.Store(file, p)
	return p
}

// frameSource is where a frame is: its file and the language of its line.
type frameSource struct {
	path string
	lang lang
}

// source returns where fr is, or nil for code the user cannot stop in:
// code without a file (the wrapper that applies page.layout), and the
// statement hfc adds after a page's frontmatter, whose line falls in the
// template.
func (e *Engine) source(fr *vm.Frame) *frameSource {
	code := fr.Code
	if code.File == "" {
		return nil
	}
	path := e.codePath(code.File)
	fi := e.fileInfo(path)
	line, _, _, _ := fr.Position()
	if fi == nil {
		if isTemplateKind(code.Kind) {
			return &frameSource{path, langTemplate}
		}
		return &frameSource{path, langPython}
	}
	l := fi.langAt(line)
	if l == langTemplate && !isTemplateKind(code.Kind) && code.Kind != bytecode.KindComprehension && fi.pyLast > 0 {
		return nil
	}
	return &frameSource{path, l}
}

// langAt returns the language of a line of the file.
func (fi *fileInfo) langAt(line int) lang {
	if fi.pyLast > 0 && (line <= fi.pyLast || fi.tmplLast == 0) {
		return langPython
	}
	return langTemplate
}

// fileInfo returns the regions of a file, reading it on first use; nil
// when it cannot be read.
func (e *Engine) fileInfo(path string) *fileInfo {
	if fi, ok := e.files.Load(path); ok {
		return fi.(*fileInfo)
	}
	fi := e.readFile(path)
	if fi == nil {
		return nil
	}
	v, _ := e.files.LoadOrStore(path, fi)
	return v.(*fileInfo)
}

// readFile reads and splits a file as the app does: a .py file is Python;
// a .jpy file, and the pages and components of the app, have a
// frontmatter (Python for .jpy, YAML otherwise) and a template; other
// files (layouts, templates, macros) are templates.
func (e *Engine) readFile(path string) *fileInfo {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	f := source.NewFile(path, string(data))
	fi := &fileInfo{path: path, file: f}
	last := max(f.LineCount(), 1)
	kind := split.KindOf(path)
	if kind == split.KindPython {
		fi.pyFirst, fi.pyLast, fi.pyEnd = 1, last, len(f.Text)
		return fi
	}
	if kind != split.KindJPY && !e.hasFrontmatter(path) {
		fi.tmplFirst, fi.tmplLast = 1, last
		return fi
	}
	res := split.Split(f, split.Options{Python: kind == split.KindJPY})
	if kind == split.KindJPY && res.HasCode() {
		fi.pyStart, fi.pyEnd = res.Frontmatter.Start, res.Frontmatter.End
		fi.pyFirst = int(f.Pos(fi.pyStart).Line)
		fi.pyLast = max(int(f.Pos(max(fi.pyEnd-1, fi.pyStart)).Line), fi.pyFirst)
	}
	if res.Template.End > res.Template.Start || !res.HasFrontmatter {
		fi.tmplStart = res.Template.Start
		fi.tmplFirst = int(f.Pos(fi.tmplStart).Line)
		fi.tmplLast = last
	}
	return fi
}

// hasFrontmatter reports whether the app reads a file with a frontmatter:
// its pages and components (and any file when the app is unknown).
func (e *Engine) hasFrontmatter(path string) bool {
	a := e.currentApp()
	if a == nil || a.Root == "" {
		return true
	}
	rel, err := filepath.Rel(absPath(a.Root), path)
	if err != nil || strings.HasPrefix(rel, "..") {
		return true
	}
	rel = filepath.ToSlash(rel)
	return strings.HasPrefix(rel, "pages/") || strings.HasPrefix(rel, "components/")
}

// lines computes the executable lines of the file by compiling it as the
// app does (with the app's template settings and components).
func (e *Engine) lines(fi *fileInfo) {
	if fi.linesDone {
		return
	}
	fi.linesDone = true
	f := fi.file
	if fi.pyLast > 0 {
		mod, diags := python.Parse(f, fi.pyStart, fi.pyEnd, python.ModeModule)
		if diags.HasErrors() {
			fi.err = firstError(diags)
			return
		}
		res := pycompile.CompileModule(f, mod, pycompile.Options{Injected: app.PageGlobals})
		if res.Program == nil {
			fi.err = firstError(res.Diags)
			return
		}
		fi.pyLines = codeLines(res.Program.Body)
	}
	if fi.tmplLast > 0 {
		var popts template.Options
		copts := tmplcompile.Options{File: fi.path}
		if a := e.currentApp(); a != nil {
			popts = a.Env.ParseOptions()
			if a.Env.Components != nil {
				copts.IsComponent = a.Env.Components.IsComponent
			}
		} else {
			popts.Hyperflask = true
		}
		tree, diags := template.Parse(f, fi.tmplStart, len(f.Text), popts)
		if diags.HasErrors() {
			fi.err = firstError(diags)
			return
		}
		bt, cdiags := tmplcompile.Compile(f, tree, copts)
		if bt == nil {
			fi.err = firstError(cdiags)
			return
		}
		lines := codeLines(bt.Root)
		for _, b := range bt.Blocks {
			lines = append(lines, codeLines(b.Code)...)
		}
		fi.tmplLines = sortedUnique(lines)
	}
}

func firstError(diags diag.List) error {
	for _, d := range diags {
		if d.Severity == diag.Error {
			return fmt.Errorf("the file does not compile: %d:%d: %s", d.Range.Start.Line, d.Range.Start.Col, d.Message)
		}
	}
	return fmt.Errorf("the file does not compile")
}

// codeLines returns the lines of the instructions of code and of the code
// nested in it.
func codeLines(code *bytecode.Code) []int {
	var lines []int
	var walk func(c *bytecode.Code)
	walk = func(c *bytecode.Code) {
		for _, p := range c.Positions {
			if p.Line > 0 {
				lines = append(lines, int(p.Line))
			}
		}
		for _, k := range c.Consts {
			if n, ok := k.(*bytecode.Code); ok {
				walk(n)
			}
		}
	}
	walk(code)
	return sortedUnique(lines)
}

func sortedUnique(xs []int) []int {
	sort.Ints(xs)
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}
