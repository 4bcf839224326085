package lsp

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"go.lsp.dev/protocol"

	"github.com/hyperflask/hfc/internal/golden"
	"github.com/hyperflask/hfc/internal/txtar"
)

// Marker tests, in the style of gopls: each testdata/*.txtar archive is a
// workspace (its files) plus golden sections (names starting with "@"),
// and the files carry markers in comments — {# @hover(…) #} in templates,
// # @def(…) in Python and YAML. A marker's first argument locates it on
// its own line: a quoted pattern whose first match on that line is the
// range, a ^ in the pattern marking the caret (the range's start
// otherwise), [[ and ]] around the range inside a longer pattern, "$" for
// the end of the line, or the name of a @loc.
//
//	@loc(name, "pat")                a named location
//	@diag("pat", "CODE"[, "re"])     a diagnostic with that code and range (empty
//	                                 at the caret when pat has a ^) whose message matches re;
//	                                 every diagnostic of an opened file needs one
//	@complete("pat^", golden)        completion items starting with the typed word
//	@hover("pat", golden)            the hover's Markdown
//	@def("pat", loc…)                definitions (file:PATH is the start of a file)
//	@refs("pat", loc…)               references (declarations included)
//	@highlight("pat", loc…)          document highlights
//	@rename("pat", "new", golden)    the edited files
//	@norename("pat", "re"[, "new"])  rename fails with a message matching re
//	                                 (prepareRename; rename to new when given)
//	@token("pat", "type"[, "mods"])  the semantic token of the range
//	@codeaction("pat", "title", golden)  the edited files of a code action
//	@signature("pat^", "label", n)   signature help and its active parameter
//	@selection("pat^", golden)       the selection ranges, innermost first
//	@symbols(golden)                 the file's document symbols
//	@folding(golden) @links(golden) @lens(golden) @inlay(golden) @format(golden)
//	@wsymbols("query", golden)       workspace symbols
//
// A golden named g is the section "@g" of the archive; run the tests with
// -update to rewrite the sections from the server's answers.

var markerRE = regexp.MustCompile(`@(\w+)\(((?:[^()"]|"(?:[^"\\]|\\.)*")*)\)`)

// marker is one marker of a file.
type marker struct {
	name string
	args []string // quoted arguments unquoted; bare ones as written
	bare []bool
	file string // archive path
	line int    // 1-based
	text string // the file's text
}

func (m marker) String() string { return fmt.Sprintf("%s:%d: @%s", m.file, m.line, m.name) }

// parseMarkers finds the markers of a file.
func parseMarkers(file, text string) []marker {
	var out []marker
	for i, line := range strings.Split(text, "\n") {
		for _, m := range markerRE.FindAllStringSubmatch(line, -1) {
			mk := marker{name: m[1], file: file, line: i + 1, text: text}
			for _, a := range splitArgs(m[2]) {
				if strings.HasPrefix(a, `"`) {
					var s string
					if err := json.Unmarshal([]byte(a), &s); err == nil {
						a = s
					}
					mk.args, mk.bare = append(mk.args, a), append(mk.bare, false)
				} else {
					mk.args, mk.bare = append(mk.args, a), append(mk.bare, true)
				}
			}
			out = append(out, mk)
		}
	}
	return out
}

// splitArgs splits a marker's arguments at commas outside quotes.
func splitArgs(s string) []string {
	var out []string
	var b strings.Builder
	inQ, esc := false, false
	for _, r := range s {
		switch {
		case esc:
			esc = false
		case r == '\\' && inQ:
			esc = true
		case r == '"':
			inQ = !inQ
		case r == ',' && !inQ:
			out = append(out, strings.TrimSpace(b.String()))
			b.Reset()
			continue
		}
		b.WriteRune(r)
	}
	if strings.TrimSpace(b.String()) != "" {
		out = append(out, strings.TrimSpace(b.String()))
	}
	return out
}

// mloc is a location found by a marker: a file and a byte range, and the
// caret.
type mloc struct {
	file       string
	start, end int
	caret      int
}

// markerRun runs the markers of one archive.
type markerRun struct {
	t       *testing.T
	c       *testClient
	archive *txtar.Archive
	locs    map[string]mloc
	goldens map[string]string // new golden sections
	used    map[string]bool
}

func TestMarkers(t *testing.T) {
	paths, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no marker tests: %v", err)
	}
	for _, p := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(p), ".txtar"), func(t *testing.T) {
			runMarkerFile(t, p)
		})
	}
}

