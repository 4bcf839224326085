// The hyperflask debugger contribution: launch configurations (provided,
// completed, checked) and the adapter executable (hfls dap).

import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, beforeEach, describe, test } from "node:test";
import * as vscode from "vscode";
import { findApps } from "../../src/apps";
import { AdapterFactory, checkLaunch, ConfigurationProvider, Sessions } from "../../src/debug";
import { processContext } from "../../src/hfls";
import { fixtures, mock, type Message } from "./helpers";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hf-debug-"));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
function make(rel: string): string {
  const file = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, "");
  return file;
}
make("site/config.yml");
make("site/app/pages/index.jpy");
make("site/app/components/Nav.html");
make("examples/todo/pages/index.jpy");
make("examples/blog/app/pages/index.jpy");
make("examples/blog/app/pages/nested/pages/x.jpy");
make("node_modules/pkg/pages/x.jpy");
make(".cache/pages/x.jpy");
make("docs/readme.md");
const folder = (p: string) => ({ uri: vscode.Uri.file(p), name: path.basename(p), index: 0 });

describe("findApps", () => {
  test("project roots below a folder, not inside apps, hidden folders or node_modules", async () => {
    assert.deepEqual(await findApps(tmp), [path.join(tmp, "examples/blog"), path.join(tmp, "examples/todo"), path.join(tmp, "site")]);
    assert.deepEqual(await findApps(path.join(tmp, "site")), [path.join(tmp, "site")]);
    assert.deepEqual(await findApps(path.join(tmp, "docs")), []);
  });
});

describe("ConfigurationProvider", () => {
  const provider = new ConfigurationProvider();
  beforeEach(() => mock.reset());

  test("a new launch.json gets one configuration per app of the folder", async () => {
    assert.deepEqual(await provider.provideDebugConfigurations(folder(tmp)), [
      { type: "hyperflask", request: "launch", name: "Hyperflask: serve examples/blog", app: "${workspaceFolder}/examples/blog", addr: "127.0.0.1:8000" },
      { type: "hyperflask", request: "launch", name: "Hyperflask: serve examples/todo", app: "${workspaceFolder}/examples/todo", addr: "127.0.0.1:8000" },
      { type: "hyperflask", request: "launch", name: "Hyperflask: serve site", app: "${workspaceFolder}/site", addr: "127.0.0.1:8000" },
    ]);
    assert.deepEqual(await provider.provideDebugConfigurations(folder(path.join(tmp, "site"))), [
      { type: "hyperflask", request: "launch", name: "Hyperflask: serve site", app: "${workspaceFolder}", addr: "127.0.0.1:8000" },
    ]);
    assert.deepEqual(await provider.provideDebugConfigurations(undefined), [
      { type: "hyperflask", request: "launch", name: "Hyperflask: serve the app", app: "${workspaceFolder}", addr: "127.0.0.1:8000" },
    ]);
  });

  test("F5 without launch.json serves the app of the file in the editor", () => {
    mock.setActiveEditor(path.join(tmp, "site/app/components/Nav.html"), "hyperflask-html");
    assert.deepEqual(provider.resolveDebugConfiguration(undefined, { type: "", request: "", name: "" }), {
      type: "hyperflask",
      request: "launch",
      name: "Hyperflask: serve site",
      app: path.join(tmp, "site"),
      addr: "127.0.0.1:8000",
    });
  });

  test("F5 without launch.json outside an app says what to do", () => {
    mock.setActiveEditor(path.join(tmp, "docs/readme.md"), "markdown");
    assert.equal(provider.resolveDebugConfiguration(undefined, { type: "", request: "", name: "" }), undefined);
    assert.match((mock.messages as Message[])[0].text, /Open a file of a Hyperflask app/);
  });

  test("a configuration gets the defaults it lacks", () => {
    assert.deepEqual(provider.resolveDebugConfiguration(undefined, { type: "hyperflask", request: "launch", name: "x", app: "." }), {
      type: "hyperflask",
      request: "launch",
      name: "x",
      app: ".",
      addr: "127.0.0.1:8000",
      env: {},
    });
  });

  test("after substitution, a relative app is made absolute; a bad one stops the launch with a message", async () => {
    const ok = await provider.resolveDebugConfigurationWithSubstitutedVariables(
      folder(tmp),
      { type: "hyperflask", request: "launch", name: "x", app: "examples/todo", addr: "localhost:5001" },
    );
    assert.equal(ok?.app, path.join(tmp, "examples/todo"));
    const bad = await provider.resolveDebugConfigurationWithSubstitutedVariables(
      folder(tmp),
      { type: "hyperflask", request: "launch", name: "docs", app: "docs" },
    );
    assert.equal(bad, undefined);
    assert.equal((mock.messages as Message[])[0].text, `Cannot start "docs": "app" is ${path.join(tmp, "docs")}, which holds no config.yml, pages/ or app/.`);
  });
});

