// Hyperflask: Show Route of Current Page and Hyperflask: Open Page in
// Browser, with hfls's answer and without.

import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, beforeEach, describe, test } from "node:test";
import * as vscode from "vscode";
import { openInBrowser, showRoute, type PageDeps } from "../../src/commands";
import type { RouteInfo } from "../../src/routes";
import { mock, type Message } from "./helpers";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hf-commands-"));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
function make(rel: string): string {
  const file = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, "");
  return file;
}
make("blog/config.yml");
const index = make("blog/app/pages/posts/index.jpy");
const post = make("blog/app/pages/posts/<slug>.jpy");
const edit = make("blog/app/pages/users/<int:id>/edit.jpy");
const partial = make("blog/app/pages/_nav.html");

/** Deps where hfls is not running, and no debug session serves the app. */
function local(urls: Record<string, string> = {}): PageDeps {
  return { askServer: async () => undefined, sessions: { urlFor: (root) => urls[root] } };
}
const messages = () => mock.messages as Message[];

describe("showRoute", () => {
  beforeEach(() => mock.reset());

  test("the route of the page in the editor, its endpoint, and copying the rule", async () => {
    mock.setActiveEditor(post, "hyperflask");
    mock.answers.push("Copy URL Rule");
    await showRoute(local());
    assert.deepEqual(messages(), [
      {
        level: "info",
        text: '<slug>.jpy is served at /posts/<slug> (endpoint "posts_<slug>", for url_for).',
        items: ["Copy URL Rule", "Open in Browser"],
      },
    ]);
    assert.deepEqual(mock.clipboard, ["/posts/<slug>"]);
  });

  test("hfls's answer comes first, with the methods it knows", async () => {
    mock.setActiveEditor(index, "hyperflask");
    const fromServer: RouteInfo = { kind: "page", rule: "/posts", endpoint: "posts_index", file: "pages/posts/index.jpy", methods: ["GET", "POST"] };
    await showRoute({ askServer: async () => fromServer, sessions: { urlFor: () => undefined } });
    assert.equal(messages()[0].text, 'index.jpy is served at /posts for GET, POST (endpoint "posts_index", for url_for).');
  });

  test("a file given as the argument (editor title, explorer) rather than the editor's", async () => {
    await showRoute(local(), vscode.Uri.file(index));
    assert.match(messages()[0].text, /^index\.jpy is served at \/posts /);
  });

  test("a partial is not served, and says why", async () => {
    mock.setActiveEditor(partial, "hyperflask-html");
    await showRoute(local());
    assert.deepEqual(messages(), [{ level: "info", text: 'pages/_nav.html is not served: it is a partial (its path has "_nav.html").', items: [] }]);
  });

  test("no editor: a warning", async () => {
    await showRoute(local());
    assert.equal(messages()[0].level, "warning");
  });
});

describe("openInBrowser", () => {
  beforeEach(() => mock.reset());

  test("a page without placeholders opens at hyperflask.serverUrl", async () => {
    mock.setActiveEditor(index, "hyperflask");
    mock.settings.set("hyperflask.serverUrl", "http://localhost:5000/");
    await openInBrowser(local());
    assert.deepEqual(mock.opened, ["http://localhost:5000/posts"]);
  });

  test("the default server URL is hfc serve's", async () => {
    mock.setActiveEditor(index, "hyperflask");
    await openInBrowser(local());
    assert.deepEqual(mock.opened, ["http://127.0.0.1:8000/posts"]);
  });

  test("asks for each placeholder, checks it with the converter, encodes it", async () => {
    mock.setActiveEditor(post, "hyperflask");
    mock.inputs.push("hello world");
    await openInBrowser(local());
    assert.equal(mock.inputBoxes[0].options.prompt, "Value of <slug>");
    assert.deepEqual(mock.opened, ["http://127.0.0.1:8000/posts/hello%20world"]);

    mock.reset();
    mock.setActiveEditor(edit, "hyperflask");
    mock.inputs.push("seven");
    await openInBrowser(local());
    assert.equal(mock.inputBoxes[0].options.prompt, "Value of <id> (int)");
    assert.equal(mock.inputBoxes[0].validation, "<id> is an int: digits only");
    assert.deepEqual(mock.opened, [], "an invalid value opens nothing");
  });

  test("a cancelled input box opens nothing", async () => {
    mock.setActiveEditor(post, "hyperflask");
    await openInBrowser(local());
    assert.deepEqual(mock.opened, []);
  });

  test("the address of a debug session serving the app wins", async () => {
    mock.setActiveEditor(index, "hyperflask");
    await openInBrowser(local({ [path.join(tmp, "blog")]: "http://127.0.0.1:8123" }));
    assert.deepEqual(mock.opened, ["http://127.0.0.1:8123/posts"]);
  });

  test("a file that is not served: a warning, nothing opened", async () => {
    mock.setActiveEditor(partial, "hyperflask-html");
    await openInBrowser(local());
    assert.equal(messages()[0].level, "warning");
    assert.deepEqual(mock.opened, []);
  });
});
