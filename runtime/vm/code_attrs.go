package vm

// The data attributes of code objects (f.__code__) and cells
// (f.__closure__[i]).
func init() {
	CodeClass.attr = func(v Value, name string) (Value, bool) {
		c := v.(*Code)
		names := func(ss []string) Value {
			t := make(Tuple, len(ss))
			for i, s := range ss {
				t[i] = Str(s)
			}
			return t
		}
		switch name {
		case "co_name":
			return Str(c.Name), true
		case "co_qualname":
			return Str(c.QualName), true
		case "co_filename":
			return Str(c.File), true
		case "co_firstlineno":
			return MakeInt(int64(c.FirstLine)), true
		case "co_argcount":
			return MakeInt(int64(c.ArgCount)), true
		case "co_posonlyargcount":
			return MakeInt(int64(c.PosOnlyArgCount)), true
		case "co_kwonlyargcount":
			return MakeInt(int64(c.KwOnlyArgCount)), true
		case "co_nlocals":
			return MakeInt(int64(len(c.Locals))), true
		case "co_varnames":
			return names(c.Locals), true
		case "co_cellvars":
			return names(c.Cells), true
		case "co_freevars":
			return names(c.Frees), true
		}
		return nil, false
	}
	CellClass.attr = func(v Value, name string) (Value, bool) {
		if c := v.(*Cell); name == "cell_contents" && c.V != nil {
			return c.V, true
		}
		return nil, false
	}
}
