package vm

// Exported forms of the template lookups, for the filters of package
// runtime/tmpl (attribute=, map, sort, groupby …).

// JinjaGetattr is Jinja's environment.getattr(obj, name): the attribute,
// else the item of the same name, else an undefined value.
func (th *Thread) JinjaGetattr(obj Value, name string) (Value, error) {
	return th.jinjaGetattr(obj, name)
}

// JinjaGetitem is Jinja's environment.getitem(obj, key): the item, else for
// a str key the attribute, else an undefined value.
func (th *Thread) JinjaGetitem(obj, key Value) (Value, error) {
	return th.jinjaGetitem(obj, key)
}

// namespace(*args, **kwargs) makes a Namespace whose attributes are
// dict(*args, **kwargs), as Jinja's Namespace.__init__ does.
func init() {
	NamespaceClass.new = func(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
		d, err := th.CallValue(DictClass, args, kwnames)
		if err != nil {
			return nil, err
		}
		return &Namespace{Attrs: d.(*Dict)}, nil
	}
}
