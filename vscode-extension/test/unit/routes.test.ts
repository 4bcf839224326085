// Routes computed by the extension, checked against hfc's own route table
// goldens (compiler/routes/testdata), so that both agree.

import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, describe, test } from "node:test";
import {
  appRootOf,
  checkValue,
  fillRule,
  findProjectRoot,
  frontmatterOf,
  parseRule,
  routeOfFile,
  routeOfRel,
  ruleVars,
} from "../../src/routes";
import { repo } from "./helpers";

const testdata = path.join(repo, "compiler", "routes", "testdata");

/**
 * The routes and skipped files of a golden of compiler/routes. A route line
 * is "RULE ENDPOINT METHODS FILE" in padded columns; rules and endpoints may
 * hold spaces (<any(a, b):x>), so the line is kept whole and checked as
 * "starts with the rule, then the endpoint".
 */
function golden(name: string): { routes: { head: string; file: string }[]; skipped: string[] } {
  const routes = [];
  const skipped = [];
  for (const line of fs.readFileSync(path.join(testdata, name), "utf8").split("\n")) {
    const route = /^(\/.*?)\s+[A-Z,]+\s+(pages\/.*)$/.exec(line);
    if (route) {
      routes.push({ head: route[1], file: route[2] });
    }
    const skip = /^skipped (\S+)$/.exec(line);
    if (skip) {
      skipped.push(skip[1]);
    }
  }
  return { routes, skipped };
}

