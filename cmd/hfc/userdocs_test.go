package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/internal/docsite"
	"github.com/hyperflask/hfc/internal/golden"
	"github.com/hyperflask/hfc/internal/httpcase"
	"github.com/hyperflask/hfc/runtime/server"
)

// docsDir is the user documentation, served by `hfc serve docs`.
const docsDir = "../../docs"

// strictDocs are the documents whose every code block must be a checked
// sample (ADR 0012): an app file (file=), an expected output (output=), a
// shell block whose hfc command lines are checked, a systemd unit
// (unit=), a Dockerfile, or `text` for what is not code.
var strictDocs = []string{
	"README.md", "getting-started.md", "page-format.md", "routing.md", "python.md", "templates.md",
	"components.md", "runtime-api.md", "cli.md", "deployment.md", "migrating.md", "forms.md", "ui.md",
}

// pendingDocs are documents that other issues are writing at the same
// time as these; links to them are allowed before they exist.
var pendingDocs = map[string]bool{
	"serving.md": true, "database.md": true, "assets.md": true, "editors.md": true, "debugging.md": true,
	"performance.md": true,
}

// TestCLIDoc checks that docs/cli.md is the commands' own help (rewrite it
// with go test ./cmd/hfc -run TestCLIDoc -update).
func TestCLIDoc(t *testing.T) {
	golden.Check(t, filepath.Join(docsDir, "cli.md"), []byte(cliDoc()))
}

// cliDoc is the CLI reference, from each command's help.
func cliDoc() string {
	var b strings.Builder
	b.WriteString("# The hfc command\n\n")
	b.WriteString("<!-- Generated from the commands' help by `go test ./cmd/hfc -run TestCLIDoc -update`; do not edit. -->\n\n")
	b.WriteString("`hfc <command> [flags] [arguments]`. Flags may come before or after the arguments; `--` ends them.\n")
	b.WriteString("`hfc help COMMAND` prints a command's help. The exit status is 0 on success, 1 when the command\n")
	b.WriteString("found problems (diagnostics, a failed render, failed cases), 2 on a usage error.\n\n")
	b.WriteString("| command | what it does |\n| --- | --- |\n")
	for _, n := range commandNames() {
		fmt.Fprintf(&b, "| [`%s`](#hfc-%s) | %s |\n", n, n, commands[n].summary)
	}
	for _, n := range commandNames() {
		c := commands[n]
		fmt.Fprintf(&b, "\n## hfc %s\n\n```text\n", n)
		var h bytes.Buffer
		commandHelp(&h, c)
		b.WriteString(strings.TrimRight(h.String(), "\n") + "\n```\n")
	}
	return b.String()
}

