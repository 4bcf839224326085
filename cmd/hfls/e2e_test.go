package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// End-to-end tests: real editors' LSP clients drive the hfls binary on
// the example app (examples/blog), edit a page and check diagnostics,
// completion, hover and definition. CI (.ci/run) installs the clients:
// Debian's Neovim and npm's vscode-languageserver-protocol in
// $HFC_NODE_MODULES (default ~/.cache/hfc/node/node_modules).

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// hflsBinary builds hfls once per test run.
func hflsBinary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "hfls-e2e")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "hfls")
		// The build command of docs/editors.md, from the repository root.
		cmd := exec.Command("go", "build", "-o", binPath, "./cmd/hfls")
		cmd.Dir = filepath.Join("..", "..")
		out, err := cmd.CombinedOutput()
		if err != nil {
			binErr = &buildError{out: string(out), err: err}
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

type buildError struct {
	out string
	err error
}

func (e *buildError) Error() string { return "go build: " + e.err.Error() + "\n" + e.out }

// exampleApp copies examples/blog into a temporary folder (editors may
// write swap or backup files next to what they open).
func exampleApp(t *testing.T) string {
	t.Helper()
	src := filepath.Join("..", "..", "examples", "blog")
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// e2eResult is what a client script reports.
type e2eResult struct {
	Diagnostics []struct {
		Line, Col     int
		Code, Message string
	}
	Completion []string
	Hover      string
	Definition *struct {
		URI   string `json:"uri"`
		Range struct {
			Start struct{ Line, Character int }
		} `json:"range"`
	}
	ExitCode *int
}

// checkResult checks the answers of a client on the example's index page
// after "{{ postz }}" was added.
func checkResult(t *testing.T, r e2eResult) {
	t.Helper()
	found := false
	for _, d := range r.Diagnostics {
		if d.Code == "W5008" && strings.Contains(d.Message, "'postz'") {
			found = true
		}
	}
	if !found {
		t.Errorf("no W5008 diagnostic for postz: %+v", r.Diagnostics)
	}
	if !contains(r.Completion, "posts") {
		t.Errorf("completion of {{ pos has no posts: %v", r.Completion)
	}
	if !strings.Contains(r.Hover, "page.posts: list[dict]") {
		t.Errorf("hover of posts: %q", r.Hover)
	}
	if r.Definition == nil || !strings.HasSuffix(r.Definition.URI, "/app/pages/index.jpy") || r.Definition.Range.Start.Line != 3 {
		t.Errorf("definition of posts: %+v, want index.jpy line 4 (page.posts = POSTS)", r.Definition)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestNeovim drives hfls from headless Neovim 0.7, configured by
// docs/editors/nvim.lua.
func TestNeovim(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Skip("nvim is not installed (apt install neovim; .ci/run installs it)")
	}
	bin := hflsBinary(t)
	app := exampleApp(t)
	config, _ := filepath.Abs(filepath.Join("..", "..", "docs", "editors", "nvim.lua"))
	script, _ := filepath.Abs(filepath.Join("testdata", "nvim.lua"))
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "--clean", "-n", "-c", "luafile "+config, "-c", "luafile "+script)
	cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(bin)+string(os.PathListSeparator)+os.Getenv("PATH"), "APP="+app)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("nvim: %v\nstdout: %s\nstderr: %s", err, stdout.String(), stderr.String())
	}
	var r e2eResult
	if err := json.Unmarshal(lastLine(stdout.Bytes()), &r); err != nil {
		t.Fatalf("nvim output %q: %v\nstderr: %s", stdout.String(), err, stderr.String())
	}
	checkResult(t, r)
}

// TestNodeClient drives hfls with vscode-languageserver-protocol's node
// client.
func TestNodeClient(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed (.ci/run installs it)")
	}
	modules := os.Getenv("HFC_NODE_MODULES")
	if modules == "" {
		home, _ := os.UserHomeDir()
		modules = filepath.Join(home, ".cache", "hfc", "node", "node_modules")
	}
	if _, err := os.Stat(filepath.Join(modules, "vscode-languageserver-protocol")); err != nil {
		t.Skipf("vscode-languageserver-protocol is not installed in %s (.ci/run installs it; set HFC_NODE_MODULES)", modules)
	}
	bin := hflsBinary(t)
	app := exampleApp(t)
	script, _ := filepath.Abs(filepath.Join("testdata", "client.js"))
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, script)
	cmd.Env = append(os.Environ(), "HFLS="+bin, "APP="+app, "NODE_PATH="+modules)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("node: %v\nstdout: %s\nstderr: %s", err, stdout.String(), stderr.String())
	}
	var r e2eResult
	if err := json.Unmarshal(lastLine(stdout.Bytes()), &r); err != nil {
		t.Fatalf("node output %q: %v", stdout.String(), err)
	}
	checkResult(t, r)
	if r.ExitCode == nil || *r.ExitCode != 0 {
		t.Errorf("hfls exited with %v after shutdown and exit, want 0", r.ExitCode)
	}
}

func lastLine(b []byte) []byte {
	lines := bytes.Split(bytes.TrimSpace(b), []byte("\n"))
	return lines[len(lines)-1]
}

// TestEglot drives hfls from Eglot in Emacs, configured by
// docs/editors/eglot.el.
func TestEglot(t *testing.T) {
	emacs, err := exec.LookPath("emacs")
	if err != nil {
		t.Skip("emacs is not installed (apt install emacs-nox elpa-eglot; .ci/run installs them)")
	}
	bin := hflsBinary(t)
	app := exampleApp(t)
	config, _ := filepath.Abs(filepath.Join("..", "..", "docs", "editors", "eglot.el"))
	script, _ := filepath.Abs(filepath.Join("testdata", "eglot-test.el"))
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, emacs, "--batch", "-Q", "-L", "/usr/share/emacs/site-lisp/elpa/eglot-1.9", "-l", script)
	cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(bin)+string(os.PathListSeparator)+os.Getenv("PATH"), "APP="+app, "EGLOT_CONFIG="+config, "HOME="+t.TempDir())
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("emacs: %v\nstdout: %s\nstderr: %s", err, stdout.String(), stderr.String())
	}
	var r e2eResult
	if err := json.Unmarshal(lastLine(stdout.Bytes()), &r); err != nil {
		t.Fatalf("emacs output %q: %v\nstderr: %s", stdout.String(), err, stderr.String())
	}
	checkResult(t, r)
}
