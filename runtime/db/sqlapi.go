package db

import (
	"strings"

	"github.com/hyperflask/hfc/runtime/vm"
)

// The Python API of the SQL pieces (sqlorm.sql): constructors, the
// builder's static methods, and the methods every piece has.

func sqlSelf(th *vm.Thread, self vm.Value) (*SQL, error) {
	s, ok := self.(*SQL)
	if !ok {
		return nil, th.TypeError("expected an SQL piece, not %s", self.Type().Name)
	}
	return s, nil
}

func staticM(c *vm.Class, name string, fn vm.BuiltinFunc) {
	c.SetAttr(name, &vm.StaticMethod{Func: vm.NewBuiltin(name, fn)})
}

// itemsArg is List's *items: one non-string iterable argument is the
// items, otherwise the arguments are.
func itemsArg(th *vm.Thread, args []vm.Value) ([]vm.Value, error) {
	if len(args) == 1 {
		switch args[0].(type) {
		case vm.Str, *SQL:
		default:
			if it, err := th.Iter(args[0]); err == nil {
				var out []vm.Value
				for {
					v, err := it.Next(th)
					if err != nil {
						return nil, err
					}
					if v == nil {
						return out, nil
					}
					out = append(out, v)
				}
			}
		}
	}
	return append([]vm.Value(nil), args...), nil
}

