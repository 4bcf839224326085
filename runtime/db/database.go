// Package db is Hyperflask's data layer for the hfc runtime: sqlorm's
// models, SQL composition, SQL docstrings, sessions and transactions, and
// migrations (reference §8), on SQLite through zombiezen.com/go/sqlite
// or on PostgreSQL through pgx (a postgresql:// URI).
//
// An app has one Database (the `db` of `from hyperflask import db`); its
// db.Model is the base class of the app's models. The server binds the
// database to each request's thread: reads outside `with db:` run in a
// session scoped to the request, whose connection goes back to the pool
// (rolled back) when the request ends; `with db:` commits at its
// outermost exit and rolls back when an exception leaves it.
package db

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"sync"

	"github.com/hyperflask/hfc/runtime/vm"
)

// Options configure a Database.
type Options struct {
	// URI is the database URI: sqlite://PATH (relative to Root),
	// sqlite://:memory:, sqlite:///ABSOLUTE/PATH, or
	// postgresql://USER:PASSWORD@HOST:PORT/DATABASE?OPTIONS (postgres://
	// too; the options of pgx, such as sslmode and pool_max_conns).
	// Empty means sqlite://database/app.db.
	URI string
	// Root is the folder relative paths are resolved from (the project
	// root).
	Root string
	// MaxConns bounds the pool (10 when 0).
	MaxConns int
	// Log receives warnings (a write rolled back at the end of a request).
	Log io.Writer
}

// DefaultURI is the database of an app that configures none (reference
// §8).
const DefaultURI = "sqlite://database/app.db"

// Database is an app's database: its driver, its Model base class and the
// models derived from it.
type Database struct {
	drv  driver
	uri  string
	path string
	log  io.Writer

	// Model is db.Model.
	Model *vm.Class
	// MigrationsFS and MigrationsDir locate the app's migrations folder
	// (set by the server) for db.init_db() and db.migrate().
	MigrationsFS  fs.FS
	MigrationsDir string
	// RunPython runs a .py migration with the app's modules importable
	// (set by the server); nil refuses .py migrations.
	RunPython func(th *vm.Thread, path string) error

	mu     sync.Mutex
	models []*vm.Class // in definition order
}

// Open opens the database of opts (creating the SQLite file's folder).
func Open(opts Options) (*Database, error) {
	uri := opts.URI
	if uri == "" {
		uri = DefaultURI
	}
	scheme, rest, ok := strings.Cut(uri, "://")
	if !ok {
		return nil, fmt.Errorf("database URI %q: expected SCHEME://…, such as %s", uri, DefaultURI)
	}
	max := opts.MaxConns
	if max == 0 {
		max = 10
	}
	d := &Database{uri: uri, log: opts.Log}
	if d.log == nil {
		d.log = io.Discard
	}
	switch scheme {
	case "sqlite":
		path, _, _ := strings.Cut(rest, "?")
		if path == "" {
			path = ":memory:"
		}
		if path != ":memory:" && !strings.HasPrefix(path, "file:") && !filepath.IsAbs(path) {
			path = filepath.Join(opts.Root, path)
		}
		drv, err := openSQLite(path, max)
		if err != nil {
			return nil, fmt.Errorf("database %s: %w", uri, err)
		}
		d.drv, d.path = drv, path
	case "postgres", "postgresql":
		drv, err := openPostgres(uri, max)
		if err != nil {
			return nil, fmt.Errorf("database %s: %w", redactURI(uri), err)
		}
		d.drv, d.path, d.uri = drv, drv.display, drv.display
	default:
		return nil, fmt.Errorf("database URI %q: unknown scheme %q; expected sqlite:// or postgresql://", redactURI(uri), scheme)
	}
	d.Model = d.newModelClass()
	return d, nil
}

// Close closes the database's connections.
func (d *Database) Close() error { return d.drv.close() }

// Path returns the SQLite file of the database (":memory:" for an
// in-memory one), or the URI of a PostgreSQL database without its
// password.
func (d *Database) Path() string { return d.path }

// URI returns the database URI (without a PostgreSQL password).
func (d *Database) URI() string { return d.uri }

// Models returns the models derived from db.Model, in definition order.
func (d *Database) Models() []*vm.Class {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]*vm.Class(nil), d.models...)
}

// register adds a model, replacing one of the same name.
func (d *Database) register(c *vm.Class) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for i, m := range d.models {
		if m.Name == c.Name {
			d.models[i] = c
			return
		}
	}
	d.models = append(d.models, c)
}

