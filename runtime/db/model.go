package db

import (
	"github.com/hyperflask/hfc/compiler/bytecode"
	"sort"
	"strings"

	abcmod "github.com/hyperflask/hfc/runtime/stdlib/abc"
	"github.com/hyperflask/hfc/runtime/vm"
)

// colInfo is the mapping of a model column (sqlorm's MappedColumnMixin).
type colInfo struct {
	attribute  string
	attrKey    vm.Value // attribute as a str, and its hash (set when mapped)
	attrHash   uint64
	typ        *SQLType
	primaryKey bool
	nullable   int8     // -1 when None (the model's default applies)
	def        vm.Value // nil when the column has no default
	references vm.Value // a column, a string, or nil
	unique     bool
	lazy       vm.Value // False, True or a group name
	schemaDef  string
	m          *mapper
}

func (c *colInfo) attr(name string) (vm.Value, bool) {
	switch name {
	case "attribute":
		return strOrNone(c.attribute), true
	case "type":
		if c.typ == nil {
			return vm.None, true
		}
		return c.typ, true
	case "primary_key":
		return vm.MakeBool(c.primaryKey), true
	case "nullable":
		if c.nullable < 0 {
			return vm.None, true
		}
		return vm.MakeBool(c.nullable == 1), true
	case "default":
		return orNone(c.def), true
	case "references":
		return orNone(c.references), true
	case "unique":
		return vm.MakeBool(c.unique), true
	case "lazy":
		return c.lazy, true
	case "schema_def":
		return strOrNone(c.schemaDef), true
	}
	return nil, false
}

func (c *colInfo) isLazy() bool {
	b, ok := c.lazy.(vm.Bool)
	return !ok || bool(b)
}

// get reads a column of an instance: its value, fetched first when the
// column is lazy and not loaded yet, None when unset.
func (c *colInfo) get(th *vm.Thread, col *SQL, obj vm.Value) (vm.Value, error) {
	inst, ok := obj.(*vm.Instance)
	if !ok {
		return vm.None, nil
	}
	if c.attrKey != nil {
		if v, ok := inst.Dict.GetStrHash(c.attribute, c.attrHash); ok {
			return v, nil
		}
	} else if v, ok := inst.Dict.GetStr(c.attribute); ok {
		return v, nil
	}
	if c.isLazy() && c.m != nil {
		if err := c.m.fetchLazy(th, inst, col); err != nil {
			return nil, err
		}
		if v, ok := inst.Dict.GetStr(c.attribute); ok {
			return v, nil
		}
	}
	return vm.None, nil
}

// newColumn makes a mapped column.
func newColumn(name string, info *colInfo) *SQL {
	return &SQL{cls: ColumnClass, kind: kindColumn, name: name, col: info}
}

// cloneColumn copies an inherited column for a subclass's mapper.
func cloneColumn(c *SQL) *SQL {
	n := *c
	info := *c.col
	n.col = &info
	return &n
}

// columnNew is db.Column(name=None, type=None, primary_key=False,
// nullable=True, default=…, references=None, unique=False, lazy=False,
// attribute=None, schema_def=None).
func columnNew(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	var name, typ, pk, nullable, def, refs, unique, lazy, attribute, schemaDef vm.Value = vm.None, vm.None, vm.False, vm.True, nil, vm.None, vm.False, vm.False, vm.None, vm.None
	if err := th.UnpackArgs("Column", args, kwnames, "name?", &name, "type?", &typ, "primary_key?", &pk, "nullable?", &nullable,
		"default?", &def, "references?", &refs, "unique?", &unique, "lazy?", &lazy, "attribute?", &attribute, "schema_def?", &schemaDef); err != nil {
		return nil, err
	}
	info := &colInfo{lazy: lazy, def: def, nullable: -1}
	var err error
	if !vm.Is(typ, vm.None) {
		if info.typ, err = sqlTypeOf(th, typ); err != nil {
			return nil, err
		}
	}
	if info.primaryKey, err = th.Truth(pk); err != nil {
		return nil, err
	}
	if b, ok := nullable.(vm.Bool); ok {
		info.nullable = b2i8(bool(b))
	} else if !vm.Is(nullable, vm.None) {
		t, err := th.Truth(nullable)
		if err != nil {
			return nil, err
		}
		info.nullable = b2i8(t)
	}
	if !vm.Is(refs, vm.None) {
		info.references = refs
	}
	if info.unique, err = th.Truth(unique); err != nil {
		return nil, err
	}
	if s, ok := attribute.(vm.Str); ok {
		info.attribute = string(s)
	}
	if s, ok := schemaDef.(vm.Str); ok {
		info.schemaDef = string(s)
	}
	n := ""
	if s, ok := name.(vm.Str); ok {
		n = string(s)
	}
	return newColumn(n, info), nil
}

