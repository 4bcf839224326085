package typing

import (
	"strconv"
	"strings"
	"testing"
)

// render writes a parsed annotation back in a canonical form.
func render(n *annotNode) string {
	switch n.kind {
	case annotName:
		return n.name
	case annotNone:
		return "None"
	case annotEllipsis:
		return "..."
	case annotStr:
		return "'" + n.name + "'"
	case annotInt:
		return strconv.FormatInt(n.num, 10)
	case annotList:
		parts := make([]string, len(n.items))
		for i, x := range n.items {
			parts[i] = render(x)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case annotOr:
		return "(" + render(n.left) + "|" + render(n.items[0]) + ")"
	}
	parts := make([]string, len(n.items))
	for i, x := range n.items {
		parts[i] = render(x)
	}
	s := render(n.left) + "[" + strings.Join(parts, ",")
	if n.tuple && len(n.items) == 1 {
		s += ","
	}
	return s + "]"
}

func TestParseAnnotation(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"int", "int"},
		{" Node ", "Node"},
		{"typing.List[int]", "typing.List[int]"},
		{"Optional[Node]", "Optional[Node]"},
		{"Dict[str, List[int]]", "Dict[str,List[int]]"},
		{"int | None", "(int|None)"},
		{"int | str | None", "((int|str)|None)"},
		{"Callable[[int, str], bool]", "Callable[[int,str],bool]"},
		{"Callable[..., int]", "Callable[...,int]"},
		{"Tuple[int, ...]", "Tuple[int,...]"},
		{"Literal['a', \"b\"]", "Literal['a','b']"},
		{"Literal[3]", "Literal[3]"},
		{"tuple[int,]", "tuple[int,]"},
		{"(int | str)", "(int|str)"},
		{"ünïcode", "ünïcode"},
	} {
		n, err := parseAnnotation(c.in)
		if err != nil {
			t.Errorf("parseAnnotation(%q): %v", c.in, err)
			continue
		}
		if got := render(n); got != c.want {
			t.Errorf("parseAnnotation(%q) = %s, want %s", c.in, got, c.want)
		}
	}
	for _, bad := range []string{"", "int[", "int[]", "List[int", "a.", "1a", "'unterminated", "int | ", "[int", "x y", "a..b", "(int", "'a\\'b'", "-"} {
		if n, err := parseAnnotation(bad); err == nil {
			t.Errorf("parseAnnotation(%q) = %s, want an error", bad, render(n))
		}
	}
}

func FuzzParseAnnotation(f *testing.F) {
	for _, s := range []string{"int", "List[int]", "Callable[[int], str]", "a | b | None", "Literal['x', 1]", "x.y.z[...]", "((a))"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := parseAnnotation(s)
		if err != nil {
			return
		}
		// What parses renders to text that parses to the same tree (string
		// literals aside: render does not escape their quotes).
		r := render(n)
		if strings.ContainsAny(r, "'\"") {
			return
		}
		again, err := parseAnnotation(r)
		if err != nil {
			t.Fatalf("%q parsed as %s, which does not parse: %v", s, r, err)
		}
		if render(again) != r {
			t.Fatalf("%q parsed as %s, which parses as %s", s, r, render(again))
		}
	})
}
