package bytecode

import "fmt"

// Template is a compiled template: its root render function and its
// blocks. A child template's root runs first; blocks are looked up by name
// through the chain of templates it extends.
type Template struct {
	Name   string // the template's name in its loader ("pages/index.jpy")
	File   string // path of the source file
	Root   *Code
	Blocks []Block // in definition order
}

// Block is a {% block %} of a template.
type Block struct {
	Name     string
	Code     *Code
	Scoped   bool // sees the variables of the place where it is defined
	Required bool // must be overridden by a child template
}

// Validate checks every code object of t.
func (t *Template) Validate() error {
	if t.Root == nil {
		return fmt.Errorf("bytecode: template %s has no root code", t.Name)
	}
	if err := t.Root.validate(0, 0); err != nil {
		return err
	}
	for _, b := range t.Blocks {
		if b.Code == nil {
			return fmt.Errorf("bytecode: block %s of template %s has no code", b.Name, t.Name)
		}
		if err := b.Code.validate(0, 0); err != nil {
			return err
		}
	}
	return nil
}

// Template writes a compiled template, header included.
func (e *Encoder) Template(t *Template) error {
	e.Header()
	e.String(t.Name)
	e.String(t.File)
	if err := e.Code(t.Root); err != nil {
		return err
	}
	e.Uint(uint64(len(t.Blocks)))
	for _, b := range t.Blocks {
		e.String(b.Name)
		flags := uint64(0)
		if b.Scoped {
			flags |= 1
		}
		if b.Required {
			flags |= 2
		}
		e.Uint(flags)
		if err := e.Code(b.Code); err != nil {
			return err
		}
	}
	return e.Flush()
}

// Template reads a compiled template, header included.
func (d *Decoder) Template() (*Template, error) {
	if err := d.Header(); err != nil {
		return nil, err
	}
	t := &Template{Name: d.String(), File: d.String()}
	t.Root = d.Code()
	n := d.count()
	for i := 0; i < n && d.err == nil; i++ {
		b := Block{Name: d.String()}
		flags := d.Uint()
		b.Scoped, b.Required = flags&1 != 0, flags&2 != 0
		b.Code = d.Code()
		t.Blocks = append(t.Blocks, b)
	}
	if d.err != nil {
		return nil, d.err
	}
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return t, nil
}
