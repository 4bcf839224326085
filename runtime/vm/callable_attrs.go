package vm

// The data attributes of built-in functions, method descriptors and bound
// methods (__name__, __qualname__, __self__ …).
func init() {
	BuiltinFunctionClass.attr = func(v Value, name string) (Value, bool) {
		switch f := v.(type) {
		case *Builtin:
			switch name {
			case "__name__", "__qualname__":
				return Str(f.Name), true
			case "__module__":
				if f.Module == "" {
					return Str("builtins"), true
				}
				return Str(f.Module), true
			case "__doc__":
				return None, true
			}
		case *BoundMethod:
			return boundMethodAttr(f, name)
		}
		return nil, false
	}
	MethodClass.attr = func(v Value, name string) (Value, bool) {
		return boundMethodAttr(v.(*BoundMethod), name)
	}
	MethodDescriptorClass.attr = func(v Value, name string) (Value, bool) {
		m := v.(*Method)
		switch name {
		case "__name__":
			return Str(m.Name), true
		case "__qualname__":
			return Str(m.Class.Name + "." + m.Name), true
		case "__objclass__":
			return m.Class, true
		case "__doc__":
			return None, true
		}
		return nil, false
	}
}

func boundMethodAttr(m *BoundMethod, name string) (Value, bool) {
	switch name {
	case "__self__":
		return m.Self, true
	case "__func__":
		if _, ok := m.Func.(*Method); !ok {
			return m.Func, true
		}
	case "__name__", "__qualname__":
		switch f := m.Func.(type) {
		case *Function:
			if name == "__name__" {
				return Str(f.Name), true
			}
			return Str(f.QualName), true
		case *Method:
			if name == "__name__" {
				return Str(f.Name), true
			}
			return Str(f.Class.Name + "." + f.Name), true
		case *Builtin:
			return Str(f.Name), true
		}
	}
	return nil, false
}
