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
