package bundle

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
)

// Bundle is a bundle read into memory: its manifest, its files as a file
// system, and its decoded code. It is the code cache of the loaders when
// the app is served from it, and read only.
type Bundle struct {
	Manifest Manifest
	// Files holds the project's files, by their paths relative to the
	// project root.
	Files *MemFS

	data      map[string][]byte
	programs  map[string]*bytecode.Program
	templates map[string]*bytecode.Template
}

// Open reads the bundle at path.
func Open(path string) (*Bundle, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Read(path, data)
}

// Read reads a bundle from its bytes; name is its path for messages. Every
// entry is decoded and validated: a bundle that reads is complete.
func Read(name string, data []byte) (*Bundle, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%s: %w (expected a zip archive written by hfc compile: %v)", name, ErrForeign, err)
	}
	entries := map[string]*zip.File{}
	for _, f := range zr.File {
		entries[f.Name] = f
	}
	mf, ok := entries[ManifestName]
	if !ok {
		return nil, fmt.Errorf("%s: %w (the archive has no %s)", name, ErrForeign, ManifestName)
	}
	raw, err := readEntry(mf)
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %w", name, ManifestName, err)
	}
	b := &Bundle{Files: newMemFS(), data: map[string][]byte{}, programs: map[string]*bytecode.Program{}, templates: map[string]*bytecode.Template{}}
	if err := json.Unmarshal(raw, &b.Manifest); err != nil {
		return nil, fmt.Errorf("%s: %w (%s does not parse: %v)", name, ErrForeign, ManifestName, err)
	}
	if err := b.Manifest.check(name); err != nil {
		return nil, err
	}
	for _, fname := range b.Manifest.Files {
		f, ok := entries[filesPrefix+fname]
		if !ok || !validName(fname) {
			return nil, fmt.Errorf("%s: the file %q that the manifest lists is missing or misnamed; the bundle is damaged", name, fname)
		}
		data, err := readEntry(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", name, fname, err)
		}
		b.Files.add(fname, data, f.Modified)
	}
	for _, dname := range b.Manifest.Data {
		f, ok := entries[dataPrefix+dname]
		if !ok {
			return nil, fmt.Errorf("%s: the data %q that the manifest lists is missing; the bundle is damaged", name, dname)
		}
		data, err := readEntry(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", name, dname, err)
		}
		b.data[dname] = data
	}
	for key, entry := range b.Manifest.Code {
		f, ok := entries[entry]
		if !ok {
			return nil, fmt.Errorf("%s: the code entry %q is missing; the bundle is damaged", name, entry)
		}
		data, err := readEntry(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", name, entry, err)
		}
		dec := bytecode.NewDecoder(bytes.NewReader(data))
		switch {
		case strings.HasSuffix(entry, ".py.hfbc"):
			p, err := dec.Program()
			if err != nil {
				return nil, fmt.Errorf("%s: %s: %w", name, entry, err)
			}
			b.programs[key] = p
		case strings.HasSuffix(entry, ".tmpl.hfbc"):
			t, err := dec.Template()
			if err != nil {
				return nil, fmt.Errorf("%s: %s: %w", name, entry, err)
			}
			b.templates[key] = t
		default:
			return nil, fmt.Errorf("%s: the code entry %q is neither a program nor a template", name, entry)
		}
	}
	return b, nil
}

func readEntry(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// Data returns what the bundle holds under a name (see Writer.AddData).
func (b *Bundle) Data(name string) ([]byte, bool) {
	d, ok := b.data[name]
	return d, ok
}

// Program returns the compiled program of a key.
func (b *Bundle) Program(key string) (*bytecode.Program, bool) {
	p, ok := b.programs[key]
	return p, ok
}

// PutProgram implements the loaders' cache: a bundle is read only.
func (b *Bundle) PutProgram(string, *bytecode.Program) {}

// Template returns the compiled template of a key.
func (b *Bundle) Template(key string) (*bytecode.Template, bool) {
	t, ok := b.templates[key]
	return t, ok
}

// PutTemplate implements the environments' cache: a bundle is read only.
func (b *Bundle) PutTemplate(string, *bytecode.Template) {}
