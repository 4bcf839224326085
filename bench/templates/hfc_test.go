package templates

import (
	"bytes"
	"context"
	"testing"

	"github.com/hyperflask/hfc/runtime/tmpl"
	"github.com/hyperflask/hfc/runtime/vm"
)

// prepareHFC renders the .jpy pages themselves, as hfc serves them: an
// environment over testdata with Flask's autoescape rule ("hyperflask") whose
// loader splits the frontmatter off, and the page variables as VM values.
// Each render appends to the spare capacity of w, so that a render that fits
// copies nothing.
func prepareHFC(tb testing.TB, name string, data any) renderer {
	env, err := tmpl.NewEnvironment(tmpl.Options{Autoescape: "hyperflask"}, tmpl.DirLoader{Root: "testdata", Split: true})
	if err != nil {
		tb.Fatal(err)
	}
	t, err := env.GetTemplate("pages/" + name + ".jpy")
	if err != nil {
		tb.Fatalf("%s: %s", tmpl.ErrorClass(err), tmpl.ErrorMessage(err))
	}
	th := vm.NewThread(context.Background())
	vars := hfcVars(data)
	return func(w *bytes.Buffer) error {
		out, err := t.Execute(th, vars, w.AvailableBuffer())
		if err != nil {
			return hfcError{err}
		}
		w.Write(out)
		return nil
	}
}

// hfcError shows the Python class and message of an hfc error.
type hfcError struct{ err error }

func (e hfcError) Error() string { return tmpl.ErrorClass(e.err) + ": " + tmpl.ErrorMessage(e.err) }

// hfcVars returns the page variables as the VM values the frontmatter makes:
// dicts with the keys in frontmatter order, lists, str, int and bool.
func hfcVars(data any) *vm.Dict {
	switch p := data.(type) {
	case *SimplePage:
		d := vm.NewDict(1)
		d.SetStr("u", hfcUser(p.U))
		return d
	case *ComplexPage:
		nav := make([]vm.Value, len(p.Nav))
		for i, n := range p.Nav {
			item := vm.NewDict(2)
			item.SetStr("Item", vm.Str(n.Item))
			item.SetStr("Link", vm.Str(n.Link))
			nav[i] = item
		}
		messages := make([]vm.Value, len(p.Messages))
		for i, m := range p.Messages {
			msg := vm.NewDict(2)
			msg.SetStr("I", vm.MakeInt(int64(m.I)))
			msg.SetStr("Plural", vm.MakeBool(m.Plural))
			messages[i] = msg
		}
		d := vm.NewDict(4)
		d.SetStr("User", hfcUser(p.User))
		d.SetStr("Nav", vm.NewList(nav))
		d.SetStr("Title", vm.Str(p.Title))
		d.SetStr("Messages", vm.NewList(messages))
		return d
	}
	panic("hfcVars: unknown page type")
}

func hfcUser(u *User) *vm.Dict {
	colors := make([]vm.Value, len(u.FavoriteColors))
	for i, c := range u.FavoriteColors {
		colors[i] = vm.Str(c)
	}
	d := vm.NewDict(4)
	d.SetStr("FirstName", vm.Str(u.FirstName))
	d.SetStr("FavoriteColors", vm.NewList(colors))
	if u.RawContent != "" {
		d.SetStr("RawContent", vm.Str(u.RawContent))
	}
	if u.EscapedContent != "" {
		d.SetStr("EscapedContent", vm.Str(u.EscapedContent))
	}
	return d
}
