package server

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/internal/testnpm"
)

// todoScript drives Chromium through examples/todo (Hyperflask's
// interactive-apps guide): it adds two todos, edits the first and deletes
// the second, each through htmx requests to the TodoItem and TodoItemForm
// components, then reloads the page, which lists what SQLite holds.
const todoScript = `import { chromium } from "playwright-core";

const url = process.argv[2];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const errors = [];
const out = {};
try {
  const page = await browser.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("response", (r) => { if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) errors.push(r.status() + " " + r.url()); });
  const titles = () => page.locator("#todos tr[id^=todo-] td.title").allInnerTexts();
  const rows = (n) => page.waitForFunction((n) => document.querySelectorAll("#todos tr[id^=todo-]").length === n && !document.querySelector("#todos tr.form"), n, { timeout: 5000 });
  await page.goto(url);
  out.start = await titles();
  for (const [i, title] of ["Buy milk", "Buy bread"].entries()) {
    await page.click("#add");
    await page.fill("#todos tr.form input[name=title]", title);
    await page.click("#todos tr.form button.save");
    await rows(i + 1);
  }
  out.added = await titles();
  await page.locator("#todos tr[id^=todo-] button.edit").first().click();
  await page.fill("#todos tr.form input[name=title]", "Buy oat milk");
  await page.click("#todos tr.form button.save");
  await rows(2);
  out.edited = await titles();
  await page.locator("#todos tr[id^=todo-] button.delete").nth(1).click();
  await rows(1);
  out.deleted = await titles();
  await page.reload();
  out.reloaded = await titles();
  out.htmx = await page.evaluate(() => typeof window.htmx);
} catch (e) {
  out.failure = String(e);
} finally {
  await browser.close();
}
out.errors = errors;
console.log(JSON.stringify(out));
`

// TestTodoBrowser serves examples/todo (with htmx from the npm packages
// .ci/run installs) on a fresh SQLite file and clicks through it in
// headless Chromium (todoScript): add, edit, delete via htmx, and what a
// reload lists.
func TestTodoBrowser(t *testing.T) {
	if _, err := os.Stat("/usr/bin/chromium"); err != nil {
		t.Skip("Debian chromium is not installed (/usr/bin/chromium; .ci/run installs it)")
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node is not installed")
	}
	nm := testnpm.Require(t, "htmx.org", "playwright-core")
	files := exampleFiles(t, "../../examples/todo")
	for name := range files {
		if strings.HasPrefix(name, "database/") {
			delete(files, name) // a run in place; this test starts empty
		}
	}
	srv, ts := serveAssetApp(t, files, "", nm)
	if len(srv.Diagnostics()) > 0 {
		t.Fatalf("diagnostics: %v", srv.Diagnostics())
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "todo.mjs"), []byte(todoScript), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(nm, filepath.Join(dir, "node_modules")); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("node", filepath.Join(dir, "todo.mjs"), ts.URL+"/")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	var got struct {
		Start, Added, Edited, Deleted, Reloaded []string
		HTMX, Failure                           string
		Errors                                  []string
	}
	if err := json.Unmarshal(out[strings.LastIndexByte(strings.TrimSpace(string(out)), '\n')+1:], &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	want := map[string][]string{
		"added":    {"Buy milk", "Buy bread"},
		"edited":   {"Buy oat milk", "Buy bread"},
		"deleted":  {"Buy oat milk"},
		"reloaded": {"Buy oat milk"},
	}
	for name, g := range map[string][]string{"added": got.Added, "edited": got.Edited, "deleted": got.Deleted, "reloaded": got.Reloaded} {
		if !reflect.DeepEqual(g, want[name]) {
			t.Errorf("%s: %q; want %q", name, g, want[name])
		}
	}
	if len(got.Start) != 0 || got.HTMX != "object" || got.Failure != "" || len(got.Errors) != 0 {
		t.Errorf("start %q, htmx %s, failure %q, errors %q\n%s", got.Start, got.HTMX, got.Failure, got.Errors, out)
	}
}
