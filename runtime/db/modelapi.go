package db

import (
	"context"
	"strings"

	"github.com/hyperflask/hfc/runtime/vm"
)

// ModelClass is sqlorm's Model: the methods every model has. Each
// Database derives its own db.Model from it, which knows the database.
var ModelClass = newBaseModel()

func newBaseModel() *vm.Class {
	ns := vm.NewStrDict()
	ns.Set("__module__", vm.Str("sqlorm.model"))
	ns.Set("__abstract_model__", vm.True)
	th := vm.NewThread(context.Background())
	c, err := vm.NewClass(th, "Model", "Model", "sqlorm.model", nil, ns)
	if err != nil {
		panic(err)
	}
	classMethods := map[string]vm.BuiltinFunc{
		"__init_subclass__": modelInitSubclass,
		"select_from":       modelSelectFrom,
		"query":             modelQuery,
		"find_all":          modelFindAll,
		"find_one":          modelFindOne,
		"get":               modelGet,
		"get_or_404":        modelGetOr404,
		"find_one_or_404":   modelFindOneOr404,
		"create":            modelCreate,
	}
	for name, fn := range classMethods {
		c.SetAttr(name, &vm.ClassMethod{Func: vm.NewBuiltin(name, fn)})
	}
	methods := map[string]vm.MethodFunc{
		"__init__":    modelInit,
		"__setattr__": modelSetattr,
		"__repr__":    modelRepr,
		"__str__":     modelStr,
		"__html__":    modelHTML,
		"__sql__":     modelSQL,
		"refresh":     modelRefresh,
		"insert":      modelInsert,
		"update":      modelUpdate,
		"save":        modelSave,
		"delete":      modelDelete,
	}
	for name, fn := range methods {
		c.AddMethod(name, fn)
	}
	c.SetAttr("__macro__", vm.None)
	addModelSignals(c)
	meta := vm.NewStrDict()
	meta.Set("__module__", vm.Str("sqlorm.model"))
	meta.Set("auto_primary_key", vm.Str("id"))
	meta.Set("auto_primary_key_type", typeInteger)
	meta.Set("allow_unknown_columns", vm.True)
	meta.Set("columns_default_nullable", vm.True)
	meta.Set("insert_update_dirty_only", vm.True)
	mc, err := vm.NewClass(th, "Meta", "Model.Meta", "sqlorm.model", nil, meta)
	if err != nil {
		panic(err)
	}
	c.SetAttr("Meta", mc)
	return c
}

// newModelClass makes db.Model for a database.
func (d *Database) newModelClass() *vm.Class {
	ns := vm.NewStrDict()
	ns.Set("__module__", vm.Str("hyperflask.model"))
	ns.Set("__abstract_model__", vm.True)
	ns.Set("__engine__", d)
	th := vm.NewThread(context.Background())
	c, err := vm.NewClass(th, "Model", "Model", "hyperflask.model", ModelClass, ns)
	if err != nil {
		panic(err)
	}
	addModelSignals(c)
	return c
}

// databaseOf returns the database of a model class.
func databaseOf(th *vm.Thread, cls *vm.Class) (*Database, error) {
	if d, ok := cls.Lookup("__engine__").(*Database); ok {
		return d, nil
	}
	return nil, th.Raise(MissingSessionErrorClass, "model %s is not bound to a database (derive it from db.Model)", cls.Name)
}

func modelInitSubclass(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) == 0 {
		return nil, th.TypeError("__init_subclass__() missing the class")
	}
	cls, ok := args[0].(*vm.Class)
	if !ok {
		return nil, th.TypeError("__init_subclass__() expects a class")
	}
	d, err := databaseOf(th, cls)
	if err != nil {
		return nil, err
	}
	return vm.None, processClass(th, cls, d)
}

// classArg returns the class a class method was called on.
func classArg(th *vm.Thread, name string, args []vm.Value) (*vm.Class, *mapper, error) {
	if len(args) == 0 {
		return nil, nil, th.TypeError("%s() missing the class", name)
	}
	cls, ok := args[0].(*vm.Class)
	if !ok {
		return nil, nil, th.TypeError("%s() must be called on a model class", name)
	}
	m, err := mapperOf(th, cls)
	return cls, m, err
}