func runMarkerFile(t *testing.T, archivePath string) {
	data, err := os.ReadFile(archivePath)
	if err != nil {
		t.Fatal(err)
	}
	ar := txtar.Parse(string(data))
	dir := t.TempDir()
	files := map[string]string{}
	settings := ""
	for _, f := range ar.Files {
		switch {
		case strings.HasPrefix(f.Name, "@"):
		case f.Name == "settings.json":
			settings = f.Data
		default:
			files[f.Name] = f.Data
		}
	}
	writeFiles(t, dir, files)
	r := &markerRun{t: t, archive: ar, locs: map[string]mloc{}, goldens: map[string]string{}, used: map[string]bool{}}
	r.c = newTestClient(t, dir, clientOptions{settings: settings})

	var all []marker
	var names []string
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		ms := parseMarkers(name, files[name])
		if len(ms) > 0 {
			r.c.openText(name, files[name])
		}
		all = append(all, ms...)
	}
	r.c.sync()
	for _, m := range all {
		if m.name == "loc" {
			r.locs[m.args[0]] = r.locate(m, 1)
		}
	}
	expected := map[string]bool{}
	for _, m := range all {
		r.run(m, expected)
	}
	// Every diagnostic of an opened file is expected by a @diag marker.
	for _, name := range names {
		if len(parseMarkers(name, files[name])) == 0 {
			continue
		}
		for _, d := range r.c.diagnostics(name) {
			key := diagKey(name, d.Range, d.Code)
			if !expected[key] {
				t.Errorf("%s:%d:%d: unexpected diagnostic %s: %s", name, d.Range.Start.Line+1, d.Range.Start.Character+1, d.Code, d.Message)
			}
		}
	}
	r.checkGoldens(archivePath)
}

func diagKey(file string, rng protocol.Range, code string) string {
	return fmt.Sprintf("%s:%d:%d-%d:%d:%s", file, rng.Start.Line, rng.Start.Character, rng.End.Line, rng.End.Character, code)
}

// locate resolves argument i of m to a location.
func (r *markerRun) locate(m marker, i int) mloc {
	r.t.Helper()
	if i >= len(m.args) {
		r.t.Fatalf("%s: missing location argument", m)
	}
	if m.bare[i] {
		l, ok := r.locs[m.args[i]]
		if !ok {
			r.t.Fatalf("%s: no @loc named %s", m, m.args[i])
		}
		return l
	}
	pat := m.args[i]
	// [[…]] marks the range inside the pattern.
	lo, hi := strings.Index(pat, "[["), strings.Index(pat, "]]")
	if lo >= 0 && hi > lo {
		pat = pat[:lo] + pat[lo+2:hi] + pat[hi+2:]
		hi -= 2
	} else {
		lo, hi = -1, -1
	}
	caret := strings.Index(pat, "^")
	pat = strings.Replace(pat, "^", "", 1)
	if caret >= 0 && lo >= 0 {
		r.t.Fatalf("%s: a pattern has a ^ or a [[range]], not both", m)
	}
	lines := strings.SplitAfter(m.text, "\n")
	off := 0
	for _, l := range lines[:m.line-1] {
		off += len(l)
	}
	line := lines[m.line-1]
	if pat == "$" {
		// The end of the line.
		end := off + len(strings.TrimRight(line, "\r\n"))
		return mloc{file: m.file, start: end, end: end, caret: end}
	}
	// Search the marker's line before the marker itself.
	if at := strings.Index(line, "@"+m.name+"("); at >= 0 {
		if j := strings.Index(line[:at], pat); j >= 0 {
			line = line[:at]
		}
	}
	j := strings.Index(line, pat)
	if j < 0 {
		r.t.Fatalf("%s: pattern %q not found on its line", m, pat)
	}
	l := mloc{file: m.file, start: off + j, end: off + j + len(pat), caret: off + j}
	if caret >= 0 {
		l.caret = off + j + caret
	}
	if lo >= 0 {
		l.start, l.end, l.caret = off+j+lo, off+j+hi, off+j+lo
	}
	return l
}

// pos returns the LSP position of the caret of l.
func (r *markerRun) pos(l mloc) protocol.Position {
	f := sourceFile(r.fileText(l.file))
	return lspPos(f, l.caret)
}