// mapper maps a model's columns and relationships to its table.
type mapper struct {
	cls      *vm.Class
	db       *Database
	table    string
	cols     []*SQL
	rels     []*Relationship
	pk       []*SQL
	byName   map[string]*SQL // columns by column name
	byAttr   map[string]bool // mapped attribute names
	wildcard bool            // SELECT * (a model with no declared column)
	meta     modelMeta
}

// MapperClass is the class of Model.__mapper__.
var MapperClass = vm.NewGoClass("ModelMapper", "sqlorm.model", nil, nil)

// Type implements vm.Value.
func (m *mapper) Type() *vm.Class { return MapperClass }

// Repr implements repr().
func (m *mapper) Repr(*vm.Thread) (string, error) {
	return "<Mapper(" + m.table + " -> " + m.cls.Name + ")>", nil
}

// GetAttr answers the mapper's attributes and its
// primary_key_condition(pk) method.
func (m *mapper) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "table":
		return vm.Str(m.table), true, nil
	case "columns":
		return colList(m.cols, "", "", -1), true, nil
	case "object_class":
		return m.cls, true, nil
	case "primary_key":
		switch len(m.pk) {
		case 0:
			return vm.None, true, nil
		case 1:
			return m.pk[0], true, nil
		}
		out := make([]vm.Value, len(m.pk))
		for i, c := range m.pk {
			out[i] = c
		}
		return vm.NewList(out), true, nil
	case "primary_key_condition":
		return vm.NewBuiltin(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			var pk, alias vm.Value = nil, vm.None
			if err := th.UnpackArgs(name, args, kwnames, "pk", &pk, "table_alias?", &alias); err != nil {
				return nil, err
			}
			a := ""
			if s, ok := alias.(vm.Str); ok {
				a = string(s)
			}
			return m.pkCondition(th, pk, a)
		}), true, nil
	}
	return nil, false, nil
}

// mapperOf returns the mapper of a model class (or of an instance's).
func mapperOf(th *vm.Thread, v vm.Value) (*mapper, error) {
	cls, ok := v.(*vm.Class)
	if !ok {
		cls = v.Type()
	}
	if m, ok := cls.Lookup("__mapper__").(*mapper); ok && m.cls == cls {
		return m, nil
	}
	return nil, th.Raise(MapperErrorClass, "%s is an abstract model: it has no table (declare it without abc.ABC in its bases to map it)", cls.Name)
}

// pkCondition is primary_key_condition: the columns of the primary key
// (qualified by table when not "") equal to pk, or to the primary key of
// the instance pk.
func (m *mapper) pkCondition(th *vm.Thread, pk vm.Value, table string) (vm.Value, error) {
	if inst, ok := pk.(*vm.Instance); ok && inst.Type().IsSubclass(m.cls) {
		pk = m.pkValue(inst)
	}
	switch len(m.pk) {
	case 0:
		return nil, th.Raise(MapperErrorClass, "Missing primary key for table %s", m.table)
	case 1:
		return compareSQL(m.pk[0].withTable(table), bytecode.CmpEQ, pk), nil
	}
	vals, err := th.ToSlice(pk)
	if err != nil || len(vals) != len(m.pk) {
		return nil, th.Raise(MapperErrorClass, "Primary key is a composite and requires a tuple")
	}
	conds := make([]vm.Value, len(m.pk))
	for i, c := range m.pk {
		conds[i] = compareSQL(c.withTable(table), bytecode.CmpEQ, vals[i])
	}
	return andSQL(conds...), nil
}

