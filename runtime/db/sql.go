package db

import (
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/vm"
)

// sqlKind says which of sqlorm's SQL pieces an *SQL is.
type sqlKind uint8

const (
	kindRaw     sqlKind = iota // SQL(*parts): the parts joined by spaces
	kindList                   // List/And/Or/Tuple: items between start and end, joined
	kindParam                  // Parameter: a bound value
	kindIdent                  // Identifier: a name, maybe aliased
	kindColumn                 // Column: [table.]name [AS [prefix]alias]
	kindColumns                // ColumnList: columns joined by commas, or table.*
	kindFunc                   // Function: NAME ( args )
)

// SQL is a composable piece of SQL (sqlorm.sql's SQLStr family) as a
// Python value. One Go type serves all the classes; kind says which.
// Rendering turns it into statement text with placeholders and the list
// of values bound to them.
type SQL struct {
	cls   *vm.Class
	kind  sqlKind
	parts []vm.Value // kindRaw: parts; kindList: items; kindFunc: arguments

	join, start, end string // kindList

	value vm.Value // kindParam
	name  string   // kindParam (may be ""), kindIdent, kindColumn, kindFunc

	table, prefix, alias string // kindIdent (alias), kindColumn

	col *colInfo // model columns: the mapping (nil for SQL.Col)

	cols     []*SQL // kindColumns
	wildcard int8   // kindColumns: -1 when None, else 0/1
}

// Type implements vm.Value.
func (s *SQL) Type() *vm.Class { return s.cls }

// The Python classes of the SQL pieces (module sqlorm.sql, as in sqlorm).
var (
	SQLStrClass      = vm.NewGoClass("SQLStr", "sqlorm.sql", nil, nil)
	SQLClass         = vm.NewGoClass("SQL", "sqlorm.sql", SQLStrClass, nil)
	ListClass        = vm.NewGoClass("List", "sqlorm.sql", SQLStrClass, nil)
	AndClass         = vm.NewGoClass("And", "sqlorm.sql", ListClass, nil)
	OrClass          = vm.NewGoClass("Or", "sqlorm.sql", ListClass, nil)
	TupleSQLClass    = vm.NewGoClass("Tuple", "sqlorm.sql", ListClass, nil)
	ParameterClass   = vm.NewGoClass("Parameter", "sqlorm.sql", SQLStrClass, nil)
	IdentifierClass  = vm.NewGoClass("Identifier", "sqlorm.sql", SQLStrClass, nil)
	SQLColumnClass   = vm.NewGoClass("Column", "sqlorm.sql", IdentifierClass, nil)
	ColumnListClass  = vm.NewGoClass("ColumnList", "sqlorm.sql", SQLStrClass, nil)
	FunctionSQLClass = vm.NewGoClass("Function", "sqlorm.sql", SQLStrClass, nil)
	// ColumnClass is db.Column: a mapped column of a model.
	ColumnClass = vm.NewGoClass("Column", "sqlorm.model", SQLColumnClass, nil)
)

// rawSQL makes SQL(*parts).
func rawSQL(parts ...vm.Value) *SQL { return &SQL{cls: SQLClass, kind: kindRaw, parts: parts} }

// strs makes the Str parts of a statement.
func text(s string) vm.Value { return vm.Str(s) }

func newList(cls *vm.Class, items []vm.Value, join, start, end string) *SQL {
	return &SQL{cls: cls, kind: kindList, parts: items, join: join, start: start, end: end}
}

func andSQL(items ...vm.Value) *SQL { return newList(AndClass, items, "AND", "(", ")") }
func orSQL(items ...vm.Value) *SQL  { return newList(OrClass, items, "OR", "(", ")") }
func tupleSQL(items ...vm.Value) *SQL {
	return newList(TupleSQLClass, items, ",", "(", ")")
}
func listSQL(items ...vm.Value) *SQL { return newList(ListClass, items, ",", "", "") }