describe("checkLaunch", () => {
  const base = () => ({ type: "hyperflask", request: "launch", name: "x", app: path.join(tmp, "site") });
  test("accepts the adapter's launch arguments", async () => {
    assert.equal(await checkLaunch({ ...base(), addr: "127.0.0.1:8123", env: { A: "1" }, noDebug: true }, undefined), undefined);
    assert.equal(await checkLaunch({ ...base(), addr: "[::1]:8000" }, undefined), undefined);
  });
  test("says what is wrong", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ request: "attach" }, /only launches apps/],
      [{ app: "" }, /"app" must be the folder/],
      [{ app: "rel" }, /relative path "rel" but no folder is open/],
      [{ addr: "8000" }, /"addr" is "8000"; expected HOST:PORT/],
      [{ addr: "h:70000" }, /"addr" is "h:70000"/],
      [{ env: ["A=1"] }, /"env" must be an object of strings/],
      [{ env: { PORT: 8000 } }, /"env"\."PORT" is 8000; environment values are strings/],
      [{ noDebug: "yes" }, /"noDebug" must be true or false/],
    ];
    for (const [change, message] of cases) {
      assert.match((await checkLaunch({ ...base(), ...change }, undefined)) ?? "accepted", message, JSON.stringify(change));
    }
  });
});

describe("AdapterFactory", () => {
  beforeEach(() => mock.reset());
  const session = (app?: string) => ({ configuration: { type: "hyperflask", request: "launch", name: "x", app } }) as unknown as vscode.DebugSession;

  test("runs `hfls dap` in the app's folder", () => {
    const hfls = path.join(fixtures, "fake-hfls.cjs");
    mock.settings.set("hyperflask.server.path", hfls);
    const d = new AdapterFactory().createDebugAdapterDescriptor(session(path.join(tmp, "site"))) as vscode.DebugAdapterExecutable;
    assert.ok(d instanceof vscode.DebugAdapterExecutable);
    assert.equal(d.command, hfls);
    assert.deepEqual(d.args, ["dap"]);
    assert.deepEqual(d.options, { cwd: path.join(tmp, "site") });
  });

  test("without hfls, an error that VS Code shows, with the install instructions", () => {
    const factory = new AdapterFactory(() => ({ ...processContext(), env: { PATH: tmp }, home: tmp }));
    assert.throws(() => factory.createDebugAdapterDescriptor(session()), /was not found on PATH.*go install github\.com\/hyperflask\/hfc\/cmd\/hfls@latest/s);
  });
});

describe("Sessions", () => {
  test("the URL of the debug session serving an app", () => {
    mock.reset();
    const sessions = new Sessions();
    const s = { id: "1", type: "hyperflask", configuration: { app: path.join(tmp, "site"), addr: "127.0.0.1:8123" } };
    const other = { id: "2", type: "python", configuration: { app: path.join(tmp, "examples/todo") } };
    mock.startDebugSession(s);
    mock.startDebugSession(other);
    assert.equal(sessions.urlFor(path.join(tmp, "site")), "http://127.0.0.1:8123");
    assert.equal(sessions.urlFor(path.join(tmp, "examples/todo")), undefined);
    mock.terminateDebugSession(s);
    assert.equal(sessions.urlFor(path.join(tmp, "site")), undefined);
    sessions.dispose();
  });
});
