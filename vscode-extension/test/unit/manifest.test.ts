// The extension as VS Code reads it from the source tree (after a build);
// scripts/check-vsix.mjs runs the same checks on the packaged .vsix.

import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { test } from "node:test";
import { repo, root } from "./helpers";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const check = require("../../scripts/extension-check.cjs");

test("the manifest's contributions name files that exist and parse", () => {
  assert.deepEqual(check.checkManifest(root), []);
});

test("a broken manifest is reported", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hf-manifest-"));
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    pkg.contributes.grammars[0].path = "./dist/syntaxes/nowhere.json";
    pkg.contributes.menus.commandPalette.push({ command: "hyperflask.unknown" });
    pkg.activationEvents = pkg.activationEvents.filter((e: string) => e !== "onLanguage:hyperflask-html");
    pkg.contributes.debuggers[0].initialConfigurations[0].addr = "8000";
    fs.writeFileSync(path.join(tmp, "package.json"), JSON.stringify(pkg));
    for (const rel of ["language-configuration.json", "dist/extension.js", "dist/syntaxes/hyperflask-html.tmLanguage.json", "snippets/page.code-snippets", "snippets/template.code-snippets"]) {
      fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
      fs.copyFileSync(path.join(root, rel), path.join(tmp, rel));
    }
    assert.deepEqual(check.checkManifest(tmp), [
      "no activation event onLanguage:hyperflask-html",
      "grammar text.html.jpy: ./dist/syntaxes/nowhere.json is missing",
      "menu commandPalette names the unknown command hyperflask.unknown",
      'debugger hyperflask: configuration "Hyperflask: serve the app": addr "8000" does not match ^[^\\s:]+:[0-9]{1,5}$',
    ]);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test("activation registers the contributed commands and the debugger", async () => {
  assert.deepEqual(await check.checkActivation(root), []);
});

test("the launch configurations of docs/editors.md are valid", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const docs = fs.readFileSync(path.join(repo, "docs", "editors.md"), "utf8");
  const start = docs.indexOf("## VS Code");
  assert.ok(start >= 0, "docs/editors.md has a VS Code section");
  const next = docs.indexOf("\n## ", start);
  const section = docs.slice(start, next < 0 ? docs.length : next);
  const blocks = [...section.matchAll(/```jsonc?\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert.ok(blocks.length >= 2, "the VS Code section has its settings and launch.json samples");
  const settings = Object.keys(pkg.contributes.configuration.properties);
  let configs = 0;
  for (const block of blocks) {
    const value = JSON.parse(block.replace(/^\s*\/\/.*$/gm, ""));
    if (Array.isArray(value.configurations)) {
      for (const config of value.configurations) {
        configs++;
        assert.deepEqual(check.checkLaunchConfig(pkg.contributes.debuggers[0], config), [], JSON.stringify(config));
      }
    } else {
      for (const key of Object.keys(value)) {
        assert.ok(settings.includes(key) || key.startsWith("[") || key === "files.associations", `docs/editors.md sets the unknown setting ${key}`);
      }
    }
  }
  assert.ok(configs > 0, "a launch.json sample");
});