func initSQLClasses() {
	SQLClass.SetNew(func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.NoKwargs("SQL", kwnames); err != nil {
			return nil, err
		}
		return rawSQL(append([]vm.Value(nil), args...)...), nil
	})
	staticM(SQLClass, "select", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return rawSQL(append([]vm.Value{vm.Str("SELECT")}, args...)...), nil
	})
	staticM(SQLClass, "insert_into", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return rawSQL(append([]vm.Value{vm.Str("INSERT INTO")}, args...)...), nil
	})
	staticM(SQLClass, "delete_from", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return rawSQL(append([]vm.Value{vm.Str("DELETE FROM")}, args...)...), nil
	})
	staticM(SQLClass, "insert", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		var table, values vm.Value
		if err := th.UnpackArgs("insert", args, kwnames, "table", &table, "values", &values); err != nil {
			return nil, err
		}
		if ok, err := th.Truth(values); err != nil {
			return nil, err
		} else if !ok {
			return rawSQL(vm.Str("INSERT INTO"), table, vm.Str("DEFAULT VALUES")), nil
		}
		d, ok := values.(*vm.Dict)
		if !ok {
			return rawSQL(vm.Str("INSERT INTO"), table, values), nil
		}
		var cols, vals []vm.Value
		d.Items(func(k, v vm.Value) bool {
			cols = append(cols, k)
			if !isSQL(v) {
				name, _ := k.(vm.Str)
				v = param(v, string(name))
			}
			vals = append(vals, v)
			return true
		})
		return rawSQL(vm.Str("INSERT INTO"), table, tupleSQL(cols...), vm.Str("VALUES"), tupleSQL(vals...)), nil
	})
	staticM(SQLClass, "update", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		var table, values vm.Value = nil, vm.None
		if err := th.UnpackArgs("update", args, kwnames, "table", &table, "values?", &values); err != nil {
			return nil, err
		}
		d, ok := values.(*vm.Dict)
		if !ok {
			return rawSQL(vm.Str("UPDATE"), table), nil
		}
		var sets []vm.Value
		d.Items(func(k, v vm.Value) bool {
			if !isSQL(v) {
				name, _ := k.(vm.Str)
				v = param(v, string(name))
			}
			sets = append(sets, rawSQL(k, vm.Str("="), v))
			return true
		})
		return rawSQL(vm.Str("UPDATE"), table, vm.Str("SET"), listSQL(sets...)), nil
	})

	list := func(cls *vm.Class, join, start, end string) vm.NewFunc {
		return func(th *vm.Thread, c *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
			npos := len(args) - len(kwnames)
			items, err := itemsArg(th, args[:npos])
			if err != nil {
				return nil, err
			}
			j, s, e := join, start, end
			for i, k := range kwnames {
				v := optStr(args[npos+i])
				switch {
				case k == "joinstr" && cls == ListClass:
					j = v
				case k == "startstr" && cls == ListClass:
					s = v
				case k == "endstr" && cls == ListClass:
					e = v
				default:
					return nil, th.TypeError("%s() got an unexpected keyword argument '%s'", cls.Name, k)
				}
			}
			return newList(cls, items, j, s, e), nil
		}
	}
	ListClass.SetNew(list(ListClass, ",", "", ""))
	AndClass.SetNew(list(AndClass, "AND", "(", ")"))
	OrClass.SetNew(list(OrClass, "OR", "(", ")"))
	TupleSQLClass.SetNew(list(TupleSQLClass, ",", "(", ")"))
	ListClass.AddMethod("append", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		s, err := sqlSelf(th, self)
		if err != nil {
			return nil, err
		}
		if err := th.ExactArgs("append", args, kwnames, 1); err != nil {
			return nil, err
		}
		s.parts = append(s.parts, args[0])
		return vm.None, nil
	})

	ParameterClass.SetNew(func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		var v, name vm.Value = nil, vm.None
		if err := th.UnpackArgs("Parameter", args, kwnames, "value", &v, "name?", &name); err != nil {
			return nil, err
		}
		return param(v, optStr(name)), nil
	})
	IdentifierClass.SetNew(func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		var name, alias vm.Value = nil, vm.None
		if err := th.UnpackArgs("Identifier", args, kwnames, "name", &name, "alias?", &alias); err != nil {
			return nil, err
		}
		if s, ok := name.(*SQL); ok {
			a := optStr(alias)
			if a == "" {
				a = s.alias
			}
			return ident(s.name, a), nil
		}
		n, err := th.Str(name)
		if err != nil {
			return nil, err
		}
		return ident(n, optStr(alias)), nil
	})
	SQLColumnClass.SetNew(func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		var name, table, prefix, alias vm.Value = nil, vm.None, vm.None, vm.None
		if err := th.UnpackArgs("Column", args, kwnames, "name", &name, "table?", &table, "prefix?", &prefix, "alias?", &alias); err != nil {
			return nil, err
		}
		if s, ok := name.(*SQL); ok {
			c := sqlCol(s.name, s.table)
			c.prefix, c.alias = s.prefix, s.alias
			if t := optStr(table); t != "" {
				c.table = t
			}
			if p := optStr(prefix); p != "" {
				c.prefix = p
			}
			if a := optStr(alias); a != "" {
				c.alias = a
			}
			return c, nil
		}
		n, err := th.Str(name)
		if err != nil {
			return nil, err
		}
		c := sqlCol(n, optStr(table))
		c.prefix, c.alias = optStr(prefix), optStr(alias)
		return c, nil
	})
	ColumnListClass.SetNew(func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		var cols, table, prefix, wildcard vm.Value = nil, vm.None, vm.None, vm.None
		if err := th.UnpackArgs("ColumnList", args, kwnames, "columns", &cols, "table?", &table, "prefix?", &prefix, "wildcard?", &wildcard); err != nil {
			return nil, err
		}
		items, err := th.ToSlice(cols)
		if err != nil {
			return nil, err
		}
		cs := make([]*SQL, len(items))
		for i, it := range items {
			if s, ok := it.(*SQL); ok && s.kind == kindColumn {
				cs[i] = s
				continue
			}
			n, err := th.Str(it)
			if err != nil {
				return nil, err
			}
			cs[i] = sqlCol(n, "")
		}
		w := int8(-1)
		if b, ok := wildcard.(vm.Bool); ok {
			w = b2i8(bool(b))
		}
		return colList(cs, optStr(table), optStr(prefix), w), nil
	})

	SQLClass.SetAttr("List", ListClass)
	SQLClass.SetAttr("And", AndClass)
	SQLClass.SetAttr("Or", OrClass)
	SQLClass.SetAttr("Tuple", TupleSQLClass)
	SQLClass.SetAttr("Param", ParameterClass)
	SQLClass.SetAttr("Id", IdentifierClass)
	SQLClass.SetAttr("Col", SQLColumnClass)
	SQLClass.SetAttr("Cols", ColumnListClass)
	SQLClass.SetAttr("funcs", funcFactory{})

	methods := map[string]vm.MethodFunc{
		"render": func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			s, params, err := renderStmt(th, nil, self)
			if err != nil {
				return nil, err
			}
			return vm.Tuple{vm.Str(s), vm.NewList(params)}, nil
		},
		"__sql__": func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			s, params, err := renderStmt(th, nil, self)
			if err != nil {
				return nil, err
			}
			return vm.Tuple{vm.Str(s), vm.NewList(params)}, nil
		},
		"op": func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs("op", args, kwnames, 2); err != nil {
				return nil, err
			}
			o, err := th.Str(args[0])
			if err != nil {
				return nil, err
			}
			return op(self, o, args[1]), nil
		},
	}
	for _, o := range []struct{ name, op string }{{"in_", "IN"}, {"notin", "NOT IN"}, {"like", "LIKE"}, {"ilike", "ILIKE"}} {
		o := o
		methods[o.name] = func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs(o.name, args, kwnames, 1); err != nil {
				return nil, err
			}
			if o.op == "IN" || o.op == "NOT IN" {
				return inOp(th, self, o.op, args[0])
			}
			return op(self, o.op, args[0]), nil
		}
	}
	for name, fn := range methods {
		SQLStrClass.AddMethod(name, fn)
	}
	IdentifierClass.AddMethod("aliased", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		s, err := sqlSelf(th, self)
		if err != nil {
			return nil, err
		}
		if err := th.ExactArgs("aliased", args, kwnames, 1); err != nil {
			return nil, err
		}
		return s.withAlias(optStr(args[0])), nil
	})
	for _, name := range []string{"aliased_table", "prefixed"} {
		name := name
		fn := func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			s, err := sqlSelf(th, self)
			if err != nil {
				return nil, err
			}
			if err := th.ExactArgs(name, args, kwnames, 1); err != nil {
				return nil, err
			}
			v := optStr(args[0])
			if s.kind == kindColumns {
				if name == "prefixed" {
					return colList(s.cols, s.table, v, s.wildcard), nil
				}
				return colList(s.cols, v, s.prefix, s.wildcard), nil
			}
			if name == "prefixed" {
				return s.withPrefix(v), nil
			}
			return s.withTable(v), nil
		}
		SQLColumnClass.AddMethod(name, fn)
		ColumnListClass.AddMethod(name, fn)
	}
	ColumnListClass.AddMethod("get", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		s, err := sqlSelf(th, self)
		if err != nil {
			return nil, err
		}
		if err := th.ExactArgs("get", args, kwnames, 1); err != nil {
			return nil, err
		}
		if c := s.column(optStr(args[0])); c != nil {
			return c, nil
		}
		return vm.None, nil
	})
}

// funcFactory is SQL.funcs: SQL.funcs.count(x) is COUNT ( x ), with
// values bound as parameters.
type funcFactory struct{}

func (funcFactory) Type() *vm.Class { return funcFactoryClass }

var funcFactoryClass = vm.NewGoClass("FunctionFactory", "sqlorm.sql", nil, nil)

func (funcFactory) fn(name string) vm.Value {
	return vm.NewBuiltin(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.NoKwargs(name, kwnames); err != nil {
			return nil, err
		}
		return &SQL{cls: FunctionSQLClass, kind: kindFunc, name: strings.ToUpper(name), parts: append([]vm.Value(nil), args...)}, nil
	})
}

// GetAttr implements SQL.funcs.NAME.
func (f funcFactory) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	if strings.HasPrefix(name, "__") {
		return nil, false, nil
	}
	return f.fn(name), true, nil
}

// GetItem implements SQL.funcs["NAME"].
func (f funcFactory) GetItem(th *vm.Thread, key vm.Value) (vm.Value, error) {
	name, err := th.Str(key)
	if err != nil {
		return nil, err
	}
	return f.fn(name), nil
}
