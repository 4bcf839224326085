package app

import (
	"strings"

	"github.com/hyperflask/hfc/runtime/vm"
)

// htmlGlobals are html_tag, html_attrs and html_class (jinja-super-macros,
// reference §5.4), which the HTML fallback of component tags calls.
var htmlGlobals = map[string]vm.BuiltinFunc{
	"html_tag":   htmlTag,
	"html_attrs": htmlAttrsFn,
	"html_class": htmlClassFn,
}

// isClassKey reports whether a keyword argument is a class source.
func isClassKey(k string) bool { return k == "class" || k == "class_" || k == "class__" }

// classSet merges class sources in first-seen order (the reference uses a
// Python set, whose order is arbitrary: §10.8).
type classSet struct {
	names []string
	seen  map[string]bool
}

func (c *classSet) add(name string) {
	if name == "" || c.seen[name] {
		return
	}
	if c.seen == nil {
		c.seen = map[string]bool{}
	}
	c.seen[name] = true
	c.names = append(c.names, name)
}

// merge adds one source: a string split on single spaces, a sequence or
// set of names, or a dict of name → truth.
func (c *classSet) merge(th *vm.Thread, v vm.Value) error {
	switch x := v.(type) {
	case vm.NoneType:
		return nil
	case vm.Str:
		for _, n := range strings.Split(string(x), " ") {
			c.add(n)
		}
		return nil
	case vm.Markup:
		for _, n := range strings.Split(string(x), " ") {
			c.add(n)
		}
		return nil
	case *vm.Dict:
		var err error
		x.Items(func(k, val vm.Value) bool {
			var ok bool
			if ok, err = th.Truth(val); err != nil {
				return false
			}
			if ok {
				var s string
				if s, err = th.Str(k); err != nil {
					return false
				}
				c.add(s)
			}
			return true
		})
		return err
	}
	items, err := th.ToSlice(v)
	if err != nil {
		return err
	}
	for _, it := range items {
		s, err := th.Str(it)
		if err != nil {
			return err
		}
		c.add(s)
	}
	return nil
}

// htmlAttrs renders attributes: one trailing "_" removed and "_" → "-" in
// keys, None and False skipped, True as a bare attribute, other values
// str()-ed and stripped but not escaped; the merged class last.
func htmlAttrs(th *vm.Thread, keys []string, values []vm.Value) (string, error) {
	var b strings.Builder
	var classes classSet
	for i, k := range keys {
		v := values[i]
		if isClassKey(k) {
			if err := classes.merge(th, v); err != nil {
				return "", err
			}
			continue
		}
		if err := writeAttr(th, &b, k, v); err != nil {
			return "", err
		}
	}
	if len(classes.names) > 0 {
		if err := writeAttr(th, &b, "class", vm.Str(strings.Join(classes.names, " "))); err != nil {
			return "", err
		}
	}
	return b.String(), nil
}

func writeAttr(th *vm.Thread, b *strings.Builder, key string, v vm.Value) error {
	switch x := v.(type) {
	case vm.NoneType:
		return nil
	case vm.Bool:
		if !x {
			return nil
		}
		b.WriteByte(' ')
		b.WriteString(attrName(key))
		return nil
	}
	s, err := th.Str(v)
	if err != nil {
		return err
	}
	b.WriteByte(' ')
	b.WriteString(attrName(key))
	b.WriteString(`="`)
	b.WriteString(strings.TrimSpace(s))
	b.WriteByte('"')
	return nil
}

// attrName turns a Python keyword into an attribute name.
func attrName(k string) string {
	k = strings.TrimSuffix(k, "_")
	return strings.ReplaceAll(k, "_", "-")
}

