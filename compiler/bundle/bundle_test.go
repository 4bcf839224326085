package bundle

import (
	"bytes"
	"errors"
	"testing"
	"testing/fstest"
	"time"

	"github.com/hyperflask/hfc/compiler/bytecode"
)

func testProgram() *bytecode.Program {
	code := []uint32{bytecode.Make(bytecode.LOAD_CONST, 0), bytecode.Make(bytecode.RETURN_VALUE, 0)}
	return &bytecode.Program{File: "app/x.py", Body: &bytecode.Code{Kind: bytecode.KindModule, Name: "<module>",
		File: "app/x.py", Consts: []bytecode.Const{nil}, Code: code, Positions: []bytecode.Span{{Line: 1}, {Line: 1}},
		MaxStack: 1, FirstLine: 1}}
}

func writeTest(t *testing.T) []byte {
	t.Helper()
	w := NewWriter(Manifest{Root: "proj", HFC: "hfc test"})
	w.SetLayout("app", "public")
	mod := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	w.AddFile("app/pages/index.jpy", []byte("hello"), mod)
	w.AddFile("public/css/site.css", []byte("body{}"), mod)
	w.AddFile("config.yml", []byte("a: 1\n"), mod)
	w.AddData("assets.json", []byte(`{"files":{}}`))
	w.PutProgram("py-1", testProgram())
	w.PutTemplate("tmpl-1", &bytecode.Template{Name: "pages/index.jpy", File: "app/pages/index.jpy", Root: testProgram().Body})
	var buf bytes.Buffer
	if _, err := w.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestRoundTrip writes a bundle and reads it back: manifest, files, code.
func TestRoundTrip(t *testing.T) {
	data := writeTest(t)
	b, err := Read("t.hfb", data)
	if err != nil {
		t.Fatal(err)
	}
	m := b.Manifest
	if m.Root != "proj" || m.Package != "app" || m.Static != "public" || m.Bytecode != bytecode.Version || m.InstructionSet != InstructionSet() {
		t.Errorf("manifest %+v", m)
	}
	if p, ok := b.Program("py-1"); !ok || p.File != "app/x.py" {
		t.Errorf("program: %v %v", p, ok)
	}
	if tm, ok := b.Template("tmpl-1"); !ok || tm.Name != "pages/index.jpy" {
		t.Errorf("template: %v %v", tm, ok)
	}
	if d, ok := b.Data("assets.json"); !ok || string(d) != `{"files":{}}` {
		t.Errorf("data: %q %v", d, ok)
	}
	if _, ok := b.Program("py-2"); ok {
		t.Errorf("a missing key is found")
	}
	if err := fstest.TestFS(b.Files, "app/pages/index.jpy", "public/css/site.css", "config.yml"); err != nil {
		t.Error(err)
	}
	again := writeTest(t)
	if !bytes.Equal(data, again) {
		t.Errorf("writing the same bundle twice gives different bytes")
	}
}

// TestRefused: damaged and foreign inputs are errors, never panics.
func TestRefused(t *testing.T) {
	data := writeTest(t)
	for name, in := range map[string][]byte{
		"empty":     nil,
		"text":      []byte("hello"),
		"truncated": data[:len(data)/2],
	} {
		if _, err := Read(name, in); err == nil {
			t.Errorf("%s: read without error", name)
		} else if !errors.Is(err, ErrForeign) && name != "truncated" {
			t.Errorf("%s: %v; want ErrForeign", name, err)
		}
	}
}

// FuzzRead: any input reads as a bundle or fails, without panicking.
func FuzzRead(f *testing.F) {
	f.Add([]byte("PK\x03\x04"))
	w := NewWriter(Manifest{})
	w.AddFile("a.txt", []byte("a"), time.Time{})
	w.PutProgram("k", testProgram())
	var buf bytes.Buffer
	if _, err := w.WriteTo(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = Read("fuzz.hfb", data)
	})
}