func (r *markerRun) rng(l mloc) protocol.Range {
	return rangeAt(r.fileText(l.file), l.start, l.end)
}

func (r *markerRun) fileText(name string) string {
	s, _ := r.archive.Get(name)
	return s
}

// params builds textDocument/position parameters.
func (r *markerRun) params(l mloc) map[string]any {
	return map[string]any{"textDocument": map[string]any{"uri": pathURI(r.c.path(l.file))}, "position": r.pos(l)}
}

func (r *markerRun) docParams(file string) map[string]any {
	return map[string]any{"textDocument": map[string]any{"uri": pathURI(r.c.path(file))}}
}

// golden records the output of a golden marker argument.
func (r *markerRun) golden(m marker, name, got string) {
	key := "@" + name
	if r.used[key] {
		r.t.Errorf("%s: golden %s used twice", m, name)
	}
	r.used[key] = true
	if !strings.HasSuffix(got, "\n") {
		got += "\n"
	}
	r.goldens[key] = got
}

// checkGoldens compares the golden sections, or rewrites them.
func (r *markerRun) checkGoldens(path string) {
	if *golden.Update {
		var kept []txtar.File
		for _, f := range r.archive.Files {
			if !strings.HasPrefix(f.Name, "@") {
				kept = append(kept, f)
			}
		}
		var keys []string
		for k := range r.goldens {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			kept = append(kept, txtar.File{Name: k, Data: r.goldens[k]})
		}
		r.archive.Files = kept
		if err := os.WriteFile(path, []byte(txtar.Format(r.archive)), 0o644); err != nil {
			r.t.Fatal(err)
		}
		return
	}
	for k, got := range r.goldens {
		want, ok := r.archive.Get(k)
		if !ok {
			r.t.Errorf("no golden section %s (run with -update):\n%s", k, got)
			continue
		}
		if want != got {
			r.t.Errorf("golden %s differs (run with -update to accept):\n%s", k, golden.Diff(want, got))
		}
	}
	for _, f := range r.archive.Files {
		if strings.HasPrefix(f.Name, "@") && !r.used[f.Name] {
			r.t.Errorf("golden section %s is not used by any marker", f.Name)
		}
	}
}

// relPath shows a path of the workspace relative to its root.
func (r *markerRun) relPath(p string) string {
	if rel, err := filepath.Rel(r.c.root, p); err == nil {
		return filepath.ToSlash(rel)
	}
	return p
}

// showLoc renders an LSP location as file:line:col-line:col.
func (r *markerRun) showLoc(l protocol.Location) string {
	p, _ := uriPath(string(l.URI))
	return fmt.Sprintf("%s:%d:%d-%d:%d", r.relPath(p), l.Range.Start.Line+1, l.Range.Start.Character+1, l.Range.End.Line+1, l.Range.End.Character+1)
}

// showMloc renders a marker location the same way.
func (r *markerRun) showMloc(l mloc) string {
	rng := r.rng(l)
	return fmt.Sprintf("%s:%d:%d-%d:%d", l.file, rng.Start.Line+1, rng.Start.Character+1, rng.End.Line+1, rng.End.Character+1)
}

// expectLocs compares locations with the @locs named by args.
func (r *markerRun) expectLocs(m marker, got []protocol.Location, args []string) {
	var g, w []string
	for _, l := range got {
		g = append(g, r.showLoc(l))
	}
	for _, a := range args {
		if file, ok := strings.CutPrefix(a, "file:"); ok {
			w = append(w, file+":1:1-1:1")
			continue
		}
		l, ok := r.locs[a]
		if !ok {
			r.t.Errorf("%s: no @loc named %s", m, a)
			continue
		}
		w = append(w, r.showMloc(l))
	}
	sort.Strings(g)
	sort.Strings(w)
	if strings.Join(g, "\n") != strings.Join(w, "\n") {
		r.t.Errorf("%s: got\n\t%s\nwant\n\t%s", m, strings.Join(g, "\n\t"), strings.Join(w, "\n\t"))
	}
}

