// Package testnpm finds the npm packages that tests of the asset pipeline
// and of the browser need (htmx.org@2, alpinejs, react, react-dom,
// @tailwindcss/cli, playwright-core), installed by .ci/run into one folder
// outside the repository.
package testnpm

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the folder whose node_modules holds the packages:
// $HFC_NPM_DIR, else ~/.cache/hfc-npm.
func Dir() string {
	if d := os.Getenv("HFC_NPM_DIR"); d != "" {
		return d
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, ".cache", "hfc-npm")
}

// Require skips the test unless node_modules of Dir holds every package,
// and returns that node_modules folder.
func Require(t testing.TB, pkgs ...string) string {
	t.Helper()
	nm := filepath.Join(Dir(), "node_modules")
	for _, p := range pkgs {
		if _, err := os.Stat(filepath.Join(nm, filepath.FromSlash(p), "package.json")); err != nil {
			t.Skipf("npm package %s is not installed in %s (.ci/run installs it: npm install --prefix %s %s)", p, nm, Dir(), p)
		}
	}
	return nm
}

// Link makes dir/node_modules a link to the installed packages, after
// Require.
func Link(t testing.TB, dir string, pkgs ...string) {
	t.Helper()
	nm := Require(t, pkgs...)
	if err := os.Symlink(nm, filepath.Join(dir, "node_modules")); err != nil {
		t.Fatal(err)
	}
}