// model returns the registered model named name.
func (d *Database) model(name string) *vm.Class {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, m := range d.models {
		if m.Name == name {
			return m
		}
	}
	return nil
}

// Thread state: the database a thread serves and its session.

const localsKey = "hfc.db"

type threadState struct {
	db      *Database
	sess    *session
	request bool // the session lives until Release (a request's)
}

func stateOf(th *vm.Thread) *threadState {
	ts, _ := th.Locals[localsKey].(*threadState)
	return ts
}

// Bind makes d the database of the requests run on th: the session that
// reads use is kept until Release, as Flask-SQLORM keeps one per app
// context.
func (d *Database) Bind(th *vm.Thread) {
	if th.Locals == nil {
		th.Locals = map[string]any{}
	}
	th.Locals[localsKey] = &threadState{db: d, request: true}
}

// Release ends the session of a thread bound by Bind: an open transaction
// (a write made outside `with db:`) is rolled back, with a warning, and
// the connection goes back to the pool.
func Release(th *vm.Thread) {
	ts := stateOf(th)
	if ts == nil || ts.sess == nil {
		return
	}
	s := ts.sess
	ts.sess = nil
	if s.c != nil && s.c.inTx() && s.implicitWrite {
		fmt.Fprintf(s.db.log, "warning: a write made outside `with db:` was rolled back at the end of the request; wrap writes in `with db:` to commit them\n")
	}
	s.close()
}

// session holds a connection for a series of statements (sqlorm's
// Session): depth counts the nested `with db:` blocks.
type session struct {
	db            *Database
	c             conn
	depth         int
	closeAfterTx  bool
	implicitWrite bool // a DML statement ran outside `with db:`
}

func (s *session) connect(th *vm.Thread) (conn, error) {
	if s.c == nil {
		c, err := s.db.drv.conn(th.Context())
		if err != nil {
			return nil, raiseDB(th, err)
		}
		s.c = c
	}
	return s.c, nil
}

func (s *session) close() {
	if s.c != nil {
		s.c.release()
		s.c = nil
	}
}

// exec runs a rendered statement. Like Python's sqlite3, a statement that
// modifies rows opens a transaction when none is open; it ends with the
// outermost `with db:` (commit) or with the session (rollback).
func (s *session) exec(th *vm.Thread, query string, params []vm.Value) (*rows, error) {
	c, err := s.connect(th)
	if err != nil {
		return nil, err
	}
	args := make([]any, len(params))
	for i, p := range params {
		a, err := s.db.drv.arg(th, i, p)
		if err != nil {
			return nil, raiseDB(th, err)
		}
		args[i] = a
	}
	if !c.inTx() && isDML(query) {
		if _, err := c.exec(th.Context(), "BEGIN", nil); err != nil {
			return nil, raiseDB(th, err)
		}
		if s.depth == 0 {
			s.implicitWrite = true
		}
	}
	r, err := c.exec(th.Context(), query, args)
	if err != nil {
		return nil, raiseDB(th, err)
	}
	return r, nil
}

func (s *session) commit(th *vm.Thread) error {
	if s.c != nil && s.c.inTx() {
		if _, err := s.c.exec(th.Context(), "COMMIT", nil); err != nil {
			return raiseDB(th, err)
		}
	}
	s.implicitWrite = false
	return nil
}

func (s *session) rollback(th *vm.Thread) error {
	if s.c != nil && s.c.inTx() {
		if _, err := s.c.exec(context.Background(), "ROLLBACK", nil); err != nil {
			return raiseDB(th, err)
		}
	}
	s.implicitWrite = false
	return nil
}

// withSession runs f with the thread's session for d: the request's (made
// on first use), the one of an open `with db:`, or a session for this
// call only (sqlorm's ensure_session).
func (d *Database) withSession(th *vm.Thread, f func(s *session) error) error {
	ts := stateOf(th)
	if ts != nil && ts.sess != nil && ts.sess.db == d {
		return f(ts.sess)
	}
	if ts != nil && ts.request && ts.db == d {
		ts.sess = &session{db: d}
		return f(ts.sess)
	}
	s := &session{db: d}
	defer s.close()
	return f(s)
}

