package pycompile

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/internal/golden"
)

func compileFile(t testing.TB, path string) (*Result, *source.File) {
	t.Helper()
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f := source.NewFile(filepath.Base(path), string(text))
	mod, diags := python.Parse(f, 0, len(text), python.ModeModule)
	if diags.HasErrors() {
		t.Fatalf("parse errors: %v", diags)
	}
	return CompileModule(f, mod, Options{Injected: []string{"page", "request"}}), f
}

// TestDisasm compiles every testdata/disasm/*.py and compares the listing
// (and the diagnostics) with its golden file; -update rewrites them.
func TestDisasm(t *testing.T) {
	files, _ := filepath.Glob("testdata/disasm/*.py")
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			res, _ := compileFile(t, path)
			var b bytes.Buffer
			for _, d := range res.Diags {
				b.WriteString(d.Error() + "\n")
			}
			if res.Program != nil {
				bytecode.Disassemble(&b, res.Program)
				// The serialised form round-trips.
				var enc bytes.Buffer
				if err := bytecode.NewEncoder(&enc).Program(res.Program); err != nil {
					t.Fatal(err)
				}
				back, err := bytecode.NewDecoder(&enc).Program()
				if err != nil {
					t.Fatalf("decode: %v", err)
				}
				var b2 bytes.Buffer
				bytecode.Disassemble(&b2, back)
				var b1 bytes.Buffer
				bytecode.Disassemble(&b1, res.Program)
				if b1.String() != b2.String() {
					t.Errorf("serialised program differs after a round trip:\n%s", golden.Diff(b1.String(), b2.String()))
				}
			}
			golden.Check(t, strings.TrimSuffix(path, ".py")+".disasm", b.Bytes())
		})
	}
}

// TestStaleBytecode checks that another version is refused with a message
// that says what to do.
func TestStaleBytecode(t *testing.T) {
	var enc bytes.Buffer
	e := bytecode.NewEncoder(&enc)
	e.Header()
	e.Flush()
	data := enc.Bytes()
	data[len(bytecode.Magic)]++ // the version varint
	_, err := bytecode.NewDecoder(bytes.NewReader(data)).Program()
	if err == nil || !strings.Contains(err.Error(), "compile the app again") {
		t.Fatalf("stale bytecode accepted or unclear: %v", err)
	}
}
