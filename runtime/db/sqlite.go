package db

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"unsafe"

	"zombiezen.com/go/sqlite"

	"github.com/hyperflask/hfc/runtime/vm"
)

// sqlitePragmas are the reference's connection settings (sqlorm's
// foreign_keys plus its "fine tuned" pragmas, reference §8), in the order
// it sets them.
var sqlitePragmas = []string{
	"foreign_keys = ON",
	"journal_mode = WAL",
	"synchronous = NORMAL",
	"journal_size_limit = 67108864",
	"mmap_size = 134217728",
	"cache_size = 2000",
	"busy_timeout = 5000",
}

// sqliteDriver is a pool of connections to one SQLite database, opened on
// demand up to max (sqlorm's pool, max 10 by default).
type sqliteDriver struct {
	path string
	sem  chan struct{}

	mu     sync.Mutex
	free   []*sqlite.Conn
	closed bool
}

// openSQLite prepares a pool for path (":memory:" for a private in-memory
// database, which has one connection so that every session sees the same
// data). Connections open on first use; the file's folder is created
// then, so an app that never queries leaves no database behind.
func openSQLite(path string, max int) (*sqliteDriver, error) {
	if path == ":memory:" || max < 1 {
		max = 1
	}
	return &sqliteDriver{path: path, sem: make(chan struct{}, max)}, nil
}

func (d *sqliteDriver) placeholder(int) string  { return "?" }
func (d *sqliteDriver) sqlType(t string) string { return t }

// primaryKeyDef is sqlorm's PRIMARY KEY AUTOINCREMENT for integer keys;
// SQLite refuses AUTOINCREMENT on other types, where sqlorm's CREATE
// TABLE fails, so those are a plain PRIMARY KEY.
func (d *sqliteDriver) primaryKeyDef(typ string) string {
	if strings.EqualFold(typ, "integer") {
		return "PRIMARY KEY AUTOINCREMENT"
	}
	return "PRIMARY KEY"
}

func (d *sqliteDriver) arg(th *vm.Thread, i int, v vm.Value) (any, error) { return sqliteArg(th, i, v) }

// exclusive does nothing: SQLite's own locks order the writers of a file,
// and the processes sharing one are on one machine.
func (d *sqliteDriver) exclusive(context.Context) (func(), error) { return func() {}, nil }

func (d *sqliteDriver) conn(ctx context.Context) (conn, error) {
	select {
	case d.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, &dbError{Class: "OperationalError", Msg: "no database connection became free: " + ctx.Err().Error()}
	}
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		<-d.sem
		return nil, &dbError{Class: "ProgrammingError", Msg: "Cannot operate on a closed database."}
	}
	if n := len(d.free); n > 0 {
		c := d.free[n-1]
		d.free = d.free[:n-1]
		d.mu.Unlock()
		return &sqliteConn{d: d, c: c}, nil
	}
	d.mu.Unlock()
	if d.path != ":memory:" && !strings.HasPrefix(d.path, "file:") {
		if err := os.MkdirAll(filepath.Dir(d.path), 0o755); err != nil {
			<-d.sem
			return nil, &dbError{Class: "OperationalError", Msg: "unable to open database file " + d.path + ": cannot create its folder: " + err.Error()}
		}
	}
	c, err := sqlite.OpenConn(d.path, sqlite.OpenReadWrite|sqlite.OpenCreate|sqlite.OpenURI)
	if err != nil {
		<-d.sem
		return nil, &dbError{Class: "OperationalError", Msg: "unable to open database file " + d.path + ": " + sqliteMessage(err)}
	}
	for _, p := range sqlitePragmas {
		if err := execSimple(c, "PRAGMA "+p); err != nil {
			c.Close()
			<-d.sem
			return nil, &dbError{Class: "OperationalError", Msg: "PRAGMA " + p + ": " + sqliteMessage(err)}
		}
	}
	return &sqliteConn{d: d, c: c}, nil
}

// close closes the idle connections now and the busy ones when their
// session releases them, so that requests still running finish.
func (d *sqliteDriver) close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	var first error
	for _, c := range d.free {
		if err := c.Close(); err != nil && first == nil {
			first = err
		}
	}
	d.free, d.closed = nil, true
	return first
}

// execSimple runs a statement whose rows are not needed.
func execSimple(c *sqlite.Conn, q string) error {
	stmt, _, err := c.PrepareTransient(q)
	if err != nil {
		return err
	}
	defer stmt.Finalize()
	for {
		row, err := stmt.Step()
		if err != nil || !row {
			return err
		}
	}
}

// sqliteConn is a connection taken from the pool.
type sqliteConn struct {
	d *sqliteDriver
	c *sqlite.Conn
	// done is the channel that interrupts the statements of c: each
	// SetInterrupt starts a goroutine and stops the previous one, so it
	// is set once for the statements of a request, which share it.
	done <-chan struct{}
}

func (c *sqliteConn) inTx() bool { return !c.c.AutocommitEnabled() }

func (c *sqliteConn) release() {
	if c.c == nil {
		return
	}
	if c.inTx() {
		_ = execSimple(c.c, "ROLLBACK")
	}
	c.c.SetInterrupt(nil)
	c.d.mu.Lock()
	if c.d.closed {
		_ = c.c.Close()
	} else {
		c.d.free = append(c.d.free, c.c)
	}
	c.d.mu.Unlock()
	c.c = nil
	<-c.d.sem
}

