package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hyperflask/hfc/lsp"
)

// docsDir is the documentation folder.
var docsDir = filepath.Join("..", "..", "docs")

// TestEditorsDoc checks that every code sample of docs/editors.md is a
// file of docs/editors/ (which the other tests load) or the build command
// the end-to-end tests run. The VS Code section's samples are the
// extension's, checked by vscode-extension/test/unit/manifest.test.ts.
func TestEditorsDoc(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(docsDir, "editors.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	if start := strings.Index(doc, "\n## VS Code"); start >= 0 {
		end := strings.Index(doc[start+1:], "\n## ")
		if end < 0 {
			end = len(doc) - start - 1
		}
		doc = doc[:start] + doc[start+1+end:]
	}
	block := regexp.MustCompile("(?s)(?:<!-- file: ([^ ]+) -->\n)?```[a-z]*\n(.*?)```")
	n := 0
	for _, m := range block.FindAllStringSubmatch(doc, -1) {
		file, body := m[1], m[2]
		if file == "" {
			if strings.TrimSpace(body) != "go build -o ~/.local/bin/hfls ./cmd/hfls" {
				t.Errorf("a code sample of editors.md is not a file of docs/editors/:\n%s", body)
			}
			continue
		}
		want, err := os.ReadFile(filepath.Join(docsDir, file))
		if err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		if string(want) != body {
			t.Errorf("the sample of %s in editors.md differs from the file", file)
		}
		n++
	}
	if n != 5 {
		t.Errorf("%d file samples in editors.md, want 5", n)
	}
}

// TestSettingsSamples checks the settings of the Zed and Helix samples
// against the server's settings.
func TestSettingsSamples(t *testing.T) {
	known := map[string]bool{}
	tags, _ := json.Marshal(lsp.Settings{})
	var m map[string]any
	_ = json.Unmarshal(tags, &m)
	for k := range m {
		known[k] = true
	}
	checkKeys := func(where string, settings map[string]any) {
		for k := range settings {
			if !known[k] {
				t.Errorf("%s: hfls has no setting %q (it has %v)", where, k, known)
			}
		}
	}

	var zed struct {
		LSP map[string]struct {
			Binary   struct{ Path string }
			Settings struct {
				HFLS map[string]any `json:"hfls"`
			}
		} `json:"lsp"`
	}
	readJSON(t, "editors/zed-settings.json", &zed)
	if z := zed.LSP["hfls"]; z.Binary.Path != "hfls" {
		t.Errorf("zed-settings.json: binary %q", z.Binary.Path)
	}
	checkKeys("zed-settings.json", zed.LSP["hfls"].Settings.HFLS)

	// Helix's TOML, read with Python's tomllib (CPython 3.11).
	py := "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		t.Skip("/usr/bin/python3 is needed to read the Helix sample")
	}
	out, err := exec.Command(py, "-c", `import json, sys, tomllib
d = tomllib.load(open(sys.argv[1], "rb"))
print(json.dumps(d))`, filepath.Join(docsDir, "editors", "helix-languages.toml")).Output()
	if err != nil {
		t.Fatalf("helix-languages.toml: %v", err)
	}
	var helix struct {
		Servers map[string]struct {
			Command string
			Config  struct {
				HFLS map[string]any `json:"hfls"`
			}
		} `json:"language-server"`
		Language []struct {
			Name      string
			FileTypes []string `json:"file-types"`
			Servers   []string `json:"language-servers"`
		} `json:"language"`
	}
	if err := json.Unmarshal(out, &helix); err != nil {
		t.Fatal(err)
	}
	if helix.Servers["hfls"].Command != "hfls" {
		t.Errorf("helix: hfls's command is %q", helix.Servers["hfls"].Command)
	}
	checkKeys("helix-languages.toml", helix.Servers["hfls"].Config.HFLS)
	found := false
	for _, l := range helix.Language {
		if contains(l.FileTypes, "jpy") && contains(l.Servers, "hfls") {
			found = true
		}
	}
	if !found {
		t.Error("helix: no language of .jpy files uses hfls")
	}
}

func readJSON(t *testing.T, name string, v any) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(docsDir, name))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

// TestLspconfigSample runs the nvim-lspconfig sample in Neovim with a
// stand-in lspconfig that records the registration (the plugin itself is
// not installed).
func TestLspconfigSample(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Skip("nvim is not installed (apt install neovim; .ci/run installs it)")
	}
	sample, _ := filepath.Abs(filepath.Join(docsDir, "editors", "lspconfig.lua"))
	stub := filepath.Join(t.TempDir(), "stub.lua")
	err = os.WriteFile(stub, []byte(`
local configs = {}
local setup = nil
package.loaded["lspconfig.configs"] = configs
package.loaded["lspconfig"] = setmetatable({
  util = { root_pattern = function(...) return { ... } end },
}, { __index = function(_, name)
  return { setup = function(opts) setup = name end }
end })
vim.filetype = vim.filetype or {}
local added = nil
vim.filetype.add = function(spec) added = spec end
dofile(os.getenv("SAMPLE"))
local c = configs.hfls and configs.hfls.default_config or {}
io.stdout:write(vim.fn.json_encode({
  cmd = c.cmd, filetypes = c.filetypes, root = c.root_dir, setup = setup,
  jpy = added and added.extension and added.extension.jpy,
}) .. "\n")
vim.cmd("qa!")
`), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "--clean", "-n", "-c", "luafile "+stub)
	cmd.Env = append(os.Environ(), "SAMPLE="+sample)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("nvim: %v\n%s", err, stderr.String())
	}
	var got struct {
		Cmd       []string
		Filetypes []string
		Root      []string
		Setup     string
		Jpy       string
	}
	if err := json.Unmarshal(lastLine(stdout.Bytes()), &got); err != nil {
		t.Fatalf("%q: %v", stdout.String(), err)
	}
	if len(got.Cmd) != 1 || got.Cmd[0] != "hfls" || !contains(got.Filetypes, "jinjapy") || got.Setup != "hfls" ||
		got.Jpy != "jinjapy" || len(got.Root) != 1 || got.Root[0] != "config.yml" {
		t.Errorf("the lspconfig sample registered %+v", got)
	}
}