describe("routeOfRel agrees with compiler/routes", () => {
  const goldens = fs.readdirSync(testdata).filter((n) => n.endsWith(".golden"));
  test("the goldens are there", () => assert.ok(goldens.length >= 4, `goldens in ${testdata}: ${goldens}`));
  for (const name of goldens) {
    test(name, () => {
      const g = golden(name);
      assert.ok(g.routes.length >= 4, `${name} lists routes`);
      for (const r of g.routes) {
        const got = routeOfRel(r.file);
        assert.equal(got.kind, "page", r.file);
        if (got.kind === "page") {
          assert.ok(r.head.startsWith(got.rule + " "), `${r.file}: golden "${r.head}", extension's rule ${got.rule}`);
          assert.equal(r.head.slice(got.rule.length).trim(), got.endpoint, r.file);
        }
      }
      for (const file of g.skipped) {
        assert.equal(routeOfRel(file).kind, "not-served", file);
      }
    });
  }

  test("reasons for files that are not served", () => {
    const reason = (rel: string) => {
      const r = routeOfRel(rel);
      return r.kind === "not-served" ? r.reason : `served at ${r.rule}`;
    };
    assert.match(reason("pages/_partial.html"), /it is a partial \(its path has "_partial.html"\)/);
    assert.match(reason("pages/.DS_Store"), /a hidden file/);
    assert.match(reason("pages/__init__.py"), /a Python package marker/);
    assert.match(reason("pages/README"), /no extension/);
    assert.match(reason("layouts/default.html"), /only the files of pages\//);
    assert.match(reason("app.py"), /only the files of pages\//);
  });
});

describe("component routes (reference §5.8)", () => {
  test("a component that defines a method function is served under /__components/", () => {
    const text = "---\ndef post():\n    return {}\n---\n<p>hi</p>\n";
    assert.deepEqual(routeOfRel("components/todo_item.jpy", () => text), {
      kind: "component",
      rule: "/__components/todo/item",
      endpoint: "todo_item",
      file: "components/todo_item.jpy",
      methods: ["POST"],
    });
    assert.equal((routeOfRel("components/forms/Field-Row.py", () => "def get():\n    pass\n") as { rule: string }).rule, "/__components/Field/Row");
  });

  test("one without is not served; nor are .html components", () => {
    assert.equal(routeOfRel("components/Card.jpy", () => "---\nx = 1\n---\n<div></div>").kind, "not-served");
    assert.equal(routeOfRel("components/Card.html", () => "<div></div>").kind, "not-served");
    // def post( in the template does not count: only the frontmatter is code.
    assert.equal(routeOfRel("components/Card.jpy", () => "<pre>\ndef post():\n</pre>").kind, "not-served");
  });

  test("frontmatterOf", () => {
    assert.equal(frontmatterOf("---\na = 1\n---\nbody"), "a = 1\n");
    assert.equal(frontmatterOf("---\r\na = 1\r\n---\r\nbody"), "a = 1\r\n");
    assert.equal(frontmatterOf("body\n---\n"), undefined);
    assert.equal(frontmatterOf("---\nunclosed\n"), "unclosed\n");
  });
});

describe("rules and values", () => {
  test("parseRule and ruleVars", () => {
    assert.deepEqual(parseRule("/users/<int:id>/edit"), [
      { text: "/users/" },
      { variable: { name: "id", converter: "int", args: "" } },
      { text: "/edit" },
    ]);
    assert.deepEqual(ruleVars("/<any(a, 'b'):kind>/<slug>"), [
      { name: "kind", converter: "any", args: "a, 'b'" },
      { name: "slug", converter: "string", args: "" },
    ]);
    assert.deepEqual(ruleVars("/about"), []);
  });

  test("checkValue follows werkzeug's converters", () => {
    const v = (converter: string, args = "") => ({ name: "x", converter, args });
    assert.equal(checkValue(v("int"), "42"), undefined);
    assert.match(checkValue(v("int"), "4a") ?? "", /int/);
    assert.equal(checkValue(v("float"), "1.5"), undefined);
    assert.match(checkValue(v("float"), "1") ?? "", /float/);
    assert.equal(checkValue(v("uuid"), "123e4567-e89b-12d3-a456-426614174000"), undefined);
    assert.match(checkValue(v("uuid"), "123") ?? "", /UUID/);
    assert.equal(checkValue(v("path"), "a/b/c"), undefined);
    assert.match(checkValue(v("path"), "") ?? "", /path/);
    assert.equal(checkValue(v("any", "a, 'b'"), "b"), undefined);
    assert.match(checkValue(v("any", "a, 'b'"), "c") ?? "", /one of a, b/);
    assert.equal(checkValue(v("string"), "hello world"), undefined);
    assert.match(checkValue(v("string"), "a/b") ?? "", /without \//);
    assert.match(checkValue(v("string"), "") ?? "", /not empty/);
  });

  test("fillRule percent-encodes values, keeping a path's slashes", () => {
    assert.equal(fillRule("/posts/<slug>", { slug: "hello world" }), "/posts/hello%20world");
    assert.equal(fillRule("/files/<path:p>", { p: "a b/c?d" }), "/files/a%20b/c%3Fd");
    assert.equal(fillRule("/users/<int:id>/edit", { id: "7" }), "/users/7/edit");
  });
});

describe("finding the app of a file (compiler/project.FindRoot)", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hf-routes-"));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const make = (rel: string, text = "") => {
    fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
    fs.writeFileSync(path.join(tmp, rel), text);
  };
  make("blog/config.yml");
  make("blog/app/pages/posts/<slug>.jpy", "---\npage.x = 1\n---\n");
  make("blog/app/layouts/base.html");
  make("bare/pages/index.jpy");
  make("bare/pages/(admin)/users/index.jpy");
  make("nested/app/pages/about.md");
  make("loose/notes.jpy");

  test("config.yml marks the project; its app/ folder is the app root", () => {
    const file = path.join(tmp, "blog/app/pages/posts/<slug>.jpy");
    assert.equal(findProjectRoot(file), path.join(tmp, "blog"));
    assert.equal(appRootOf(path.join(tmp, "blog")), path.join(tmp, "blog/app"));
    assert.deepEqual(routeOfFile(file), { kind: "page", rule: "/posts/<slug>", endpoint: "posts_<slug>", file: "pages/posts/<slug>.jpy" });
    assert.equal(routeOfFile(path.join(tmp, "blog/app/layouts/base.html")).kind, "not-served");
  });

  test("without config.yml, the folder holding pages/ (its parent when named app)", () => {
    assert.equal(findProjectRoot(path.join(tmp, "bare/pages/index.jpy")), path.join(tmp, "bare"));
    assert.equal(findProjectRoot(path.join(tmp, "nested/app/pages/about.md")), path.join(tmp, "nested"));
    assert.deepEqual(routeOfFile(path.join(tmp, "bare/pages/(admin)/users/index.jpy")), {
      kind: "page",
      rule: "/users",
      endpoint: "admin_users_index",
      file: "pages/(admin)/users/index.jpy",
    });
    assert.equal((routeOfFile(path.join(tmp, "nested/app/pages/about.md")) as { rule: string }).rule, "/about");
  });

  test("a file outside any app", () => {
    const r = routeOfFile(path.join(tmp, "loose/notes.jpy"));
    assert.equal(r.kind, "not-served");
    assert.match((r as { reason: string }).reason, /not inside a Hyperflask app/);
  });
});
