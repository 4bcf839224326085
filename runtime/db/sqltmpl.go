package db

import (
	"fmt"
	"strings"
)

// partKind says what a piece of an SQL template is.
type partKind uint8

const (
	partText   partKind = iota // SQL text, kept as written (trimmed)
	partExpr                   // {expr}: a Python expression inlined as SQL
	partParam                  // %(expr)s: a Python expression bound as a parameter
	partTable                  // {self.table} / {cls.table}: the model's table
	partSelect                 // {cls.select_from()}: SELECT <columns> FROM <table>
	partSelfPK                 // WHERE SELF: the condition on self's primary key
)

// tmplPart is a piece of an SQL template; for expressions, text is the
// Python source and off its byte offset in the (rewritten) statement.
type tmplPart struct {
	kind partKind
	text string
	off  int
}

// TemplateError is a malformed SQL template.
type TemplateError struct {
	Offset int // byte offset of the unclosed block
	Msg    string
}

func (e *TemplateError) Error() string { return e.Msg }

// evalBlocks are the delimiters of sqlorm's SQLTemplate, in the order it
// tries them.
var evalBlocks = [2][2]string{{"{", "}"}, {"%(", ")s"}}

// parseTemplate splits an SQL template as sqlorm's SQLTemplate does:
// `{expr}` blocks are inlined, `%(expr)s` blocks bound as parameters; a
// block's delimiters nest (`{ {a} }` is one block), the other kind of
// block is plain code inside one. Text between blocks is trimmed of
// surrounding white space (rendering joins the pieces with one space).
func parseTemplate(stmt string) ([]tmplPart, error) {
	var (
		parts   []tmplPart
		sql     strings.Builder
		code    strings.Builder
		block   = -1 // index in evalBlocks of the open block
		nested  int
		start   int // offset of the open block's code
		opening int // offset of the open block's delimiter
	)
	for i := 0; i < len(stmt); i++ {
		isEval := false
		for b, d := range evalBlocks {
			open, end := d[0], d[1]
			if (block < 0 || block == b) && strings.HasPrefix(stmt[i:], open) {
				if block >= 0 {
					nested++
					code.WriteString(open)
				} else {
					code.Reset()
					block, nested, opening, start = b, 0, i, i+len(open)
				}
				i += len(open) - 1
				isEval = true
			} else if block == b && strings.HasPrefix(stmt[i:], end) {
				if nested > 0 {
					nested--
					code.WriteString(end)
				} else {
					parts = appendText(parts, sql.String())
					kind := partExpr
					if b == 1 {
						kind = partParam
					}
					parts = append(parts, tmplPart{kind: kind, text: code.String(), off: start})
					sql.Reset()
					block = -1
				}
				i += len(end) - 1
				isEval = true
			}
			if isEval {
				break
			}
		}
		if !isEval {
			if block >= 0 {
				code.WriteByte(stmt[i])
			} else {
				sql.WriteByte(stmt[i])
			}
		}
	}
	if block >= 0 {
		return nil, &TemplateError{Offset: opening, Msg: fmt.Sprintf("SQL template: %q is not closed; expected %q after %q", evalBlocks[block][0], evalBlocks[block][1], clip(stmt[opening:]))}
	}
	parts = appendText(parts, sql.String())
	for i := range parts {
		if parts[i].kind == partExpr {
			parts[i].kind = shorthandKind(parts[i].text)
		}
	}
	return parts, nil
}

// clip shortens a piece of a statement for a message.
func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// appendText adds a text piece, trimmed as Python's str.strip does; an
// empty piece renders as nothing, so it is left out.
func appendText(parts []tmplPart, s string) []tmplPart {
	s = strings.Trim(s, " \t\n\r\v\f")
	if s == "" {
		return parts
	}
	return append(parts, tmplPart{kind: partText, text: s})
}

// shorthandKind recognises the expressions that rewriteModelSQL inserts
// (and that a user may write): they are rendered without evaluating
// Python.
func shorthandKind(code string) partKind {
	switch strings.TrimSpace(code) {
	case "self.table", "cls.table":
		return partTable
	case "self.select_from()", "cls.select_from()":
		return partSelect
	case "self.__mapper__.primary_key_condition(self)":
		return partSelfPK
	}
	return partExpr
}

