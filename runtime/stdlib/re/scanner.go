package re

import (
	"github.com/hyperflask/hfc/runtime/pyre"
	"github.com/hyperflask/hfc/runtime/vm"
)

// Scanner is the object of Pattern.scanner (_sre.SRE_Scanner): each call
// of its match or search method returns the next match.
type Scanner struct {
	sc      *pyre.Scanner
	b       *budget
	pattern *Pattern
	subject vm.Value
}

var scannerClass = newClass("SRE_Scanner", "_sre")

// Type implements vm.Value.
func (s *Scanner) Type() *vm.Class { return scannerClass }

func (p *Pattern) newScanner(th *vm.Thread, subject vm.Value, pos, endpos int) (*Scanner, error) {
	in, err := input(th, subject)
	if err != nil {
		return nil, err
	}
	b := newBudget(th)
	sc, err := p.re.Scanner(in, pos, endpos, &b.Budget)
	if err != nil {
		return nil, b.done(err)
	}
	return &Scanner{sc: sc, b: b, pattern: p, subject: subject}, nil
}

// next returns the next match, or None; search selects Scanner.search over
// Scanner.match.
func (s *Scanner) next(th *vm.Thread, search bool) (vm.Value, error) {
	s.b.th = th
	var m *pyre.Match
	var err error
	if search {
		m, err = s.sc.Search()
	} else {
		m, err = s.sc.Match()
	}
	if err := s.b.done(err); err != nil {
		return nil, err
	}
	if m == nil {
		return vm.None, nil
	}
	return &Match{m: m, pattern: s.pattern, subject: s.subject}, nil
}

// matchIter is the iterator of Pattern.finditer (a callable_iterator in
// CPython).
type matchIter struct{ sc *Scanner }

var matchIterClass = newClass("callable_iterator", "builtins")

// Type implements vm.Value.
func (it *matchIter) Type() *vm.Class { return matchIterClass }

// Next implements vm.Iterator.
func (it *matchIter) Next(th *vm.Thread) (vm.Value, error) {
	m, err := it.sc.next(th, true)
	if err != nil || vm.Is(m, vm.None) {
		return nil, err
	}
	return m, nil
}

func init() {
	addGetter(scannerClass, "pattern", func(v vm.Value) vm.Value { return v.(*Scanner).pattern })
	addMethod(scannerClass, "match", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("match", args, kwnames, 0); err != nil {
			return nil, err
		}
		return self.(*Scanner).next(th, false)
	})
	addMethod(scannerClass, "search", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("search", args, kwnames, 0); err != nil {
			return nil, err
		}
		return self.(*Scanner).next(th, true)
	})
	addMethod(matchIterClass, "__next__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__next__", args, kwnames, 0); err != nil {
			return nil, err
		}
		m, err := self.(*matchIter).Next(th)
		if err != nil {
			return nil, err
		}
		if m == nil {
			return nil, vm.NewException(vm.StopIterationClass)
		}
		return m, nil
	})
	addMethod(matchIterClass, "__iter__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return self, th.ExactArgs("__iter__", args, kwnames, 0)
	})
}