// run renders and executes a statement in the thread's session.
func (d *Database) run(th *vm.Thread, stmt vm.Value, params []vm.Value) (*rows, error) {
	query, bound, err := renderStmt(th, d.drv, stmt)
	if err != nil {
		return nil, err
	}
	if params != nil {
		bound = params
	}
	var out *rows
	err = d.withSession(th, func(s *session) error {
		var err error
		out, err = s.exec(th, query, bound)
		return err
	})
	return out, err
}

// enter is `with db:`: it joins the thread's session (the request's) or
// opens one for the block; the outermost block is the transaction.
func (d *Database) enter(th *vm.Thread) *session {
	if th.Locals == nil {
		th.Locals = map[string]any{}
	}
	ts := stateOf(th)
	if ts == nil {
		ts = &threadState{db: d}
		th.Locals[localsKey] = ts
	}
	if ts.sess == nil || ts.sess.db != d {
		if ts.sess == nil && ts.request && ts.db == d {
			ts.sess = &session{db: d}
		} else if ts.sess == nil {
			ts.sess = &session{db: d, closeAfterTx: true}
		}
	}
	s := ts.sess
	s.depth++
	return s
}

// exit ends a `with db:` block: the outermost commits, or rolls back when
// failed is set.
func (d *Database) exit(th *vm.Thread, failed bool) error {
	ts := stateOf(th)
	if ts == nil || ts.sess == nil || ts.sess.depth == 0 {
		return th.Raise(vm.RuntimeErrorClass, "db.__exit__() without a matching `with db:`")
	}
	s := ts.sess
	s.depth--
	if s.depth > 0 {
		return nil
	}
	var err error
	if failed {
		err = s.rollback(th)
	} else {
		err = s.commit(th)
	}
	if s.closeAfterTx {
		s.close()
		ts.sess = nil
	}
	return err
}

// Exceptions of Python's DB-API, as the sqlite3 module defines them.
var (
	DBErrorClass           = vm.NewGoExceptionClass("Error", "sqlite3", vm.ExceptionClass)
	WarningClass           = vm.NewGoExceptionClass("Warning", "sqlite3", vm.ExceptionClass)
	InterfaceErrorClass    = vm.NewGoExceptionClass("InterfaceError", "sqlite3", DBErrorClass)
	DatabaseErrorClass     = vm.NewGoExceptionClass("DatabaseError", "sqlite3", DBErrorClass)
	DataErrorClass         = vm.NewGoExceptionClass("DataError", "sqlite3", DatabaseErrorClass)
	OperationalErrorClass  = vm.NewGoExceptionClass("OperationalError", "sqlite3", DatabaseErrorClass)
	IntegrityErrorClass    = vm.NewGoExceptionClass("IntegrityError", "sqlite3", DatabaseErrorClass)
	InternalErrorClass     = vm.NewGoExceptionClass("InternalError", "sqlite3", DatabaseErrorClass)
	ProgrammingErrorClass  = vm.NewGoExceptionClass("ProgrammingError", "sqlite3", DatabaseErrorClass)
	NotSupportedErrorClass = vm.NewGoExceptionClass("NotSupportedError", "sqlite3", DatabaseErrorClass)
	// MissingSessionErrorClass is raised by SQL functions that run with no
	// session and no database to open one.
	MissingSessionErrorClass = vm.NewGoExceptionClass("MissingSessionError", "sqlorm.engine", vm.ExceptionClass)
	// MapperErrorClass reports a model that cannot be mapped or queried.
	MapperErrorClass = vm.NewGoExceptionClass("MapperError", "sqlorm.mapper", vm.ExceptionClass)
	// SQLTemplateErrorClass reports a malformed SQL template.
	SQLTemplateErrorClass = vm.NewGoExceptionClass("SQLTemplateError", "sqlorm.sql_template", vm.ExceptionClass)
)

var dbErrorClasses = map[string]*vm.Class{
	"InterfaceError": InterfaceErrorClass, "DatabaseError": DatabaseErrorClass, "DataError": DataErrorClass,
	"OperationalError": OperationalErrorClass, "IntegrityError": IntegrityErrorClass,
	"InternalError": InternalErrorClass, "ProgrammingError": ProgrammingErrorClass,
	"NotSupportedError": NotSupportedErrorClass,
}

// raiseDB turns a driver error into the Python exception; Python errors
// pass through.
func raiseDB(th *vm.Thread, err error) error {
	if de, ok := err.(*dbError); ok {
		cls := dbErrorClasses[de.Class]
		if cls == nil {
			cls = DatabaseErrorClass
		}
		return th.Raise(cls, "%s", de.Msg)
	}
	return err
}