func (r *markerRun) run(m marker, expectedDiags map[string]bool) {
	t := r.t
	switch m.name {
	case "loc":
	case "diag":
		l := r.locate(m, 0)
		if !m.bare[0] && strings.Contains(m.args[0], "^") {
			l.start, l.end = l.caret, l.caret // an empty range at the caret
		}
		rng := r.rng(l)
		code := m.args[1]
		found := false
		for _, d := range r.c.diagnostics(l.file) {
			if d.Range == rng && d.Code == code {
				found = true
				if len(m.args) > 2 && !regexp.MustCompile(m.args[2]).MatchString(d.Message) {
					t.Errorf("%s: message %q does not match %q", m, d.Message, m.args[2])
				}
			}
		}
		if !found {
			var have []string
			for _, d := range r.c.diagnostics(l.file) {
				have = append(have, fmt.Sprintf("%d:%d-%d:%d %s %s", d.Range.Start.Line+1, d.Range.Start.Character+1, d.Range.End.Line+1, d.Range.End.Character+1, d.Code, d.Message))
			}
			t.Errorf("%s: no %s diagnostic at %s; have:\n\t%s", m, code, r.showMloc(l), strings.Join(have, "\n\t"))
		}
		expectedDiags[diagKey(l.file, rng, code)] = true
	case "complete":
		l := r.locate(m, 0)
		var res struct {
			Items []completionItem `json:"items"`
		}
		r.c.call("textDocument/completion", r.params(l), &res)
		r.golden(m, m.args[1], formatCompletion(r.fileText(l.file), l.caret, res.Items))
	case "hover":
		l := r.locate(m, 0)
		var res *struct {
			Contents protocol.MarkupContent `json:"contents"`
		}
		r.c.call("textDocument/hover", r.params(l), &res)
		got := "(none)"
		if res != nil {
			got = res.Contents.Value
		}
		r.golden(m, m.args[1], got)
	case "def", "refs", "highlight":
		l := r.locate(m, 0)
		var got []protocol.Location
		switch m.name {
		case "def":
			r.c.call("textDocument/definition", r.params(l), &got)
		case "refs":
			p := r.params(l)
			p["context"] = map[string]any{"includeDeclaration": true}
			r.c.call("textDocument/references", p, &got)
		case "highlight":
			var hl []protocol.DocumentHighlight
			r.c.call("textDocument/documentHighlight", r.params(l), &hl)
			for _, h := range hl {
				got = append(got, protocol.Location{URI: protocol.DocumentURI(pathURI(r.c.path(l.file))), Range: h.Range})
			}
		}
		r.expectLocs(m, got, m.args[1:])
	case "rename":
		l := r.locate(m, 0)
		p := r.params(l)
		p["newName"] = m.args[1]
		var we json.RawMessage
		r.c.call("textDocument/rename", p, &we)
		r.golden(m, m.args[2], r.applyEdit(we))
	case "norename":
		l := r.locate(m, 0)
		var out any
		method, p := "textDocument/prepareRename", r.params(l)
		if len(m.args) > 2 {
			method = "textDocument/rename"
			p["newName"] = m.args[2]
		}
		err := r.c.callErr(method, p, &out)
		if err == nil || !regexp.MustCompile(m.args[1]).MatchString(err.Error()) {
			t.Errorf("%s: %s gave %v, %v; want an error matching %q", m, method, out, err, m.args[1])
		}
	case "token":
		l := r.locate(m, 0)
		var res struct {
			Data []uint32 `json:"data"`
		}
		r.c.call("textDocument/semanticTokens/full", r.docParams(l.file), &res)
		want := m.args[1]
		if len(m.args) > 2 && m.args[2] != "" {
			want += " " + m.args[2]
		}
		got := findToken(res.Data, r.rng(l))
		if got != want {
			t.Errorf("%s: token %q, want %q", m, got, want)
		}
	case "codeaction":
		l := r.locate(m, 0)
		p := r.docParams(l.file)
		p["range"] = r.rng(l)
		p["context"] = map[string]any{"diagnostics": []any{}}
		var actions []struct {
			Title string          `json:"title"`
			Edit  json.RawMessage `json:"edit"`
		}
		r.c.call("textDocument/codeAction", p, &actions)
		var titles []string
		for _, a := range actions {
			titles = append(titles, a.Title)
			if a.Title == m.args[1] {
				r.golden(m, m.args[2], r.applyEdit(a.Edit))
				return
			}
		}
		t.Errorf("%s: no code action %q; have %q", m, m.args[1], titles)
	case "signature":
		l := r.locate(m, 0)
		var res *signatureHelp
		r.c.call("textDocument/signatureHelp", r.params(l), &res)
		got := "(none)"
		if res != nil && len(res.Signatures) > 0 {
			got = fmt.Sprintf("%s %d", res.Signatures[0].Label, res.ActiveParameter)
		}
		if want := m.args[1] + " " + m.args[2]; got != want {
			t.Errorf("%s: signature %q, want %q", m, got, want)
		}
	case "selection":
		l := r.locate(m, 0)
		p := r.docParams(l.file)
		p["positions"] = []protocol.Position{r.pos(l)}
		var res []*selectionRange
		r.c.call("textDocument/selectionRange", p, &res)
		var b strings.Builder
		if len(res) == 1 {
			text := r.fileText(l.file)
			f := sourceFile(text)
			for sr := res[0]; sr != nil; sr = sr.Parent {
				s, e := offsetOf(f, sr.Range.Start), offsetOf(f, sr.Range.End)
				fmt.Fprintf(&b, "%d:%d-%d:%d %q\n", sr.Range.Start.Line+1, sr.Range.Start.Character+1, sr.Range.End.Line+1, sr.Range.End.Character+1, firstLine(text[s:e]))
			}
		}
		r.golden(m, m.args[1], b.String())
	case "symbols", "folding", "links", "lens", "inlay", "format":
		r.golden(m, m.args[0], r.documentRequest(m))
	case "wsymbols":
		var syms []symbolInformation
		r.c.call("workspace/symbol", map[string]any{"query": m.args[0]}, &syms)
		var b strings.Builder
		for _, s := range syms {
			fmt.Fprintf(&b, "%s %d %s (%s)\n", s.Name, int(s.Kind), r.showLoc(s.Location), s.ContainerName)
		}
		r.golden(m, m.args[1], b.String())
	default:
		t.Errorf("%s: unknown marker", m)
	}
}