func optStr(v vm.Value) string {
	if s, ok := v.(vm.Str); ok {
		return string(s)
	}
	return ""
}

func modelSelectFrom(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	_, m, err := classArg(th, "select_from", args)
	if err != nil {
		return nil, err
	}
	var columns, alias, withRels, withJoins, withLazy vm.Value = vm.None, vm.None, vm.None, vm.None, vm.False
	if err := th.UnpackArgs("select_from", args[1:], kwnames, "columns?", &columns, "table_alias?", &alias,
		"with_rels?", &withRels, "with_joins?", &withJoins, "with_lazy?", &withLazy); err != nil {
		return nil, err
	}
	return m.selectFrom(th, columns, optStr(alias), withRels, withJoins, withLazy)
}

// query runs a statement and returns its rows as instances of the model.
func (m *mapper) query(th *vm.Thread, stmt vm.Value, params []vm.Value) (*ResultSet, error) {
	if !listened(m.cls, "before_query") {
		return m.run(th, stmt, params)
	}
	var pv vm.Value = vm.None
	if params != nil {
		pv = vm.NewList(params)
	}
	rv, cancelled, err := fire(th, m.cls, "before_query", queryKw, stmt, pv)
	switch {
	case err != nil:
		return nil, err
	case cancelled:
		return newResultSet(m, &rows{}), nil
	}
	switch x := rv.(type) {
	case *ResultSet:
		return x, nil
	case vm.Tuple:
		if len(x) != 2 {
			return nil, th.TypeError("before_query: a receiver returned a tuple of %d items; expected (stmt, params)", len(x))
		}
		stmt, params = x[0], nil
		if !vm.Is(x[1], vm.None) {
			if params, err = th.ToSlice(x[1]); err != nil {
				return nil, err
			}
		}
	}
	return m.run(th, stmt, params)
}

// run executes a query and makes its result set.
func (m *mapper) run(th *vm.Thread, stmt vm.Value, params []vm.Value) (*ResultSet, error) {
	r, err := m.db.run(th, stmt, params)
	if err != nil {
		return nil, err
	}
	return newResultSet(m, r), nil
}

func modelQuery(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	_, m, err := classArg(th, "query", args)
	if err != nil {
		return nil, err
	}
	var stmt, params vm.Value = nil, vm.None
	if err := th.UnpackArgs("query", args[1:], kwnames, "stmt", &stmt, "params?", &params); err != nil {
		return nil, err
	}
	var ps []vm.Value
	if !vm.Is(params, vm.None) {
		if ps, err = th.ToSlice(params); err != nil {
			return nil, err
		}
	}
	return m.query(th, stmt, ps)
}

