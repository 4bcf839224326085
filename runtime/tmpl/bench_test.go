package tmpl

import (
	"context"
	"testing"

	"github.com/hyperflask/hfc/runtime/vm"
)

// benchVars are the data of the shared bench cases as VM values.
func benchVars() *vm.Dict {
	user := vm.NewDict(4)
	user.SetStr("FirstName", vm.Str("Bob"))
	user.SetStr("FavoriteColors", vm.NewList([]vm.Value{vm.Str("blue"), vm.Str("green"), vm.Str("mauve")}))
	user.SetStr("RawContent", vm.Str("<div><p>Raw Content to be displayed</p></div>"))
	user.SetStr("EscapedContent", vm.Str("<div><div><div>Escaped</div></div></div>"))
	nav := make([]vm.Value, 3)
	for i := range nav {
		item := vm.NewDict(2)
		item.SetStr("Item", vm.Str("Link "+string(rune('1'+i))))
		item.SetStr("Link", vm.Str("http://www.mytest.com/"))
		nav[i] = item
	}
	msgs := make([]vm.Value, 5)
	for i := range msgs {
		m := vm.NewDict(2)
		m.SetStr("I", vm.MakeInt(int64(i+1)))
		m.SetStr("Plural", vm.MakeBool(i+1 != 1))
		msgs[i] = m
	}
	vars := vm.NewDict(5)
	vars.SetStr("u", user)
	vars.SetStr("User", user)
	vars.SetStr("Nav", vm.NewList(nav))
	vars.SetStr("Title", vm.Str("Bob"))
	vars.SetStr("Messages", vm.NewList(msgs))
	return vars
}

func benchTemplate(b *testing.B, name string) {
	env, err := NewEnvironment(Options{Autoescape: "hyperflask"}, DirLoader{Root: "testdata/bench"})
	if err != nil {
		b.Fatal(err)
	}
	t, err := env.GetTemplate(name)
	if err != nil {
		b.Fatal(err)
	}
	th := vm.NewThread(context.Background())
	vars := benchVars()
	buf, err := t.Execute(th, vars, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if buf, err = t.Execute(th, vars, buf[:0]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSimple(b *testing.B)  { benchTemplate(b, "simple.html") }
func BenchmarkComplex(b *testing.B) { benchTemplate(b, "complex.html") }
