package db

import (
	"context"
	"fmt"
	"strings"

	"github.com/hyperflask/hfc/runtime/vm"
)

// driver is a database engine the data layer runs on (the dialect seam):
// SQLite (sqlite.go) and PostgreSQL (postgres.go); see
// docs/adr/0007-data-layer.md.
type driver interface {
	// conn takes a connection from the pool, waiting while all are busy
	// (ctx ends the wait).
	conn(ctx context.Context) (conn, error)
	// placeholder is the text of the n-th (1-based) bound parameter.
	placeholder(n int) string
	// arg converts the i-th (0-based) parameter of a statement from
	// Python to what conn.exec accepts.
	arg(th *vm.Thread, i int, v vm.Value) (any, error)
	// sqlType is the database's name for a column type of a model
	// (sqlorm's names are SQLite's: integer, datetime …).
	sqlType(t string) string
	// primaryKeyDef is what CREATE TABLE writes after a primary key
	// column of type typ (as sqlType returned it).
	primaryKeyDef(typ string) string
	// exclusive serializes the preparation of the database (migrations,
	// missing tables) with the other processes that share it, until the
	// returned function is called.
	exclusive(ctx context.Context) (func(), error)
	// close closes the connections.
	close() error
}

// conn is one connection; a session holds it for its life.
type conn interface {
	// exec runs one statement with its parameters and returns its rows
	// (none for statements that return none). ctx interrupts it.
	// The arguments are what driver.arg returned.
	exec(ctx context.Context, query string, args []any) (*rows, error)
	// inTx reports whether a transaction is open.
	inTx() bool
	// release gives the connection back to the pool, rolling back an open
	// transaction.
	release()
}

// rows is the result of a statement: column names and the rows' values.
type rows struct {
	cols []string
	vals [][]vm.Value
}

// dbError is an error of the database: Class names the exception of
// Python's DB-API (sqlite3) that it becomes.
type dbError struct {
	Class string // "IntegrityError", "OperationalError" …
	Msg   string
}

func (e *dbError) Error() string { return e.Msg }

// sqliteArg converts a Python value to what SQLite stores, as Python's
// sqlite3 adapts parameters: None, ints (bool as 0/1), floats, str,
// bytes, and date/datetime as their ISO text.
func sqliteArg(th *vm.Thread, i int, v vm.Value) (any, error) {
	switch x := v.(type) {
	case vm.NoneType:
		return nil, nil
	case vm.Bool:
		if x {
			return int64(1), nil
		}
		return int64(0), nil
	case vm.Int:
		return int64(x), nil
	case vm.Float:
		return float64(x), nil
	case vm.Str:
		return string(x), nil
	case vm.Markup:
		return string(x), nil
	case vm.Bytes:
		return []byte(x), nil
	}
	if b := vm.IntToBig(v); b != nil {
		if !b.IsInt64() {
			return nil, th.Raise(vm.OverflowErrorClass, "Python int too large to convert to SQLite INTEGER")
		}
		return b.Int64(), nil
	}
	switch t := v.Type(); {
	case t.Module == "datetime" && (t.Name == "datetime" || t.Name == "date"):
		// Python 3.11's default adapters: date.isoformat() and
		// datetime.isoformat(" "), which is str().
		s, err := th.Str(v)
		return s, err
	case t.IsSubclass(vm.StrClass):
		s, err := th.Str(v)
		return s, err
	}
	return nil, &dbError{Class: "ProgrammingError", Msg: fmt.Sprintf("Error binding parameter %d: type '%s' is not supported", i+1, v.Type().Name)}
}

// firstWord returns the upper-cased first word of s.
func firstWord(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " \t\n("); i >= 0 {
		s = s[:i]
	}
	return strings.ToUpper(s)
}
