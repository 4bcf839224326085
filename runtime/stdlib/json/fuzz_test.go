package json

import (
	"context"
	"errors"
	"testing"

	"github.com/hyperflask/hfc/runtime/vm"
)

func loadsString(th *vm.Thread, s string) (vm.Value, error) { return Loads(th, s) }

func dumpsValue(th *vm.Thread, v vm.Value) (string, error) {
	e := &encoder{th: th, ensureASCII: true, checkCircular: true, allowNaN: true, itemSep: ", ", keySep: ": ", oneShot: true}
	err := e.encode(v, 0)
	return e.out.String(), err
}

// FuzzLoads checks that the decoder never panics, that it fails only with
// JSONDecodeError (or RecursionError, or a ValueError for an int too long
// to convert), and that what it accepts re-encodes to a fixed point.
func FuzzLoads(f *testing.F) {
	for _, s := range []string{`{"a": [1, 2.5e3, "x\u00e9\ud83d\ude00", null, true, false]}`, `[`, `"\u12`, `-0.0e-1`,
		`{"a" : {"b": [[], {}]}} `, `NaN`, `-Infinity`, `"\t"`, `1e400`, `["\ud800"]`, "\"\xff\"", `0.`, `[1,]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		th := vm.NewThread(context.Background())
		v, err := loadsString(th, s)
		if err != nil {
			var exc *vm.Exception
			if !errors.As(err, &exc) {
				t.Fatalf("loads(%q): non-Python error %v", s, err)
			}
			if !exc.Matches(DecodeErrorClass) && !exc.Matches(vm.RecursionErrorClass) && !exc.Matches(vm.ValueErrorClass) {
				t.Fatalf("loads(%q): unexpected %v", s, exc)
			}
			return
		}
		out, err := dumpsValue(th, v)
		if err != nil {
			t.Fatalf("dumps(loads(%q)): %v", s, err)
		}
		v2, err := loadsString(th, out)
		if err != nil {
			t.Fatalf("loads(dumps(loads(%q))) = loads(%q): %v", s, out, err)
		}
		out2, err := dumpsValue(th, v2)
		if err != nil || out2 != out {
			t.Fatalf("not a fixed point: %q -> %q -> %q (%v)", s, out, out2, err)
		}
	})
}

func TestDecodeErrorPositions(t *testing.T) {
	th := vm.NewThread(context.Background())
	for _, c := range []struct {
		in, msg string
	}{
		{"", "Expecting value: line 1 column 1 (char 0)"},
		{"[1,\n\n]", "Expecting value: line 3 column 1 (char 5)"},
		{`"é\q"`, `Invalid \escape: line 1 column 3 (char 2)`},
		{`{"é": 1, "x" 2}`, "Expecting ':' delimiter: line 1 column 14 (char 13)"},
		{"[1] x", "Extra data: line 1 column 5 (char 4)"},
	} {
		_, err := loadsString(th, c.in)
		var exc *vm.Exception
		if !errors.As(err, &exc) || exc.Message() != c.msg {
			t.Errorf("loads(%q) = %v, want %q", c.in, err, c.msg)
		}
	}
}
