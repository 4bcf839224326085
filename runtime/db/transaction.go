package db

import (
	"github.com/hyperflask/hfc/runtime/vm"
)

// Transaction is what `with db as tx:` binds (sqlorm's Transaction): the
// block's transaction, to run statements in it. A nested block's
// transaction is virtual: its commit and rollback only end it, the
// outermost block decides.
type Transaction struct {
	d       *Database
	s       *session
	virtual bool
	ended   bool
}

// TransactionClass is the class of Transaction values.
var TransactionClass = vm.NewGoClass("Transaction", "sqlorm.engine", nil, nil)

// TransactionEndedErrorClass is raised by a transaction used after its
// commit or rollback.
var TransactionEndedErrorClass = vm.NewGoExceptionClass("TransactionEndedError", "sqlorm.engine", vm.ExceptionClass)

// Type implements vm.Value.
func (tx *Transaction) Type() *vm.Class { return TransactionClass }

// Repr implements repr().
func (tx *Transaction) Repr(*vm.Thread) (string, error) {
	return "<sqlorm.engine.Transaction object>", nil
}

// fetchers are the Transaction methods that run a statement, by the
// executor of a query function that shapes their result.
var fetchers = map[string]string{
	"execute": "execute", "fetchall": "fetchall", "fetchone": "fetchone",
	"fetchscalar": "fetchscalar", "fetchscalars": "fetchscalars", "fetchcomposite": "fetchcomposite",
}

// GetAttr answers the transaction's methods: execute, the fetch methods
// (stmt, params=None, model=None), commit and rollback.
func (tx *Transaction) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	if executor, ok := fetchers[name]; ok {
		return vm.NewBuiltin(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			var stmt, params, model vm.Value = nil, vm.None, vm.None
			if err := th.UnpackArgs(name, args, kwnames, "stmt", &stmt, "params?", &params, "model?", &model); err != nil {
				return nil, err
			}
			return tx.run(th, executor, stmt, params, model)
		}), true, nil
	}
	switch name {
	case "commit", "rollback":
		return vm.NewBuiltin(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs(name, args, kwnames, 0); err != nil {
				return nil, err
			}
			if err := tx.check(th); err != nil {
				return nil, err
			}
			tx.ended = true
			if tx.virtual {
				return vm.None, nil
			}
			if name == "commit" {
				return vm.None, tx.s.commit(th)
			}
			return vm.None, tx.s.rollback(th)
		}), true, nil
	case "virtual":
		return vm.Bool(tx.virtual), true, nil
	case "ended":
		return vm.Bool(tx.ended), true, nil
	}
	return nil, false, nil
}

func (tx *Transaction) check(th *vm.Thread) error {
	if tx.ended {
		return th.Raise(TransactionEndedErrorClass, "the transaction has ended (committed or rolled back)")
	}
	return nil
}

// run executes a statement (a list or tuple of statements for execute) in
// the transaction's session and shapes the rows as the query decorator of
// the same name does.
func (tx *Transaction) run(th *vm.Thread, executor string, stmt, params, model vm.Value) (vm.Value, error) {
	if err := tx.check(th); err != nil {
		return nil, err
	}
	if executor == "execute" {
		if list, ok := stmt.(*vm.List); ok {
			return vm.None, tx.runEach(th, list.Elems)
		}
		if t, ok := stmt.(vm.Tuple); ok {
			return vm.None, tx.runEach(th, t)
		}
	}
	var bound []vm.Value
	if !vm.Is(params, vm.None) {
		if _, ok := params.(*vm.Dict); ok {
			return nil, th.TypeError("%s(): params must be a list or tuple of values for the statement's ? placeholders; for named values use an SQL template (%%(name)s)", executor)
		}
		var err error
		if bound, err = th.ToSlice(params); err != nil {
			return nil, err
		}
		if bound == nil {
			bound = []vm.Value{}
		}
	}
	query, rendered, err := renderStmt(th, tx.d.drv, stmt)
	if err != nil {
		return nil, err
	}
	if bound == nil {
		bound = rendered
	}
	r, err := tx.s.exec(th, query, bound)
	if err != nil {
		return nil, err
	}
	return (&queryFunc{executor: executor}).execute(th, r, model)
}

func (tx *Transaction) runEach(th *vm.Thread, stmts []vm.Value) error {
	for _, s := range stmts {
		if _, err := tx.run(th, "execute", s, vm.None, vm.None); err != nil {
			return err
		}
	}
	return nil
}

// enterBlock is `with db:` (and `with db.session:`): it returns the
// block's transaction.
func (d *Database) enterBlock(th *vm.Thread) *Transaction {
	s := d.enter(th)
	return &Transaction{d: d, s: s, virtual: s.depth > 1}
}

// exitBlock ends the block, rolling back when an exception (args[0])
// leaves it.
func (d *Database) exitBlock(th *vm.Thread, args []vm.Value) (vm.Value, error) {
	failed := len(args) > 0 && !vm.Is(args[0], vm.None)
	return vm.False, d.exit(th, failed)
}
