package server

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/hyperflask/hfc/internal/testnpm"
)

// browserApp is a page with an Alpine component, a React island and a web
// component, with htmx and Alpine from node_modules.
var browserApp = map[string]string{
	"package.json": `{"dependencies": {"htmx.org": "^2", "alpinejs": "^3", "react": "^19", "react-dom": "^19"}}`,
	"config.yml":   "secret_key: test\n",
	"app/layouts/default.html": `<!DOCTYPE html>
<html><head>{{ asset_tags() }}</head><body>{% block content %}{% endblock %}</body></html>
`,
	"app/components/Dropdown.html": `<div class="dropdown" x-data="{ open: false }">
  <button id="toggle" @click="open = !open" x-text="open ? 'close' : 'open'">open</button>
  <ul id="menu" x-show="open">{{ children() if children }}</ul>
</div>
`,
	"app/components/Counter.jsx": `import { useState } from "react";

export default function Counter({ label, start }) {
  const [n, setN] = useState(start);
  return <button id="count" onClick={() => setN(n + 1)}>{label} {n}</button>;
}
`,
	"app/components/hello_badge.js": `customElements.define("hello-badge", class extends HTMLElement {
  connectedCallback() { this.textContent = "hello " + this.getAttribute("name"); }
});
`,
	"app/pages/index.jpy": `---
page.label = "clicked <b>"
---
{% use_layout %}
<{Dropdown}><li>one</li></{Dropdown}>
<{Counter label=label start=1}/>
<{hello_badge name="web"}/>
<p id="htmx" hx-get="/part" hx-trigger="click" hx-swap="innerHTML">load</p>
`,
	"app/pages/part.html": `<em>loaded by htmx</em>`,
	"check.mjs": `import { chromium } from "playwright-core";

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
`,
}

// TestBrowser loads a page in headless Chromium: the React island and
// the web component mount, a click changes the React island and the
// Alpine component, and htmx swaps content in.
func TestBrowser(t *testing.T) {
	if _, err := os.Stat("/usr/bin/chromium"); err != nil {
		t.Skip("Debian chromium is not installed (/usr/bin/chromium; .ci/run installs it)")
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node is not installed")
	}
	nm := testnpm.Require(t, "htmx.org", "alpinejs", "react", "react-dom", "playwright-core")
	files := map[string]string{}
	for k, v := range browserApp {
		if k != "check.mjs" {
			files[k] = v
		}
	}
	srv, ts := serveAssetApp(t, files, "", nm)
	if len(srv.Diagnostics()) > 0 {
		t.Fatalf("diagnostics: %v", srv.Diagnostics())
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "check.mjs"), []byte(browserApp["check.mjs"]), 0o644); err != nil {
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
	want := `{"react":"clicked <b> 1","reactClicked":"clicked <b> 2","menuBefore":false,"alpineClicked":"close","badge":"hello web","htmx":"loaded by htmx","errors":[]}`
	if got != want {
		t.Errorf("browser saw\n%s\nwant\n%s", got, want)
	}
}
