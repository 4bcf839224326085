package server

import (
	"context"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/hyperflask/hfc/internal/testnpm"
)

// checkScript drives Chromium through examples/widgets: the React island
// and the web component mount, clicks change the island and the Alpine
// component, htmx swaps a fragment in, the page's bundle block ran and the
// image has its size.
const checkScript = `import { chromium } from "playwright-core";

const url = process.argv[2];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  const page = await browser.newPage();
  const errors = globalThis.errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("response", (r) => { if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) errors.push(r.status() + " " + r.url()); });
  await page.goto(url);
  const text = (sel) => page.locator(sel).innerText({ timeout: 5000 });
  const out = {};
  await page.waitForSelector("#count", { timeout: 5000 });
  out.react = await text("#count");
  await page.click("#count");
  await page.waitForFunction(() => document.querySelector("#count").textContent.endsWith(" 2"), null, { timeout: 5000 });
  out.reactClicked = await text("#count");
  out.menuBefore = await page.locator("#menu").isVisible();
  await page.click("#toggle");
  await page.waitForSelector("#menu", { state: "visible", timeout: 5000 });
  out.alpineClicked = await text("#toggle");
  out.badge = await text("hello-badge");
  await page.click("#htmx");
  await page.waitForSelector("#htmx em", { timeout: 5000 });
  out.htmx = await text("#htmx");
  out.ready = await page.evaluate(() => document.documentElement.dataset.ready);
  out.boost = await page.evaluate(() => document.body.getAttribute("hx-boost"));
  out.image = await page.evaluate(() => { const i = document.querySelector("img"); return [i.getAttribute("width"), i.getAttribute("height"), i.naturalWidth > 0]; });
  out.errors = errors;
  console.log(JSON.stringify(out));
} catch (e) {
  const page = browser.contexts()[0]?.pages()[0];
  console.log("errors:", JSON.stringify(globalThis.errors ?? []));
  if (page) console.log(await page.content());
  throw e;
} finally {
  await browser.close();
}
`

// TestBrowser serves examples/widgets (docs/assets.md) and loads its page
// in headless Chromium (see checkScript).
func TestBrowser(t *testing.T) {
	if _, err := os.Stat("/usr/bin/chromium"); err != nil {
		t.Skip("Debian chromium is not installed (/usr/bin/chromium; .ci/run installs it)")
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node is not installed")
	}
	nm := testnpm.Require(t, "htmx.org", "alpinejs", "react", "react-dom", "playwright-core")
	files := exampleFiles(t, "../../examples/widgets")
	srv, ts := serveAssetApp(t, files, "", nm)
	if len(srv.Diagnostics()) > 0 {
		t.Fatalf("diagnostics: %v", srv.Diagnostics())
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "check.mjs"), []byte(checkScript), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(nm, filepath.Join(dir, "node_modules")); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", "check.mjs", ts.URL+"/")
	cmd.Dir = dir
	// The browser is node's child: a timeout kills the whole group.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node check.mjs: %v\n%s", err, out)
	}
	got := strings.TrimSpace(string(out))
	want := `{"react":"clicked <b> 1","reactClicked":"clicked <b> 2","menuBefore":false,"alpineClicked":"close","badge":"hello web","htmx":"loaded by htmx","ready":"yes","boost":"true","image":["64","32",true],"errors":[]}`
	if got != want {
		t.Errorf("browser saw\n%s\nwant\n%s", got, want)
	}
}

// exampleFiles reads the files of an example app (path → content), without
// its node_modules.
func exampleFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == "node_modules" {
				return filepath.SkipDir
			}
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = string(data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