func param(v vm.Value, name string) *SQL {
	return &SQL{cls: ParameterClass, kind: kindParam, value: v, name: name}
}

func ident(name, alias string) *SQL {
	return &SQL{cls: IdentifierClass, kind: kindIdent, name: name, alias: alias}
}

func sqlCol(name, table string) *SQL {
	return &SQL{cls: SQLColumnClass, kind: kindColumn, name: name, table: table}
}

func colList(cols []*SQL, table, prefix string, wildcard int8) *SQL {
	out := &SQL{cls: ColumnListClass, kind: kindColumns, table: table, prefix: prefix, wildcard: wildcard}
	for _, c := range cols {
		if table != "" || prefix != "" {
			if table != "" {
				c = c.withTable(table)
			}
			if prefix != "" {
				c = c.withPrefix(prefix)
			}
		}
		out.cols = append(out.cols, c)
	}
	return out
}

// withTable returns a copy of a column with its table set (aliased_table).
func (s *SQL) withTable(table string) *SQL {
	c := *s
	c.table = table
	return &c
}

// withPrefix returns a copy of a column whose alias gets prefixed.
func (s *SQL) withPrefix(prefix string) *SQL {
	c := *s
	c.prefix = prefix
	return &c
}

// withAlias returns a copy with an alias.
func (s *SQL) withAlias(alias string) *SQL {
	c := *s
	c.alias = alias
	return &c
}

// renderer renders SQL pieces and collects the bound values.
type renderer struct {
	th     *vm.Thread
	drv    driver
	params []vm.Value
}

// add binds a value and returns its placeholder.
func (r *renderer) add(v vm.Value) string {
	r.params = append(r.params, v)
	if r.drv == nil {
		return "?"
	}
	return r.drv.placeholder(len(r.params))
}

// part renders a part of a statement as sqlorm's SQL._render does: SQL
// pieces render themselves, objects with __sql__ give str(__sql__()),
// other true values str(), false values nothing.
func (r *renderer) part(v vm.Value) (string, error) {
	switch x := v.(type) {
	case *SQL:
		return x.render(r)
	case vm.Str:
		return string(x), nil
	case nil:
		return "", nil
	}
	if m := v.Type().Lookup("__sql__"); m != nil {
		res, err := r.th.CallValue(m, []vm.Value{v}, nil)
		if err != nil {
			return "", err
		}
		return r.th.Str(res)
	}
	ok, err := r.th.Truth(v)
	if err != nil || !ok {
		return "", err
	}
	return r.th.Str(v)
}