// documentRequest runs a request on a whole document and formats its
// answer.
func (r *markerRun) documentRequest(m marker) string {
	p := r.docParams(m.file)
	text := r.fileText(m.file)
	var b strings.Builder
	switch m.name {
	case "symbols":
		var syms []documentSymbol
		r.c.call("textDocument/documentSymbol", p, &syms)
		var walk func([]documentSymbol, string)
		walk = func(list []documentSymbol, indent string) {
			for _, s := range list {
				fmt.Fprintf(&b, "%s%s %d %q %d:%d-%d:%d\n", indent, s.Name, int(s.Kind), s.Detail, s.Range.Start.Line+1, s.Range.Start.Character+1, s.Range.End.Line+1, s.Range.End.Character+1)
				walk(s.Children, indent+"  ")
			}
		}
		walk(syms, "")
	case "folding":
		var fr []protocol.FoldingRange
		r.c.call("textDocument/foldingRange", p, &fr)
		for _, f := range fr {
			fmt.Fprintf(&b, "%d-%d %s\n", f.StartLine+1, f.EndLine+1, f.Kind)
		}
	case "links":
		var links []documentLink
		r.c.call("textDocument/documentLink", p, &links)
		for _, l := range links {
			target, _ := uriPath(l.Target)
			fmt.Fprintf(&b, "%d:%d-%d:%d %s\n", l.Range.Start.Line+1, l.Range.Start.Character+1, l.Range.End.Line+1, l.Range.End.Character+1, r.relPath(target))
		}
	case "lens":
		var lenses []codeLens
		r.c.call("textDocument/codeLens", p, &lenses)
		for _, l := range lenses {
			fmt.Fprintf(&b, "%d: %s\n", l.Range.Start.Line+1, l.Command.Title)
		}
	case "inlay":
		p["range"] = rangeAt(text, 0, len(text))
		var hints []inlayHint
		r.c.call("textDocument/inlayHint", p, &hints)
		for _, h := range hints {
			fmt.Fprintf(&b, "%d:%d %s\n", h.Position.Line+1, h.Position.Character+1, h.Label)
		}
	case "format":
		var edits []protocol.TextEdit
		r.c.call("textDocument/formatting", p, &edits)
		b.WriteString(applyTextEdits(text, edits))
	}
	return b.String()
}

// findToken decodes semantic tokens and returns "type mods" of the token
// covering rng exactly.
func findToken(data []uint32, rng protocol.Range) string {
	var line, char uint32
	for i := 0; i+4 < len(data); i += 5 {
		if data[i] > 0 {
			char = 0
		}
		line += data[i]
		char += data[i+1]
		if line == rng.Start.Line && char == rng.Start.Character && char+data[i+2] == rng.End.Character {
			s := string(semanticLegend.TokenTypes[data[i+3]])
			var mods []string
			for j, m := range semanticLegend.TokenModifiers {
				if data[i+4]&(1<<j) != 0 {
					mods = append(mods, string(m))
				}
			}
			if len(mods) > 0 {
				s += " " + strings.Join(mods, ",")
			}
			return s
		}
	}
	return "(none)"
}

