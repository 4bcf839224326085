// The snippets, expanded with their default values, are pages that hfc
// check accepts in an app that has the page and template they name. hfc is the binary named by $HFC, else hfc on PATH; .ci/run
// builds one (go build -o … ./cmd/hfc).

import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, test } from "node:test";
import { findHfls, processContext } from "../../src/hfls";
import { root } from "./helpers";

/** Expands a snippet body: each placeholder becomes its default text, tab stops nothing. */
export function expand(body: string): string {
  let out = body;
  for (;;) {
    // Innermost placeholders first: ${1:text} with no ${ inside.
    const next = out.replace(/\$\{\d+:([^${}]*)\}/g, "$1");
    if (next === out) {
      break;
    }
    out = next;
  }
  return out.replace(/\$\{\d+\}|\$\d+/g, "");
}

function snippets(file: string): [string, string][] {
  const all = JSON.parse(fs.readFileSync(path.join(root, "snippets", file), "utf8")) as Record<string, { body: string[] | string }>;
  return Object.entries(all).map(([name, s]) => [name, expand(Array.isArray(s.body) ? s.body.join("\n") : s.body) + "\n"]);
}

describe("snippets", () => {
  test("expand", () => {
    assert.equal(expand('page.${1:title} = ${2:"${3:Hello}"}\n$0'), 'page.title = "Hello"\n');
    assert.equal(expand("{% for ${1:item} in ${2:items} %}$3{% endfor %}"), "{% for item in items %}{% endfor %}");
  });

  const hfc = process.env.HFC || findHfcOnPath();
  test("expanded, they are pages without errors for hfc check", { skip: hfc ? false : "no hfc: set HFC to an hfc binary (go build -o /tmp/hfc ./cmd/hfc)" }, () => {
    const app = fs.mkdtempSync(path.join(os.tmpdir(), "hf-snippets-"));
    try {
      fs.mkdirSync(path.join(app, "pages"));
      fs.writeFileSync(path.join(app, "config.yml"), "");
      // What the snippets' default texts name: url_for('index') and
      // {% include "template.html" %} (hfc check reports unknown endpoints
      // and missing templates as errors).
      fs.writeFileSync(path.join(app, "pages", "index.jpy"), "ok\n");
      fs.mkdirSync(path.join(app, "templates"));
      fs.writeFileSync(path.join(app, "templates", "template.html"), "<p>included</p>\n");
      const written: string[] = [];
      for (const file of ["page.code-snippets", "template.code-snippets"]) {
        snippets(file).forEach(([name, text], i) => {
          const rel = `pages/${file.split(".")[0]}-${i}.jpy`;
          fs.writeFileSync(path.join(app, rel), text);
          written.push(`${rel}: ${name}`);
        });
      }
      const r = spawnSync(hfc!, ["check", "--format", "json", app], { encoding: "utf8" });
      const diags = JSON.parse(r.stdout || "[]") as { file: string; severity: string; message: string }[];
      const errors = diags.filter((d) => d.severity === "error").map((d) => `${d.file}: ${d.message}`);
      assert.deepEqual(errors, [], `snippets:\n${written.join("\n")}\n${r.stderr}`);
      assert.equal(r.status, 0, r.stderr);
    } finally {
      fs.rmSync(app, { recursive: true, force: true });
    }
  });
});

function findHfcOnPath(): string | undefined {
  const found = findHfls("hfc", processContext());
  return "path" in found ? found.path : undefined;
}