// TestDocsSamples checks the code samples of every document: the files of
// each sample app are written to a folder, opened by the server (no error
// diagnostics), served over loopback and every page without placeholders
// is requested (200), as is every URL an output block names (its body);
// hfc command lines must name commands and flags that exist.
func TestDocsSamples(t *testing.T) {
	docs, err := filepath.Glob(filepath.Join(docsDir, "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	strict := map[string]bool{}
	for _, d := range strictDocs {
		strict[d] = true
		if _, err := os.Stat(filepath.Join(docsDir, d)); err != nil {
			t.Errorf("%s: %v", d, err)
		}
	}
	for _, path := range docs {
		name := filepath.Base(path)
		t.Run(strings.TrimSuffix(name, ".md"), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			checkSamples(t, name, docsite.CodeBlocks(src), strict[name])
		})
	}
}

// sampleApp is one app of a document: its files and expected outputs.
type sampleApp struct {
	files   map[string]string
	outputs []docsite.Block
}

func checkSamples(t *testing.T, doc string, blocks []docsite.Block, strict bool) {
	apps := map[string]*sampleApp{}
	app := func(name string) *sampleApp {
		if apps[name] == nil {
			apps[name] = &sampleApp{files: map[string]string{}}
		}
		return apps[name]
	}
	for _, b := range blocks {
		where := fmt.Sprintf("%s:%d", doc, b.Line)
		switch {
		case b.Attrs["file"] != "":
			a := app(b.Attrs["app"])
			if _, dup := a.files[b.Attrs["file"]]; dup {
				t.Errorf("%s: a second block for the file %s", where, b.Attrs["file"])
			}
			a.files[b.Attrs["file"]] = b.Text
		case b.Attrs["output"] != "":
			a := app(b.Attrs["app"])
			a.outputs = append(a.outputs, b)
		case b.Lang == "sh" || b.Lang == "shell" || b.Lang == "console":
			for _, err := range checkShell(b.Text) {
				t.Errorf("%s: %v", where, err)
			}
		case b.Attrs["unit"] != "":
			for _, err := range checkUnit(b.Text) {
				t.Errorf("%s: %v", where, err)
			}
		case b.Lang == "dockerfile" || b.Lang == "Dockerfile":
			for _, err := range checkDockerfile(b.Text) {
				t.Errorf("%s: %v", where, err)
			}
		case b.Lang == "text":
		default:
			if strict {
				t.Errorf("%s: a %q block that no test checks: give it file=PATH (a file of the sample app) or output=URL, or make it a sh, dockerfile, ini unit=NAME or text block", where, b.Lang)
			}
		}
	}
	names := make([]string, 0, len(apps))
	for n := range apps {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		a := apps[n]
		if len(a.files) == 0 {
			t.Errorf("%s: output blocks for app %q, which has no file", doc, n)
			continue
		}
		checkApp(t, fmt.Sprintf("%s app %q", doc, n), a)
	}
}

// checkApp serves a sample app and requests its pages.
func checkApp(t *testing.T, what string, a *sampleApp) {
	dir := t.TempDir()
	if err := httpcase.WriteFiles(dir, a.files); err != nil {
		t.Fatal(err)
	}
	var errLog bytes.Buffer
	srv, err := server.Open(dir, server.Options{Environ: []string{"FLASK_SECRET_KEY=docs"}, ErrorLog: &errLog})
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	for _, d := range srv.Diagnostics() {
		if d.Severity == diag.Error {
			t.Errorf("%s: %s", what, strings.ReplaceAll(d.Error(), dir+string(filepath.Separator), ""))
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	go hs.Serve(ln) //nolint:errcheck // Close ends it
	defer hs.Close()
	base := "http://" + ln.Addr().String()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	getBody := func(url string) (int, string) {
		resp, err := client.Get(base + url)
		if err != nil {
			t.Fatalf("%s: GET %s: %v", what, url, err)
		}
		defer resp.Body.Close()
		data, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(data)
	}
	for _, r := range srv.Routes().Routes {
		if len(r.Vars()) > 0 || !r.Allows("GET") {
			continue
		}
		if code, body := getBody(r.Rule); code != 200 {
			t.Errorf("%s: GET %s (%s): status %d\n%s\n%s", what, r.Rule, r.File, code, body, errLog.String())
		}
	}
	for _, b := range a.outputs {
		url := b.Attrs["output"]
		code, body := getBody(url)
		if code != 200 {
			t.Errorf("%s: GET %s: status %d\n%s\n%s", what, url, code, body, errLog.String())
			continue
		}
		if strings.TrimRight(body, "\n") != strings.TrimRight(b.Text, "\n") {
			t.Errorf("%s: GET %s: the body differs from the output block of line %d:\n%s", what, url, b.Line, golden.Diff(b.Text, body+"\n"))
		}
	}
}

// shellFields splits a command line as a POSIX shell would for simple
// lines: words, '…' and "…" quoting; a # word starts a comment.
func shellFields(line string) []string {
	var out []string
	var cur strings.Builder
	inWord := false
	var quote rune
	for _, r := range line {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case r == '\'' || r == '"':
			quote, inWord = r, true
		case r == ' ' || r == '\t':
			if inWord {
				out = append(out, cur.String())
				cur.Reset()
				inWord = false
			}
		case r == '#' && !inWord:
			return out
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if inWord {
		out = append(out, cur.String())
	}
	return out
}

// checkCommand checks an hfc command line: the command exists and its
// flags parse.
func checkCommand(args []string) error {
	if len(args) < 2 || args[0] != "hfc" {
		return nil
	}
	name := args[1]
	if name == "help" || name == "-h" || name == "--help" {
		if len(args) > 2 && commands[args[2]] == nil {
			return fmt.Errorf("hfc help %s: no such command", args[2])
		}
		return nil
	}
	c := commands[name]
	if c == nil {
		return fmt.Errorf("%s: hfc has no command %q (it has %s)", strings.Join(args, " "), name, strings.Join(commandNames(), ", "))
	}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if c.flags != nil {
		c.flags(fs)
	}
	if _, err := parseFlags(fs, args[2:], c.interspersed); err != nil {
		return fmt.Errorf("%s: %v", strings.Join(args, " "), err)
	}
	return nil
}

// checkShell checks the hfc command lines of a shell block (a leading "$ "
// is a prompt; lines joined by a final backslash are one line). Every
// command of a pipeline or list is checked.
func checkShell(text string) []error {
	var errs []error
	text = strings.ReplaceAll(text, "\\\n", " ")
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimPrefix(strings.TrimSpace(line), "$ ")
		for _, part := range regexp.MustCompile(`&&|\|\||[|;&]`).Split(line, -1) {
			if err := checkCommand(shellFields(strings.TrimSpace(part))); err != nil {
				errs = append(errs, err)
			}
		}
	}
	return errs
}

// checkUnit checks a systemd unit: sections, key=value lines, and an
// ExecStart whose hfc command line is valid.
func checkUnit(text string) []error {
	var errs []error
	sections := map[string]bool{}
	execStart := ""
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, ";"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			sections[line] = true
		case strings.Contains(line, "="):
			k, v, _ := strings.Cut(line, "=")
			if k == "ExecStart" {
				execStart = v
			}
		default:
			errs = append(errs, fmt.Errorf("unit line %d: %q is no section, key=value or comment", n, line))
		}
	}
	for _, s := range []string{"[Unit]", "[Service]", "[Install]"} {
		if !sections[s] {
			errs = append(errs, fmt.Errorf("the unit has no %s section", s))
		}
	}
	args := shellFields(execStart)
	if len(args) > 0 {
		args[0] = filepath.Base(args[0])
	}
	if len(args) < 2 || args[0] != "hfc" {
		errs = append(errs, fmt.Errorf("ExecStart %q does not run hfc", execStart))
	} else if err := checkCommand(args); err != nil {
		errs = append(errs, err)
	}
	return errs
}

// checkDockerfile checks the hfc commands of a Dockerfile's RUN, CMD and
// ENTRYPOINT instructions (shell or JSON form) and that it starts FROM an
// image.
func checkDockerfile(text string) []error {
	var errs []error
	text = strings.ReplaceAll(text, "\\\n", " ")
	from := false
	var entry []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		instr, rest, _ := strings.Cut(line, " ")
		switch strings.ToUpper(instr) {
		case "FROM":
			from = true
		case "RUN":
			errs = append(errs, checkShell(rest)...)
		case "ENTRYPOINT", "CMD":
			words := jsonWords(rest)
			if strings.ToUpper(instr) == "ENTRYPOINT" {
				entry = words
				words = nil
			}
			args := append(append([]string{}, entry...), words...)
			if len(args) > 0 {
				args[0] = filepath.Base(args[0])
			}
			if err := checkCommand(args); err != nil {
				errs = append(errs, err)
			}
		}
	}
	if !from {
		errs = append(errs, fmt.Errorf("the Dockerfile has no FROM"))
	}
	return errs
}

