package dataclasses

import (
	"regexp"
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/vm"
)

// signature is str(inspect.signature(cls)) as the generated docstring
// shows it: the parameters of __init__ without self.
func signature(th *vm.Thread, cls *vm.Class, generated bool, std, kw []*field) (string, error) {
	base := cls.Module
	if !generated {
		if fn, ok := cls.Lookup("__init__").(*vm.Function); ok {
			return funcSignature(th, fn, base)
		}
		return "()", nil
	}
	var parts []string
	add := func(f *field) error {
		ann, err := formatAnnotation(th, f.typ, base)
		if err != nil {
			return err
		}
		p := f.nameStr() + ": " + ann
		switch {
		case f.hasDefault():
			s, err := th.Repr(f.def)
			if err != nil {
				return err
			}
			p += " = " + s
		case f.hasFactory():
			p += " = <factory>"
		}
		parts = append(parts, p)
		return nil
	}
	for _, f := range std {
		if err := add(f); err != nil {
			return "", err
		}
	}
	if len(kw) > 0 {
		parts = append(parts, "*")
	}
	for _, f := range kw {
		if err := add(f); err != nil {
			return "", err
		}
	}
	return "(" + strings.Join(parts, ", ") + ")", nil
}

var typingName = regexp.MustCompile(`[\w.]+`)

// formatAnnotation is inspect.formatannotation.
func formatAnnotation(th *vm.Thread, ann vm.Value, baseModule string) (string, error) {
	switch a := ann.(type) {
	case *vm.Class:
		mod := a.Module
		if m, ok := a.Dict.Get("__module__"); ok {
			if s, ok := m.(vm.Str); ok {
				mod = string(s)
			}
		}
		if mod == "builtins" || mod == baseModule {
			return a.QualName, nil
		}
		return mod + "." + a.QualName, nil
	case *vm.GenericAlias:
		return th.Repr(a)
	}
	r, err := th.Repr(ann)
	if err != nil {
		return "", err
	}
	if m, err := th.GetAttr(ann, "__module__"); err == nil && isStr(m, "typing") {
		r = typingName.ReplaceAllStringFunc(r, func(s string) string { return strings.TrimPrefix(s, "typing.") })
	}
	return r, nil
}

// funcSignature formats the parameters of a Python function without its
// first one (self).
func funcSignature(th *vm.Thread, fn *vm.Function, baseModule string) (string, error) {
	code := fn.Code
	argc, kwc := code.ArgCount, code.KwOnlyArgCount
	names := code.Locals
	var parts []string
	param := func(name string, def vm.Value) error {
		p := name
		var ann vm.Value
		if fn.Annotations != nil {
			ann, _ = fn.Annotations.GetStr(name)
		}
		if ann != nil {
			s, err := formatAnnotation(th, ann, baseModule)
			if err != nil {
				return err
			}
			p += ": " + s
		}
		if def != nil {
			s, err := th.Repr(def)
			if err != nil {
				return err
			}
			if ann != nil {
				p += " = " + s
			} else {
				p += "=" + s
			}
		}
		parts = append(parts, p)
		return nil
	}
	firstDefault := argc - len(fn.Defaults)
	for i := 1; i < argc; i++ {
		var def vm.Value
		if i >= firstDefault {
			def = fn.Defaults[i-firstDefault]
		}
		if err := param(names[i], def); err != nil {
			return "", err
		}
		if i == code.PosOnlyArgCount-1 {
			parts = append(parts, "/")
		}
	}
	next := argc + kwc
	if code.Flags&bytecode.FlagVarArgs != 0 {
		parts = append(parts, "*"+names[next])
		next++
	} else if kwc > 0 {
		parts = append(parts, "*")
	}
	for i := argc; i < argc+kwc; i++ {
		var def vm.Value
		if fn.KwDefaults != nil {
			if d, ok := fn.KwDefaults.GetStr(names[i]); ok {
				def = d
			}
		}
		if err := param(names[i], def); err != nil {
			return "", err
		}
	}
	if code.Flags&bytecode.FlagVarKwArgs != 0 {
		parts = append(parts, "**"+names[next])
	}
	return "(" + strings.Join(parts, ", ") + ")", nil
}

func isStr(v vm.Value, s string) bool {
	x, ok := v.(vm.Str)
	return ok && string(x) == s
}
