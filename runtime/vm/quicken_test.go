package vm

import (
	"strings"
	"testing"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/compiler/pycompile"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
)

// loadSnippet compiles and loads src (without the loader, which imports
// this package).
func loadSnippet(t *testing.T, src string) *Program {
	t.Helper()
	f := source.NewFile("snippet.py", src)
	mod, diags := python.Parse(f, 0, len(src), python.ModeModule)
	if diags.HasErrors() {
		t.Fatalf("parse: %v", diags)
	}
	res := pycompile.CompileModule(f, mod, pycompile.Options{})
	if res.Program == nil {
		t.Fatalf("compile: %v", res.Diags)
	}
	prog, err := LoadProgram(res.Program)
	if err != nil {
		t.Fatal(err)
	}
	return prog
}

// quickOps lists the opcodes of a code object's quickened instructions,
// "." for the instructions a superinstruction covers.
func quickOps(c *Code) string {
	var ops []string
	for pc := 0; pc < len(c.quick); pc++ {
		op := bytecode.Opcode(c.quick[pc] & 0xff)
		ops = append(ops, opName(op))
		n := map[bytecode.Opcode]int{qFOR_ITER_STORE: 2, qBINARY_FAST_FAST: 3, qBINARY_FAST_CONST: 3,
			qBINARY_FAST_FAST_STORE: 4, qBINARY_FAST_CONST_STORE: 4, qCOMPARE_FAST_FAST_JUMP: 4,
			qCOMPARE_FAST_CONST_JUMP: 4, qCOMPARE_JUMP: 2, qRETURN_FAST: 2}[op]
		for i := 1; i < n; i++ {
			ops = append(ops, ".")
			pc++
		}
	}
	return strings.Join(ops, " ")
}

func TestQuicken(t *testing.T) {
	prog := loadSnippet(t, `def f(n, xs):
    total = 0
    for i in range(n):
        total += i
        if i < 3:
            total = total * 2
        if xs[i] == i: pass
    return total - n

def g(a, b):
    c = (a
         + b)
    return c

def h(n):
    return n if n < 2 else n - 1
`)
	funcs := map[string]*Code{}
	for _, k := range prog.Body.Consts {
		if c, ok := k.(*Code); ok {
			funcs[c.Name] = c
		}
	}
	for name, want := range map[string]string{
		"f": "LOAD_CONST STORE_FAST LOADS LOAD_FAST CALL GET_ITER FOR_ITER_STORE . " +
			"BINARY_FAST_FAST_STORE . . . COMPARE_FAST_CONST_JUMP . . . BINARY_FAST_CONST_STORE . . . " +
			"LOADS LOAD_FAST BINARY_SUBSCR LOAD_FAST COMPARE_JUMP . NOP JUMP BINARY_FAST_FAST . . RETURN_VALUE",
		// Sequences span lines.
		"g": "BINARY_FAST_FAST_STORE . . . RETURN_FAST .",
		// The jump to the return is the return.
		"h": "COMPARE_FAST_CONST_JUMP . . . RETURN_FAST . BINARY_FAST_CONST . . RETURN_VALUE",
	} {
		if got := quickOps(funcs[name]); got != want {
			t.Errorf("%s: quickened\n%s\nwant\n%s", name, got, want)
		}
	}
}