// jsonWords reads an instruction's arguments: a JSON array of strings, or
// shell words.
func jsonWords(s string) []string {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "[") {
		return shellFields(s)
	}
	var out []string
	for _, m := range regexp.MustCompile(`"((?:[^"\\]|\\.)*)"`).FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

// TestDocsSite serves docs/ as `hfc serve docs` does, over loopback: the
// home page and every document answer 200, and so does every link of
// theirs to another page of the site.
func TestDocsSite(t *testing.T) {
	if !docsite.IsDocs(docsDir) {
		t.Fatalf("%s is not seen as a documentation folder", docsDir)
	}
	site, err := docsite.New(docsDir)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: site, ReadHeaderTimeout: 10 * time.Second}
	go hs.Serve(ln) //nolint:errcheck // Close ends it
	defer hs.Close()
	base := "http://" + ln.Addr().String()
	pages, err := site.Pages()
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) < len(strictDocs) {
		t.Fatalf("%d pages", len(pages))
	}
	urls := []string{"/"}
	for _, pg := range pages {
		urls = append(urls, pg.URL)
	}
	href := regexp.MustCompile(`href="([^"]*)"`)
	checked := map[string]bool{}
	for _, u := range urls {
		code, body := fetch(t, base+u)
		if code != 200 {
			t.Errorf("GET %s: %d", u, code)
			continue
		}
		for _, m := range href.FindAllStringSubmatch(body, -1) {
			link := m[1]
			if strings.Contains(link, "://") || strings.HasPrefix(link, "#") || strings.HasPrefix(link, "mailto:") {
				continue
			}
			target := resolve(u, link)
			if checked[target] {
				continue
			}
			checked[target] = true
			if code, _ := fetch(t, base+target); code != 200 && !pendingDocs[strings.TrimPrefix(target, "/")+".md"] {
				t.Errorf("%s links to %s (%s): %d", u, link, target, code)
			}
		}
	}
}