// formatCompletion lists the items that match the word before the caret,
// as an editor filters them: label, kind, detail and the inserted text.
func formatCompletion(text string, caret int, items []completionItem) string {
	start := wordBefore(text, caret, 0)
	for start > 0 && (text[start-1] == '-') {
		start = wordBefore(text, start-1, 0)
	}
	prefix := strings.ToLower(text[start:caret])
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i].SortText, items[j].SortText
		if a == "" {
			a = items[i].Label
		}
		if b == "" {
			b = items[j].Label
		}
		return a < b
	})
	var b strings.Builder
	n := 0
	for _, it := range items {
		if !strings.HasPrefix(strings.ToLower(it.Label), prefix) {
			continue
		}
		n++
		if n > 40 {
			b.WriteString("…\n")
			break
		}
		insert := ""
		if it.TextEdit != nil && it.TextEdit.NewText != it.Label {
			insert = " → " + strings.ReplaceAll(it.TextEdit.NewText, "\n", `\n`)
		}
		fmt.Fprintf(&b, "%s (%d) %s%s\n", it.Label, int(it.Kind), it.Detail, insert)
	}
	if n == 0 {
		return "(none)\n"
	}
	return b.String()
}

// applyEdit applies a workspace edit to the files it names and renders
// the result: each changed file's new text, and the file operations.
func (r *markerRun) applyEdit(raw json.RawMessage) string {
	if string(raw) == "null" || len(raw) == 0 {
		return "(no edit)\n"
	}
	var we struct {
		Changes         map[string][]protocol.TextEdit `json:"changes"`
		DocumentChanges []json.RawMessage              `json:"documentChanges"`
	}
	if err := json.Unmarshal(raw, &we); err != nil {
		r.t.Fatal(err)
	}
	texts := map[string]string{}
	var order []string
	var b strings.Builder
	current := func(path string) string {
		if s, ok := texts[path]; ok {
			return s
		}
		if s, ok := r.archive.Get(path); ok {
			return s
		}
		return ""
	}
	for _, dc := range we.DocumentChanges {
		var op struct {
			Kind   string `json:"kind"`
			URI    string `json:"uri"`
			OldURI string `json:"oldUri"`
			NewURI string `json:"newUri"`
			Doc    *struct {
				URI string `json:"uri"`
			} `json:"textDocument"`
			Edits []protocol.TextEdit `json:"edits"`
		}
		if err := json.Unmarshal(dc, &op); err != nil {
			r.t.Fatal(err)
		}
		switch op.Kind {
		case "create":
			p, _ := uriPath(op.URI)
			fmt.Fprintf(&b, "create %s\n", r.relPath(p))
		case "rename":
			o, _ := uriPath(op.OldURI)
			n, _ := uriPath(op.NewURI)
			fmt.Fprintf(&b, "rename %s -> %s\n", r.relPath(o), r.relPath(n))
		default:
			p, _ := uriPath(op.Doc.URI)
			rel := r.relPath(p)
			if _, ok := texts[rel]; !ok {
				order = append(order, rel)
			}
			texts[rel] = applyTextEdits(current(rel), op.Edits)
		}
	}
	for uri, edits := range we.Changes {
		p, _ := uriPath(uri)
		rel := r.relPath(p)
		order = append(order, rel)
		texts[rel] = applyTextEdits(current(rel), edits)
	}
	for _, rel := range order {
		fmt.Fprintf(&b, "== %s ==\n%s", rel, texts[rel])
	}
	return b.String()
}

// applyTextEdits applies LSP edits (of the text's original positions).
func applyTextEdits(text string, edits []protocol.TextEdit) string {
	f := sourceFile(text)
	type bedit struct {
		start, end int
		text       string
	}
	var list []bedit
	for _, e := range edits {
		list = append(list, bedit{offsetOf(f, e.Range.Start), offsetOf(f, e.Range.End), e.NewText})
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].start > list[j].start })
	for _, e := range list {
		text = text[:e.start] + e.text + text[e.end:]
	}
	return text
}