// findStmt builds the SELECT of find_all and find_one.
func findStmt(th *vm.Thread, name string, args []vm.Value, kwnames []string, withPaging bool) (*mapper, *SQL, error) {
	_, m, err := classArg(th, name, args)
	if err != nil {
		return nil, nil, err
	}
	args = args[1:]
	npos := len(args) - len(kwnames)
	where := andSQL()
	if npos > 1 {
		return nil, nil, th.TypeError("%s() takes at most 1 positional argument (%d given)", name, npos)
	}
	if npos == 1 {
		if ok, err := th.Truth(args[0]); err != nil {
			return nil, nil, err
		} else if ok {
			where.parts = append(where.parts, args[0])
		}
	}
	var withRels, withJoins, withLazy, orderBy, limit, offset vm.Value = vm.None, vm.None, vm.False, vm.None, vm.None, vm.None
	for i, k := range kwnames {
		v := args[npos+i]
		switch k {
		case "_where":
			if ok, err := th.Truth(v); err != nil {
				return nil, nil, err
			} else if ok {
				where.parts = append(where.parts, v)
			}
		case "with_rels":
			withRels = v
		case "with_joins":
			withJoins = v
		case "with_lazy":
			withLazy = v
		case "order_by":
			orderBy = v
		case "limit", "offset":
			if !withPaging {
				return nil, nil, th.TypeError("%s() got an unexpected keyword argument '%s'", name, k)
			}
			if k == "limit" {
				limit = v
			} else {
				offset = v
			}
		default:
			where.parts = append(where.parts, op(sqlCol(k, m.table), "=", v))
		}
	}
	stmt, err := m.selectFrom(th, nil, "", withRels, withJoins, withLazy)
	if err != nil {
		return nil, nil, err
	}
	if len(where.parts) > 0 {
		stmt.parts = append(stmt.parts, vm.Str("WHERE"), where)
	}
	clause := func(kw string, v vm.Value) error {
		ok, err := th.Truth(v)
		if err != nil || !ok {
			return err
		}
		switch x := v.(type) {
		case *vm.List, vm.Tuple:
			items, _ := th.ToSlice(x)
			v = listSQL(items...)
		}
		stmt.parts = append(stmt.parts, vm.Str(kw), v)
		return nil
	}
	if err := clause("ORDER BY", orderBy); err != nil {
		return nil, nil, err
	}
	if err := clause("LIMIT", limit); err != nil {
		return nil, nil, err
	}
	if err := clause("OFFSET", offset); err != nil {
		return nil, nil, err
	}
	return m, stmt, nil
}

func modelFindAll(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	m, stmt, err := findStmt(th, "find_all", args, kwnames, true)
	if err != nil {
		return nil, err
	}
	return m.query(th, stmt, nil)
}

func modelFindOne(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	m, stmt, err := findStmt(th, "find_one", args, kwnames, false)
	if err != nil {
		return nil, err
	}
	stmt.parts = append(stmt.parts, vm.Str("LIMIT"), vm.MakeInt(1))
	rs, err := m.query(th, stmt, nil)
	if err != nil {
		return nil, err
	}
	return rs.first(th)
}

func modelGet(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	_, m, err := classArg(th, "get", args)
	if err != nil {
		return nil, err
	}
	var pk, withRels, withLazy vm.Value = nil, vm.False, vm.False
	if err := th.UnpackArgs("get", args[1:], kwnames, "pk", &pk, "with_rels?", &withRels, "with_lazy?", &withLazy); err != nil {
		return nil, err
	}
	stmt, err := m.selectFrom(th, nil, "", withRels, vm.None, withLazy)
	if err != nil {
		return nil, err
	}
	cond, err := m.pkCondition(th, pk, m.table)
	if err != nil {
		return nil, err
	}
	stmt.parts = append(stmt.parts, vm.Str("WHERE"), cond, vm.Str("LIMIT"), vm.MakeInt(1))
	rs, err := m.query(th, stmt, nil)
	if err != nil {
		return nil, err
	}
	return rs.first(th)
}

// abort404 raises the 404 error of werkzeug.exceptions (the server's), as
// Flask's abort(404).
func abort404(th *vm.Thread) error {
	if th.Importer != nil {
		if mod, err := th.Importer.Import(th, "werkzeug.exceptions"); err == nil {
			if abort, err := th.GetAttr(mod, "abort"); err == nil {
				_, err := th.Call(abort, vm.MakeInt(404))
				if err != nil {
					return err
				}
			}
		}
	}
	return th.Raise(vm.LookupErrorClass, "404 Not Found")
}

func orAbort(th *vm.Thread, v vm.Value, err error) (vm.Value, error) {
	if err != nil {
		return nil, err
	}
	if ok, err := th.Truth(v); err != nil {
		return nil, err
	} else if !ok {
		return nil, abort404(th)
	}
	return v, nil
}

func modelGetOr404(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	v, err := modelGet(th, args, kwnames)
	return orAbort(th, v, err)
}

func modelFindOneOr404(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	v, err := modelFindOne(th, args, kwnames)
	return orAbort(th, v, err)
}

