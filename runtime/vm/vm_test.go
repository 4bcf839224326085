package vm_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/hyperflask/hfc/compiler/pycompile"
	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

// compile compiles a snippet as module "snippet".
func compile(t testing.TB, src string) *vm.Module {
	t.Helper()
	l := loader.New()
	prog, diags := l.CompileSource("snippet.py", src, pycompile.Options{})
	if prog == nil {
		t.Fatalf("compile: %v", diags)
	}
	return vm.NewModule("snippet", prog)
}

func run(t testing.TB, th *vm.Thread, src string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	th.Stdout = &out
	_, err := th.RunModule(compile(t, src))
	return out.String(), err
}

func TestRecursionLimit(t *testing.T) {
	th := vm.NewThread(context.Background())
	th.MaxDepth = 50
	_, err := run(t, th, "def f(n):\n    return f(n + 1)\nf(0)\n")
	var exc *vm.Exception
	if !errors.As(err, &exc) || !exc.Matches(vm.RecursionErrorClass) {
		t.Fatalf("want RecursionError, got %v", err)
	}
	// The thread is usable afterwards.
	out, err := run(t, th, "print('ok')\n")
	if err != nil || out != "ok\n" {
		t.Fatalf("after RecursionError: %q %v", out, err)
	}
}

func TestStepLimit(t *testing.T) {
	th := vm.NewThread(context.Background())
	th.MaxSteps = 100000
	_, err := run(t, th, "while True:\n    pass\n")
	var exc *vm.Exception
	if !errors.As(err, &exc) {
		t.Fatalf("want an exception, got %v", err)
	}
	if _, ok := exc.Payload.(*vm.StepLimitError); !ok {
		t.Fatalf("want a step limit payload, got %v (%T)", exc, exc.Payload)
	}
}

func TestCancellation(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	th := vm.NewThread(ctx)
	go func() {
		time.Sleep(20 * time.Millisecond)
		cancel()
	}()
	start := time.Now()
	_, err := run(t, th, "def spin():\n    while True:\n        spin2()\ndef spin2():\n    pass\nspin()\n")
	var exc *vm.Exception
	if !errors.As(err, &exc) || !strings.Contains(exc.Error(), "context canceled") {
		t.Fatalf("want cancellation, got %v", err)
	}
	if time.Since(start) > 5*time.Second {
		t.Fatalf("cancellation took %v", time.Since(start))
	}
}

func TestMemoryGuard(t *testing.T) {
	th := vm.NewThread(context.Background())
	for _, src := range []string{
		"x = 'x' * 10**12\n",
		"x = [0] * 10**12\n",
		"x = 2 ** (10**12)\n",
		"x = 1 << (10**12)\n",
	} {
		_, err := run(t, th, src)
		var exc *vm.Exception
		if !errors.As(err, &exc) || !(exc.Matches(vm.MemoryErrorClass) || exc.Matches(vm.OverflowErrorClass)) {
			t.Errorf("%s: want MemoryError, got %v", strings.TrimSpace(src), err)
		}
	}
}

// recorder is a debug hook that records line events and, at one line,
// the call stack and the locals.
type recorder struct {
	lines  []int
	atLine int
	stack  []string
	locals map[string]string
}

func (r *recorder) Event(th *vm.Thread, fr *vm.Frame, ev vm.Event, arg vm.Value) error {
	if ev != vm.EventLine {
		return nil
	}
	line, _, _, _ := fr.Position()
	r.lines = append(r.lines, line)
	if line == r.atLine && r.stack == nil {
		for f := fr; f != nil; f = f.Back {
			l, _, _, _ := f.Position()
			r.stack = append(r.stack, f.Code.Name+":"+itoa(l))
		}
		r.locals = map[string]string{}
		for name, v := range fr.LocalsByName() {
			s, _ := th.Repr(v)
			r.locals[name] = s
		}
	}
	return nil
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for n >= 10 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	i--
	b[i] = byte('0' + n)
	return string(b[i:])
}

func TestDebugHook(t *testing.T) {
	src := `def add(a, b):
    total = a + b
    return total

x = 1
for i in range(2):
    x = add(x, i)
print(x)
`
	th := vm.NewThread(context.Background())
	rec := &recorder{atLine: 3}
	th.SetHook(rec)
	out, err := run(t, th, src)
	if err != nil || out != "2\n" {
		t.Fatalf("run: %q %v", out, err)
	}
	got := fmtInts(rec.lines)
	want := "1 5 6 7 2 3 6 7 2 3 6 8"
	if got != want {
		t.Errorf("line events %s, want %s", got, want)
	}
	if strings.Join(rec.stack, " ") != "add:3 <module>:7" {
		t.Errorf("stack %v", rec.stack)
	}
	if rec.locals["a"] != "1" || rec.locals["b"] != "0" || rec.locals["total"] != "1" {
		t.Errorf("locals %v", rec.locals)
	}
	th.SetHook(nil)
	if out, err := run(t, th, "print(3)\n"); err != nil || out != "3\n" {
		t.Fatalf("without hook: %q %v", out, err)
	}
}

func fmtInts(xs []int) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = itoa(x)
	}
	return strings.Join(parts, " ")
}

// TestPauseResume blocks the thread in the hook (as a paused debugger does)
// and resumes it from another goroutine.
func TestPauseResume(t *testing.T) {
	th := vm.NewThread(context.Background())
	paused := make(chan int, 1)
	resume := make(chan struct{})
	th.SetHook(hookFunc(func(th *vm.Thread, fr *vm.Frame, ev vm.Event, arg vm.Value) error {
		if line, _, _, _ := fr.Position(); ev == vm.EventLine && line == 2 {
			paused <- line
			<-resume
		}
		return nil
	}))
	done := make(chan string)
	go func() {
		out, _ := run(t, th, "x = 1\nx += 1\nprint(x)\n")
		done <- out
	}()
	if line := <-paused; line != 2 {
		t.Fatalf("paused at %d", line)
	}
	select {
	case <-done:
		t.Fatal("ran past the pause")
	case <-time.After(10 * time.Millisecond):
	}
	close(resume)
	if out := <-done; out != "2\n" {
		t.Fatalf("output %q", out)
	}
}

type hookFunc func(th *vm.Thread, fr *vm.Frame, ev vm.Event, arg vm.Value) error

func (f hookFunc) Event(th *vm.Thread, fr *vm.Frame, ev vm.Event, arg vm.Value) error {
	return f(th, fr, ev, arg)
}

func BenchmarkFibNoHook(b *testing.B) {
	m := compile(b, "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n")
	th := vm.NewThread(context.Background())
	if _, err := th.RunModule(m); err != nil {
		b.Fatal(err)
	}
	fib, _ := m.Global("fib")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := th.Call(fib, vm.MakeInt(20)); err != nil {
			b.Fatal(err)
		}
	}
}
