// Package pgtest runs a throwaway PostgreSQL server on loopback for the
// tests that need one (the data layer's PostgreSQL driver, several hfc
// serve instances on one database). The server is Debian's postgresql
// (initdb and postgres from PATH or /usr/lib/postgresql/N/bin), started
// once per test binary in a temporary folder, as the postgres user (or
// nobody) when the tests run as root, since PostgreSQL refuses to run as
// root. Each test gets a database of its own.
//
// Tests are skipped, with a message that says how to install it, only
// when PostgreSQL is not installed; .ci/run installs it.
package pgtest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// server is the running PostgreSQL.
type server struct {
	dir  string // the temporary folder (data, log)
	port int
	cmd  *exec.Cmd
	done chan struct{} // closed when postgres exits
	stop chan struct{} // closed by Stop
}

var (
	mu      sync.Mutex
	running *server
	failed  error
	dbCount int
)

// errNotInstalled marks the absence of the PostgreSQL binaries.
var errNotInstalled = errors.New("PostgreSQL is not installed (initdb and postgres are neither on PATH nor in /usr/lib/postgresql/*/bin); install Debian's postgresql package (apt-get install postgresql), as .ci/run does")

// binDir returns the folder of initdb and postgres: PATH's, else the
// newest /usr/lib/postgresql/N/bin.
func binDir() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			p = real
		}
		if _, err := os.Stat(filepath.Join(filepath.Dir(p), "postgres")); err == nil {
			return filepath.Dir(p), nil
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, nil
		}
	}
	return "", errNotInstalled
}

func version(dir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(dir)))
	return n
}

// credential is who runs PostgreSQL: nil (the current user) unless the
// tests run as root.
func credential() (*syscall.Credential, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	for _, name := range []string{"postgres", "nobody"} {
		u, err := user.Lookup(name)
		if err != nil {
			continue
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
	}
	return nil, errors.New("the tests run as root, which PostgreSQL refuses, and there is no postgres or nobody user to run it as")
}

// URI creates an empty database for the test on the shared server
// (started on first use) and returns its postgresql:// URI. It skips the
// test when PostgreSQL is not installed.
func URI(t testing.TB) string {
	t.Helper()
	mu.Lock()
	defer mu.Unlock()
	if running == nil && failed == nil {
		running, failed = start()
	}
	if errors.Is(failed, errNotInstalled) {
		t.Skip(failed)
	}
	if failed != nil {
		t.Fatalf("cannot start PostgreSQL: %v", failed)
	}
	dbCount++
	name := fmt.Sprintf("t%d_%s", dbCount, sanitize.ReplaceAllString(strings.ToLower(t.Name()), "_"))
	if len(name) > 60 {
		name = name[:60]
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c, err := pgx.Connect(ctx, running.uri("postgres"))
	if err != nil {
		t.Fatalf("cannot connect to the test PostgreSQL: %v", err)
	}
	defer c.Close(context.Background())
	if _, err := c.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("CREATE DATABASE %s: %v", name, err)
	}
	return running.uri(name)
}

var sanitize = regexp.MustCompile(`[^a-z0-9]+`)

func (s *server) uri(db string) string {
	return fmt.Sprintf("postgresql://hfc@127.0.0.1:%d/%s?sslmode=disable", s.port, db)
}

// start initializes a cluster in a temporary folder and starts postgres
// on a free loopback port, its unix sockets off.
func start() (*server, error) {
	bin, err := binDir()
	if err != nil {
		return nil, err
	}
	cred, err := credential()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "hfc-pgtest-")
	if err != nil {
		return nil, err
	}
	if cred != nil {
		if err := os.Chown(dir, int(cred.Uid), int(cred.Gid)); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
	}
	data := filepath.Join(dir, "data")
	initdb := exec.Command(filepath.Join(bin, "initdb"), "-D", data, "-U", "hfc", "--auth=trust",
		"-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
	initdb.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	initdb.Dir = dir
	if out, err := initdb.CombinedOutput(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("initdb: %v\n%s", err, out)
	}
	port, err := freePort()
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	s := &server{dir: dir, port: port, done: make(chan struct{}), stop: make(chan struct{})}
	logf, err := os.Create(filepath.Join(dir, "postgres.log"))
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	s.cmd = exec.Command(filepath.Join(bin, "postgres"), "-D", data, "-h", "127.0.0.1", "-p", strconv.Itoa(port),
		"-k", "", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
		"-c", "max_connections=200", "-c", "shared_buffers=32MB")
	s.cmd.Dir = dir
	s.cmd.Stdout, s.cmd.Stderr = logf, logf
	// postgres dies with the test binary: the parent-death signal goes
	// when the thread that started it ends, so that thread stays locked
	// to the goroutine that waits for the server.
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred, Pdeathsig: syscall.SIGQUIT}
	started := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		defer logf.Close()
		if err := s.cmd.Start(); err != nil {
			started <- err
			close(s.done)
			return
		}
		started <- nil
		_ = s.cmd.Wait()
		close(s.done)
		<-s.stop
	}()
	if err := <-started; err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("postgres: %v", err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		c, err := pgx.Connect(ctx, s.uri("postgres"))
		cancel()
		if err == nil {
			c.Close(context.Background())
			return s, nil
		}
		select {
		case <-s.done:
			log, _ := os.ReadFile(filepath.Join(dir, "postgres.log"))
			close(s.stop)
			os.RemoveAll(dir)
			return nil, fmt.Errorf("postgres exited: %v\n%s", s.cmd.ProcessState, log)
		default:
		}
		if time.Now().After(deadline) {
			log, _ := os.ReadFile(filepath.Join(dir, "postgres.log"))
			s.halt()
			return nil, fmt.Errorf("postgres does not accept connections after 60 s: %v\n%s", err, log)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// freePort returns a loopback TCP port that nothing listens on.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// halt stops postgres (fast shutdown: connections are closed) and
// removes its folder.
func (s *server) halt() {
	_ = s.cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-s.done:
	case <-time.After(20 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.done
	}
	close(s.stop)
	os.RemoveAll(s.dir)
}

// Stop stops the server if a test started one; call it from TestMain
// after m.Run.
func Stop() {
	mu.Lock()
	defer mu.Unlock()
	if running != nil {
		running.halt()
		running = nil
	}
}
