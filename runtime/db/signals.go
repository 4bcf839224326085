package db

import (
	"sync"

	"github.com/hyperflask/hfc/runtime/vm"
)

// Signal is one of sqlorm's model signals (a blinker NamedSignal):
// receivers connect to it, for every sender or for one model class, and
// the model API sends it around its queries and writes. A receiver
// returning False cancels the operation; another true value replaces its
// statement (sqlorm's _signal_rv).
type Signal struct {
	name string
	mu   sync.Mutex
	recv []receiver
}

// receiver is a connected callable and the sender it listens to (nil:
// any).
type receiver struct {
	fn     vm.Value
	sender vm.Value
}

// SignalClass is the class of signals.
var SignalClass = vm.NewGoClass("NamedSignal", "blinker.base", nil, nil)

// Type implements vm.Value.
func (s *Signal) Type() *vm.Class { return SignalClass }

// Repr implements repr().
func (s *Signal) Repr(*vm.Thread) (string, error) {
	return "<blinker.base.NamedSignal; '" + s.name + "'>", nil
}

// modelSignalNames are the signals of sqlorm's Model, by attribute.
var modelSignalNames = map[string]string{
	"before_query": "before-query", "before_refresh": "before-refresh", "after_refresh": "after-refresh",
	"before_insert": "before-insert", "after_insert": "after-insert", "before_update": "before-update",
	"after_update": "after-update", "before_save": "before-save", "after_save": "after-save",
	"before_delete": "before-delete", "after_delete": "after-delete",
}

// The keyword names the model API sends its signals with.
var (
	objKw   = []string{"obj"}
	saveKw  = []string{"obj", "is_new"}
	queryKw = []string{"stmt", "params"}
)

// addModelSignals sets a fresh set of the model signals on a base model
// class: each database's db.Model has its own, so that the receivers of
// one app never hear another's models.
func addModelSignals(c *vm.Class) {
	for attr, name := range modelSignalNames {
		c.SetAttr(attr, &Signal{name: name})
	}
}

// GetAttr answers name, connect, connect_via, disconnect, send,
// has_receivers_for and receivers_for.
func (s *Signal) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "name":
		return vm.Str(s.name), true, nil
	case "connect":
		return vm.NewBuiltin("connect", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			var fn, sender, weak vm.Value = nil, vm.None, vm.True
			if err := th.UnpackArgs("connect", args, kwnames, "receiver", &fn, "sender?", &sender, "weak?", &weak); err != nil {
				return nil, err
			}
			s.connect(fn, sender)
			return fn, nil
		}), true, nil
	case "connect_via":
		return vm.NewBuiltin("connect_via", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			var sender, weak vm.Value = nil, vm.False
			if err := th.UnpackArgs("connect_via", args, kwnames, "sender", &sender, "weak?", &weak); err != nil {
				return nil, err
			}
			return vm.NewBuiltin("decorator", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
				if err := th.ExactArgs("decorator", args, kwnames, 1); err != nil {
					return nil, err
				}
				s.connect(args[0], sender)
				return args[0], nil
			}), nil
		}), true, nil
	case "disconnect":
		return vm.NewBuiltin("disconnect", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			var fn, sender vm.Value = nil, vm.None
			if err := th.UnpackArgs("disconnect", args, kwnames, "receiver", &fn, "sender?", &sender); err != nil {
				return nil, err
			}
			s.disconnect(fn, sender)
			return vm.None, nil
		}), true, nil
	case "send":
		return vm.NewBuiltin("send", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			npos := len(args) - len(kwnames)
			if npos > 1 {
				return nil, th.TypeError("send() takes at most 1 positional argument (%d given)", npos)
			}
			var sender vm.Value = vm.None
			if npos == 1 {
				sender = args[0]
			}
			kw := make([]vm.Value, 0, len(kwnames))
			kw = append(kw, args[npos:]...)
			results, err := s.send(th, sender, kwnames, kw)
			if err != nil {
				return nil, err
			}
			out := make([]vm.Value, len(results))
			for i, r := range results {
				out[i] = vm.Tuple{r[0], r[1]}
			}
			return vm.NewList(out), nil
		}), true, nil
	case "has_receivers_for", "receivers_for":
		return vm.NewBuiltin(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs(name, args, kwnames, 1); err != nil {
				return nil, err
			}
			fns := s.receiversFor(args[0])
			if name == "has_receivers_for" {
				return vm.Bool(len(fns) > 0), nil
			}
			return vm.NewList(fns), nil
		}), true, nil
	}
	return nil, false, nil
}

