package db

import (
	"strings"

	"github.com/hyperflask/hfc/runtime/vm"
)

// ResultSet is the result of a query: a single-pass iterator, as sqlorm's
// result sets over a cursor are (wrap it in list() to use it twice). The
// rows are read from the database when the query runs; rows of a model
// become instances as they are iterated. Hyperflask's result sets render
// as the concatenation of their items' str() (reference §8).
type ResultSet struct {
	m    *mapper // nil: rows are sqlite3.Row-like
	cols []string
	vals [][]vm.Value
	comp []*compRow // the composite rows of a joined SELECT, merged
	i    int
	// mapped holds the mapper's column of each of cols, and insts makes
	// the instances, once the first row of a model becomes one.
	mapped []*SQL
	insts  *vm.InstanceBatch
}

// ResultSetClass is the class of raw result sets; ModelResultSetClass of
// model ones (Hyperflask's ModelResultSet).
var (
	ResultSetClass      = vm.NewGoClass("ResultSet", "sqlorm.resultset", nil, nil)
	ModelResultSetClass = vm.NewGoClass("ModelResultSet", "hyperflask.model", ResultSetClass, nil)
)

// Type implements vm.Value.
func (rs *ResultSet) Type() *vm.Class {
	if rs.m != nil {
		return ModelResultSetClass
	}
	return ResultSetClass
}

func newResultSet(m *mapper, r *rows) *ResultSet {
	rs := &ResultSet{m: m, cols: r.cols, vals: r.vals}
	if m != nil {
		for _, c := range r.cols {
			if strings.Contains(c, "__") {
				rs.comp = compose(m, r.cols, r.vals)
				rs.vals = nil
				break
			}
		}
	}
	return rs
}

// next returns the next item, nil at the end.
func (rs *ResultSet) next(th *vm.Thread) (vm.Value, error) {
	if rs.comp != nil {
		if rs.i >= len(rs.comp) {
			return nil, nil
		}
		c := rs.comp[rs.i]
		rs.i++
		return c.compile(th, compMapOf(rs.m))
	}
	if rs.i >= len(rs.vals) {
		return nil, nil
	}
	vals := rs.vals[rs.i]
	rs.vals[rs.i] = nil
	rs.i++
	if rs.m == nil {
		return &Row{cols: rs.cols, vals: vals}, nil
	}
	if rs.insts == nil {
		rs.mapped = rs.m.mapColumns(rs.cols)
		rs.insts = vm.NewInstanceBatch(rs.m.cls, len(rs.cols), len(rs.vals)-rs.i+1)
	}
	inst := rs.insts.New()
	return inst, rs.m.hydrateFresh(th, inst, rs.mapped, rs.cols, vals)
}

// Next implements vm.Iterator.
func (rs *ResultSet) Next(th *vm.Thread) (vm.Value, error) {
	return rs.next(th)
}

// Iter implements iter(): the result set itself.
func (rs *ResultSet) Iter(th *vm.Thread) (vm.Iterator, error) { return rs, nil }

func (rs *ResultSet) first(th *vm.Thread) (vm.Value, error) {
	v, err := rs.next(th)
	rs.close()
	if v == nil && err == nil {
		v = vm.None
	}
	return v, err
}

func (rs *ResultSet) all(th *vm.Thread) ([]vm.Value, error) {
	var out []vm.Value
	for {
		v, err := rs.next(th)
		if err != nil || v == nil {
			return out, err
		}
		out = append(out, v)
	}
}

func (rs *ResultSet) close() {
	rs.vals, rs.comp, rs.i = nil, nil, 0
}

// firstColumn returns the first column of the remaining rows.
func (rs *ResultSet) firstColumn() []vm.Value {
	var out []vm.Value
	for ; rs.i < len(rs.vals); rs.i++ {
		if len(rs.vals[rs.i]) > 0 {
			out = append(out, rs.vals[rs.i][0])
		}
	}
	return out
}

