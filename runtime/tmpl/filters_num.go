package tmpl

import (
	"math"
	"math/big"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/pyfmt"
	"github.com/hyperflask/hfc/runtime/vm"
)

// The number filters of jinja2/filters.py, and default.
func init() {
	builtinFilters["abs"] = builtin("abs")
	defFilter("do_default(value, default_value=, boolean=)", func(th *vm.Thread, c *call) (vm.Value, error) {
		value := c.args[0]
		def := c.arg(1, vm.Str(""))
		if _, ok := value.(*vm.Undefined); ok {
			return def, nil
		}
		boolean, err := th.Truth(c.arg(2, vm.False))
		if err != nil || !boolean {
			return value, err
		}
		ok, err := th.Truth(value)
		if err != nil {
			return nil, err
		}
		if !ok {
			return def, nil
		}
		return value, nil
	}, "default", "d")
	defFilter("do_int(value, default=, base=)", toInt, "int")
	defFilter("do_float(value, default=)", func(th *vm.Thread, c *call) (vm.Value, error) {
		f, err := convert(th, "float", c.args[0])
		if isConversionError(err) {
			return c.arg(1, vm.Float(0)), nil
		}
		return f, err
	}, "float")
	defFilter("do_round(value, precision=, method=)", round, "round")
	defFilter("do_filesizeformat(value, binary=)", filesizeformat, "filesizeformat")
}

// isConversionError reports whether err is a TypeError or ValueError (what
// do_int and do_float catch).
func isConversionError(err error) bool {
	return isExc(err, vm.TypeErrorClass) || isExc(err, vm.ValueErrorClass)
}

// convert is int(value) or float(value) (fn names the builtin): a Markup
// converts as the str it is, an undefined value fails (Undefined's
// __int__ and __float__ raise).
func convert(th *vm.Thread, fn string, value vm.Value, extra ...vm.Value) (vm.Value, error) {
	switch x := value.(type) {
	case *vm.Undefined:
		return nil, x.Fail()
	case vm.Markup:
		value = vm.Str(x)
	}
	return callBuiltin(th, fn, append([]vm.Value{value}, extra...), nil)
}

// toInt is do_int.
func toInt(th *vm.Thread, c *call) (vm.Value, error) {
	value := c.args[0]
	var r vm.Value
	var err error
	if isStr(value) {
		r, err = convert(th, "int", value, c.arg(2, vm.MakeInt(10)))
	} else {
		r, err = convert(th, "int", value)
	}
	if !isConversionError(err) {
		return r, err
	}
	f, err := convert(th, "float", value)
	if err == nil {
		r, err = callBuiltin(th, "int", []vm.Value{f}, nil)
	}
	if isConversionError(err) {
		return c.arg(1, vm.MakeInt(0)), nil
	}
	return r, err
}

// round is do_round.
func round(th *vm.Thread, c *call) (vm.Value, error) {
	value := c.args[0]
	precision := c.arg(1, vm.MakeInt(0))
	method := c.arg(2, vm.Str("common"))
	if _, err := th.Hash(method); err != nil {
		return nil, err
	}
	m := ""
	if isStr(method) {
		m = strOf(method)
	}
	switch m {
	case "common":
		return th.Round(value, precision)
	case "ceil", "floor":
	default:
		return nil, th.Raise(vm.FilterArgumentErrorClass, "method must be common, ceil or floor")
	}
	scale, err := th.Binary(bytecode.OpPow, vm.MakeInt(10), precision)
	if err != nil {
		return nil, err
	}
	scaled, err := th.Binary(bytecode.OpMul, value, scale)
	if err != nil {
		return nil, err
	}
	r, err := stdCall(th, "math", m, []vm.Value{scaled}, nil)
	if err != nil {
		return nil, err
	}
	return th.Binary(bytecode.OpTrueDiv, r, scale)
}

// filesizeformat is do_filesizeformat.
func filesizeformat(th *vm.Thread, c *call) (vm.Value, error) {
	fv, err := convert(th, "float", c.args[0])
	if err != nil {
		return nil, err
	}
	bytes := float64(fv.(vm.Float))
	binary, err := th.Truth(c.arg(1, vm.False))
	if err != nil {
		return nil, err
	}
	base := int64(1000)
	prefixes := []string{"kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"}
	if binary {
		base = 1024
		prefixes = []string{"KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"}
	}
	switch {
	case bytes == 1:
		return vm.Str("1 Byte"), nil
	case bytes < float64(base):
		n, err := callBuiltin(th, "int", []vm.Value{fv}, nil)
		if err != nil {
			return nil, err
		}
		s, err := th.Str(n)
		if err != nil {
			return nil, err
		}
		return vm.Str(s + " Bytes"), nil
	}
	var unit *big.Int
	var prefix string
	for i, p := range prefixes {
		unit = new(big.Int).Exp(big.NewInt(base), big.NewInt(int64(i+2)), nil)
		prefix = p
		if !math.IsNaN(bytes) && new(big.Float).SetFloat64(bytes).Cmp(new(big.Float).SetInt(unit)) < 0 {
			break
		}
	}
	u, _ := new(big.Float).SetInt(unit).Float64()
	s, err := pyfmt.FormatFloat(float64(base)*bytes/u, ".1f")
	if err != nil {
		return nil, vm.FromPyfmt(err)
	}
	return vm.Str(s + " " + prefix), nil
}
