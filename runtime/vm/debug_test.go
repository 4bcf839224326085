package vm_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/runtime/vm"
)

// TestDebuggerAccess pauses a function in a hook, as a debugger does: it
// reads the frame's depth, changes a local, runs code on the paused thread
// (a call, one that loops forever, one that panics) and lets it go on.
func TestDebuggerAccess(t *testing.T) {
	src := `def f(a):
    b = a + 1
    return b

def forever():
    while True:
        pass

print(f(1))
`
	th := vm.NewThread(context.Background())
	m := compile(t, src)
	var depth int
	var calls []string
	th.SetHook(hookFunc(func(th *vm.Thread, fr *vm.Frame, ev vm.Event, arg vm.Value) error {
		if line, _, _, _ := fr.Position(); ev != vm.EventLine || fr.Code.Name != "f" || line != 3 {
			return nil
		}
		th.SetHook(nil)
		depth = fr.Depth()
		if !fr.SetLocal("b", vm.MakeInt(41)) || fr.SetLocal("nope", vm.None) {
			t.Error("SetLocal")
		}
		fn, _ := m.Global("f")
		var v vm.Value
		if err := th.Guard(1000, func() error {
			var err error
			v, err = th.CallValue(fn, []vm.Value{vm.MakeInt(10)}, nil)
			return err
		}); err != nil {
			calls = append(calls, "call: "+err.Error())
		} else {
			s, _ := th.Repr(v)
			calls = append(calls, "call: "+s)
		}
		loop, _ := m.Global("forever")
		err := th.Guard(10_000, func() error {
			_, err := th.CallValue(loop, nil, nil)
			return err
		})
		var stop *vm.StepLimitError
		var exc *vm.Exception
		if errors.As(err, &exc) {
			stop, _ = exc.Payload.(*vm.StepLimitError)
		}
		calls = append(calls, "forever stopped: "+map[bool]string{true: "yes", false: "no"}[stop != nil])
		err = th.Guard(1000, func() error { panic("boom") })
		if errors.As(err, &exc) && exc.Matches(vm.SystemErrorClass) {
			calls = append(calls, "panic contained")
		}
		if th.Frame() != fr {
			t.Error("the call stack changed")
		}
		return nil
	}))
	var out []byte
	th.Stdout = writerFunc(func(p []byte) (int, error) { out = append(out, p...); return len(p), nil })
	if _, err := th.RunModule(m); err != nil {
		t.Fatal(err)
	}
	if string(out) != "41\n" {
		t.Errorf("output %q: the changed local is not what f returned", out)
	}
	if depth != 2 {
		t.Errorf("depth %d, want 2", depth)
	}
	want := "call: 11|forever stopped: yes|panic contained"
	if got := strings.Join(calls, "|"); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// TestReportLine: a frame asked to report its line again does at its next
// instruction, even on the same line.
func TestReportLine(t *testing.T) {
	src := "def g():\n    return 1\n\nx = g() + g()\n"
	th := vm.NewThread(context.Background())
	var lines []int
	th.SetHook(hookFunc(func(th *vm.Thread, fr *vm.Frame, ev vm.Event, arg vm.Value) error {
		switch {
		case ev == vm.EventLine && fr.Code.Name == "<module>":
			line, _, _, _ := fr.Position()
			lines = append(lines, line)
		case ev == vm.EventReturn && fr.Code.Name == "g" && fr.Back != nil:
			fr.Back.ReportLine()
		}
		return nil
	}))
	if _, err := run(t, th, src); err != nil {
		t.Fatal(err)
	}
	if got := fmtInts(lines); got != "1 4 4 4" {
		t.Errorf("module line events %s, want 1 4 4 4", got)
	}
}

type writerFunc func(p []byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// TestTraceMidFrame turns tracing on and off while a frame runs (a
// debugger attaching to a running request, then detaching): line events
// start at the next call or loop iteration, stop when it is off, and the
// code computes what it computes untraced.
func TestTraceMidFrame(t *testing.T) {
	src := `total = 0
for i in range(6):
    if i == 2:
        on()
    if i == 4:
        off()
    total += i
print(total)
`
	th := vm.NewThread(context.Background())
	var lines []int
	rec := hookFunc(func(th *vm.Thread, fr *vm.Frame, ev vm.Event, arg vm.Value) error {
		if ev == vm.EventLine {
			line, _, _, _ := fr.Position()
			lines = append(lines, line)
		}
		return nil
	})
	m := compile(t, src)
	m.SetGlobal("on", vm.NewBuiltin("on", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		th.SetHook(rec)
		return vm.None, nil
	}))
	m.SetGlobal("off", vm.NewBuiltin("off", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		th.SetHook(nil)
		return vm.None, nil
	}))
	var out strings.Builder
	th.Stdout = writerFunc(out.Write)
	if _, err := th.RunModule(m); err != nil {
		t.Fatal(err)
	}
	if out.String() != "15\n" {
		t.Errorf("output %q", out.String())
	}
	// Traced from the rest of on()'s line (i == 2) to off()'s (i == 4).
	if got := fmtInts(lines); got != "4 5 7 2 3 5 7 2 3 5 6" {
		t.Errorf("line events %s", got)
	}
}

// TestTracedSameOutput runs code that suspends and unwinds frames
// (generators, exceptions, finally, with, comprehensions, closures) with
// and without a hook: the output is the same.
func TestTracedSameOutput(t *testing.T) {
	src := `def gen(n):
    for i in range(n):
        try:
            if i == 2:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield -i
        finally:
            pass

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return True

def outer():
    k = 10
    def inner(x):
        return x + k
    return [inner(v) for v in gen(4)]

print(outer())
with CM():
    {}["missing"]
n = 0
while n < 3:
    n += 1
print(n, sum(x * x for x in range(5)))
`
	plain, err := run(t, vm.NewThread(context.Background()), src)
	if err != nil {
		t.Fatal(err)
	}
	th := vm.NewThread(context.Background())
	events := 0
	th.SetHook(hookFunc(func(th *vm.Thread, fr *vm.Frame, ev vm.Event, arg vm.Value) error {
		events++
		return nil
	}))
	traced, err := run(t, th, src)
	if err != nil {
		t.Fatal(err)
	}
	if traced != plain || events < 50 {
		t.Errorf("traced output %q (%d events), untraced %q", traced, events, plain)
	}
}
