package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hyperflask/hfc/internal/pgtest"
)

// TestMain runs the hfc command instead of the tests when HFC_TEST_MAIN=1
// (tests run the test binary as hfc), and removes the hfc binary that the
// tests built (hfcBinary) and stops the PostgreSQL server they started
// (internal/pgtest) when they are done.
func TestMain(m *testing.M) {
	if os.Getenv("HFC_TEST_MAIN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	code := m.Run()
	pgtest.Stop()
	if hfcBin != "" {
		os.RemoveAll(filepath.Dir(hfcBin))
	}
	os.Exit(code)
}
