// Package loader compiles and runs Python modules for the VM: the app's own
// .py files (found under search roots, packages by their __init__.py) and
// the modules implemented in Go. It is the vm.Importer of `hfc run` and of
// the server.
package loader

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/hyperflask/hfc/compiler/bundle"
	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/compiler/pycompile"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/runtime/vm"
)

// GoModule builds a module implemented in Go.
type GoModule func() *vm.Module

var (
	goModulesMu sync.Mutex
	goModules   = map[string]GoModule{}
)

// RegisterGoModule makes a Go module importable by name. Packages of the
// standard library call it from init.
func RegisterGoModule(name string, build GoModule) {
	goModulesMu.Lock()
	defer goModulesMu.Unlock()
	goModules[name] = build
}

// Loader finds, compiles and runs modules, once each.
type Loader struct {
	// Roots are the folders searched for NAME.py and NAME/__init__.py, in
	// order (for `hfc run`, the script's folder).
	Roots []string
	// FS reads source files (os.DirFS-like); nil reads the OS file system.
	FS fs.FS
	// Dir is the folder that FS's paths are shown under in errors and
	// tracebacks ("" shows them as they are).
	Dir string
	// Cache holds compiled programs (a bundle's, or one being written):
	// CompileSource looks a program up by its key before compiling it, and
	// records what it compiles.
	Cache Cache

	mu      sync.Mutex
	modules map[string]*vm.Module
	sources map[string]*source.File // by path, for tracebacks
}

// Cache is a store of compiled programs by key (compiler/bundle).
type Cache interface {
	Program(key string) (*bytecode.Program, bool)
	PutProgram(key string, p *bytecode.Program)
}

// ProgramKey is the cache key of a program compiled from the source text
// of a file with the given options.
func ProgramKey(path, text string, opts pycompile.Options) string {
	return bundle.Key("py", path, text, strings.Join(opts.Injected, ","), strings.Join(opts.ModuleGlobals, ","))
}

// New returns a Loader searching roots.
func New(roots ...string) *Loader {
	return &Loader{Roots: roots, modules: map[string]*vm.Module{}, sources: map[string]*source.File{}}
}

// Import implements vm.Importer.
func (l *Loader) Import(th *vm.Thread, name string) (*vm.Module, error) {
	l.mu.Lock()
	if m, ok := l.modules[name]; ok {
		l.mu.Unlock()
		return m, nil
	}
	goModulesMu.Lock()
	build, isGo := goModules[name]
	goModulesMu.Unlock()
	if isGo {
		m := build()
		l.modules[name] = m
		l.mu.Unlock()
		return m, nil
	}
	l.mu.Unlock()

	path, isPkg, ok := l.find(name)
	if !ok {
		if dir, ok := l.findDir(name); ok {
			// A folder without __init__.py is a namespace package (PEP 420).
			m := vm.NewGoModule(name, map[string]vm.Value{"__path__": vm.NewList([]vm.Value{vm.Str(l.shown(dir))}), "__package__": vm.Str(name)})
			l.mu.Lock()
			l.modules[name] = m
			l.mu.Unlock()
			return m, nil
		}
		return nil, th.Raise(vm.ModuleNotFoundErrorClass, "No module named '%s'", name)
	}
	prog, err := l.compileFile(th, path)
	if err != nil {
		return nil, err
	}
	m := vm.NewModule(name, prog)
	pkg := name
	if !isPkg {
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			pkg = name[:i]
		} else {
			pkg = ""
		}
	}
	m.SetGlobal("__package__", vm.Str(pkg))
	// The module is visible while its body runs, so that a circular
	// import gets the partly initialised module, as in CPython.
	l.mu.Lock()
	l.modules[name] = m
	l.mu.Unlock()
	_, err = th.RunModule(m)
	l.mu.Lock()
	if err != nil {
		delete(l.modules, name)
	}
	l.mu.Unlock()
	if err != nil {
		return nil, err
	}
	return m, nil
}

// SetModule makes name import m from this loader (before the Go modules
// registered for all loaders): an app's own objects, such as the database
// of hyperflask.factory.
func (l *Loader) SetModule(name string, m *vm.Module) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.modules[name] = m
}

// Loaded returns the modules imported so far, by name (Python's
// sys.modules).
func (l *Loader) Loaded() map[string]*vm.Module {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make(map[string]*vm.Module, len(l.modules))
	for k, v := range l.modules {
		out[k] = v
	}
	return out
}

// find locates the source of a dotted module name.
func (l *Loader) find(name string) (path string, isPkg bool, ok bool) {
	rel := filepath.FromSlash(strings.ReplaceAll(name, ".", "/"))
	for _, root := range l.Roots {
		p := filepath.Join(root, rel+".py")
		if l.isFile(p) {
			return p, false, true
		}
		p = filepath.Join(root, rel, "__init__.py")
		if l.isFile(p) {
			return p, true, true
		}
	}
	return "", false, false
}

// findDir locates the folder of a namespace package.
func (l *Loader) findDir(name string) (string, bool) {
	rel := filepath.FromSlash(strings.ReplaceAll(name, ".", "/"))
	for _, root := range l.Roots {
		p := filepath.Join(root, rel)
		var fi fs.FileInfo
		var err error
		if l.FS != nil {
			fi, err = fs.Stat(l.FS, filepath.ToSlash(p))
		} else {
			fi, err = os.Stat(p)
		}
		if err == nil && fi.IsDir() {
			return p, true
		}
	}
	return "", false
}

