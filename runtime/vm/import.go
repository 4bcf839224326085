package vm

import "strings"

// Importer loads modules for import statements.
type Importer interface {
	// Import returns the module named name (dotted, absolute) as seen from
	// the importing module. Modules are cached by the importer: importing
	// twice returns the same module (or, for pages, a fresh one when the
	// embedding runtime wants it).
	Import(th *Thread, name string) (*Module, error)
}

// importName is IMPORT_NAME: it resolves a relative name against the
// importing module, imports every package on the way (so that `import a.b`
// binds a with a.b loaded) and returns the top package when there is no
// fromlist, else the named module.
func (th *Thread) importName(fr *Frame, name string, levelv, fromlist Value) (Value, error) {
	level, _ := AsInt64(levelv)
	full := name
	if level > 0 {
		pkg := ""
		if fr.Module != nil {
			pkg = fr.Module.Name
			if v, ok := fr.Module.Global("__package__"); ok {
				if s, ok := v.(Str); ok {
					pkg = string(s)
				}
			} else if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
				pkg = pkg[:i]
			} else {
				pkg = ""
			}
		}
		parts := strings.Split(pkg, ".")
		if pkg == "" || int(level)-1 > len(parts)-1 {
			return nil, th.Raise(ImportErrorClass, "attempted relative import beyond top-level package")
		}
		base := strings.Join(parts[:len(parts)-int(level)+1], ".")
		if name != "" {
			full = base + "." + name
		} else {
			full = base
		}
	}
	if th.Importer == nil {
		return nil, th.Raise(ModuleNotFoundErrorClass, "No module named '%s'", full)
	}
	// Import each package on the way.
	var top, last *Module
	parts := strings.Split(full, ".")
	for i := range parts {
		m, err := th.Importer.Import(th, strings.Join(parts[:i+1], "."))
		if err != nil {
			return nil, err
		}
		if last != nil {
			if _, ok := last.Global(parts[i]); !ok {
				last.SetGlobal(parts[i], m)
			}
		}
		if top == nil {
			top = m
		}
		last = m
	}
	hasFrom := fromlist != nil && !Is(fromlist, None)
	if t, ok := fromlist.(Tuple); ok && len(t) == 0 {
		hasFrom = false
	}
	if hasFrom || level > 0 && name == "" {
		return last, nil
	}
	if level > 0 {
		return last, nil
	}
	return top, nil
}

// importFrom is IMPORT_FROM: an attribute of the module, or its submodule.
func (th *Thread) importFrom(mod Value, name string) (Value, error) {
	m, ok := mod.(*Module)
	if !ok {
		return th.GetAttr(mod, name)
	}
	if v, ok := m.Global(name); ok {
		return v, nil
	}
	// A module's __getattr__ answers too (PEP 562).
	if g, ok := m.Global("__getattr__"); ok {
		v, err := th.CallValue(g, []Value{Str(name)}, nil)
		if err == nil {
			return v, nil
		}
		if e, ok := err.(*Exception); !ok || !e.Matches(AttributeErrorClass) {
			return nil, err
		}
	}
	if th.Importer != nil {
		if sub, err := th.Importer.Import(th, m.Name+"."+name); err == nil {
			m.SetGlobal(name, sub)
			return sub, nil
		} else if e, ok := err.(*Exception); !ok || !e.Matches(ModuleNotFoundErrorClass) {
			return nil, err
		}
	}
	return nil, th.Raise(ImportErrorClass, "cannot import name '%s' from '%s' (%s)", name, m.Name, moduleLocation(m))
}

func moduleLocation(m *Module) string {
	if m.File != "" {
		return m.File
	}
	return "unknown location"
}

// importStar is `from m import *`: the names in __all__, else every name
// that does not start with an underscore.
func (th *Thread) importStar(fr *Frame, mod Value) error {
	m, ok := mod.(*Module)
	if !ok {
		return th.TypeError("import * expects a module")
	}
	var names []string
	if all, ok := m.Global("__all__"); ok {
		err := th.ForEach(all, func(v Value) error {
			s, ok := v.(Str)
			if !ok {
				return th.TypeError("Item in %s.__all__ must be str, not %s", m.Name, v.Type().Name)
			}
			names = append(names, string(s))
			return nil
		})
		if err != nil {
			return err
		}
	} else {
		for _, n := range m.Names() {
			if !strings.HasPrefix(n, "_") {
				names = append(names, n)
			}
		}
	}
	for _, n := range names {
		v, ok := m.Global(n)
		if !ok {
			return th.Raise(AttributeErrorClass, "module '%s' has no attribute '%s'", m.Name, n)
		}
		if fr.NS != nil {
			fr.NS.Set(n, v)
		} else {
			fr.Module.SetGlobal(n, v)
		}
	}
	return nil
}
