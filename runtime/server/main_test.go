package server

import (
	"os"
	"testing"

	"github.com/hyperflask/hfc/internal/pgtest"
)

// TestMain stops the PostgreSQL server that the tests started
// (internal/pgtest) when they are done.
func TestMain(m *testing.M) {
	code := m.Run()
	pgtest.Stop()
	os.Exit(code)
}
