package diag

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/internal/golden"
)

// TestDiagnosticsDoc keeps docs/diagnostics.md equal to the code registry
// (go test ./grammar/diag -update rewrites it).
func TestDiagnosticsDoc(t *testing.T) {
	var b strings.Builder
	b.WriteString("# Diagnostic codes\n\n")
	b.WriteString("Generated from `grammar/diag` by `go test ./grammar/diag -update`; do not edit by hand.\n\n")
	b.WriteString("Every diagnostic of `hfc check`, the language server and the compiler has one of these codes. The first\n")
	b.WriteString("letter is the severity (E error, W warning, I information); the first digit is the phase: 1 files and\n")
	b.WriteString("frontmatter, 2 Python syntax, 3 template syntax, 4 Python names and the supported subset, 5 template\n")
	b.WriteString("semantics, 6 app layout and routing, 7 assets. Codes are never reused.\n\n")
	phases := map[byte]string{'1': "Files and frontmatter", '2': "Python syntax", '3': "Template syntax", '4': "Python names and the supported subset", '5': "Template semantics", '6': "App layout and routing", '7': "Assets"}
	var phase byte
	for _, c := range All() {
		if c.Code[1] != phase {
			phase = c.Code[1]
			fmt.Fprintf(&b, "\n## %s\n\n| code | severity | meaning |\n|---|---|---|\n", phases[phase])
		}
		fmt.Fprintf(&b, "| %s | %s | %s |\n", c.Code, c.Severity, strings.ReplaceAll(c.Summary, "|", "\\|"))
	}
	golden.Check(t, "../../docs/diagnostics.md", []byte(b.String()))
}
