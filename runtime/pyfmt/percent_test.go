package pyfmt

import "testing"

func TestPercentTable(t *testing.T) {
	r := &tableRunner{t: t}
	for _, c := range loadTable(t, "percent") {
		got, err := Percent(c.str(t, 0), decodeValue(t, c.str(t, 1)))
		r.check(&c, got, err)
	}
	r.done()
}
