package db

import (
	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/vm"
)

// Relationship is db.Relationship(target, target_col=None,
// source_col=None, …, single=False, lazy=True): objects of another model
// related by target.target_col = source.source_col, loaded on first
// access (lazy) or joined into the model's SELECTs (lazy=False).
//
// The reference documents Relationship(Target, target_col, source_col)
// (§8); sqlorm's own third positional parameter is target_attr, which
// makes the documented call join on the wrong column. hfc follows the
// documented order; target_attr and source_attr are keywords.
type Relationship struct {
	target        vm.Value // a model class or its name
	targetCol     string
	targetAttr    string
	sourceCol     string
	sourceAttr    string
	joinType      string
	joinCondition vm.Value
	single        bool
	lazy          bool
	attribute     string
	m             *mapper
}

// RelationshipClass is db.Relationship.
var RelationshipClass = vm.NewGoClass("Relationship", "sqlorm.model", nil, nil)

// Type implements vm.Value.
func (r *Relationship) Type() *vm.Class { return RelationshipClass }

// Repr implements repr().
func (r *Relationship) Repr(*vm.Thread) (string, error) {
	return "<Relationship(" + r.attribute + ")>", nil
}

func relationshipNew(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	var target, tcol, scol, tattr, sattr, jtype, jcond, selectCols, single, lazy, listClass vm.Value = nil, vm.None, vm.None, vm.None, vm.None, vm.Str("LEFT JOIN"), vm.None, vm.None, vm.False, vm.True, vm.None
	if err := th.UnpackArgs("Relationship", args, kwnames, "target", &target, "target_col?", &tcol, "source_col?", &scol,
		"$target_attr?", &tattr, "$source_attr?", &sattr, "$join_type?", &jtype, "$join_condition?", &jcond,
		"$select_cols?", &selectCols, "$single?", &single, "$lazy?", &lazy, "$list_class?", &listClass); err != nil {
		return nil, err
	}
	r := &Relationship{target: target, joinType: "LEFT JOIN"}
	str := func(v vm.Value) string {
		switch x := v.(type) {
		case vm.Str:
			return string(x)
		case *SQL:
			return x.name
		}
		return ""
	}
	r.targetCol, r.sourceCol, r.targetAttr, r.sourceAttr = str(tcol), str(scol), str(tattr), str(sattr)
	if s := str(jtype); s != "" {
		r.joinType = s
	}
	if !vm.Is(jcond, vm.None) {
		r.joinCondition = jcond
	}
	var err error
	if r.single, err = th.Truth(single); err != nil {
		return nil, err
	}
	if r.lazy, err = th.Truth(lazy); err != nil {
		return nil, err
	}
	return r, nil
}

// targetMapper resolves the target model (a class, or a name in the
// database's registry).
func (r *Relationship) targetMapper(th *vm.Thread) (*mapper, error) {
	t := r.target
	if s, ok := t.(vm.Str); ok {
		c := r.m.db.model(string(s))
		if c == nil {
			return nil, th.Raise(MapperErrorClass, "Missing target for relationship '%s'", r.attribute)
		}
		t = c
	}
	return mapperOf(th, t)
}

func (r *Relationship) srcCol() string {
	if r.sourceCol != "" {
		return r.sourceCol
	}
	if len(r.m.pk) > 0 {
		return r.m.pk[0].name
	}
	return "id"
}

func (r *Relationship) srcAttr() string {
	if r.sourceAttr != "" {
		return r.sourceAttr
	}
	col := r.srcCol()
	if c := r.m.byName[col]; c != nil {
		return c.col.attribute
	}
	return col
}

func (r *Relationship) tgtAttr(t *mapper) string {
	if r.targetAttr != "" {
		return r.targetAttr
	}
	if c := t.byName[r.targetCol]; c != nil {
		return c.col.attribute
	}
	return r.targetCol
}

// columns are the target's eager columns, prefixed "attribute__" for the
// composite rows of a joined SELECT.
func (r *Relationship) columns(th *vm.Thread) (*SQL, error) {
	t, err := r.targetMapper(th)
	if err != nil {
		return nil, err
	}
	var cols []*SQL
	for _, c := range t.cols {
		if !c.col.isLazy() {
			cols = append(cols, c)
		}
	}
	return colList(cols, t.table, r.attribute+"__", -1), nil
}

// joinClause is JOIN_TYPE target ON target.target_col = source.source_col.
func (r *Relationship) joinClause(th *vm.Thread) (vm.Value, error) {
	t, err := r.targetMapper(th)
	if err != nil {
		return nil, err
	}
	var cond vm.Value
	switch {
	case r.joinCondition != nil:
		cond = r.joinCondition
	case r.targetCol == "":
		return nil, th.Raise(MapperErrorClass, "Missing target_col on relationship '%s'", r.attribute)
	default:
		cond = rawSQL(sqlCol(r.targetCol, t.table), vm.Str("="), sqlCol(r.srcCol(), r.m.table))
	}
	return rawSQL(vm.Str(r.joinType), ident(t.table, ""), vm.Str("ON"), cond), nil
}

// DescrGet returns the related object(s), fetched on first access.
func (r *Relationship) DescrGet(th *vm.Thread, obj vm.Value, cls *vm.Class) (vm.Value, error) {
	inst, ok := obj.(*vm.Instance)
	if obj == nil || !ok {
		return r, nil
	}
	if v, ok := inst.Dict.GetStr(r.attribute); ok {
		return v, nil
	}
	t, err := r.targetMapper(th)
	if err != nil {
		return nil, err
	}
	if r.targetCol == "" {
		return nil, th.Raise(MapperErrorClass, "Missing target_col on relationship '%s'", r.attribute)
	}
	src, _ := inst.Dict.GetStr(r.srcAttr())
	stmt, err := t.selectFrom(th, nil, "", vm.False, vm.False, vm.False)
	if err != nil {
		return nil, err
	}
	stmt.parts = append(stmt.parts, vm.Str("WHERE"), compareSQL(sqlCol(r.targetCol, ""), bytecode.CmpEQ, orNone(src)))
	rs, err := t.query(th, stmt, nil)
	if err != nil {
		return nil, err
	}
	var v vm.Value
	if r.single {
		if v, err = rs.first(th); err != nil {
			return nil, err
		}
	} else {
		items, err := rs.all(th)
		if err != nil {
			return nil, err
		}
		v = vm.NewList(items)
	}
	inst.Dict.SetStr(r.attribute, v)
	return v, nil
}

// DescrSet sets the related object(s); for a single relationship the
// source column takes the target's key.
func (r *Relationship) DescrSet(th *vm.Thread, obj, v vm.Value) error {
	inst, ok := obj.(*vm.Instance)
	if !ok {
		return th.Raise(vm.AttributeErrorClass, "cannot set a relationship on '%s' object", obj.Type().Name)
	}
	if r.single {
		inst.Dict.SetStr(r.attribute, v)
		if !vm.Is(v, vm.None) {
			t, err := r.targetMapper(th)
			if err != nil {
				return err
			}
			key, err := th.GetAttr(v, r.tgtAttr(t))
			if err != nil {
				return err
			}
			attr := r.srcAttr()
			inst.Dict.SetStr(attr, key)
			return flagDirty(th, inst, attr)
		}
		return nil
	}
	items, err := th.ToSlice(v)
	if err != nil {
		return err
	}
	inst.Dict.SetStr(r.attribute, vm.NewList(items))
	return nil
}