func modelCreate(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	cls, _, err := classArg(th, "create", args)
	if err != nil {
		return nil, err
	}
	if len(args)-len(kwnames) > 1 {
		return nil, th.TypeError("create() takes only keyword arguments")
	}
	obj, err := th.CallValue(cls, args[1:], kwnames)
	if err != nil {
		return nil, err
	}
	if _, err := th.CallValue(mustMethod(th, obj, "insert"), nil, nil); err != nil {
		return nil, err
	}
	return obj, nil
}

func mustMethod(th *vm.Thread, obj vm.Value, name string) vm.Value {
	m, err := th.GetAttr(obj, name)
	if err != nil {
		return vm.NewBuiltin(name, func(*vm.Thread, []vm.Value, []string) (vm.Value, error) { return nil, err })
	}
	return m
}

// instanceArg checks a method's receiver.
func instanceArg(th *vm.Thread, name string, self vm.Value) (*vm.Instance, *mapper, error) {
	inst, ok := self.(*vm.Instance)
	if !ok {
		return nil, nil, th.TypeError("%s() requires a model instance", name)
	}
	m, err := mapperOf(th, inst.Type())
	return inst, m, err
}

// modelInit is Model.__init__(**values): the columns' defaults, then the
// values, set as attributes (so all are dirty and get written).
func modelInit(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) != len(kwnames) {
		return nil, th.TypeError("%s() takes only keyword arguments", self.Type().Name)
	}
	var names []string
	var vals []vm.Value
	if m, err := mapperOf(th, self); err == nil {
		if names, vals, err = m.defaults(th); err != nil {
			return nil, err
		}
	}
	for i, k := range kwnames {
		replaced := false
		for j, n := range names {
			if n == k {
				vals[j] = args[i]
				replaced = true
			}
		}
		if !replaced {
			names = append(names, k)
			vals = append(vals, args[i])
		}
	}
	for i, n := range names {
		if err := th.SetAttr(self, n, vals[i]); err != nil {
			return nil, err
		}
	}
	return vm.None, nil
}

// modelSetattr is Model.__setattr__: columns and relationships set
// through their descriptor, any other attribute straight into the
// instance dict; either way the attribute is marked dirty.
func modelSetattr(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("__setattr__", args, kwnames, 2); err != nil {
		return nil, err
	}
	inst, ok := self.(*vm.Instance)
	if !ok {
		return nil, th.TypeError("__setattr__() requires a model instance")
	}
	name, ok := args[0].(vm.Str)
	if !ok {
		return nil, th.TypeError("attribute name must be string, not '%s'", args[0].Type().Name)
	}
	switch d := inst.Type().Lookup(string(name)).(type) {
	case *SQL:
		if d.col != nil {
			return vm.None, d.DescrSet(th, inst, args[1])
		}
	case *Relationship:
		return vm.None, d.DescrSet(th, inst, args[1])
	}
	inst.Dict.SetStr(string(name), args[1])
	return vm.None, flagDirty(th, inst, string(name))
}

func modelRepr(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	pk := "?"
	if inst, ok := self.(*vm.Instance); ok {
		if m, err := mapperOf(th, inst.Type()); err == nil {
			if v := m.pkValue(inst); v != nil {
				if t, err := th.Truth(v); err == nil && t {
					s, err := th.Str(v)
					if err != nil {
						return nil, err
					}
					pk = s
				}
			}
		}
	}
	return vm.Str("<" + self.Type().Name + "(" + pk + ")>"), nil
}

