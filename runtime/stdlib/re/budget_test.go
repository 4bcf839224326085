package re

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

// catastrophic backtracks exponentially: CPython would run for ages.
const catastrophic = "import re\nre.match(r'(a+)+b', 'a' * 40)\n"

func runSource(t *testing.T, th *vm.Thread, src string) error {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "main.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	diags, err := loader.New(dir).RunFile(th, path)
	if errors.Is(err, loader.ErrBlocked) {
		t.Fatalf("does not compile: %v", diags)
	}
	return err
}

// stopped checks that err is the RuntimeError that stops a thread.
func stopped(t *testing.T, err error) {
	t.Helper()
	var e *vm.Exception
	if !errors.As(err, &e) || !e.Matches(vm.RuntimeErrorClass) {
		t.Fatalf("got %v, want the thread's step-limit RuntimeError", err)
	}
	if _, ok := e.Payload.(*vm.StepLimitError); !ok {
		t.Fatalf("got %v without a StepLimitError payload", err)
	}
}

func TestStepLimitStopsMatch(t *testing.T) {
	th := vm.NewThread(context.Background())
	th.MaxSteps = 1 << 20
	start := time.Now()
	stopped(t, runSource(t, th, catastrophic))
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("stopping took %v", d)
	}
	if th.Steps() < 1<<20 {
		t.Errorf("the match charged %d steps, want more than the limit", th.Steps())
	}
}

func TestCancelStopsMatch(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	th := vm.NewThread(ctx)
	start := time.Now()
	stopped(t, runSource(t, th, catastrophic))
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("stopping took %v", d)
	}
}

func TestStepsCharged(t *testing.T) {
	th := vm.NewThread(context.Background())
	if err := runSource(t, th, "import re\nre.findall(r'\\w+', 'ab ' * 100000)\n"); err != nil {
		t.Fatal(err)
	}
	if th.Steps() < 100000 {
		t.Errorf("findall over 300000 characters charged %d steps", th.Steps())
	}
}

// TestConcurrentThreads runs the module on several threads at once: the
// cache of compiled patterns and the module's classes are shared.
func TestConcurrentThreads(t *testing.T) {
	src := "import re\nfor i in range(200):\n    p = re.compile('(a+)(b)?%d' % (i % 7))\n    assert re.findall(p, 'aab3 a5 ab6') is not None\n    re.sub('a', lambda m: 'x', 'banana')\n"
	dir := t.TempDir()
	path := filepath.Join(dir, "main.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 4)
	for i := 0; i < 4; i++ {
		go func() {
			_, err := loader.New(dir).RunFile(vm.NewThread(context.Background()), path)
			done <- err
		}()
	}
	for i := 0; i < 4; i++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
