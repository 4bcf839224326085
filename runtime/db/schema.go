package db

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/hyperflask/hfc/runtime/vm"
)

// createTableSQL is sqlorm's create_table: the columns with their type
// (varchar when none), UNIQUE, NOT NULL, PRIMARY KEY and REFERENCES.
func (d *Database) createTableSQL(m *mapper) *SQL {
	items := make([]vm.Value, len(m.cols))
	for i, c := range m.cols {
		if c.col.schemaDef != "" {
			items[i] = vm.Str(c.col.schemaDef)
			continue
		}
		typ := "varchar"
		if c.col.typ != nil {
			typ = c.col.typ.SQL
		}
		typ = d.drv.sqlType(typ)
		parts := []vm.Value{vm.Str(c.name), vm.Str(typ)}
		if c.col.unique {
			parts = append(parts, vm.Str("UNIQUE"))
		}
		if c.col.nullable == 0 {
			parts = append(parts, vm.Str("NOT NULL"))
		}
		if c.col.primaryKey {
			parts = append(parts, vm.Str(d.drv.primaryKeyDef(typ)))
		}
		switch r := c.col.references.(type) {
		case nil:
		case *SQL:
			if r.kind == kindColumn {
				parts = append(parts, vm.Str("REFERENCES"), vm.Str(r.table+" ("+r.name+")"))
			} else {
				parts = append(parts, vm.Str("REFERENCES"), r)
			}
		default:
			parts = append(parts, vm.Str("REFERENCES"), r)
		}
		items[i] = rawSQL(parts...)
	}
	return rawSQL(vm.Str("CREATE TABLE"), vm.Str(m.table), newList(ListClass, items, ",\n   ", "(\n   ", "\n)"))
}

// CreateAll creates the tables of the models (only the missing ones when
// checkMissing is set) and returns the names of the tables created.
func (d *Database) CreateAll(th *vm.Thread, checkMissing bool) ([]string, error) {
	var created []string
	for _, cls := range d.Models() {
		m, err := mapperOf(th, cls)
		if err != nil {
			continue
		}
		if checkMissing && d.tableExists(th, m) {
			continue
		}
		if _, err := d.run(th, d.createTableSQL(m), nil); err != nil {
			if checkMissing && d.tableExists(th, m) {
				// Created meanwhile by another process sharing the
				// database.
				continue
			}
			return created, err
		}
		created = append(created, m.table)
	}
	return created, nil
}

// tableExists probes the table of a model with a query of its columns.
func (d *Database) tableExists(th *vm.Thread, m *mapper) bool {
	probe, err := m.selectFrom(th, nil, "", vm.False, vm.False, vm.False)
	if err != nil {
		return false
	}
	probe.parts = append(probe.parts, vm.Str("LIMIT"), vm.MakeInt(1))
	_, err = d.run(th, probe, nil)
	return err == nil
}

// InitDB prepares the database at startup (Flask-SQLORM's init_db): the
// migrations when the folder exists, otherwise the missing tables of the
// models. It returns what it did, for the log.
func (d *Database) InitDB(th *vm.Thread, fsys fs.FS, migrations string) (string, error) {
	unlock, err := d.drv.exclusive(th.Context())
	if err != nil {
		return "", raiseDB(th, err)
	}
	defer unlock()
	if fsys != nil {
		if fi, err := fs.Stat(fsys, migrations); err == nil && fi.IsDir() {
			applied, err := d.migrate(th, fsys, migrations)
			if err != nil {
				return "", err
			}
			return fmt.Sprintf("applied %d migration(s)", len(applied)), nil
		}
	}
	created, err := d.CreateAll(th, true)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("created %d table(s)", len(created)), nil
}

// Migration is a file of the migrations folder: NNN_name.sql (or .py).
type Migration struct {
	Version int
	Name    string
	Path    string // slash path in the file system the folder is in
	fsys    fs.FS
}

var migrationName = regexp.MustCompile(`(?i)^([0-9]+)_([^.]+)\.(sql|py)`)