// renderMacro renders a model object with its __macro__: "Name(prop)"
// calls component Name with prop=obj ("obj" when no prop is given).
func renderMacro(th *vm.Thread, self vm.Value) (vm.Value, bool, error) {
	mv := self.Type().Lookup("__macro__")
	macro, ok := mv.(vm.Str)
	if !ok || macro == "" {
		return nil, false, nil
	}
	name, prop := string(macro), "obj"
	if i := strings.LastIndexByte(name, '('); i >= 0 {
		name, prop = name[:i], strings.TrimRight(name[i+1:], ")")
	}
	if th.Importer == nil {
		return nil, true, th.Raise(vm.RuntimeErrorClass, "cannot render %s with macro %s outside an app", self.Type().Name, name)
	}
	flask, err := th.Importer.Import(th, "flask")
	if err != nil {
		return nil, true, err
	}
	app, err := th.GetAttr(flask, "current_app")
	if err != nil {
		return nil, true, err
	}
	macros, err := th.GetAttr(app, "macros")
	if err != nil {
		return nil, true, err
	}
	fn, err := th.GetItem(macros, vm.Str(name))
	if err != nil {
		return nil, true, err
	}
	var out vm.Value
	if prop == "" {
		out, err = th.CallValue(fn, nil, nil)
	} else {
		out, err = th.CallValue(fn, []vm.Value{self}, []string{prop})
	}
	if err != nil {
		return nil, true, err
	}
	s, err := th.Str(out)
	return vm.Markup(s), true, err
}

// modelStr is Hyperflask's Model.__str__: the __macro__ component's HTML,
// or repr() for a model without one.
func modelStr(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	if v, ok, err := renderMacro(th, self); ok || err != nil {
		if m, isMarkup := v.(vm.Markup); isMarkup {
			v = vm.Str(m)
		}
		return v, err
	}
	r, err := th.Repr(self)
	return vm.Str(r), err
}

// modelHTML is __html__: the component's HTML is markup, so {{ obj }}
// prints it unescaped in autoescaped templates too; a model without a
// __macro__ prints its escaped repr.
func modelHTML(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	if v, ok, err := renderMacro(th, self); ok || err != nil {
		return v, err
	}
	r, err := th.Repr(self)
	return vm.Markup(vm.EscapeHTML(r)), err
}

func modelSQL(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	m, err := mapperOf(th, self)
	if err != nil {
		return nil, err
	}
	return vm.Str(m.table), nil
}

// fetchInto runs a statement and loads its first row into the instance.
func (m *mapper) fetchInto(th *vm.Thread, inst *vm.Instance, stmt vm.Value) error {
	r, err := m.db.run(th, stmt, nil)
	if err != nil {
		return err
	}
	if len(r.vals) == 0 {
		return th.Raise(MapperErrorClass, "%s: the statement returned no row to load", inst.Type().Name)
	}
	return m.hydrate(th, inst, r.cols, r.vals[0])
}

func modelRefresh(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	inst, m, err := instanceArg(th, "refresh", self)
	if err != nil {
		return nil, err
	}
	var withRels, withLazy vm.Value = vm.False, vm.False
	if err := th.UnpackArgs("refresh", args, kwnames, "with_rels?", &withRels, "with_lazy?", &withLazy); err != nil {
		return nil, err
	}
	stmt, err := m.selectFrom(th, nil, "", withRels, vm.None, withLazy)
	if err != nil {
		return nil, err
	}
	cond, err := m.pkCondition(th, orNone(m.pkValue(inst)), "")
	if err != nil {
		return nil, err
	}
	stmt.parts = append(stmt.parts, vm.Str("WHERE"), cond)
	return m.signalled(th, inst, "before_refresh", "after_refresh", stmt)
}

// signalled runs a write or refresh statement between its model signals
// (before and after), loading the returned row into the instance:
// a before receiver returning False cancels it (False), another true
// value replaces the statement.
func (m *mapper) signalled(th *vm.Thread, inst *vm.Instance, before, after string, stmt vm.Value) (vm.Value, error) {
	rv, cancelled, err := fire(th, inst.Type(), before, objKw, inst)
	if err != nil || cancelled {
		return vm.False, err
	}
	if rv != nil {
		stmt = rv
	}
	if err := m.fetchInto(th, inst, stmt); err != nil {
		return nil, err
	}
	if _, _, err := fire(th, inst.Type(), after, objKw, inst); err != nil {
		return nil, err
	}
	return vm.True, nil
}