// render is str(): the concatenation of the items' str().
func (rs *ResultSet) render(th *vm.Thread) (string, error) {
	var b strings.Builder
	for {
		v, err := rs.next(th)
		if err != nil {
			return "", err
		}
		if v == nil {
			return b.String(), nil
		}
		s, err := th.Str(v)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
}

// Str implements str().
func (rs *ResultSet) Str(th *vm.Thread) (string, error) { return rs.render(th) }

func init() {
	for name, fn := range map[string]vm.MethodFunc{
		"first": func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			return self.(*ResultSet).first(th)
		},
		"fetch": func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			v, err := self.(*ResultSet).next(th)
			return orNone(v), err
		},
		"all": func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			items, err := self.(*ResultSet).all(th)
			return vm.NewList(items), err
		},
		"scalar": func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			rs := self.(*ResultSet)
			vals := rs.firstColumn()
			rs.close()
			if len(vals) == 0 {
				return vm.None, nil
			}
			return vals[0], nil
		},
		"scalars": func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			return vm.NewList(self.(*ResultSet).firstColumn()), nil
		},
		"close": func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			self.(*ResultSet).close()
			return vm.None, nil
		},
		"__html__": func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			s, err := self.(*ResultSet).render(th)
			return vm.Markup(s), err
		},
		"__str__": func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			s, err := self.(*ResultSet).render(th)
			return vm.Str(s), err
		},
	} {
		ResultSetClass.AddMethod(name, fn)
	}
}

// Row is a row of a query without a model (Python's sqlite3.Row):
// row[0], row["name"], row.keys(), len(row), iteration over the values.
type Row struct {
	cols []string
	vals []vm.Value
}

// RowClass is sqlite3.Row.
var RowClass = vm.NewGoClass("Row", "sqlite3", nil, nil)

// Type implements vm.Value.
func (r *Row) Type() *vm.Class { return RowClass }

// GetItem implements row[i] and row["name"].
func (r *Row) GetItem(th *vm.Thread, key vm.Value) (vm.Value, error) {
	if s, ok := key.(vm.Str); ok {
		for i, c := range r.cols {
			if strings.EqualFold(c, string(s)) {
				return r.vals[i], nil
			}
		}
		return nil, th.Raise(vm.IndexErrorClass, "No item with that key")
	}
	return th.GetItem(vm.Tuple(r.vals), key)
}

// Length implements len().
func (r *Row) Length(th *vm.Thread) (int, error) { return len(r.vals), nil }

// Iter implements iteration over the values.
func (r *Row) Iter(th *vm.Thread) (vm.Iterator, error) { return th.Iter(vm.Tuple(r.vals)) }

// Repr implements repr().
func (r *Row) Repr(th *vm.Thread) (string, error) { return "<sqlite3.Row object>", nil }

func init() {
	RowClass.AddMethod("keys", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		r := self.(*Row)
		out := make([]vm.Value, len(r.cols))
		for i, c := range r.cols {
			out[i] = vm.Str(c)
		}
		return vm.NewList(out), nil
	})
}

// Composite rows: a SELECT that joins relationships names their columns
// "rel__col"; consecutive rows of the same object merge, and the related
// rows become the relationship's objects (sqlorm's CompositeResultSet).

type compMap struct {
	m      *mapper // nil: plain rows
	single bool
	nested map[string]*compMap
}

func compMapOf(m *mapper) *compMap {
	cm := &compMap{m: m, nested: map[string]*compMap{}}
	return cm
}

func (cm *compMap) get(th *vm.Thread, key string) *compMap {
	if n, ok := cm.nested[key]; ok {
		return n
	}
	n := &compMap{nested: map[string]*compMap{}}
	if cm.m != nil {
		for _, r := range cm.m.rels {
			if r.attribute == key {
				if t, err := r.targetMapper(th); err == nil {
					n.m = t
				}
				n.single = r.single
			}
		}
	}
	cm.nested[key] = n
	return n
}