func (c *sqliteConn) exec(ctx context.Context, query string, args []any) (*rows, error) {
	if c.c == nil {
		return nil, &dbError{Class: "ProgrammingError", Msg: "Cannot operate on a closed database."}
	}
	if done := ctx.Done(); done != c.done {
		c.c.SetInterrupt(done)
		c.done = done
	}
	stmt, err := c.c.Prepare(query)
	if err != nil {
		return nil, translateSQLite(err)
	}
	if n := stmt.BindParamCount(); n != len(args) {
		_ = stmt.Reset()
		return nil, &dbError{Class: "ProgrammingError", Msg: fmt.Sprintf("Incorrect number of bindings supplied. The current statement uses %d, and there are %d supplied.", n, len(args))}
	}
	for i, v := range args {
		switch x := v.(type) {
		case nil:
			stmt.BindNull(i + 1)
		case int64:
			stmt.BindInt64(i+1, x)
		case float64:
			stmt.BindFloat(i+1, x)
		case string:
			stmt.BindText(i+1, x)
		case []byte:
			stmt.BindBytes(i+1, x)
		}
	}
	out := &rows{}
	ncol := stmt.ColumnCount()
	if ncol > 0 {
		out.cols = make([]string, ncol)
		for i := range out.cols {
			out.cols[i] = stmt.ColumnName(i)
		}
	}
	// The rows' values are carved out of blocks that double in size, and
	// their strings boxed in batches: a few allocations per block instead
	// of one per row and one per str.
	var block []vm.Value
	var strs textBatch
	for n := 8; ; {
		row, err := stmt.Step()
		if err != nil {
			_ = stmt.Reset()
			return nil, translateSQLite(err)
		}
		if !row {
			break
		}
		if len(block) < ncol {
			block = make([]vm.Value, n*ncol)
			n = min(2*n, 256)
		}
		vals := block[:ncol:ncol]
		block = block[ncol:]
		for i := range vals {
			vals[i] = columnValue(stmt, i, &strs)
		}
		out.vals = append(out.vals, vals)
	}
	if err := stmt.Reset(); err != nil {
		return nil, translateSQLite(err)
	}
	return out, nil
}

// columnValue converts a column of the current row as Python's sqlite3
// does (no type detection): INTEGER → int, REAL → float, TEXT → str,
// BLOB → bytes, NULL → None.
func columnValue(stmt *sqlite.Stmt, i int, strs *textBatch) vm.Value {
	switch stmt.ColumnType(i) {
	case sqlite.TypeInteger:
		return vm.MakeInt(stmt.ColumnInt64(i))
	case sqlite.TypeFloat:
		return vm.Float(stmt.ColumnFloat(i))
	case sqlite.TypeText:
		return strs.column(stmt, i)
	case sqlite.TypeBlob:
		b := make([]byte, stmt.ColumnLen(i))
		stmt.ColumnBytes(i, b)
		return vm.Bytes(b)
	}
	return vm.None
}

// textBatch makes the str values of TEXT columns: their bytes are copied
// into shared blocks and their headers boxed in batches, instead of two
// allocations per value. The bytes of a block are never written again once
// a string covers them.
type textBatch struct {
	strs  vm.StrBatch
	bytes []byte
}

// textBlock is the size of a block of text bytes.
const textBlock = 4 << 10

func (b *textBatch) column(stmt *sqlite.Stmt, i int) vm.Value {
	n := stmt.ColumnLen(i)
	if n == 0 {
		return vm.Str("")
	}
	if n > textBlock/4 {
		return b.strs.Str(stmt.ColumnText(i))
	}
	if cap(b.bytes)-len(b.bytes) < n {
		b.bytes = make([]byte, 0, textBlock)
	}
	start := len(b.bytes)
	b.bytes = b.bytes[:start+n]
	n = stmt.ColumnBytes(i, b.bytes[start:])
	return b.strs.Str(unsafe.String(&b.bytes[start], n))
}

// sqliteMessage returns SQLite's own message of an error (what Python's
// sqlite3 puts in its exceptions: "no such table: x"), without the
// driver's prefixes.
func sqliteMessage(err error) string {
	s := err.Error()
	code := sqlite.ErrCode(err)
	if code == sqlite.ResultError && !strings.Contains(s, "SQL logic error") {
		return s
	}
	m := code.Message()
	if i := strings.Index(s, m+": "); i >= 0 {
		return s[i+len(m)+2:]
	}
	if strings.HasSuffix(s, m) {
		return m
	}
	return s
}

// translateSQLite maps an SQLite error to the exception Python's sqlite3
// raises for its primary result code.
func translateSQLite(err error) error {
	var de *dbError
	if errors.As(err, &de) {
		return de
	}
	class := "DatabaseError"
	switch sqlite.ErrCode(err).ToPrimary() {
	case sqlite.ResultInternal, sqlite.ResultNotFound:
		class = "InternalError"
	case sqlite.ResultError, sqlite.ResultPerm, sqlite.ResultAbort, sqlite.ResultBusy, sqlite.ResultLocked,
		sqlite.ResultReadOnly, sqlite.ResultInterrupt, sqlite.ResultIOErr, sqlite.ResultFull, sqlite.ResultCantOpen,
		sqlite.ResultProtocol, sqlite.ResultEmpty, sqlite.ResultSchema:
		class = "OperationalError"
	case sqlite.ResultCorrupt:
		class = "DatabaseError"
	case sqlite.ResultTooBig:
		class = "DataError"
	case sqlite.ResultConstraint, sqlite.ResultMismatch:
		class = "IntegrityError"
	case sqlite.ResultMisuse, sqlite.ResultRange:
		class = "InterfaceError"
	}
	return &dbError{Class: class, Msg: sqliteMessage(err)}
}
