package vm_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/hyperflask/hfc/runtime/vm"
)

// TestHookAttachesMidLoop installs a hook while a loop runs (on quickened
// instructions): the hook takes over at the loop's next iteration and is
// told about every line of its body.
func TestHookAttachesMidLoop(t *testing.T) {
	th := vm.NewThread(context.Background())
	stop := errors.New("hook says stop")
	lines := map[int]int{}
	events := 0
	hook := hookFunc(func(th *vm.Thread, fr *vm.Frame, ev vm.Event, arg vm.Value) error {
		if ev != vm.EventLine {
			return nil
		}
		line, _, _, _ := fr.Position()
		lines[line]++
		if events++; events == 30 {
			return stop
		}
		return nil
	})
	done := make(chan error, 1)
	go func() {
		_, err := run(t, th, "total = 0\nfor i in range(10**12):\n    total += i\n    if total < 0:\n        break\n")
		done <- err
	}()
	time.Sleep(20 * time.Millisecond)
	th.SetHook(hook)
	select {
	case err := <-done:
		// The hook's error ends the run (as a SystemError).
		if err == nil || !strings.Contains(err.Error(), stop.Error()) {
			t.Fatalf("want the hook's error, got %v", err)
		}
	case <-time.After(10 * time.Second):
		th.SetHook(nil)
		t.Fatal("the hook was not called")
	}
	if lines[3] < 9 || lines[4] < 9 || lines[2] < 9 || len(lines) != 3 {
		t.Errorf("line events %v, want lines 2, 3 and 4 about 10 times each", lines)
	}
}