type compRow struct {
	cols   []string
	vals   []vm.Value
	keys   []string // nested keys in order
	nested map[string][]*compRow
	id     string // "" when the row has no nested part (never merges)
}

// splitRow splits a row's columns into its own and the nested ones; a
// nested part whose values are all NULL is dropped.
func splitRow(cols []string, vals []vm.Value) *compRow {
	r := &compRow{nested: map[string][]*compRow{}}
	type part struct {
		cols []string
		vals []vm.Value
	}
	parts := map[string]*part{}
	for i, c := range cols {
		k, rest, ok := strings.Cut(c, "__")
		if !ok || k == "" {
			r.cols = append(r.cols, c)
			r.vals = append(r.vals, vals[i])
			continue
		}
		p := parts[k]
		if p == nil {
			p = &part{}
			parts[k] = p
			r.keys = append(r.keys, k)
		}
		p.cols = append(p.cols, rest)
		p.vals = append(p.vals, vals[i])
	}
	var keys []string
	for _, k := range r.keys {
		p := parts[k]
		allNull := true
		for _, v := range p.vals {
			if !vm.Is(v, vm.None) {
				allNull = false
			}
		}
		keys = append(keys, k)
		if !allNull {
			r.nested[k] = []*compRow{splitRow(p.cols, p.vals)}
		}
	}
	r.keys = keys
	if len(keys) > 0 {
		r.id = rowKey(r.cols, r.vals)
	}
	return r
}

// rowKey identifies a row by its values (sqlorm hashes the row when the
// map has no row id; the primary key is among the values).
func rowKey(cols []string, vals []vm.Value) string {
	var b strings.Builder
	for i, v := range vals {
		b.WriteString(cols[i])
		b.WriteByte('=')
		switch x := v.(type) {
		case vm.Int:
			b.WriteByte('i')
			b.WriteString(itoa(int64(x)))
		case vm.Str:
			b.WriteString("s" + string(x))
		default:
			b.WriteString("v")
			b.WriteString(v.Type().Name)
		}
		b.WriteByte(0)
	}
	return b.String()
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	var buf [20]byte
	i := len(buf)
	for n != 0 {
		d := n % 10
		if d < 0 {
			d = -d
		}
		i--
		buf[i] = byte('0' + d)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

// merge folds other into r when they are the same object.
func (r *compRow) merge(other *compRow) bool {
	if r.id == "" || other.id != r.id {
		return false
	}
	for _, k := range r.keys {
		on := other.nested[k]
		if len(on) == 0 {
			continue
		}
		rows := r.nested[k]
		if len(rows) == 0 || !rows[len(rows)-1].merge(on[0]) {
			r.nested[k] = append(rows, on[0])
		}
	}
	return true
}

func compose(m *mapper, cols []string, vals [][]vm.Value) []*compRow {
	var out []*compRow
	for _, v := range vals {
		r := splitRow(cols, v)
		if n := len(out); n > 0 && out[n-1].merge(r) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// compile turns a composite row into an object of cm's model (or a dict):
// its nested rows become the relationships' objects.
func (r *compRow) compile(th *vm.Thread, cm *compMap) (vm.Value, error) {
	cols := append([]string(nil), r.cols...)
	vals := append([]vm.Value(nil), r.vals...)
	for _, k := range r.keys {
		rows, ok := r.nested[k]
		if !ok {
			continue
		}
		sub := cm.get(th, k)
		items := make([]vm.Value, 0, len(rows))
		for _, nr := range rows {
			v, err := nr.compile(th, sub)
			if err != nil {
				return nil, err
			}
			items = append(items, v)
		}
		var v vm.Value = vm.NewList(items)
		if sub.single {
			v = vm.None
			if len(items) > 0 {
				v = items[0]
			}
		}
		cols = append(cols, k)
		vals = append(vals, v)
	}
	if cm.m == nil {
		d := vm.NewDict(len(cols))
		for i, c := range cols {
			d.SetStr(c, vals[i])
		}
		return d, nil
	}
	return cm.m.hydrateNew(th, cols, vals)
}
