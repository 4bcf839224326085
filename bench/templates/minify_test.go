package templates

import "testing"

// minify normalises whitespace so that the outputs of engines that keep a
// template's whitespace (Jinja2, hfc, pongo2, Go templates, Jet) and of those
// that do not compare equal, as goTemplateBenchmark does with an HTML
// minifier before comparing:
//
//   - a run of whitespace (space, tab, newline, carriage return, form feed)
//     is removed when it is at the start or the end of the document, follows
//     a '>' or precedes a '<' (it sits between tags, or between a tag and
//     text);
//   - any other run becomes a single space.
//
// Nothing else changes: attribute quoting, entity spelling and the text
// itself must match exactly. It does not parse HTML (whitespace inside a tag,
// between attributes, is collapsed by the second rule), which is enough for
// the two pages here, which have no <pre>, <textarea> or inline scripts.
func minify(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		if !isSpace(s[i]) {
			out = append(out, s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && isSpace(s[j]) {
			j++
		}
		atEdge := i == 0 || j == len(s)
		nextToTag := (i > 0 && s[i-1] == '>') || (j < len(s) && s[j] == '<')
		if !atEdge && !nextToTag {
			out = append(out, ' ')
		}
		i = j
	}
	return string(out)
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

func TestMinify(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"  \n", ""},
		{"\n<p>\n\tBob  has\t 2\nmessages </p>\n", "<p>Bob has 2 messages</p>"},
		{"<ul>\n\n\t<li>a</li>\n\n</ul>", "<ul><li>a</li></ul>"},
		{`<div   class="x">a  b</div>`, `<div class="x">a b</div>`},
		{"<title>Bob's Home Page</title>", "<title>Bob's Home Page</title>"},
	} {
		if got := minify(c.in); got != c.want {
			t.Errorf("minify(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
