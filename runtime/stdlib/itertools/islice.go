package itertools

import (
	"math"

	"github.com/hyperflask/hfc/runtime/vm"
)

var isliceClass = iterClass("islice", newIslice)

// islice is islice(iterable, stop) and islice(iterable, start, stop[,
// step]); it follows CPython's islice_next, consuming the source no further
// than needed.
type islice struct {
	it   vm.Iterator // nil once exhausted
	next int64       // index of the next item to return
	stop int64       // -1: no stop
	step int64
	cnt  int64 // items consumed from the source
}

func (*islice) Type() *vm.Class { return isliceClass }

// ssize is PyNumber_AsSsize_t with its error cleared: -1 for a value that
// is not an index (as CPython's islice sees it).
func ssize(th *vm.Thread, v vm.Value) int64 {
	switch x := v.(type) {
	case vm.Int:
		return int64(x)
	case vm.Bool:
		if x {
			return 1
		}
		return 0
	case vm.BigInt:
		if x.Big().Sign() > 0 {
			return math.MaxInt64
		}
		return math.MinInt64
	}
	n, err := th.Index(v)
	if err != nil {
		return -1
	}
	return n
}

const (
	stopMsg  = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	indexMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	stepMsg  = "Step for islice() must be a positive integer or None."
)

func newIslice(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.PositionalArgs("islice", args, kwnames, 2, 4); err != nil {
		return nil, err
	}
	start, stop, step := int64(0), int64(-1), int64(1)
	if len(args) == 2 {
		if !vm.Is(args[1], vm.None) {
			if stop = ssize(th, args[1]); stop == -1 {
				return nil, th.ValueError(stopMsg)
			}
		}
	} else {
		if !vm.Is(args[1], vm.None) {
			start = ssize(th, args[1])
		}
		if !vm.Is(args[2], vm.None) {
			if stop = ssize(th, args[2]); stop == -1 {
				return nil, th.ValueError(stopMsg)
			}
		}
	}
	if start < 0 || stop < -1 {
		return nil, th.ValueError(indexMsg)
	}
	if len(args) == 4 && !vm.Is(args[3], vm.None) {
		step = ssize(th, args[3])
	}
	if step < 1 {
		return nil, th.ValueError(stepMsg)
	}
	it, err := th.Iter(args[0])
	if err != nil {
		return nil, err
	}
	return &islice{it: it, next: start, stop: stop, step: step}, nil
}

func (s *islice) Next(th *vm.Thread) (vm.Value, error) {
	if s.it == nil {
		return nil, nil
	}
	for s.cnt < s.next {
		v, err := s.it.Next(th)
		if err != nil {
			return nil, err
		}
		if v == nil {
			s.it = nil
			return nil, nil
		}
		s.cnt++
	}
	if s.stop != -1 && s.cnt >= s.stop {
		s.it = nil
		return nil, nil
	}
	v, err := s.it.Next(th)
	if err != nil {
		return nil, err
	}
	if v == nil {
		s.it = nil
		return nil, nil
	}
	s.cnt++
	old := s.next
	s.next += s.step
	if s.next < old || (s.stop != -1 && s.next > s.stop) {
		s.next = s.stop
	}
	return v, nil
}