// isAny reports whether sender means every sender (None, or blinker's
// ANY).
func isAny(sender vm.Value) bool { return sender == nil || vm.Is(sender, vm.None) }

func (s *Signal) connect(fn, sender vm.Value) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if isAny(sender) {
		sender = nil
	}
	for _, r := range s.recv {
		if vm.Is(r.fn, fn) && (r.sender == nil) == (sender == nil) && (sender == nil || vm.Is(r.sender, sender)) {
			return
		}
	}
	s.recv = append(s.recv, receiver{fn: fn, sender: sender})
}

func (s *Signal) disconnect(fn, sender vm.Value) {
	s.mu.Lock()
	defer s.mu.Unlock()
	kept := s.recv[:0]
	for _, r := range s.recv {
		if vm.Is(r.fn, fn) && (isAny(sender) || (r.sender != nil && vm.Is(r.sender, sender))) {
			continue
		}
		kept = append(kept, r)
	}
	s.recv = kept
}

// receiversFor returns the receivers that hear a sender: those connected
// for any sender, then those for this one, in the order they connected.
func (s *Signal) receiversFor(sender vm.Value) []vm.Value {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []vm.Value
	for _, r := range s.recv {
		if r.sender == nil || vm.Is(r.sender, sender) {
			out = append(out, r.fn)
		}
	}
	return out
}

// send calls each receiver of sender with the keyword arguments and
// returns the (receiver, result) pairs.
func (s *Signal) send(th *vm.Thread, sender vm.Value, kwnames []string, kwvals []vm.Value) ([][2]vm.Value, error) {
	fns := s.receiversFor(sender)
	if len(fns) == 0 {
		return nil, nil
	}
	out := make([][2]vm.Value, 0, len(fns))
	args := make([]vm.Value, 1+len(kwvals))
	for _, fn := range fns {
		args[0] = sender
		copy(args[1:], kwvals)
		rv, err := th.CallValue(fn, args, kwnames)
		if err != nil {
			return nil, err
		}
		out = append(out, [2]vm.Value{fn, rv})
	}
	return out, nil
}

// signalOf returns a model class's signal (nil when it has none).
func signalOf(cls *vm.Class, attr string) *Signal {
	s, _ := cls.Lookup(attr).(*Signal)
	return s
}

// listened reports whether a model class's signal has any receiver, so
// that the model API builds a signal's arguments only when someone hears
// them.
func listened(cls *vm.Class, attr string) bool {
	s := signalOf(cls, attr)
	if s == nil {
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.recv) > 0
}

// fire sends a model signal with sender cls and reduces the results as
// sqlorm's _signal_rv does: cancelled when a receiver returned False,
// else the last true result (nil when none).
func fire(th *vm.Thread, cls *vm.Class, attr string, kwnames []string, kwvals ...vm.Value) (rv vm.Value, cancelled bool, err error) {
	s := signalOf(cls, attr)
	if s == nil {
		return nil, false, nil
	}
	results, err := s.send(th, cls, kwnames, kwvals)
	if err != nil {
		return nil, false, err
	}
	for _, r := range results {
		if b, ok := r[1].(vm.Bool); ok && !bool(b) {
			return nil, true, nil
		}
		t, err := th.Truth(r[1])
		if err != nil {
			return nil, false, err
		}
		if t {
			rv = r[1]
		}
	}
	return rv, false, nil
}