// joinParts renders parts joined by single spaces, skipping empty ones.
func (r *renderer) joinParts(parts []vm.Value) (string, error) {
	var b strings.Builder
	for _, p := range parts {
		s, err := r.part(p)
		if err != nil {
			return "", err
		}
		if s == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	return b.String(), nil
}

func (s *SQL) render(r *renderer) (string, error) {
	switch s.kind {
	case kindRaw:
		return r.joinParts(s.parts)
	case kindList:
		parts := make([]vm.Value, 0, 2*len(s.parts)+2)
		if s.start != "" {
			parts = append(parts, vm.Str(s.start))
		}
		for i, p := range s.parts {
			parts = append(parts, p)
			if i+1 < len(s.parts) {
				parts = append(parts, vm.Str(s.join))
			}
		}
		if s.end != "" {
			parts = append(parts, vm.Str(s.end))
		}
		return r.joinParts(parts)
	case kindParam:
		return r.add(s.value), nil
	case kindIdent:
		if s.alias != "" {
			return s.name + " AS " + s.alias, nil
		}
		return s.name, nil
	case kindColumn:
		name := s.name
		if s.table != "" {
			name = s.table + "." + s.name
		}
		alias := s.alias
		if s.prefix != "" {
			if alias == "" {
				alias = s.name
			}
			alias = s.prefix + alias
		}
		if alias != "" {
			return name + " AS " + alias, nil
		}
		return name, nil
	case kindColumns:
		if s.wildcard == 1 || (s.wildcard == -1 && len(s.cols) == 0) {
			return sqlCol("*", s.table).render(r)
		}
		if len(s.cols) == 0 {
			return "", nil
		}
		items := make([]vm.Value, len(s.cols))
		for i, c := range s.cols {
			items[i] = c
		}
		return listSQL(items...).render(r)
	case kindFunc:
		args := make([]vm.Value, len(s.parts))
		for i, a := range s.parts {
			if isSQL(a) {
				args[i] = a
			} else {
				args[i] = param(a, "")
			}
		}
		return rawSQL(vm.Str(s.name), tupleSQL(args...)).render(r)
	}
	return "", nil
}

// isSQL reports whether v is an SQL piece (sqlorm's SQLStr).
func isSQL(v vm.Value) bool {
	_, ok := v.(*SQL)
	return ok
}

// renderStmt renders a statement (an SQL piece, a template, or a string
// whose text is used as it is) with the driver's placeholders.
func renderStmt(th *vm.Thread, drv driver, stmt vm.Value) (string, []vm.Value, error) {
	r := &renderer{th: th, drv: drv}
	switch x := stmt.(type) {
	case vm.Str:
		return string(x), nil, nil
	case *SQL:
		s, err := x.render(r)
		return s, r.params, err
	}
	if m := stmt.Type().Lookup("__sql__"); m != nil {
		res, err := th.CallValue(m, []vm.Value{stmt}, nil)
		if err != nil {
			return "", nil, err
		}
		if t, ok := res.(vm.Tuple); ok && len(t) == 2 {
			s, err := th.Str(t[0])
			if err != nil {
				return "", nil, err
			}
			params, err := th.ToSlice(t[1])
			return s, params, err
		}
		s, err := th.Str(res)
		return s, nil, err
	}
	s, err := th.Str(stmt)
	return s, nil, err
}

// op is SQLStr.op: self operator other, other bound unless it is SQL.
func op(self vm.Value, operator string, other vm.Value) *SQL {
	if !isSQL(other) {
		other = param(other, "")
	}
	return rawSQL(self, vm.Str(operator), other)
}

// inOp is in_/notin; a list or tuple of values becomes a tuple of
// parameters (sqlorm binds the list as one value, which SQLite refuses).
func inOp(th *vm.Thread, self vm.Value, operator string, other vm.Value) (*SQL, error) {
	switch other.(type) {
	case *vm.List, vm.Tuple, *vm.Set:
		items, err := th.ToSlice(other)
		if err != nil {
			return nil, err
		}
		ps := make([]vm.Value, len(items))
		for i, it := range items {
			if isSQL(it) {
				ps[i] = it
			} else {
				ps[i] = param(it, "")
			}
		}
		return rawSQL(self, vm.Str(operator), tupleSQL(ps...)), nil
	}
	return op(self, operator, other), nil
}

// Compare implements the comparison operators: they build conditions
// (== None is IS NULL, != None IS NOT NULL).
func (s *SQL) Compare(th *vm.Thread, cmp bytecode.CompareOp, other vm.Value) (vm.Value, error) {
	return compareSQL(s, cmp, other), nil
}

func compareSQL(self vm.Value, cmp bytecode.CompareOp, other vm.Value) vm.Value {
	switch cmp {
	case bytecode.CmpEQ:
		if vm.Is(other, vm.None) {
			return rawSQL(self, vm.Str("IS NULL"))
		}
		return op(self, "=", other)
	case bytecode.CmpNE:
		if vm.Is(other, vm.None) {
			return rawSQL(self, vm.Str("IS NOT NULL"))
		}
		return op(self, "!=", other)
	case bytecode.CmpLT:
		return op(self, "<", other)
	case bytecode.CmpLE:
		return op(self, "<=", other)
	case bytecode.CmpGT:
		return op(self, ">", other)
	}
	return op(self, ">=", other)
}

// BinaryOp implements & (And), | (Or) and + (concatenation).
func (s *SQL) BinaryOp(th *vm.Thread, bop bytecode.BinaryOp, other vm.Value, reflected bool) (vm.Value, error) {
	return binarySQL(s, bop, other, reflected)
}

func binarySQL(self vm.Value, bop bytecode.BinaryOp, other vm.Value, reflected bool) (vm.Value, error) {
	a, b := self, other
	if reflected {
		a, b = other, self
	}
	switch bop &^ bytecode.InPlace {
	case bytecode.OpAnd:
		return andSQL(a, b), nil
	case bytecode.OpOr:
		return orSQL(a, b), nil
	case bytecode.OpAdd:
		return rawSQL(a, b), nil
	}
	return vm.NotImplemented, nil
}

// UnaryOp implements ~ (NOT).
func (s *SQL) UnaryOp(th *vm.Thread, uop bytecode.Opcode) (vm.Value, error) {
	if uop == bytecode.UNARY_INVERT {
		return rawSQL(vm.Str("NOT"), s), nil
	}
	return vm.NotImplemented, nil
}

// Str implements str(): the statement text.
func (s *SQL) Str(th *vm.Thread) (string, error) {
	return s.render(&renderer{th: th})
}

// Repr implements repr().
func (s *SQL) Repr(th *vm.Thread) (string, error) {
	switch s.kind {
	case kindColumn:
		if s.col != nil {
			return "<Column(" + s.name + " -> " + s.col.attribute + ")>", nil
		}
	case kindList, kindColumns:
		items := s.parts
		if s.kind == kindColumns {
			items = nil
			for _, c := range s.cols {
				items = append(items, c)
			}
		}
		return th.Repr(vm.NewList(append([]vm.Value(nil), items...)))
	}
	str, err := s.Str(th)
	if err != nil {
		return "", err
	}
	r, err := th.Repr(vm.Str(str))
	return "<" + s.cls.Name + " " + r + ">", err
}

// Truth implements bool(): lists are true when not empty.
func (s *SQL) Truth(th *vm.Thread) (bool, error) {
	switch s.kind {
	case kindList:
		return len(s.parts) > 0, nil
	case kindColumns:
		return len(s.cols) > 0, nil
	}
	return true, nil
}

// Length implements len() of lists.
func (s *SQL) Length(th *vm.Thread) (int, error) {
	switch s.kind {
	case kindList:
		return len(s.parts), nil
	case kindColumns:
		return len(s.cols), nil
	}
	return 0, th.TypeError("object of type '%s' has no len()", s.cls.Name)
}

// Iter implements iteration over lists and column lists.
func (s *SQL) Iter(th *vm.Thread) (vm.Iterator, error) {
	switch s.kind {
	case kindList:
		return th.Iter(vm.NewList(append([]vm.Value(nil), s.parts...)))
	case kindColumns:
		items := make([]vm.Value, len(s.cols))
		for i, c := range s.cols {
			items[i] = c
		}
		return th.Iter(vm.NewList(items))
	}
	return nil, th.TypeError("'%s' object is not iterable", s.cls.Name)
}

// GetItem implements lists' [i] and column lists' [name].
func (s *SQL) GetItem(th *vm.Thread, key vm.Value) (vm.Value, error) {
	switch s.kind {
	case kindList:
		return th.GetItem(vm.NewList(append([]vm.Value(nil), s.parts...)), key)
	case kindColumns:
		if name, ok := key.(vm.Str); ok {
			if c := s.column(string(name)); c != nil {
				return c, nil
			}
			return nil, vm.NewException(vm.KeyErrorClass, name)
		}
		items := make([]vm.Value, len(s.cols))
		for i, c := range s.cols {
			items[i] = c
		}
		return th.GetItem(vm.NewList(items), key)
	}
	return nil, th.TypeError("'%s' object is not subscriptable", s.cls.Name)
}

// Contains implements `name in columns`.
func (s *SQL) Contains(th *vm.Thread, key vm.Value) (bool, error) {
	if s.kind == kindColumns {
		if name, ok := key.(vm.Str); ok {
			return s.column(string(name)) != nil, nil
		}
		for _, c := range s.cols {
			if vm.Is(c, key) {
				return true, nil
			}
		}
		return false, nil
	}
	if s.kind == kindList {
		return th.Contains(vm.NewList(append([]vm.Value(nil), s.parts...)), key)
	}
	return false, th.TypeError("argument of type '%s' is not iterable", s.cls.Name)
}

// column finds a column of a list by name.
func (s *SQL) column(name string) *SQL {
	for _, c := range s.cols {
		if c.name == name {
			return c
		}
	}
	return nil
}

// GetAttr answers the data attributes of the pieces and, for SQL, the
// query-builder chaining of sqlorm's SQL.__getattr__: any other name is a
// method that appends NAME (underscores as spaces, upper-cased) and its
// arguments (stmt.where(cond).order_by("x").limit(1)).
func (s *SQL) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch s.kind {
	case kindParam:
		switch name {
		case "value":
			return s.value, true, nil
		case "name":
			return strOrNone(s.name), true, nil
		}
	case kindIdent, kindColumn:
		switch name {
		case "name":
			return vm.Str(s.name), true, nil
		case "alias":
			return strOrNone(s.alias), true, nil
		case "alias_or_name":
			n := s.alias
			if n == "" {
				n = s.name
			}
			return vm.Str(s.prefix + n), true, nil
		case "table":
			if s.kind == kindColumn {
				return strOrNone(s.table), true, nil
			}
		case "prefix":
			if s.kind == kindColumn {
				return strOrNone(s.prefix), true, nil
			}
		}
		if s.col != nil {
			if v, ok := s.col.attr(name); ok {
				return v, true, nil
			}
		}
	case kindColumns:
		switch name {
		case "names":
			out := make([]vm.Value, len(s.cols))
			for i, c := range s.cols {
				out[i] = vm.Str(c.name)
			}
			return vm.NewList(out), true, nil
		case "table":
			return strOrNone(s.table), true, nil
		}
		if s.cls.Lookup(name) == nil {
			if c := s.column(name); c != nil {
				return c, true, nil
			}
		}
	case kindRaw:
		if s.cls.Lookup(name) != nil || strings.HasPrefix(name, "__") {
			return nil, false, nil
		}
		kw := strings.ToUpper(strings.TrimSpace(strings.ReplaceAll(name, "_", " ")))
		return vm.NewBuiltin(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.NoKwargs(name, kwnames); err != nil {
				return nil, err
			}
			parts := append(append(append([]vm.Value(nil), s.parts...), vm.Str(kw)), args...)
			return rawSQL(parts...), nil
		}), true, nil
	}
	return nil, false, nil
}

// DescrGet makes model columns read the instance's value; other pieces
// are plain class attributes.
func (s *SQL) DescrGet(th *vm.Thread, obj vm.Value, cls *vm.Class) (vm.Value, error) {
	if obj == nil || s.col == nil {
		return s, nil
	}
	return s.col.get(th, s, obj)
}

// DescrSet stores a model column's value on the instance and marks it
// changed.
func (s *SQL) DescrSet(th *vm.Thread, obj, v vm.Value) error {
	inst, ok := obj.(*vm.Instance)
	if !ok || s.col == nil {
		return th.Raise(vm.AttributeErrorClass, "cannot set a column on '%s' object", obj.Type().Name)
	}
	inst.Dict.SetStr(s.col.attribute, v)
	return flagDirty(th, inst, s.col.attribute)
}

func strOrNone(s string) vm.Value {
	if s == "" {
		return vm.None
	}
	return vm.Str(s)
}