// pkValue returns an instance's primary key: one value, a list for a
// composite key, nil when unset.
func (m *mapper) pkValue(inst *vm.Instance) vm.Value {
	var vals []vm.Value
	for _, c := range m.pk {
		v, ok := inst.Dict.GetStr(c.col.attribute)
		if !ok {
			return nil
		}
		vals = append(vals, v)
	}
	switch len(vals) {
	case 0:
		return nil
	case 1:
		return vals[0]
	}
	return vm.NewList(vals)
}

// selectColumns are the columns a SELECT reads: the eager ones, plus the
// lazy ones with_lazy names (True for all).
func (m *mapper) selectColumns(th *vm.Thread, withLazy vm.Value, table, prefix string) (*SQL, error) {
	if m.wildcard {
		return colList(nil, table, "", 1), nil
	}
	var names []string
	all := false
	switch x := withLazy.(type) {
	case vm.Str:
		names = []string{string(x)}
	case *vm.List, vm.Tuple:
		items, _ := th.ToSlice(x)
		for _, it := range items {
			if s, ok := it.(vm.Str); ok {
				names = append(names, string(s))
			}
		}
	default:
		t, err := th.Truth(withLazy)
		if err != nil {
			return nil, err
		}
		all = t
	}
	var cols []*SQL
	for _, c := range m.cols {
		if !c.col.isLazy() || all || contains(names, c.name) {
			cols = append(cols, c)
		}
	}
	if len(cols) == 0 {
		return colList(nil, table, "", 1), nil
	}
	return colList(cols, table, prefix, -1), nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// relsNamed resolves with_rels/with_joins: None means the eager
// relationships, True all, "lazy" the lazy ones, a list the named ones.
func (m *mapper) relsNamed(th *vm.Thread, v vm.Value) []*Relationship {
	var out []*Relationship
	switch x := v.(type) {
	case vm.NoneType:
		for _, r := range m.rels {
			if !r.lazy {
				out = append(out, r)
			}
		}
	case vm.Bool:
		if x {
			out = append(out, m.rels...)
		}
	case vm.Str:
		if x == "lazy" {
			for _, r := range m.rels {
				if r.lazy {
					out = append(out, r)
				}
			}
		}
	default:
		items, _ := th.ToSlice(v)
		for _, r := range m.rels {
			for _, it := range items {
				if s, ok := it.(vm.Str); ok && string(s) == r.attribute || vm.Is(it, r) {
					out = append(out, r)
					break
				}
			}
		}
	}
	return out
}

// selectFrom is Mapper.select_from: SELECT the columns (and those of the
// relationships loaded with them) FROM the table and its joins.
func (m *mapper) selectFrom(th *vm.Thread, columns vm.Value, tableAlias string, withRels, withJoins, withLazy vm.Value) (*SQL, error) {
	table := m.table
	if tableAlias != "" {
		table = tableAlias
	}
	var cols *SQL
	if columns == nil || vm.Is(columns, vm.None) {
		var err error
		if cols, err = m.selectColumns(th, withLazy, table, ""); err != nil {
			return nil, err
		}
	} else {
		items, err := th.ToSlice(columns)
		if err != nil {
			return nil, err
		}
		var cs []*SQL
		for _, it := range items {
			switch x := it.(type) {
			case *SQL:
				if x.kind == kindColumn {
					cs = append(cs, x)
					continue
				}
			case vm.Str:
				cs = append(cs, sqlCol(string(x), ""))
				continue
			}
			return nil, th.TypeError("select_from() columns must be columns or names, not %s", it.Type().Name)
		}
		cols = colList(cs, table, "", -1)
	}
	rels := m.relsNamed(th, withRels)
	joins := m.relsNamed(th, withJoins)
	parts := []vm.Value{vm.Str("SELECT"), cols}
	var joinParts []vm.Value
	for _, r := range m.rels {
		inRels := containsRel(rels, r)
		if inRels {
			tcols, err := r.columns(th)
			if err != nil {
				return nil, err
			}
			cols.cols = append(cols.cols, tcols.cols...)
			if cols.wildcard == 1 {
				return nil, th.Raise(MapperErrorClass, "cannot load relationship '%s' with a model that selects *", r.attribute)
			}
		}
		if inRels || containsRel(joins, r) {
			j, err := r.joinClause(th)
			if err != nil {
				return nil, err
			}
			joinParts = append(joinParts, j)
		}
	}
	from := []vm.Value{vm.Str("FROM"), ident(m.table, tableAlias)}
	parts = append(append(parts, from...), joinParts...)
	return rawSQL(parts...), nil
}

func containsRel(list []*Relationship, r *Relationship) bool {
	for _, x := range list {
		if x == r {
			return true
		}
	}
	return false
}

// fetchLazy loads a lazy column (and the columns of its group) into an
// instance.
func (m *mapper) fetchLazy(th *vm.Thread, inst *vm.Instance, col *SQL) error {
	var cols []*SQL
	if g, ok := col.col.lazy.(vm.Str); ok {
		for _, c := range m.cols {
			if s, ok := c.col.lazy.(vm.Str); ok && s == g {
				cols = append(cols, c)
			}
		}
	} else {
		cols = []*SQL{col}
	}
	pk := m.pkValue(inst)
	if pk == nil {
		return nil
	}
	cond, err := m.pkCondition(th, pk, m.table)
	if err != nil {
		return err
	}
	stmt := rawSQL(vm.Str("SELECT"), colList(cols, m.table, "", -1), vm.Str("FROM"), ident(m.table, ""), vm.Str("WHERE"), cond)
	r, err := m.db.run(th, stmt, nil)
	if err != nil || len(r.vals) == 0 {
		return err
	}
	return m.hydrate(th, inst, r.cols, r.vals[0])
}

// hydrate sets an instance's attributes from a row: mapped columns
// through their type's loader, other columns as plain attributes; the
// attributes loaded are no longer dirty.
func (m *mapper) hydrate(th *vm.Thread, inst *vm.Instance, cols []string, vals []vm.Value) error {
	var dirty *vm.Set
	if d, ok := inst.Dict.GetStr("__dirty__"); ok {
		dirty, _ = d.(*vm.Set)
	}
	for i, name := range cols {
		attr, err := m.setColumn(th, inst, m.byName[name], name, vals[i])
		if err != nil {
			return err
		}
		if attr != "" && dirty != nil {
			if _, err := dirty.Discard(th, vm.Str(attr)); err != nil {
				return err
			}
		}
	}
	return nil
}

// setColumn sets the attribute of a column of a row on inst: a mapped
// column's (c, its value loaded by its type), or an unknown column's under
// its name when the model allows unknown columns. It returns the attribute
// set, "" when none was.
func (m *mapper) setColumn(th *vm.Thread, inst *vm.Instance, c *SQL, name string, v vm.Value) (string, error) {
	if c == nil {
		if !m.meta.allowUnknown {
			return "", nil
		}
		inst.Dict.SetStr(name, v)
		return name, nil
	}
	if t := c.col.typ; t != nil && (t.json || t.loader != nil) {
		var err error
		if v, err = t.load(th, v); err != nil {
			return "", err
		}
	}
	inst.Dict.SetStrHash(c.col.attribute, c.col.attrKey, c.col.attrHash, v)
	return c.col.attribute, nil
}

// mapColumns returns the mapped column of each of cols (nil for a column
// that maps to no attribute).
func (m *mapper) mapColumns(cols []string) []*SQL {
	out := make([]*SQL, len(cols))
	for i, name := range cols {
		out[i] = m.byName[name]
	}
	return out
}

// hydrateFresh is hydrate for an instance that has no attribute yet (so
// nothing is dirty), with the columns that mapColumns found for cols.
func (m *mapper) hydrateFresh(th *vm.Thread, inst *vm.Instance, mapped []*SQL, cols []string, vals []vm.Value) error {
	for i, c := range mapped {
		if _, err := m.setColumn(th, inst, c, cols[i], vals[i]); err != nil {
			return err
		}
	}
	return nil
}

// hydrateNew makes an instance from a row without calling __init__.
func (m *mapper) hydrateNew(th *vm.Thread, cols []string, vals []vm.Value) (*vm.Instance, error) {
	inst := vm.NewInstance(m.cls)
	inst.Dict = vm.NewDict(len(cols))
	return inst, m.hydrate(th, inst, cols, vals)
}

// flagDirty marks an attribute of an instance as changed.
func flagDirty(th *vm.Thread, inst *vm.Instance, attr string) error {
	d, ok := inst.Dict.GetStr("__dirty__")
	set, _ := d.(*vm.Set)
	if !ok || set == nil {
		set = vm.NewSet(false)
		inst.Dict.SetStr("__dirty__", set)
	}
	return set.Add(th, vm.Str(attr))
}

// dirtyAttrs returns the attributes assigned since the last load.
func dirtyAttrs(th *vm.Thread, inst *vm.Instance) (map[string]bool, error) {
	out := map[string]bool{}
	d, ok := inst.Dict.GetStr("__dirty__")
	if !ok {
		return out, nil
	}
	err := th.ForEach(d, func(v vm.Value) error {
		if s, ok := v.(vm.Str); ok {
			out[string(s)] = true
		}
		return nil
	})
	return out, err
}

// dehydrate returns the values to write for an instance, in column
// order: the dirty mapped columns, then the dirty attributes that map to
// no column (sqlorm writes those too, as columns of the same name).
func (m *mapper) dehydrate(th *vm.Thread, inst *vm.Instance, withPK bool) ([]string, []vm.Value, error) {
	dirty, err := dirtyAttrs(th, inst)
	if err != nil {
		return nil, nil, err
	}
	var names []string
	var vals []vm.Value
	for _, c := range m.cols {
		if (!withPK && c.col.primaryKey) || (m.meta.dirtyOnly && !dirty[c.col.attribute]) {
			continue
		}
		v, ok := inst.Dict.GetStr(c.col.attribute)
		if !ok {
			if !m.meta.dirtyOnly {
				// Every column is written, those the object has (as
				// sqlorm's dump skips a missing attribute).
				continue
			}
			v = vm.None
		}
		if c.col.typ != nil {
			if v, err = c.col.typ.dump(th, v); err != nil {
				return nil, nil, err
			}
		}
		names = append(names, c.name)
		vals = append(vals, v)
	}
	var extra []string
	for a := range dirty {
		if !m.byAttr[a] && m.meta.dirtyOnly && m.meta.allowUnknown {
			extra = append(extra, a)
		}
	}
	sort.Strings(extra)
	for _, a := range extra {
		v, _ := inst.Dict.GetStr(a)
		names = append(names, a)
		vals = append(vals, orNone(v))
	}
	return names, vals, nil
}

// defaults are the default values of the columns (callables called).
func (m *mapper) defaults(th *vm.Thread) ([]string, []vm.Value, error) {
	var names []string
	var vals []vm.Value
	for _, c := range m.cols {
		if c.col.def == nil {
			continue
		}
		v := c.col.def
		if isCallable(v) {
			var err error
			if v, err = th.CallValue(v, nil, nil); err != nil {
				return nil, nil, err
			}
		}
		names = append(names, c.col.attribute)
		vals = append(vals, v)
	}
	return names, vals, nil
}

func isCallable(v vm.Value) bool {
	switch v.(type) {
	case *vm.Function, *vm.Builtin, *vm.Class, *vm.BoundMethod, vm.Callable:
		return true
	}
	return v.Type().Lookup("__call__") != nil
}

// processClass runs when a class derives from a Model (sqlorm's
// ModelMetaclass): annotations become columns, SQL docstrings become
// query methods, and a class that is not abstract gets its mapper and
// joins the database's registry.
func processClass(th *vm.Thread, cls *vm.Class, d *Database) error {
	if _, abstract := cls.Dict.Get("__abstract_model__"); abstract {
		return nil
	}
	mapped, err := mappedAttributes(th, cls)
	if err != nil {
		return err
	}
	if err := processSQLMethods(th, cls, d); err != nil {
		return err
	}
	if isAbstract(th, cls) {
		return nil
	}
	return createMapper(th, cls, d, mapped)
}

// isAbstract reports whether a class lists abc.ABC among its bases.
func isAbstract(th *vm.Thread, cls *vm.Class) bool {
	bases, err := th.GetAttr(cls, "__bases__")
	if err != nil {
		return false
	}
	t, _ := bases.(vm.Tuple)
	for _, b := range t {
		if b == vm.Value(abcmod.ABC) {
			return true
		}
	}
	return false
}

// mappedAttr is a column or relationship of a class body, in order.
type mappedAttr struct {
	name string
	v    vm.Value // *SQL column or *Relationship
}

// mappedAttributes turns the class's annotations into columns (set on the
// class) and returns its columns and relationships in declaration order:
// annotated ones first, then the others.
func mappedAttributes(th *vm.Thread, cls *vm.Class) ([]mappedAttr, error) {
	var out []mappedAttr
	seen := map[string]bool{}
	if ann, ok := cls.Dict.Get("__annotations__"); ok {
		if d, ok := ann.(*vm.Dict); ok {
			var ferr error
			d.Items(func(k, typ vm.Value) bool {
				name, ok := k.(vm.Str)
				if !ok {
					return true
				}
				n := string(name)
				pk := false
				nullable := int8(-1)
				typ, pk, nullable = unwrapAnnotation(th, typ)
				cur, present := cls.Dict.Get(n)
				switch x := cur.(type) {
				case *SQL:
					if present && x.col != nil {
						if x.col.typ == nil {
							if x.col.typ, ferr = sqlTypeOf(th, typ); ferr != nil {
								return false
							}
						}
						out = append(out, mappedAttr{n, x})
						seen[n] = true
						return true
					}
				case *Relationship:
					out = append(out, mappedAttr{n, x})
					seen[n] = true
					return true
				}
				if present {
					return true
				}
				t, err := sqlTypeOf(th, typ)
				if err != nil {
					ferr = err
					return false
				}
				c := newColumn(n, &colInfo{typ: t, primaryKey: pk, nullable: nullable, lazy: vm.False})
				cls.SetAttr(n, c)
				out = append(out, mappedAttr{n, c})
				seen[n] = true
				return true
			})
			if ferr != nil {
				return nil, ferr
			}
		}
	}
	for i := 0; i < cls.Dict.Len(); i++ {
		k, v := cls.Dict.At(i)
		switch x := v.(type) {
		case *SQL:
			if x.col == nil {
				continue
			}
			if x.name == "" {
				x.name = k
			}
		case *Relationship:
		default:
			continue
		}
		if !seen[k] {
			out = append(out, mappedAttr{k, v})
			seen[k] = true
		}
	}
	for _, a := range out {
		if c, ok := a.v.(*SQL); ok && c.name == "" {
			c.name = a.name
		}
	}
	return out, nil
}

// unwrapAnnotation reads Optional[X] (nullable) and PrimaryKey[X]
// annotations.
func unwrapAnnotation(th *vm.Thread, typ vm.Value) (vm.Value, bool, int8) {
	pk := false
	nullable := int8(-1)
	if p, ok := typ.(*pkAnnotation); ok {
		typ, pk = p.typ, true
	}
	if typ.Type().Module == "typing" {
		if args, err := th.GetAttr(typ, "__args__"); err == nil {
			if t, ok := args.(vm.Tuple); ok && len(t) > 0 {
				var rest []vm.Value
				hasNone := false
				for _, a := range t {
					if a == vm.Value(vm.NoneClass) {
						hasNone = true
					} else {
						rest = append(rest, a)
					}
				}
				if hasNone && len(rest) > 0 {
					return rest[0], pk, 1
				}
			}
		}
	}
	return typ, pk, nullable
}

// createMapper maps a model class: its table, its columns (inherited ones
// first, by name, then its own; an integer primary key `id` is added when
// none is declared), its relationships; then sets table, c and __mapper__
// on the class and registers it.
func createMapper(th *vm.Thread, cls *vm.Class, d *Database, mapped []mappedAttr) error {
	meta, err := readMeta(th, cls)
	if err != nil {
		return err
	}
	m := &mapper{cls: cls, db: d, byName: map[string]*SQL{}, byAttr: map[string]bool{}, meta: meta}
	m.table = strings.ToLower(cls.Name)
	for _, name := range []string{"__table__", "table"} {
		v := cls.Lookup(name)
		if v == nil {
			continue
		}
		switch x := v.(type) {
		case vm.Str:
			m.table = string(x)
		case *SQL:
			m.table = x.name
		default:
			continue
		}
		break
	}
	own := map[string]bool{}
	for _, a := range mapped {
		own[a.name] = true
	}
	var inherited []string
	inheritedVal := map[string]vm.Value{}
	for _, base := range cls.MRO[1:] {
		for i := 0; i < base.Dict.Len(); i++ {
			k, v := base.Dict.At(i)
			if own[k] || inheritedVal[k] != nil {
				continue
			}
			if c, ok := v.(*SQL); ok && c.col != nil {
				inheritedVal[k] = v
				inherited = append(inherited, k)
			} else if r, ok := v.(*Relationship); ok {
				inheritedVal[k] = r
				inherited = append(inherited, k)
			}
		}
	}
	sort.Strings(inherited)
	add := func(attr string, v vm.Value, inheritedAttr bool) {
		switch x := v.(type) {
		case *SQL:
			if inheritedAttr {
				x = cloneColumn(x)
				cls.SetAttr(attr, x)
			}
			x.col.attribute = attr
			x.col.attrKey, x.col.attrHash = vm.Str(attr), vm.StrHash(attr)
			x.col.m = m
			x.table = m.table
			m.cols = append(m.cols, x)
			m.byName[x.name] = x
			m.byAttr[attr] = true
			if x.col.primaryKey {
				m.pk = append(m.pk, x)
			}
		case *Relationship:
			if inheritedAttr {
				n := *x
				x = &n
				cls.SetAttr(attr, x)
			}
			x.attribute = attr
			x.m = m
			m.rels = append(m.rels, x)
			m.byAttr[attr] = true
		}
	}
	for _, k := range inherited {
		add(k, inheritedVal[k], true)
	}
	for _, a := range mapped {
		add(a.name, a.v, false)
	}
	for _, c := range m.cols {
		if c.col.nullable < 0 {
			c.col.nullable = 0
			if meta.nullable {
				c.col.nullable = 1
			}
		}
	}
	if auto := meta.autoPK; auto != "" && len(m.pk) == 0 {
		// A declared `id: int` is the primary key (sqlorm would map a
		// second id column and fail to create the table; its docs show
		// `id: int` as the key).
		if c := m.byName[auto]; c != nil && c.col.attribute == auto {
			c.col.primaryKey, c.col.nullable = true, 0
			m.pk = append(m.pk, c)
		}
	}
	if auto := meta.autoPK; auto != "" && len(m.pk) == 0 {
		if len(m.cols) == 0 && meta.allowUnknown {
			m.wildcard = true
		}
		pk := newColumn(auto, &colInfo{typ: meta.autoPKType, primaryKey: true, nullable: 0, lazy: vm.False})
		add(auto, pk, false)
		cls.SetAttr(auto, pk)
	}
	cls.SetAttr("__mapper__", m)
	cls.SetAttr("table", ident(m.table, ""))
	cls.SetAttr("c", colList(m.cols, "", "", -1))
	d.register(cls)
	return nil
}

// pkAnnotation is PrimaryKey[T]: the annotation of a primary key column.
type pkAnnotation struct{ typ vm.Value }

var pkAnnotationClass = vm.NewGoClass("PrimaryKey", "sqlorm.mapper", nil, nil)

func (p *pkAnnotation) Type() *vm.Class { return pkAnnotationClass }

// primaryKeyMarker is db.PrimaryKey, subscripted as PrimaryKey[int].
type primaryKeyMarker struct{}

func (primaryKeyMarker) Type() *vm.Class { return pkAnnotationClass }

// GetItem implements PrimaryKey[T].
func (primaryKeyMarker) GetItem(th *vm.Thread, key vm.Value) (vm.Value, error) {
	return &pkAnnotation{typ: key}, nil
}

func b2i8(b bool) int8 {
	if b {
		return 1
	}
	return 0
}
