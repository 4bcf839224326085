package pyfmt

import (
	"strconv"
	"testing"
)

func TestFloatReprTable(t *testing.T) {
	r := &tableRunner{t: t}
	for _, c := range loadTable(t, "repr") {
		switch c.F {
		case "repr":
			r.check(&c, FloatRepr(c.float(t, 0)), nil)
		case "strrepr":
			r.check(&c, StrRepr(c.str(t, 0)), nil)
		case "ascii":
			r.check(&c, EscapeASCII(StrRepr(c.str(t, 0))), nil)
		default:
			t.Fatalf("unknown function %q", c.F)
		}
	}
	r.done()
}

func TestFormatTable(t *testing.T) {
	r := &tableRunner{t: t}
	for _, c := range loadTable(t, "format") {
		var got string
		var err error
		switch c.F {
		case "int":
			got, err = FormatBigInt(c.bigInt(t, 0), c.str(t, 1))
			if x := c.bigInt(t, 0); x.IsInt64() {
				small, smallErr := FormatInt(x.Int64(), c.str(t, 1))
				if small != got || (smallErr == nil) != (err == nil) {
					t.Errorf("line %d: FormatInt %q, %v differs from FormatBigInt %q, %v", c.line, small, smallErr, got, err)
				}
			}
		case "bool":
			b, _ := strconv.ParseBool(c.str(t, 0))
			got, err = FormatBool(b, c.str(t, 1))
		case "float":
			got, err = FormatFloat(c.float(t, 0), c.str(t, 1))
		case "str":
			got, err = FormatStr(c.str(t, 0), c.str(t, 1))
		case "none":
			got, err = FormatObject("NoneType", "None", c.str(t, 0))
		default:
			t.Fatalf("unknown function %q", c.F)
		}
		r.check(&c, got, err)
	}
	r.done()
}
