package db

import (
	"sync"

	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

// DatabaseClass is the class of db (Flask-SQLORM's extension object).
var DatabaseClass = vm.NewGoClass("FlaskSQLORM", "flask_sqlorm", nil, nil)

// Type implements vm.Value.
func (d *Database) Type() *vm.Class { return DatabaseClass }

// Repr implements repr().
func (d *Database) Repr(*vm.Thread) (string, error) { return "<FlaskSQLORM " + d.uri + ">", nil }

// sqlTypes are the SQL types of sqlorm.types by name.
var sqlTypes = map[string]vm.Value{
	"Integer": typeInteger, "Decimal": typeDecimal, "Varchar": typeVarchar, "Text": typeText,
	"Boolean": typeBoolean, "Date": typeDate, "Time": typeTime, "DateTime": typeDateTime, "JSON": typeJSON,
}

// sqlormMembers are the names sqlorm exports that hfc provides (the
// db object has them too, as Flask-SQLORM copies them).
func sqlormMembers() map[string]vm.Value {
	m := map[string]vm.Value{
		"SQL": SQLClass, "Column": ColumnClass, "Relationship": RelationshipClass, "SQLType": SQLTypeClass,
		"PrimaryKey": primaryKeyMarker{}, "sqlfunc": sqlfuncB, "fetchall": fetchallB, "fetchone": fetchoneB,
		"fetchscalar": fetchscalarB, "fetchscalars": fetchscalarsB, "fetchcomposite": fetchcompB,
		"execute": executeB, "update": updateB, "ResultSet": ResultSetClass,
		"MissingSessionError": MissingSessionErrorClass, "MapperError": MapperErrorClass,
		"SQLTemplateError": SQLTemplateErrorClass,
	}
	for k, v := range sqlTypes {
		m[k] = v
	}
	return m
}

// GetAttr answers db's attributes: db.Model, the names of sqlorm, and
// the DB-API exceptions (db.IntegrityError …, an hfc convenience).
func (d *Database) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "Model":
		return d.Model, true, nil
	case "uri":
		return vm.Str(d.uri), true, nil
	case "session":
		return sessionProxy{d}, true, nil
	case "models":
		out := []vm.Value{}
		for _, c := range d.Models() {
			out = append(out, c)
		}
		return vm.NewList(out), true, nil
	}
	if v, ok := sqlormMembers()[name]; ok {
		return v, true, nil
	}
	if c, ok := dbErrorClasses[name]; ok {
		return c, true, nil
	}
	switch name {
	case "Error":
		return DBErrorClass, true, nil
	case "create_all", "init_db", "migrate":
		return vm.NewBuiltin(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs(name, args, kwnames, 0); err != nil {
				return nil, err
			}
			var err error
			switch name {
			case "create_all":
				_, err = d.CreateAll(th, false)
			case "init_db":
				_, err = d.InitDB(th, d.MigrationsFS, d.MigrationsDir)
			default:
				if d.MigrationsFS == nil {
					return nil, th.Raise(vm.RuntimeErrorClass, "db.migrate(): the app has no migrations folder")
				}
				_, err = d.Migrate(th, d.MigrationsFS, d.MigrationsDir)
			}
			return vm.None, err
		}), true, nil
	}
	return nil, false, nil
}

func init() {
	DatabaseClass.AddMethod("__enter__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return self.(*Database).enterBlock(th), nil
	})
	DatabaseClass.AddMethod("__exit__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return self.(*Database).exitBlock(th, args)
	})
	ColumnClass.SetNew(columnNew)
	RelationshipClass.SetNew(relationshipNew)
	initSQLClasses()

	loader.RegisterGoModule("sqlite3", func() *vm.Module {
		m := map[string]vm.Value{"Error": DBErrorClass, "Warning": WarningClass, "Row": RowClass,
			"sqlite_version": vm.Str("3.49.1"), "paramstyle": vm.Str("qmark")}
		for k, c := range dbErrorClasses {
			m[k] = c
		}
		return vm.NewGoModule("sqlite3", m)
	})
	loader.RegisterGoModule("sqlorm", func() *vm.Module {
		m := sqlormMembers()
		m["Model"] = ModelClass
		return vm.NewGoModule("sqlorm", m)
	})
	loader.RegisterGoModule("hyperflask.factory", func() *vm.Module {
		return vm.NewGoModule("hyperflask.factory", map[string]vm.Value{"db": scriptDB()})
	})
}

var (
	scriptOnce sync.Once
	scriptDb   *Database
)

// scriptDB is the db of programs run outside an app (hfc run): an
// in-memory database.
func scriptDB() vm.Value {
	scriptOnce.Do(func() {
		d, err := Open(Options{URI: "sqlite://:memory:"})
		if err != nil {
			panic(err)
		}
		scriptDb = d
	})
	return scriptDb
}

// Module returns the hyperflask.factory module of an app whose database
// is d (the server puts it in the app's loader).
func (d *Database) Module(extra map[string]vm.Value) *vm.Module {
	m := map[string]vm.Value{"db": d}
	for k, v := range extra {
		m[k] = v
	}
	return vm.NewGoModule("hyperflask.factory", m)
}