// Migrations lists the migrations of a folder of fsys in order (by file
// name, as sqlorm sorts them).
func Migrations(fsys fs.FS, folder string) ([]Migration, error) {
	entries, err := fs.ReadDir(fsys, folder)
	if err != nil {
		return nil, err
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	var out []Migration
	for _, n := range names {
		m := migrationName.FindStringSubmatch(n)
		if m == nil {
			continue
		}
		v, err := strconv.Atoi(m[1])
		if err != nil {
			continue
		}
		out = append(out, Migration{Version: v, Name: m[2], Path: path.Join(folder, n), fsys: fsys})
	}
	return out, nil
}

// SchemaVersion returns the version of the schema_version table (ok is
// false when the table does not exist).
func (d *Database) SchemaVersion(th *vm.Thread) (int, bool) {
	r, err := d.run(th, vm.Str("SELECT version FROM schema_version LIMIT 1"), nil)
	if err != nil || len(r.vals) == 0 {
		return 0, false
	}
	s, err := th.Str(r.vals[0][0])
	if err != nil {
		return 0, false
	}
	v, err := strconv.Atoi(s)
	return v, err == nil
}

// setSchemaVersion records version in the transaction of a migration,
// with statements that cannot fail on a missing table (a failed statement
// aborts a PostgreSQL transaction).
func (d *Database) setSchemaVersion(th *vm.Thread, s *session, version int) error {
	v := []vm.Value{vm.MakeInt(int64(version))}
	if _, err := s.exec(th, "CREATE TABLE IF NOT EXISTS schema_version (version text)", nil); err != nil {
		return err
	}
	r, err := s.exec(th, "UPDATE schema_version SET version = "+d.drv.placeholder(1)+" RETURNING version", v)
	if err != nil || len(r.vals) > 0 {
		return err
	}
	_, err = s.exec(th, "INSERT INTO schema_version (version) VALUES ("+d.drv.placeholder(1)+")", v)
	return err
}

// Migrate applies the migrations of folder newer than the schema version,
// in order. Each migration and the version it reaches are one
// transaction: a failing migration leaves the database as the previous one
// left it (sqlorm commits a failed run's DDL and records no version).
func (d *Database) Migrate(th *vm.Thread, fsys fs.FS, folder string) ([]Migration, error) {
	unlock, err := d.drv.exclusive(th.Context())
	if err != nil {
		return nil, raiseDB(th, err)
	}
	defer unlock()
	return d.migrate(th, fsys, folder)
}

// migrate is Migrate under the exclusive lock.
func (d *Database) migrate(th *vm.Thread, fsys fs.FS, folder string) ([]Migration, error) {
	all, err := Migrations(fsys, folder)
	if err != nil {
		return nil, err
	}
	from, has := d.SchemaVersion(th)
	var applied []Migration
	for _, mg := range all {
		if has && mg.Version <= from {
			continue
		}
		if err := d.applyMigration(th, mg); err != nil {
			return applied, err
		}
		applied = append(applied, mg)
	}
	return applied, nil
}

func (d *Database) applyMigration(th *vm.Thread, mg Migration) error {
	s := d.enter(th)
	failed := true
	defer func() {
		if failed {
			_ = d.exit(th, true)
		}
	}()
	c, err := s.connect(th)
	if err != nil {
		return err
	}
	if !c.inTx() {
		if _, err := c.exec(th.Context(), "BEGIN", nil); err != nil {
			return raiseDB(th, err)
		}
	}
	if ext := strings.ToLower(path.Ext(mg.Path)); ext == ".py" {
		if d.RunPython == nil {
			return th.Raise(vm.RuntimeErrorClass, "%s: Python migrations need the app (run them with hfc db migrate)", mg.Path)
		}
		if err := d.RunPython(th, mg.Path); err != nil {
			return err
		}
	} else {
		data, err := fs.ReadFile(mg.fsys, mg.Path)
		if err != nil {
			return th.Raise(vm.OSErrorClass, "%v", err)
		}
		for _, stmt := range splitStatements(string(data)) {
			if _, err := s.exec(th, stmt, nil); err != nil {
				if e, ok := err.(*vm.Exception); ok {
					msg, _ := th.Str(e)
					return th.Raise(e.Type(), "%s: %s", path.Base(mg.Path), msg)
				}
				return err
			}
		}
	}
	if err := d.setSchemaVersion(th, s, mg.Version); err != nil {
		return err
	}
	failed = false
	return d.exit(th, false)
}

// InitialMigration is sqlorm's create_initial_migration: the CREATE TABLE
// statements of the models named (by class or table name; all the
// registered models when none) as a migration file's text, with its header
// and name ("initial", or "create_" and the tables joined by "_").
func (d *Database) InitialMigration(th *vm.Thread, names []string) (header, name, text string, err error) {
	var mappers []*mapper
	for _, cls := range d.Models() {
		m, err := mapperOf(th, cls)
		if err != nil {
			return "", "", "", err
		}
		mappers = append(mappers, m)
	}
	if len(names) > 0 {
		var chosen []*mapper
		var tables []string
		for _, n := range names {
			i := slices.IndexFunc(mappers, func(m *mapper) bool { return m.cls.Name == n || m.table == n })
			if i < 0 {
				known := make([]string, len(mappers))
				for j, m := range mappers {
					known[j] = m.cls.Name
				}
				return "", "", "", fmt.Errorf("no model named %s; the models are: %s", n, strings.Join(known, ", "))
			}
			chosen = append(chosen, mappers[i])
			tables = append(tables, mappers[i].table)
		}
		mappers = chosen
		header, name = "Creation of tables: "+strings.Join(tables, ", "), "create_"+strings.Join(tables, "_")
	} else {
		header, name = "Initial creation of the database", "initial"
	}
	if len(mappers) == 0 {
		return "", "", "", fmt.Errorf("the app has no models (models.py defines none)")
	}
	stmts := make([]string, len(mappers))
	for i, m := range mappers {
		if stmts[i], _, err = renderStmt(th, d.drv, d.createTableSQL(m)); err != nil {
			return "", "", "", err
		}
	}
	return header, name, "-- " + header + " (auto-generated by sqlorm)\n\n" + strings.Join(stmts, ";\n\n") + ";\n", nil
}

// NextMigrationVersion is the version of a new migration in folder: one
// more than the last, three digits, or "000" for the first.
func NextMigrationVersion(fsys fs.FS, folder string) string {
	migs, _ := Migrations(fsys, folder)
	if len(migs) == 0 {
		return "000"
	}
	return fmt.Sprintf("%03d", migs[len(migs)-1].Version+1)
}

// SetSchemaVersion records version as the database's schema version
// (init-migrations --set-version: the tables exist already).
func (d *Database) SetSchemaVersion(th *vm.Thread, version int) error {
	s := d.enter(th)
	c, err := s.connect(th)
	if err == nil && !c.inTx() {
		if _, err = c.exec(th.Context(), "BEGIN", nil); err != nil {
			err = raiseDB(th, err)
		}
	}
	if err == nil {
		err = d.setSchemaVersion(th, s, version)
	}
	if err != nil {
		_ = d.exit(th, true)
		return err
	}
	return d.exit(th, false)
}
