package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/internal/golden"
	"github.com/hyperflask/hfc/internal/txtar"
)

// TestCheckSemantic runs hfc check on an app whose mistakes need the whole
// app to be seen (undefined template variables, the module-variable
// mistake, unknown components, props and endpoints, missing templates,
// wrong arity, route conflicts): the whole app, then one page of it.
// testdata/check/semantic.golden is the transcript (-update rewrites it).
func TestCheckSemantic(t *testing.T) {
	b, err := os.ReadFile("testdata/check/semantic.txtar")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range txtar.Parse(string(b)).Files {
		path := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(f.Data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out strings.Builder
	for _, args := range [][]string{{"check", dir}, {"check", filepath.Join(dir, "pages", "about.jpy")}} {
		var stdout, stderr bytes.Buffer
		status := run(args, &stdout, &stderr)
		out.WriteString("$ hfc " + strings.Join(args, " ") + "\n" + stdout.String() + stderr.String())
		out.WriteString("exit status " + string(rune('0'+status)) + "\n\n")
	}
	golden.Check(t, "testdata/check/semantic.golden", []byte(strings.ReplaceAll(out.String(), dir, "APP")))
}

// TestCheckSemanticClean checks that the whole-app checks find nothing in
// the example apps and the oracle's page cases (../shared/cases, when
// present): they report only what is certain.
func TestCheckSemanticClean(t *testing.T) {
	dirs, _ := filepath.Glob("../../examples/*")
	if _, err := os.Stat("../../../shared/cases"); err == nil {
		dirs = append(dirs, "../../../shared/cases")
	}
	semantic := map[string]bool{"W5006": true, "E5007": true, "W5008": true, "E5009": true, "W5010": true, "E5011": true}
	for _, dir := range dirs {
		var stdout, stderr bytes.Buffer
		run([]string{"check", "--format", "json", dir}, &stdout, &stderr)
		var diags []struct {
			Code    string `json:"code"`
			File    string `json:"file"`
			Message string `json:"message"`
		}
		if err := json.Unmarshal(stdout.Bytes(), &diags); err != nil {
			t.Fatalf("hfc check %s: %v\n%s", dir, err, stderr.String())
		}
		for _, d := range diags {
			if semantic[d.Code] || strings.HasPrefix(d.Code, "E6") || strings.HasPrefix(d.Code, "W6") {
				t.Errorf("%s: %s %s", d.File, d.Code, d.Message)
			}
		}
	}
}
