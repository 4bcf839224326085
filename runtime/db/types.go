package db

import (
	"github.com/hyperflask/hfc/runtime/stdlib/json"
	"github.com/hyperflask/hfc/runtime/vm"
)

// SQLType is sqlorm's SQLType: the SQL type written by CREATE TABLE, and
// optional loader/dumper callables converting values read and written.
type SQLType struct {
	SQL            string
	loader, dumper vm.Value // nil when absent
	json           bool     // the JSON type: json.loads/json.dumps
}

// SQLTypeClass is sqlorm.types.SQLType.
var SQLTypeClass = vm.NewGoClass("SQLType", "sqlorm.types", nil, nil)

// Type implements vm.Value.
func (t *SQLType) Type() *vm.Class { return SQLTypeClass }

// Str implements str(): the SQL type.
func (t *SQLType) Str(*vm.Thread) (string, error) { return t.SQL, nil }

// Repr implements repr().
func (t *SQLType) Repr(*vm.Thread) (string, error) { return "<SQLType " + t.SQL + ">", nil }

// GetAttr answers sql_type, loader and dumper.
func (t *SQLType) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "sql_type":
		return vm.Str(t.SQL), true, nil
	case "loader":
		return orNone(t.loader), true, nil
	case "dumper":
		return orNone(t.dumper), true, nil
	}
	return nil, false, nil
}

func orNone(v vm.Value) vm.Value {
	if v == nil {
		return vm.None
	}
	return v
}

// The types of sqlorm.types.
var (
	typeInteger  = &SQLType{SQL: "integer"}
	typeDecimal  = &SQLType{SQL: "decimal"}
	typeVarchar  = &SQLType{SQL: "varchar"}
	typeText     = &SQLType{SQL: "text"}
	typeBoolean  = &SQLType{SQL: "boolean"}
	typeDate     = &SQLType{SQL: "date"}
	typeTime     = &SQLType{SQL: "time"}
	typeDateTime = &SQLType{SQL: "datetime"}
	typeJSON     = &SQLType{SQL: "json", json: true}
)

func init() {
	SQLTypeClass.SetNew(func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		var name, loader, dumper vm.Value = nil, vm.None, vm.None
		if err := th.UnpackArgs("SQLType", args, kwnames, "sql_type", &name, "loader?", &loader, "dumper?", &dumper); err != nil {
			return nil, err
		}
		s, err := th.Str(name)
		if err != nil {
			return nil, err
		}
		t := &SQLType{SQL: s}
		if !vm.Is(loader, vm.None) {
			t.loader = loader
		}
		if !vm.Is(dumper, vm.None) {
			t.dumper = dumper
		}
		return t, nil
	})
}

// sqlTypeOf is SQLType.from_pytype: SQLType values as they are, strings
// as the SQL type they name, Python types through the map of sqlorm
// (int, float, str, bool, date, time, datetime, dict), other classes by
// their __sqltype__ or their name.
func sqlTypeOf(th *vm.Thread, v vm.Value) (*SQLType, error) {
	switch x := v.(type) {
	case *SQLType:
		return x, nil
	case vm.Str:
		return &SQLType{SQL: string(x)}, nil
	case *vm.Class:
		switch x {
		case vm.IntClass:
			return typeInteger, nil
		case vm.FloatClass:
			return typeDecimal, nil
		case vm.StrClass:
			return typeText, nil
		case vm.BoolClass:
			return typeBoolean, nil
		case vm.DictClass:
			return typeJSON, nil
		}
		if x.Module == "datetime" {
			switch x.Name {
			case "date":
				return typeDate, nil
			case "time":
				return typeTime, nil
			case "datetime":
				return typeDateTime, nil
			}
		}
		if st := x.Lookup("__sqltype__"); st != nil {
			s, err := th.Str(st)
			return &SQLType{SQL: s}, err
		}
		return &SQLType{SQL: x.Name}, nil
	}
	if st, err := th.GetAttr(v, "__sqltype__"); err == nil {
		s, err := th.Str(st)
		return &SQLType{SQL: s}, err
	}
	name, err := th.GetAttr(v, "__name__")
	if err != nil {
		return nil, th.TypeError("cannot map %s to an SQL type; expected a type, an SQLType or a string", v.Type().Name)
	}
	s, err := th.Str(name)
	return &SQLType{SQL: s}, err
}

// load converts a value read from the database.
func (t *SQLType) load(th *vm.Thread, v vm.Value) (vm.Value, error) {
	switch {
	case t == nil:
		return v, nil
	case t.json:
		s, ok := v.(vm.Str)
		if !ok {
			return v, nil
		}
		return json.Loads(th, string(s))
	case t.loader != nil:
		return th.Call(t.loader, v)
	}
	return v, nil
}

// dump converts a value written to the database.
func (t *SQLType) dump(th *vm.Thread, v vm.Value) (vm.Value, error) {
	switch {
	case t == nil:
		return v, nil
	case t.json:
		mod, err := th.Importer.Import(th, "json")
		if err != nil {
			return nil, err
		}
		dumps, err := th.GetAttr(mod, "dumps")
		if err != nil {
			return nil, err
		}
		return th.Call(dumps, v)
	case t.dumper != nil:
		return th.Call(t.dumper, v)
	}
	return v, nil
}