func fetch(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(data)
}

// resolve resolves a relative link of the page at url, without its
// fragment.
func resolve(url, link string) string {
	link, _, _ = strings.Cut(link, "#")
	if strings.HasPrefix(link, "/") {
		return link
	}
	dir := url[:strings.LastIndex(url, "/")+1]
	parts := strings.Split(strings.TrimSuffix(dir, "/"), "/")
	for _, p := range strings.Split(link, "/") {
		switch p {
		case ".", "":
		case "..":
			if len(parts) > 1 {
				parts = parts[:len(parts)-1]
			}
		default:
			parts = append(parts, p)
		}
	}
	out := strings.Join(parts, "/")
	if strings.HasSuffix(link, "/") || link == "" || link == "." || link == "./" {
		out += "/"
	}
	if out == "" {
		out = "/"
	}
	return out
}

// TestDocsLinks checks the relative links of every document at the source:
// each names a file that exists, in docs/ or elsewhere in the repository
// (the site shows the latter as text).
func TestDocsLinks(t *testing.T) {
	err := filepath.WalkDir(docsDir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, dest := range docsite.Links(src) {
			if dest == "" || strings.Contains(dest, "://") || strings.HasPrefix(dest, "#") || strings.HasPrefix(dest, "mailto:") {
				continue
			}
			target, _, _ := strings.Cut(dest, "#")
			full := filepath.Join(filepath.Dir(p), filepath.FromSlash(target))
			if _, err := os.Stat(full); err != nil {
				rel, _ := filepath.Rel(docsDir, full)
				if !pendingDocs[filepath.ToSlash(rel)] {
					t.Errorf("%s links to %s, which does not exist", p, dest)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestSampleCheckers pins what the checks of shell blocks, systemd units
// and Dockerfiles accept and refuse.
func TestSampleCheckers(t *testing.T) {
	for _, tc := range []struct {
		what, text string
		errs       int
		check      func(string) []error
	}{
		{"shell ok", "$ hfc serve app --addr :8000  # a comment\ngo build ./cmd/hfc && hfc check app | less\nhfc render 'pages/<slug>.jpy' --data x.json", 0, checkShell},
		{"shell unknown command", "hfc frobnicate app", 1, checkShell},
		{"shell unknown flag", "hfc serve --port 80 app", 1, checkShell},
		{"shell continued line", "hfc serve \\\n  --nope app", 1, checkShell},
		{"unit ok", "[Unit]\n[Service]\nExecStart=/usr/bin/hfc serve /srv/a --access-log off\n[Install]\n", 0, checkUnit},
		{"unit bad flag", "[Unit]\n[Service]\nExecStart=/usr/bin/hfc serve --port 1 /srv/a\n[Install]\n", 1, checkUnit},
		{"unit not hfc", "[Unit]\n[Service]\nExecStart=/usr/bin/python3 app.py\n[Install]\n", 1, checkUnit},
		{"unit missing section", "[Service]\nExecStart=hfc serve a\n", 2, checkUnit},
		{"dockerfile ok", "FROM x\nRUN hfc check /app\nENTRYPOINT [\"/usr/local/bin/hfc\"]\nCMD [\"serve\", \"/app\"]\n", 0, checkDockerfile},
		{"dockerfile bad", "RUN hfc chek /app\nCMD hfc serve --bad /app\n", 3, checkDockerfile},
	} {
		if errs := tc.check(tc.text); len(errs) != tc.errs {
			t.Errorf("%s: %d errors %v, want %d", tc.what, len(errs), errs, tc.errs)
		}
	}
}
