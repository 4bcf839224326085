// The language client against a real process over stdio: the fake-hfls
// fixture (a small LSP server), a broken executable, a missing one. Only the
// vscode module is a mock (test/mock/vscode.cjs).

import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, test } from "node:test";
import * as vscode from "vscode";
import { Hfls, isHyperflaskDocument, parseRouteAnswer } from "../../src/client";
import { processContext } from "../../src/hfls";
import { fixtures, mock, type Message, type Recorded } from "./helpers";

describe("Hfls", () => {
  let hfls: Hfls | undefined;
  let tmp: string;

  beforeEach(() => {
    mock.reset();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hfls-client-"));
    process.env.FAKE_HFLS_LOG = path.join(tmp, "requests.log");
  });

  afterEach(async () => {
    await hfls?.stop();
    hfls?.dispose();
    hfls = undefined;
    delete process.env.FAKE_HFLS_LOG;
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test("starts the server from hyperflask.server.path, shows it running, asks it for routes", async () => {
    mock.settings.set("hyperflask.server.path", path.join(fixtures, "fake-hfls.cjs"));
    hfls = new Hfls();
    await hfls.start();
    assert.equal(hfls.state, "running");
    assert.equal(hfls.status.text, "$(check) hfls");
    assert.match(String(hfls.status.tooltip), /0\.0\.1-test is running/);
    assert.deepEqual(hfls.serverInfo, { name: "fake-hfls", version: "0.0.1-test" });

    const route = await hfls.route(vscode.Uri.file("/srv/blog/pages/posts/index.jpy"));
    assert.deepEqual(route, { kind: "page", rule: "/posts", endpoint: "posts_index", file: "", methods: ["GET", "POST"] });
    const none = await hfls.route(vscode.Uri.file("/srv/blog/layouts/base.html"));
    assert.deepEqual(none, { kind: "not-served", reason: "fake-hfls: not a page" });

    await hfls.stop();
    assert.equal(hfls.state, "stopped");
    await waitFor(() => fs.readFileSync(process.env.FAKE_HFLS_LOG!, "utf8").includes("exit"));
    const requests = fs.readFileSync(process.env.FAKE_HFLS_LOG!, "utf8").trim().split("\n");
    assert.deepEqual(requests.filter((r) => r !== "initialized"), [
      "initialize",
      "workspace/executeCommand",
      "workspace/executeCommand",
      "shutdown",
      "exit",
    ]);
  });

  test("restart stops the running server and starts a new one", async () => {
    mock.settings.set("hyperflask.server.path", path.join(fixtures, "fake-hfls.cjs"));
    hfls = new Hfls();
    await hfls.start();
    await hfls.restart();
    assert.equal(hfls.state, "running");
    // Each process appends to the log as it handles a request: wait until
    // both have written what restart made them do.
    const requests = () => fs.readFileSync(process.env.FAKE_HFLS_LOG!, "utf8").trim().split("\n");
    await waitFor(() => requests().filter((r) => r === "initialize").length === 2 && requests().includes("shutdown"));
    assert.equal(requests().filter((r) => r === "initialize").length, 2);
    assert.equal(requests().filter((r) => r === "shutdown").length, 1);
  });

  test("changing hyperflask.server.path restarts with the new executable", async () => {
    mock.settings.set("hyperflask.server.path", path.join(tmp, "nothing-here"));
    hfls = new Hfls();
    await hfls.start();
    assert.equal(hfls.state, "missing");
    mock.setSetting("hyperflask.server.path", path.join(fixtures, "fake-hfls.cjs"));
    await waitFor(() => hfls!.state === "running");
    assert.equal(hfls.executable, path.join(fixtures, "fake-hfls.cjs"));
  });

  test("a missing hfls: the status bar warns, a message explains how to install it", async () => {
    mock.settings.set("hyperflask.server.path", "");
    mock.answers.push("Copy Install Command");
    hfls = new Hfls(() => ({ ...processContext(), env: { PATH: tmp }, home: tmp }));
    await hfls.start();
    assert.equal(hfls.state, "missing");
    assert.equal(hfls.status.text, "$(warning) hfls");
    assert.equal(hfls.status.command, "hyperflask.restartServer");
    const msg = mock.messages.find((m: Message) => m.level === "error");
    assert.ok(msg, "an error message");
    assert.match(msg.text, /hfls, the Hyperflask language server, was not found on PATH/);
    assert.match(msg.text, /go install github\.com\/hyperflask\/hfc\/cmd\/hfls@latest/);
    assert.deepEqual(msg.items, ["Open Settings", "Copy Install Command"]);
    await waitFor(() => mock.clipboard.length > 0);
    assert.deepEqual(mock.clipboard, ["go install github.com/hyperflask/hfc/cmd/hfls@latest"]);
    assert.ok((hfls.output as unknown as Recorded).lines.some((l: string) => l.includes(path.join(tmp, "hfls"))), "the output lists where it looked");
  });

  test("Open Settings in the missing-hfls message opens the setting", async () => {
    mock.settings.set("hyperflask.server.path", path.join(tmp, "no-hfls"));
    mock.answers.push("Open Settings");
    hfls = new Hfls();
    await hfls.start();
    await waitFor(() => mock.settingsOpened.length > 0);
    assert.deepEqual(mock.settingsOpened, ["hyperflask.server.path"]);
  });

  test("an hfls that exits at once: the status bar shows the failure", async () => {
    mock.settings.set("hyperflask.server.path", path.join(fixtures, "broken-hfls.cjs"));
    hfls = new Hfls();
    await hfls.start();
    assert.equal(hfls.state, "failed");
    assert.equal(hfls.status.text, "$(error) hfls");
    assert.match(String(hfls.status.tooltip), /did not start/);
    assert.ok(mock.messages.some((m: Message) => m.level === "error" && /did not start/.test(m.text)));
  });

  test("with the output's log level at Trace, hyperflask.trace.server sets how much is traced", async () => {
    mock.settings.set("hyperflask.server.path", path.join(fixtures, "fake-hfls.cjs"));
    mock.defaultLogLevel = vscode.LogLevel.Trace;
    mock.settings.set("hyperflask.trace.server", "verbose");
    hfls = new Hfls();
    await hfls.start();
    const traced = (hfls.output as unknown as Recorded).lines.join("\n");
    assert.match(traced, /\[trace\] Sending request 'initialize - \(0\)'\.\nParams: \{/);
    assert.match(traced, /\[trace\] Received response 'initialize - \(0\)' in \d+ms\.\nResult: \{/);
  });

  test("at the default log level (Info) nothing is traced", async () => {
    mock.settings.set("hyperflask.server.path", path.join(fixtures, "fake-hfls.cjs"));
    mock.settings.set("hyperflask.trace.server", "verbose");
    hfls = new Hfls();
    await hfls.start();
    assert.ok(!(hfls.output as unknown as Recorded).lines.some((l: string) => l.startsWith("[trace]")));
  });

  test("the status bar shows for Hyperflask documents only", () => {
    mock.settings.set("hyperflask.server.path", path.join(tmp, "absent"));
    hfls = new Hfls();
    mock.setActiveEditor("/srv/blog/pages/index.jpy", "hyperflask");
    assert.equal((hfls.status as unknown as Recorded).visible, true);
    mock.setActiveEditor("/srv/blog/README.md", "markdown");
    assert.equal((hfls.status as unknown as Recorded).visible, false);
    mock.setActiveEditor("/srv/blog/app/pages/about.md", "markdown");
    assert.equal((hfls.status as unknown as Recorded).visible, true);
    mock.setActiveEditor(undefined, "");
    assert.equal((hfls.status as unknown as Recorded).visible, false);
  });
});

describe("isHyperflaskDocument", () => {
  const doc = (p: string, languageId: string) => ({ uri: vscode.Uri.file(p), languageId });
  test("pages, components and their Python and Markdown", () => {
    assert.equal(isHyperflaskDocument(doc("/a/pages/x.jpy", "hyperflask")), true);
    assert.equal(isHyperflaskDocument(doc("/a/layouts/base.html", "hyperflask-html")), true);
    assert.equal(isHyperflaskDocument(doc("/a/app/pages/create.py", "python"), ), true);
    assert.equal(isHyperflaskDocument(doc("/a/app/components/Chat.py", "python")), true);
    assert.equal(isHyperflaskDocument(doc("/a/app/posts.py", "python")), false);
    assert.equal(isHyperflaskDocument(doc("/a/docs/x.md", "markdown")), false);
  });
});

describe("parseRouteAnswer", () => {
  test("the shapes of README.md's hfc.route contract", () => {
    assert.deepEqual(parseRouteAnswer({ rule: "/posts/<slug>", endpoint: "posts_<slug>", methods: ["GET"] }), {
      kind: "page",
      rule: "/posts/<slug>",
      endpoint: "posts_<slug>",
      file: "",
      methods: ["GET"],
    });
    assert.equal(parseRouteAnswer({ rule: "/__components/Todo", endpoint: "Todo" })?.kind, "component");
    assert.deepEqual(parseRouteAnswer({ rule: null, reason: "partial" }), { kind: "not-served", reason: "partial" });
    assert.equal(parseRouteAnswer(null)?.kind, "not-served");
    assert.equal(parseRouteAnswer({ rule: 3 }), undefined);
    assert.equal(parseRouteAnswer("nonsense"), undefined);
  });
});

async function waitFor(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) {
      throw new Error("timed out waiting for a condition");
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}
