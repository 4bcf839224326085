package db

import (
	"github.com/hyperflask/hfc/runtime/vm"
)

// sessionProxy is db.session (Flask-SQLORM's proxy to the current
// session): the thread's session with the database, the request's in a
// request. Its methods act on that session; `with db.session:` is `with
// db:`.
type sessionProxy struct{ d *Database }

// SessionClass is the class of db.session.
var SessionClass = vm.NewGoClass("Session", "sqlorm.engine", nil, nil)

// Type implements vm.Value.
func (p sessionProxy) Type() *vm.Class { return SessionClass }

// current returns the thread's session with the database: the open
// `with db:` block's, the request's (made on first use), else an error
// (sqlorm's MissingSessionError outside a request and a block).
func (p sessionProxy) current(th *vm.Thread) (*session, error) {
	ts := stateOf(th)
	if ts != nil && ts.sess != nil && ts.sess.db == p.d {
		return ts.sess, nil
	}
	if ts != nil && ts.request && ts.db == p.d {
		ts.sess = &session{db: p.d}
		return ts.sess, nil
	}
	return nil, th.Raise(MissingSessionErrorClass, "no session: db.session exists in a request or inside `with db:`")
}

// GetAttr answers in_transaction, transaction, commit and rollback
// (__enter__ and __exit__ are SessionClass's methods).
func (p sessionProxy) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "in_transaction", "transaction":
		s, err := p.current(th)
		if err != nil {
			return nil, true, err
		}
		if name == "in_transaction" {
			return vm.Bool(s.depth > 0), true, nil
		}
		if s.depth == 0 {
			return vm.None, true, nil
		}
		return &Transaction{d: p.d, s: s, virtual: s.depth > 1}, true, nil
	case "commit", "rollback":
		return vm.NewBuiltin(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs(name, args, kwnames, 0); err != nil {
				return nil, err
			}
			s, err := p.current(th)
			if err != nil {
				return nil, err
			}
			if name == "commit" {
				return vm.None, s.commit(th)
			}
			return vm.None, s.rollback(th)
		}), true, nil
	}
	return nil, false, nil
}

func init() {
	SessionClass.AddMethod("__enter__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return self.(sessionProxy).d.enterBlock(th), nil
	})
	SessionClass.AddMethod("__exit__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return self.(sessionProxy).d.exitBlock(th, args)
	})
}
