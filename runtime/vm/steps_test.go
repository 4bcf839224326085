package vm_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/hyperflask/hfc/runtime/vm"
)

// TestStepLimitInBuiltins checks that iteration driven by builtins, which
// runs no bytecode, is bounded by the step budget too.
func TestStepLimitInBuiltins(t *testing.T) {
	for _, src := range []string{
		"sum(range(10**15))\n",
		"max(x for x in range(10**15))\n",
		"any(False for _ in range(10**15))\n",
		// The filter of a comprehension jumps back to its loop.
		"c = [1]\n[v for v in c if c.append(1)]\n",
		// ... also when the filter is a comparison the VM runs with its
		// jump as one step.
		"[v for v in range(10**15) if v < 0]\n",
		// A loop that catches the budget's RuntimeError meets it again
		// at its next backward jump.
		"while True:\n    try:\n        while True:\n            pass\n    except Exception:\n        pass\n",
	} {
		th := vm.NewThread(context.Background())
		th.MaxSteps = 100000
		start := time.Now()
		_, err := run(t, th, src)
		var exc *vm.Exception
		if !errors.As(err, &exc) {
			t.Fatalf("%q: want an exception, got %v", src, err)
		}
		if _, ok := exc.Payload.(*vm.StepLimitError); !ok {
			t.Fatalf("%q: want a step limit payload, got %v", src, exc)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%q: stopping took %v", src, d)
		}
	}
}
