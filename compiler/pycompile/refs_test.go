package pycompile

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
)

// TestRefs checks that every occurrence of a name is listed with the scope
// that owns its binding.
func TestRefs(t *testing.T) {
	text := `import os
x = 1
def f(a):
    global x
    x = a
    def g():
        return a + len(os.sep)
    return g
class C:
    y = x
    def m(self):
        return super().m(y)
print([x for x in range(3)], undefined)
`
	f := source.NewFile("t.py", text)
	mod, _ := python.Parse(f, 0, len(text), python.ModeModule)
	res, _ := Resolve(f, mod, Options{})
	var got []string
	for _, r := range res.Refs {
		owner := res.Owner(r.Scope, r.Name)
		kind := "use"
		if r.Def {
			kind = "def"
		}
		got = append(got, fmt.Sprintf("%s %s %s in %s -> %s", r.Span.Start, kind, r.Name, r.Scope.QualName, owner.QualName))
	}
	want := `1:8 def os in <module> -> <module>
2:1 def x in <module> -> <module>
3:5 def f in <module> -> <module>
3:7 def a in f -> f
4:12 use x in f -> <module>
5:9 use a in f -> f
5:5 def x in f -> <module>
6:9 def g in f -> f
7:16 use a in f.<locals>.g -> f
7:20 use len in f.<locals>.g -> <module>
7:24 use os in f.<locals>.g -> <module>
8:12 use g in f -> f
9:7 def C in <module> -> <module>
10:9 use x in C -> <module>
10:5 def y in C -> C
11:9 def m in C -> C
11:11 def self in C.m -> C.m
12:16 use super in C.m -> <module>
12:26 use y in C.m -> <module>
13:1 use print in <module> -> <module>
13:19 use range in <module> -> <module>
13:14 def x in <listcomp> -> <listcomp>
13:8 use x in <listcomp> -> <listcomp>
13:30 use undefined in <module> -> <module>`
	if g := strings.Join(got, "\n"); g != want {
		t.Errorf("refs:\n%s\nwant:\n%s", g, want)
	}
}