// insertStmt is INSERT INTO table (cols) VALUES (…) RETURNING *, or
// DEFAULT VALUES when nothing is set.
func insertStmt(m *mapper, names []string, vals []vm.Value) *SQL {
	if len(names) == 0 {
		return rawSQL(vm.Str("INSERT INTO"), vm.Str(m.table), vm.Str("DEFAULT VALUES"), vm.Str("RETURNING"), vm.Str("*"))
	}
	cols := make([]vm.Value, len(names))
	ps := make([]vm.Value, len(names))
	for i, n := range names {
		cols[i] = vm.Str(n)
		ps[i] = param(vals[i], n)
	}
	return rawSQL(vm.Str("INSERT INTO"), vm.Str(m.table), tupleSQL(cols...), vm.Str("VALUES"), tupleSQL(ps...), vm.Str("RETURNING"), vm.Str("*"))
}

func modelInsert(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	inst, m, err := instanceArg(th, "insert", self)
	if err != nil {
		return nil, err
	}
	names, vals, err := m.dehydrate(th, inst, true)
	if err != nil {
		return nil, err
	}
	return m.signalled(th, inst, "before_insert", "after_insert", insertStmt(m, names, vals))
}

func modelUpdate(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	inst, m, err := instanceArg(th, "update", self)
	if err != nil {
		return nil, err
	}
	names, vals, err := m.dehydrate(th, inst, false)
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		// Nothing to write: the receivers still hear it, and one may
		// give the statement (sqlorm's update).
		rv, cancelled, err := fire(th, inst.Type(), "before_update", objKw, inst)
		if err != nil || cancelled || rv == nil {
			return vm.False, err
		}
		if err := m.fetchInto(th, inst, rv); err != nil {
			return nil, err
		}
		_, _, err = fire(th, inst.Type(), "after_update", objKw, inst)
		return vm.True, err
	}
	sets := make([]vm.Value, len(names))
	for i, n := range names {
		sets[i] = rawSQL(vm.Str(n), vm.Str("="), param(vals[i], n))
	}
	cond, err := m.pkCondition(th, orNone(m.pkValue(inst)), "")
	if err != nil {
		return nil, err
	}
	stmt := rawSQL(vm.Str("UPDATE"), vm.Str(m.table), vm.Str("SET"), listSQL(sets...), vm.Str("WHERE"), cond, vm.Str("RETURNING"), vm.Str("*"))
	return m.signalled(th, inst, "before_update", "after_update", stmt)
}

func modelSave(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	inst, m, err := instanceArg(th, "save", self)
	if err != nil {
		return nil, err
	}
	isNew := true
	if pk := m.pkValue(inst); pk != nil {
		t, err := th.Truth(pk)
		if err != nil {
			return nil, err
		}
		isNew = !t
	}
	if _, cancelled, err := fire(th, inst.Type(), "before_save", saveKw, inst, vm.Bool(isNew)); err != nil || cancelled {
		return vm.False, err
	}
	write := modelUpdate
	if isNew {
		write = modelInsert
	}
	done, err := write(th, self, args, kwnames)
	if err != nil || !vm.Is(done, vm.True) {
		return done, err
	}
	if _, _, err := fire(th, inst.Type(), "after_save", objKw, inst); err != nil {
		return nil, err
	}
	return done, nil
}

func modelDelete(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	inst, m, err := instanceArg(th, "delete", self)
	if err != nil {
		return nil, err
	}
	pk := m.pkValue(inst)
	if pk == nil {
		return vm.False, nil
	}
	if t, err := th.Truth(pk); err != nil || !t {
		return vm.False, err
	}
	cond, err := m.pkCondition(th, pk, "")
	if err != nil {
		return nil, err
	}
	rv, cancelled, err := fire(th, inst.Type(), "before_delete", objKw, inst)
	if err != nil || cancelled {
		return vm.False, err
	}
	var stmt vm.Value = rawSQL(vm.Str("DELETE FROM"), vm.Str(m.table), vm.Str("WHERE"), cond)
	if rv != nil {
		stmt = rv
	}
	if _, err := m.db.run(th, stmt, nil); err != nil {
		return nil, err
	}
	if _, _, err := fire(th, inst.Type(), "after_delete", objKw, inst); err != nil {
		return nil, err
	}
	return vm.True, nil
}