// attrArgs collects the attributes of a call: the attrs dict (if any) then
// the keyword arguments, in order.
func attrArgs(th *vm.Thread, attrs vm.Value, args []vm.Value, kwnames []string, skip map[string]bool) ([]string, []vm.Value, error) {
	var keys []string
	var values []vm.Value
	if d, ok := attrs.(*vm.Dict); ok {
		var err error
		d.Items(func(k, v vm.Value) bool {
			var s string
			if s, err = th.Str(k); err != nil {
				return false
			}
			keys = append(keys, s)
			values = append(values, v)
			return true
		})
		if err != nil {
			return nil, nil, err
		}
	} else if attrs != nil && !vm.Is(attrs, vm.None) {
		return nil, nil, th.TypeError("attrs must be a dict, not %s", attrs.Type().Name)
	}
	npos := len(args) - len(kwnames)
	for i, k := range kwnames {
		if skip[k] {
			continue
		}
		keys = append(keys, k)
		values = append(values, args[npos+i])
	}
	return keys, values, nil
}

// htmlAttrsFn is html_attrs(attrs=None, **kw).
func htmlAttrsFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	npos := len(args) - len(kwnames)
	if npos > 1 {
		return nil, th.TypeError("html_attrs() takes from 0 to 1 positional arguments but %d were given", npos)
	}
	var attrs vm.Value = vm.None
	if npos == 1 {
		attrs = args[0]
	}
	for i, k := range kwnames {
		if k == "attrs" {
			if npos == 1 {
				return nil, th.TypeError("html_attrs() got multiple values for argument 'attrs'")
			}
			attrs = args[npos+i]
		}
	}
	keys, values, err := attrArgs(th, attrs, args, kwnames, map[string]bool{"attrs": true})
	if err != nil {
		return nil, err
	}
	s, err := htmlAttrs(th, keys, values)
	return vm.Markup(s), err
}

// htmlClassFn is html_class(*args, **kw): the merged class names of its
// arguments (keywords as name=truth).
func htmlClassFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var classes classSet
	npos := len(args) - len(kwnames)
	for _, a := range args[:npos] {
		if err := classes.merge(th, a); err != nil {
			return nil, err
		}
	}
	for i, k := range kwnames {
		ok, err := th.Truth(args[npos+i])
		if err != nil {
			return nil, err
		}
		if ok {
			classes.add(k)
		}
	}
	return vm.Markup(strings.Join(classes.names, " ")), nil
}

// htmlTag is html_tag(tagname, attrs=None, inner=None, **kw): <tag ATTRS>,
// followed by the inner HTML and </tag> when there is a body (inner, or
// the caller of a block tag, even an empty one).
func htmlTag(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	npos := len(args) - len(kwnames)
	params := []string{"tagname", "attrs", "inner"}
	if npos > len(params) {
		return nil, th.TypeError("html_tag() takes from 1 to 3 positional arguments but %d were given", npos)
	}
	vals := map[string]vm.Value{}
	for i := 0; i < npos; i++ {
		vals[params[i]] = args[i]
	}
	var caller vm.Value
	skip := map[string]bool{"tagname": true, "attrs": true, "inner": true, "caller": true}
	for i, k := range kwnames {
		switch k {
		case "tagname", "attrs", "inner":
			if _, dup := vals[k]; dup {
				return nil, th.TypeError("html_tag() got multiple values for argument '%s'", k)
			}
			vals[k] = args[npos+i]
		case "caller":
			caller = args[npos+i]
		}
	}
	tag, ok := vals["tagname"]
	if !ok {
		return nil, th.TypeError("html_tag() missing 1 required positional argument: 'tagname'")
	}
	name, err := th.Str(tag)
	if err != nil {
		return nil, err
	}
	keys, values, err := attrArgs(th, vals["attrs"], args, kwnames, skip)
	if err != nil {
		return nil, err
	}
	attrs, err := htmlAttrs(th, keys, values)
	if err != nil {
		return nil, err
	}
	inner := vals["inner"]
	if caller != nil && !vm.Is(caller, vm.None) {
		if inner, err = th.CallValue(caller, nil, nil); err != nil {
			return nil, err
		}
	}
	out := "<" + name + attrs + ">"
	if inner != nil && !vm.Is(inner, vm.None) {
		s, err := th.Str(inner)
		if err != nil {
			return nil, err
		}
		out += s + "</" + name + ">"
	}
	return vm.Markup(out), nil
}