func (l *Loader) isFile(p string) bool {
	var fi fs.FileInfo
	var err error
	if l.FS != nil {
		fi, err = fs.Stat(l.FS, filepath.ToSlash(p))
	} else {
		fi, err = os.Stat(p)
	}
	return err == nil && !fi.IsDir()
}

// shown returns the path of a file as errors show it.
func (l *Loader) shown(p string) string {
	if l.Dir == "" || l.FS == nil {
		return p
	}
	return filepath.Join(l.Dir, p)
}

func (l *Loader) readFile(p string) ([]byte, error) {
	if l.FS != nil {
		return fs.ReadFile(l.FS, filepath.ToSlash(p))
	}
	return os.ReadFile(p)
}

// compileFile reads, parses and compiles a .py file; errors become
// SyntaxError (or ImportError when the file cannot be read).
func (l *Loader) compileFile(th *vm.Thread, path string) (*vm.Program, error) {
	data, err := l.readFile(path)
	if err != nil {
		return nil, th.Raise(vm.ImportErrorClass, "cannot read %s: %v", l.shown(path), err)
	}
	prog, diags := l.CompileSource(l.shown(path), string(data), pycompile.Options{})
	if prog == nil {
		return nil, SyntaxError(th, diags)
	}
	return prog, nil
}

// CompileSource parses and compiles Python source text into a loaded
// program; it returns nil and the diagnostics when compilation is blocked.
// A program the Cache holds is loaded from it instead (its diagnostics,
// warnings only, are not kept).
func (l *Loader) CompileSource(path, text string, opts pycompile.Options) (*vm.Program, diag.List) {
	f := source.NewFile(path, text)
	l.mu.Lock()
	l.sources[path] = f
	l.mu.Unlock()
	var key string
	if l.Cache != nil {
		key = ProgramKey(path, text, opts)
		if p, ok := l.Cache.Program(key); ok {
			if prog, err := vm.LoadProgram(p); err == nil {
				return prog, nil
			}
		}
	}
	mod, diags := python.Parse(f, 0, len(text), python.ModeModule)
	if diags.HasErrors() {
		return nil, diags
	}
	res := pycompile.CompileModule(f, mod, opts)
	diags = append(diags, res.Diags...)
	if res.Program == nil {
		return nil, diags
	}
	prog, err := vm.LoadProgram(res.Program)
	if err != nil {
		b := diag.Builder{File: path}
		b.Add(diag.Unsupported, f.Span(0, 0), "%v", err)
		return nil, append(diags, b.Diags...)
	}
	if l.Cache != nil {
		l.Cache.PutProgram(key, res.Program)
	}
	return prog, diags
}

// SyntaxError turns the first blocking diagnostic into a Python SyntaxError
// whose message names the file and line, as CPython's str(SyntaxError); the
// class is CPython's for that error (IndentationError, TabError).
func SyntaxError(th *vm.Thread, diags diag.List) error {
	for _, d := range diags {
		if pycompile.Blocking(d) {
			cls := vm.SyntaxErrorClass
			switch python.ErrorClass(d) {
			case "IndentationError":
				cls = vm.IndentationErrorClass
			case "TabError":
				cls = vm.TabErrorClass
			}
			return th.Raise(cls, "%s (%s, line %d)", d.Message, filepath.Base(d.File), d.Range.Start.Line)
		}
	}
	return th.Raise(vm.SyntaxErrorClass, "invalid syntax")
}

// Source returns a file the loader compiled (nil if none).
func (l *Loader) Source(path string) *source.File {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.sources[path]
}

// Line returns the text of a line of a file the loader compiled, for
// tracebacks.
func (l *Loader) Line(path string, line int) string {
	if f := l.Source(path); f != nil {
		return f.LineText(line)
	}
	return ""
}

// ErrBlocked is returned by RunFile when the program does not compile.
var ErrBlocked = errors.New("compilation failed")

// RunFile compiles and runs a script as the module __main__. It returns the
// diagnostics (for a script that does not compile, with ErrBlocked) or the
// Python exception that ended it.
func (l *Loader) RunFile(th *vm.Thread, path string) (diag.List, error) {
	data, err := l.readFile(path)
	if err != nil {
		return nil, err
	}
	prog, diags := l.CompileSource(path, string(data), pycompile.Options{})
	if prog == nil {
		return diags, ErrBlocked
	}
	th.Importer = l
	m := vm.NewModule("__main__", prog)
	_, err = th.RunModule(m)
	return diags, err
}

// GoModuleNames returns the names of the modules implemented in Go, sorted
// (for editors: completion of imports, missing imports).
func GoModuleNames() []string {
	goModulesMu.Lock()
	defer goModulesMu.Unlock()
	names := make([]string, 0, len(goModules))
	for n := range goModules {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// GoModuleMembers returns the global names of the Go module name, as Names
// orders them; false when no Go module has that name.
func GoModuleMembers(name string) ([]string, bool) {
	goModulesMu.Lock()
	build, ok := goModules[name]
	goModulesMu.Unlock()
	if !ok {
		return nil, false
	}
	return build().Names(), true
}
