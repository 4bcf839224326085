package bundle

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/hyperflask/hfc/compiler/bytecode"
)

// Writer collects an app's files and compiled code and writes the bundle.
// It is the code cache of the loaders while the app compiles (it records
// what they compile and never answers a lookup), and safe for concurrent
// use.
type Writer struct {
	m Manifest

	mu        sync.Mutex
	files     map[string]file
	data      map[string][]byte
	programs  map[string]*bytecode.Program
	templates map[string]*bytecode.Template
}

type file struct {
	data    []byte
	modTime time.Time
}

// NewWriter returns a Writer for a bundle described by m (its Files and
// Code are filled when the bundle is written).
func NewWriter(m Manifest) *Writer {
	m.Format, m.FormatVersion = Format, FormatVersion
	m.Bytecode, m.InstructionSet = bytecode.Version, InstructionSet()
	return &Writer{m: m, files: map[string]file{}, data: map[string][]byte{}, programs: map[string]*bytecode.Program{}, templates: map[string]*bytecode.Template{}}
}

// SetLayout records where the app lives in the project: pkg is "app" for
// <project>/app ("" for the project root), static the folder of the
// static files.
func (w *Writer) SetLayout(pkg, static string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.m.Package, w.m.Static = pkg, static
}

// AddFile adds a project file (a slash path relative to the project root).
func (w *Writer) AddFile(name string, data []byte, modTime time.Time) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.files[name] = file{data, modTime}
}

// AddData adds something built for the app (its assets …) under a name.
func (w *Writer) AddData(name string, data []byte) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.data[name] = data
}

// Program implements the loaders' cache: a writer answers no lookup.
func (w *Writer) Program(key string) (*bytecode.Program, bool) { return nil, false }

// PutProgram records a compiled program.
func (w *Writer) PutProgram(key string, p *bytecode.Program) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.programs[key] = p
}

// Template implements the environments' cache: a writer answers no lookup.
func (w *Writer) Template(key string) (*bytecode.Template, bool) { return nil, false }

// PutTemplate records a compiled template.
func (w *Writer) PutTemplate(key string, t *bytecode.Template) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.templates[key] = t
}

// WriteTo writes the bundle: the manifest, the files, the code, each in a
// stable order.
func (w *Writer) WriteTo(out io.Writer) (int64, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	cw := &countWriter{w: out}
	zw := zip.NewWriter(cw)
	m := w.m
	m.Files = sortedKeys(w.files)
	m.Data = sortedKeys(w.data)
	m.Code = map[string]string{}
	code := map[string][]byte{}
	for _, k := range sortedKeys(w.programs) {
		var b bytes.Buffer
		if err := bytecode.NewEncoder(&b).Program(w.programs[k]); err != nil {
			return cw.n, fmt.Errorf("bundle: %s: %w", k, err)
		}
		name := codePrefix + k + ".py.hfbc"
		m.Code[k], code[name] = name, b.Bytes()
	}
	for _, k := range sortedKeys(w.templates) {
		var b bytes.Buffer
		if err := bytecode.NewEncoder(&b).Template(w.templates[k]); err != nil {
			return cw.n, fmt.Errorf("bundle: %s: %w", k, err)
		}
		name := codePrefix + k + ".tmpl.hfbc"
		m.Code[k], code[name] = name, b.Bytes()
	}
	manifest, err := json.MarshalIndent(&m, "", "  ")
	if err != nil {
		return cw.n, err
	}
	if err := writeEntry(zw, ManifestName, manifest, time.Time{}); err != nil {
		return cw.n, err
	}
	for _, name := range m.Files {
		f := w.files[name]
		if err := writeEntry(zw, filesPrefix+name, f.data, f.modTime); err != nil {
			return cw.n, err
		}
	}
	for _, name := range m.Data {
		if err := writeEntry(zw, dataPrefix+name, w.data[name], time.Time{}); err != nil {
			return cw.n, err
		}
	}
	for _, name := range sortedKeys(code) {
		if err := writeEntry(zw, name, code[name], time.Time{}); err != nil {
			return cw.n, err
		}
	}
	err = zw.Close()
	return cw.n, err
}

func writeEntry(zw *zip.Writer, name string, data []byte, modTime time.Time) error {
	h := &zip.FileHeader{Name: name, Method: zip.Deflate}
	if !modTime.IsZero() {
		h.Modified = modTime
	}
	f, err := zw.CreateHeader(h)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	return err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// validName reports whether a project file's name can be stored.
func validName(name string) bool {
	return name != "" && !strings.HasPrefix(name, "/") && path.Clean(name) == name && !strings.HasPrefix(name, "../") && name != ".."
}
