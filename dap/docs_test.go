package dap

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/hyperflask/hfc/runtime/server"
)

// docBlocks returns the fenced code blocks of docs/debugging.md in a
// language.
func docBlocks(t *testing.T, lang string) []string {
	t.Helper()
	data, err := os.ReadFile("../docs/debugging.md")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile("(?s)```" + lang + "\n(.*?)```")
	var out []string
	for _, m := range re.FindAllStringSubmatch(string(data), -1) {
		out = append(out, m[1])
	}
	if len(out) == 0 {
		t.Fatalf("no %s block in docs/debugging.md", lang)
	}
	return out
}

// strict decodes a configuration's arguments, refusing unknown ones.
func strict(t *testing.T, cfg map[string]any, into any) {
	t.Helper()
	args := map[string]any{}
	for k, v := range cfg {
		if k != "type" && k != "request" && k != "name" {
			args[k] = v
		}
	}
	data, _ := json.Marshal(args)
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(into); err != nil {
		t.Fatalf("configuration %q: %v", cfg["name"], err)
	}
}

// TestDocsConfigurations runs the launch.json of docs/debugging.md: its
// launch configuration serves the todo app (for ${workspaceFolder}) and its
// attach configuration attaches to a server's debug address.
func TestDocsConfigurations(t *testing.T) {
	var launchJSON struct {
		Version        string           `json:"version"`
		Configurations []map[string]any `json:"configurations"`
	}
	if err := json.Unmarshal([]byte(docBlocks(t, "json")[0]), &launchJSON); err != nil {
		t.Fatalf("the launch.json of the docs: %v", err)
	}
	app, err := filepath.Abs(todoApp)
	if err != nil {
		t.Fatal(err)
	}
	for _, cfg := range launchJSON.Configurations {
		if cfg["type"] != "hyperflask" {
			t.Errorf("configuration %q: type %v", cfg["name"], cfg["type"])
		}
		switch cfg["request"] {
		case "launch":
			var args LaunchArgs
			strict(t, cfg, &args)
			if args.App != "${workspaceFolder}" || args.Addr == "" {
				t.Errorf("launch configuration %+v", args)
			}
			c := startAdapter(t)
			url := c.launch(map[string]any{"app": app, "env": args.Env})
			c.call("configurationDone", nil)
			if r := wait(t, get(url+"/")); !strings.HasPrefix(r, "200") {
				t.Errorf("response %s", r)
			}
			c.call("disconnect", nil)
		case "attach":
			var args AttachArgs
			strict(t, cfg, &args)
			if err := CheckLoopback(args.Addr); err != nil {
				t.Error(err)
			}
			dbg, err := StartDebugServer("127.0.0.1:0", nil)
			if err != nil {
				t.Fatal(err)
			}
			srv, err := server.Open(app, dbg.Options(server.Options{Env: "development"}))
			if err != nil {
				t.Fatal(err)
			}
			dbg.Serving(srv)
			c := startAdapter(t)
			c.call("initialize", map[string]any{"adapterID": "hyperflask"})
			c.call("attach", map[string]any{"addr": dbg.Addr().String()})
			c.event("initialized")
			c.call("disconnect", nil)
			dbg.Close()
		default:
			t.Errorf("configuration %q: request %v", cfg["name"], cfg["request"])
		}
	}
}

// TestDocsServe runs the docs' hfc serve --debug-addr command (on free
// ports) and debugs the blog example through it: a breakpoint in the
// template's loop, the loop variable, continue.
func TestDocsServe(t *testing.T) {
	var line string
	for _, l := range strings.Split(docBlocks(t, "sh")[0], "\n") {
		if strings.HasPrefix(l, "hfc serve ") {
			line = l
		}
	}
	args := strings.Fields(line)[1:]
	for i, a := range args {
		if a == "--debug-addr" && i+1 < len(args) {
			args[i+1] = "127.0.0.1:0"
		}
	}
	args = append([]string{args[0], "--addr", "127.0.0.1:0"}, args[1:]...)
	hfc := filepath.Join(t.TempDir(), "hfc")
	if out, err := exec.Command("go", "build", "-o", hfc, "../cmd/hfc").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(hfc, args...)
	cmd.Dir = ".."
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		_ = cmd.Process.Signal(syscall.SIGINT)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			_ = cmd.Process.Kill()
			t.Error("hfc serve did not stop on SIGINT")
		}
	}()
	var url, debugAddr string
	lines := bufio.NewScanner(stderr)
	for (url == "" || debugAddr == "") && lines.Scan() {
		if m := regexp.MustCompile(`on (http://\S+)`).FindStringSubmatch(lines.Text()); m != nil {
			url = m[1]
		}
		if m := regexp.MustCompile(`debugger on (\S+)`).FindStringSubmatch(lines.Text()); m != nil {
			debugAddr = m[1]
		}
	}
	if url == "" || debugAddr == "" {
		t.Fatalf("hfc serve did not say where it serves (%q, %q)", url, debugAddr)
	}
	go func() {
		for lines.Scan() {
		}
	}()

	c := startAdapter(t)
	c.call("initialize", map[string]any{"adapterID": "hyperflask"})
	c.call("attach", map[string]any{"addr": debugAddr})
	c.event("initialized")
	index, err := filepath.Abs("../examples/blog/app/pages/index.jpy")
	if err != nil {
		t.Fatal(err)
	}
	bps := c.setBreakpoints(index, map[string]any{"line": 11})
	if !bps[0].Verified || bps[0].Line != 11 {
		t.Fatalf("breakpoint %+v", bps[0])
	}
	c.call("configurationDone", nil)
	resp := get(url + "/")
	st := c.stopped()
	fs := c.frames(st.ThreadId)
	if fs[0].Name != "block body of pages/index.jpy" || fs[0].Line != 11 {
		t.Errorf("frame %+v", fs[0])
	}
	if got := c.evaluate(fs[0].Id, "post.title"); got != "'Hello world'" {
		t.Errorf("post.title = %s", got)
	}
	c.setBreakpoints(index)
	c.call("continue", map[string]any{"threadId": st.ThreadId})
	if r := wait(t, resp); !strings.HasPrefix(r, "200") || !strings.Contains(r, "Release notes") {
		t.Errorf("response %s", r)
	}
	c.call("disconnect", nil)
}
