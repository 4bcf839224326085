package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"zombiezen.com/go/sqlite"
	"zombiezen.com/go/sqlite/sqlitex"

	"github.com/hyperflask/hfc/internal/golden"
)

// TestDBCommand runs hfc db status, migrate (twice, then with a failing
// migration) and init on an app with a migrations folder and on one with
// models only, then create-all and init-migrations (the files they write
// follow); the transcript is testdata/db.golden.
func TestDBCommand(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"migrated/pages/index.jpy":         "ok\n",
		"migrated/migrations/000_init.sql": "CREATE TABLE task (id integer PRIMARY KEY, title text);\nINSERT INTO task (title) VALUES ('semi; colon');\n",
		"migrated/migrations/001_done.sql": "ALTER TABLE task ADD COLUMN done boolean DEFAULT 0;\n",
		"migrated/migrations/notes.txt":    "not a migration\n",
		"models/pages/index.jpy":           "ok\n",
		"models/models.py":                 "from hyperflask.factory import db\n\n\nclass Task(db.Model):\n    title: str\n",
		"models/config.yml":                "sqlorm_uri: sqlite://data/main.db\n",
		"fresh/pages/index.jpy":            "ok\n",
		"fresh/models.py":                  "from hyperflask.factory import db\n\n\nclass Author(db.Model):\n    name: str = db.Column(unique=True)\n\n\nclass Book(db.Model):\n    __table__ = 'books'\n    title: str\n    author_id: int = db.Column(references=Author.id)\n",
		"bad/pages/index.jpy":              "ok\n",
		"bad/config.yml":                   "sqlorm_uri: mysql://x\n",
	})
	var out bytes.Buffer
	step := func(args ...string) {
		var stdout, stderr bytes.Buffer
		code := run(args, &stdout, &stderr)
		fmt.Fprintf(&out, "$ hfc %s\n%s%sexit %d\n\n", strings.Join(args, " "), stdout.String(), stderr.String(), code)
	}
	m, models, bad := filepath.Join(dir, "migrated"), filepath.Join(dir, "models"), filepath.Join(dir, "bad")
	step("db", "status", m)
	step("db", "migrate", m)
	step("db", "migrate", m)
	writeFiles(t, dir, map[string]string{"migrated/migrations/002_bad.sql": "UPDATE task SET done = 1;\nSELEC nothing;\n"})
	step("db", "migrate", m)
	step("db", "status", m)
	step("db", "init", models)
	step("db", "init", models)
	step("db", "status", models)
	step("db", "status", bad)
	step("db", "frobnicate", m)
	fresh := filepath.Join(dir, "fresh")
	step("db", "create-all", fresh)
	step("db", "create-all", fresh)
	step("db", "init-migrations", fresh, "--set-version")
	step("db", "init-migrations", fresh, "Book")
	step("db", "init-migrations", fresh, "--version", "000")
	step("db", "init-migrations", fresh, "Nope")
	step("db", "init-migrations", fresh, "--version", "x1")
	step("db", "create-all", fresh, "Book")
	step("db", "status", fresh)
	for _, f := range []string{"000_initial.sql", "001_create_books.sql"} {
		data, err := os.ReadFile(filepath.Join(fresh, "migrations", f))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&out, "-- migrations/%s\n%s\n", f, data)
	}
	got := strings.ReplaceAll(out.String(), dir, "$TMP")
	got = strings.ReplaceAll(got, "config.yml:0:0: warning[W6013]: no SECRET_KEY is configured: sessions are signed with a random key and do not survive a restart\n", "")
	golden.Check(t, "testdata/db.golden", []byte(got))

	conn, err := sqlite.OpenConn(filepath.Join(m, "database", "app.db"), sqlite.OpenReadOnly)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var done int64 = -1
	if err := sqlitex.ExecuteTransient(conn, "SELECT done FROM task", &sqlitex.ExecOptions{ResultFunc: func(s *sqlite.Stmt) error {
		done = s.ColumnInt64(0)
		return nil
	}}); err != nil {
		t.Fatal(err)
	}
	if done != 0 {
		t.Errorf("the failed migration's UPDATE was kept (done = %d); a migration is one transaction", done)
	}
}

// TestKillDuringWrites starts `hfc serve` in a child process, posts rows
// (each committed by `with db:`), kills the server with SIGKILL in the
// middle of the loop, and checks that every row whose request was answered
// is in the database file.
func TestKillDuringWrites(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a server process")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"models.py": "from hyperflask.factory import db\n\n\nclass Row(db.Model):\n    n: int\n",
		"pages/add.py": "from hyperflask import db, request\nfrom models import Row\n\n\ndef post():\n" +
			"    with db:\n        r = Row.create(n=int(request.form['n']))\n    return str(r.id)\n",
		"config.yml": "secret_key: test\n",
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "serve", "--access-log", "off", "--addr", addr, dir)
	cmd.Env = append(os.Environ(), "HFC_TEST_MAIN=1")
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	}()
	ready := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if strings.Contains(sc.Text(), "on http://") {
				close(ready)
				break
			}
		}
		for sc.Scan() {
		}
	}()
	select {
	case <-ready:
	case <-time.After(20 * time.Second):
		t.Fatal("the server did not start")
	}
	client := &http.Client{Timeout: 5 * time.Second}
	var acked []int
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	results := make(chan int)
	go func() {
		defer close(results)
		for n := 1; ctx.Err() == nil; n++ {
			resp, err := client.PostForm("http://"+addr+"/add", url.Values{"n": {fmt.Sprint(n)}})
			if err != nil {
				return
			}
			resp.Body.Close()
			if resp.StatusCode == 200 {
				results <- n
			}
		}
	}()
	for n := range results {
		acked = append(acked, n)
		if len(acked) == 150 {
			if err := cmd.Process.Kill(); err != nil {
				t.Fatal(err)
			}
		}
	}
	_ = cmd.Wait()
	if len(acked) < 150 {
		t.Fatalf("only %d writes were answered", len(acked))
	}
	conn, err := sqlite.OpenConn(filepath.Join(dir, "database", "app.db"), sqlite.OpenReadWrite)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	stored := map[int64]bool{}
	if err := sqlitex.ExecuteTransient(conn, "SELECT n FROM row", &sqlitex.ExecOptions{ResultFunc: func(s *sqlite.Stmt) error {
		stored[s.ColumnInt64(0)] = true
		return nil
	}}); err != nil {
		t.Fatal(err)
	}
	for _, n := range acked {
		if !stored[int64(n)] {
			t.Errorf("row %d was committed and answered, but is missing after kill -9", n)
		}
	}
	t.Logf("%d rows answered before SIGKILL, %d stored", len(acked), len(stored))
}