// rewriteModelSQL applies sqlorm's shorthands for the SQL docstrings of
// model methods (reference §8): `SELECT WHERE …` and `WHERE …` select the
// model's columns from its table, `INSERT INTO (…)`, `UPDATE SET …` and
// `DELETE WHERE …` get the table inserted, and `WHERE SELF` becomes the
// primary key condition of self. accessor is "cls" for class methods,
// "self" otherwise. The keyword tests ignore case; the WHERE SELF
// replacement does not (as in sqlorm).
func rewriteModelSQL(doc, accessor string) string {
	up := strings.ToUpper
	if strings.HasPrefix(up(doc), "SELECT WHERE") {
		doc = doc[7:]
	}
	if strings.HasPrefix(up(doc), "WHERE") {
		doc = "{" + accessor + ".select_from()} " + doc
	}
	if strings.HasPrefix(up(doc), "INSERT INTO (") {
		doc = "INSERT INTO {" + accessor + ".table} " + doc[12:]
	}
	if strings.HasPrefix(up(doc), "UPDATE SET") {
		doc = "UPDATE {" + accessor + ".table} " + doc[7:]
	}
	if strings.HasPrefix(up(doc), "DELETE WHERE") {
		doc = "DELETE FROM {" + accessor + ".table} " + doc[7:]
	}
	if strings.Contains(up(doc), "WHERE SELF") {
		doc = strings.ReplaceAll(doc, "WHERE SELF", "WHERE {self.__mapper__.primary_key_condition(self)}")
	}
	return doc
}

// cleandoc is Python's inspect.cleandoc: tabs expanded, the common
// indentation of the lines after the first removed, the first line's
// leading blanks removed, and leading and trailing blank lines dropped.
func cleandoc(doc string) string {
	lines := strings.Split(expandTabs(doc), "\n")
	margin := -1
	for _, l := range lines[1:] {
		content := strings.TrimLeft(l, " ")
		if content == "" {
			continue
		}
		if ind := len(l) - len(content); margin < 0 || ind < margin {
			margin = ind
		}
	}
	lines[0] = strings.TrimLeft(lines[0], " ")
	if margin > 0 {
		for i := 1; i < len(lines); i++ {
			if len(lines[i]) >= margin {
				lines[i] = lines[i][margin:]
			} else {
				lines[i] = strings.TrimLeft(lines[i], " ")
			}
		}
	}
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// expandTabs is str.expandtabs(8).
func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			n := 8 - col%8
			b.WriteString(strings.Repeat(" ", n))
			col += n
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}

// statementKind returns the first keyword of a statement, upper-cased
// ("SELECT", "INSERT" …), after white space and SQL comments.
func statementKind(sql string) string {
	s := sql
	for {
		s = strings.TrimLeft(s, " \t\n\r\f\v")
		switch {
		case strings.HasPrefix(s, "--"):
			if i := strings.IndexByte(s, '\n'); i >= 0 {
				s = s[i+1:]
				continue
			}
			return ""
		case strings.HasPrefix(s, "/*"):
			if i := strings.Index(s[2:], "*/"); i >= 0 {
				s = s[i+4:]
				continue
			}
			return ""
		}
		break
	}
	end := 0
	for end < len(s) && (s[end] >= 'a' && s[end] <= 'z' || s[end] >= 'A' && s[end] <= 'Z') {
		end++
	}
	return strings.ToUpper(s[:end])
}

// isDML reports whether a statement modifies rows (Python's sqlite3 opens
// a transaction before these when none is open).
func isDML(sql string) bool {
	switch statementKind(sql) {
	case "INSERT", "UPDATE", "DELETE", "REPLACE":
		return true
	}
	return false
}

// splitStatements splits a migration file into statements at the
// semicolons outside single-quoted strings (sqlorm's
// split_sql_statements), and also outside double-quoted names, comments
// (-- and /* */) and PostgreSQL's dollar-quoted bodies ($$ … $$,
// $tag$ … $tag$), so that a function defined in a migration stays whole.
func splitStatements(sql string) []string {
	var out []string
	start := 0
	flush := func(end int) {
		if s := strings.TrimSpace(sql[start:end]); s != "" {
			out = append(out, s)
		}
	}
	for i := 0; i < len(sql); i++ {
		switch c := sql[i]; {
		case c == '\'' || c == '"':
			if j := strings.IndexByte(sql[i+1:], c); j >= 0 {
				i += j + 1
			} else {
				i = len(sql)
			}
		case c == '-' && strings.HasPrefix(sql[i:], "--"):
			if j := strings.IndexByte(sql[i:], '\n'); j >= 0 {
				i += j
			} else {
				i = len(sql)
			}
		case c == '/' && strings.HasPrefix(sql[i:], "/*"):
			if j := strings.Index(sql[i+2:], "*/"); j >= 0 {
				i += j + 3
			} else {
				i = len(sql)
			}
		case c == '$':
			if tag := dollarTag(sql[i:]); tag != "" && (i == 0 || !isIdentByte(sql[i-1])) {
				if j := strings.Index(sql[i+len(tag):], tag); j >= 0 {
					i += len(tag) + j + len(tag) - 1
				} else {
					i = len(sql)
				}
			}
		case c == ';':
			flush(i)
			start = i + 1
		}
	}
	if start < len(sql) {
		flush(len(sql))
	}
	return out
}

// dollarTag returns the opening of a dollar-quoted string at the start of
// s ("$$" or "$tag$"), or "".
func dollarTag(s string) string {
	for j := 1; j < len(s); j++ {
		switch c := s[j]; {
		case c == '$':
			return s[:j+1]
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 || j > 1 && c >= '0' && c <= '9':
		default:
			return ""
		}
	}
	return ""
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
