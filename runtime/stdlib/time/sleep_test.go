package time

import (
	"context"
	"errors"
	"testing"
	gotime "time"

	"github.com/hyperflask/hfc/runtime/vm"
)

// TestSleepHonoursContext checks that time.sleep stops when the thread's
// context is cancelled, with the VM's StepLimitError payload.
func TestSleepHonoursContext(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*gotime.Millisecond)
	defer cancel()
	th := vm.NewThread(ctx)
	start := gotime.Now()
	_, err := sleep(th, []vm.Value{vm.Float(10)}, nil)
	if elapsed := gotime.Since(start); elapsed > 2*gotime.Second {
		t.Fatalf("sleep ran %v after cancellation", elapsed)
	}
	var exc *vm.Exception
	if !errors.As(err, &exc) || !exc.Matches(vm.RuntimeErrorClass) {
		t.Fatalf("sleep returned %v, want RuntimeError", err)
	}
	if _, ok := exc.Payload.(*vm.StepLimitError); !ok {
		t.Fatalf("payload %T, want *vm.StepLimitError", exc.Payload)
	}
	if _, err := sleep(vm.NewThread(context.Background()), []vm.Value{vm.MakeInt(0)}, nil); err != nil {
		t.Fatalf("sleep(0): %v", err)
	}
}
