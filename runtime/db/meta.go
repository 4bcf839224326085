package db

import (
	"github.com/hyperflask/hfc/runtime/vm"
)

// modelMeta is a model's Meta options (sqlorm's Model.Meta): each comes
// from the nearest class along the model's MRO whose Meta sets it, as
// sqlorm aggregates the Meta classes of the bases.
type modelMeta struct {
	// autoPK names the primary key added when none is declared ("" for
	// none: auto_primary_key = None); autoPKType is its type.
	autoPK     string
	autoPKType *SQLType
	// allowUnknown sets columns that map to no attribute as attributes
	// when loading, and writes dirty attributes that map to no column.
	allowUnknown bool
	// nullable is the nullability of columns that do not say.
	nullable bool
	// dirtyOnly writes only the attributes assigned since the last load
	// (insert_update_dirty_only); otherwise every column.
	dirtyOnly bool
}

// readMeta reads a model class's Meta options, with sqlorm's defaults.
func readMeta(th *vm.Thread, cls *vm.Class) (modelMeta, error) {
	meta := modelMeta{autoPK: "id", autoPKType: typeInteger, allowUnknown: true, nullable: true, dirtyOnly: true}
	option := func(name string) (vm.Value, bool) {
		for _, c := range cls.MRO {
			m, ok := c.Dict.Get("Meta")
			if !ok {
				continue
			}
			mc, ok := m.(*vm.Class)
			if !ok {
				continue
			}
			if v := mc.Lookup(name); v != nil {
				return v, true
			}
		}
		return nil, false
	}
	var err error
	if v, ok := option("auto_primary_key"); ok {
		switch x := v.(type) {
		case vm.NoneType:
			meta.autoPK = ""
		case vm.Str:
			meta.autoPK = string(x)
		default:
			return meta, th.TypeError("Meta.auto_primary_key of %s must be a str or None, not %s", cls.Name, v.Type().Name)
		}
	}
	if v, ok := option("auto_primary_key_type"); ok {
		if meta.autoPKType, err = sqlTypeOf(th, v); err != nil {
			return meta, err
		}
	}
	for _, b := range []struct {
		name string
		dst  *bool
	}{{"allow_unknown_columns", &meta.allowUnknown}, {"columns_default_nullable", &meta.nullable}, {"insert_update_dirty_only", &meta.dirtyOnly}} {
		if v, ok := option(b.name); ok {
			if *b.dst, err = th.Truth(v); err != nil {
				return meta, err
			}
		}
	}
	return meta, nil
}
