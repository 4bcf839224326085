package dap

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// nodeModules is where .ci/run installs the node packages the tests use:
// $HFC_NODE_MODULES, else ~/.cache/hfc/node/node_modules.
func nodeModules() string {
	if d := os.Getenv("HFC_NODE_MODULES"); d != "" {
		return d
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, ".cache", "hfc", "node", "node_modules")
}

// TestDebugClient runs testdata/debugclient.js: VS Code's DebugClient
// (npm @vscode/debugadapter-testsupport) drives a built hfls dap against
// the todo app served on loopback.
func TestDebugClient(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed (CI installs it)")
	}
	modules := nodeModules()
	if _, err := os.Stat(filepath.Join(modules, "@vscode", "debugadapter-testsupport")); err != nil {
		t.Skipf("@vscode/debugadapter-testsupport is not in %s; .ci/run installs it (npm install --prefix %s @vscode/debugadapter-testsupport)", modules, filepath.Dir(modules))
	}
	hfls := filepath.Join(t.TempDir(), "hfls")
	build := exec.Command("go", "build", "-o", hfls, "../cmd/hfls")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	app, err := filepath.Abs(todoApp)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "testdata/debugclient.js", hfls, app)
	cmd.Env = append(os.Environ(), "NODE_PATH="+modules)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("debugclient.js: %v\n%s", err, out)
	}
	t.Logf("%s", out)
}
