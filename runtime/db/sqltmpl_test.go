package db

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseTemplate(t *testing.T) {
	kinds := map[partKind]string{partText: "text", partExpr: "expr", partParam: "param", partTable: "table", partSelect: "select", partSelfPK: "selfpk"}
	for _, c := range []struct{ in, want string }{
		{"SELECT 1", "text(SELECT 1)"},
		{"SELECT * FROM {table} WHERE id = %(id)s", "text(SELECT * FROM) expr(table) text(WHERE id =) param(id)"},
		{"{ {'a': 1}['a'] }", "expr( {'a': 1}['a'] )"},
		{"%(f(%(x)s))s", "param(f(%(x)s))"},
		{"%({'a': 1})s", "param({'a': 1})"},
		{"{'%('}", "expr('%(')"},
		{"{cls.select_from()} WHERE x", "select(cls.select_from()) text(WHERE x)"},
		{"  a  {self.table}  b  ", "text(a) table(self.table) text(b)"},
		{"WHERE {self.__mapper__.primary_key_condition(self)}", "text(WHERE) selfpk(self.__mapper__.primary_key_condition(self))"},
		{"", ""},
	} {
		parts, err := parseTemplate(c.in)
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		var got []string
		for _, p := range parts {
			got = append(got, kinds[p.kind]+"("+p.text+")")
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q: got %s, want %s", c.in, g, c.want)
		}
	}
	for _, bad := range []string{"SELECT {x", "%(x", "{ {x}", "a %(b)s %(c"} {
		if _, err := parseTemplate(bad); err == nil {
			t.Errorf("%q: no error for an unclosed block", bad)
		}
	}
}

func TestRewriteModelSQL(t *testing.T) {
	for _, c := range []struct{ in, acc, want string }{
		{"SELECT WHERE a = 1", "cls", "{cls.select_from()} WHERE a = 1"},
		{"where a = 1", "self", "{self.select_from()} where a = 1"},
		{"INSERT INTO (a) VALUES (1)", "cls", "INSERT INTO {cls.table} (a) VALUES (1)"},
		{"UPDATE SET a = 1 WHERE SELF", "self", "UPDATE {self.table} SET a = 1 WHERE {self.__mapper__.primary_key_condition(self)}"},
		{"DELETE WHERE a = 1", "cls", "DELETE FROM {cls.table} WHERE a = 1"},
		{"SELECT * FROM x where self", "self", "SELECT * FROM x where self"},
		{"SELECT 1", "cls", "SELECT 1"},
	} {
		if got := rewriteModelSQL(c.in, c.acc); got != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCleandoc(t *testing.T) {
	if got := cleandoc("\n    SELECT a\n      FROM b\n    "); got != "SELECT a\n  FROM b" {
		t.Errorf("got %q", got)
	}
	if got := cleandoc("SELECT\t1"); got != "SELECT  1" {
		t.Errorf("got %q", got)
	}
}

func TestSplitStatements(t *testing.T) {
	got := splitStatements("CREATE TABLE a (x text);\n-- c\nINSERT INTO a VALUES ('x;y');;  ")
	if len(got) != 2 || got[1] != "-- c\nINSERT INTO a VALUES ('x;y')" {
		t.Errorf("got %q", got)
	}
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"-- a; b\nSELECT 1; /* c; */ SELECT \"x;\"", []string{"-- a; b\nSELECT 1", "/* c; */ SELECT \"x;\""}},
		{"CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql; SELECT f()", []string{"CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql", "SELECT f()"}},
		{"DO $body$ BEGIN PERFORM 1; END $body$; SELECT $1", []string{"DO $body$ BEGIN PERFORM 1; END $body$", "SELECT $1"}},
		{"SELECT 'it''s; fine'; SELECT 2", []string{"SELECT 'it''s; fine'", "SELECT 2"}},
		{"SELECT a$b$; c$", []string{"SELECT a$b$", "c$"}},
	} {
		if got := splitStatements(c.in); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzSQLTemplate checks that the SQL docstring parser never panics, that
// its pieces come from the input in order, and that expressions come back
// with their offsets.
func FuzzSQLTemplate(f *testing.F) {
	for _, s := range []string{"SELECT WHERE a = %(a)s", "{ {x} }", "%(", "WHERE SELF", "INSERT INTO (a) VALUES ({b})", "}{)s%("} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		for _, acc := range []string{"", "cls", "self"} {
			s := doc
			if acc != "" {
				s = rewriteModelSQL(cleandoc(doc), acc)
			}
			parts, err := parseTemplate(s)
			if err != nil {
				te, ok := err.(*TemplateError)
				if !ok || te.Offset < 0 || te.Offset >= len(s) {
					t.Fatalf("%q: bad error %v", s, err)
				}
				continue
			}
			for _, p := range parts {
				if p.kind != partText && (p.off < 0 || p.off+len(p.text) > len(s) || s[p.off:p.off+len(p.text)] != p.text) {
					t.Fatalf("%q: expression %q not at offset %d", s, p.text, p.off)
				}
				if p.kind == partText && strings.TrimSpace(p.text) == "" {
					t.Fatalf("%q: empty text piece", s)
				}
			}
			if utf8.ValidString(s) {
				_ = statementKind(s)
				_ = splitStatements(s)
			}
		}
	})
}
