// Grammar snapshot tests: tokenizes the pages of test/grammar/ with the
// built grammars and the embedded languages' grammars (Python, HTML, CSS,
// JavaScript, YAML: VS Code's own, from the tm-grammars package) through
// vscode-tmgrammar-snap (vscode-textmate + Oniguruma, VS Code's engine), and
// compares with the .snap files beside them.
//
//   node scripts/grammar-snap.mjs        # compare
//   node scripts/grammar-snap.mjs -u     # rewrite the .snap files

import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const snap = require.resolve("vscode-tmgrammar-test/dist/snapshot.js");
const grammars = path.dirname(require.resolve("tm-grammars/grammars/python.json"));
const embedded = ["python", "html", "html-derivative", "css", "javascript", "yaml"].flatMap((g) => ["-g", path.join(grammars, g + ".json")]);
const update = process.argv.includes("-u") ? ["--updateSnapshot"] : [];

const runs = [
  // .jpy files get text.html.jpy from package.json's languages.
  ["test/grammar/jpy/*.jpy"],
  // Jinja HTML is chosen by folder (filenamePatterns), so name the scope.
  ["-s", "text.html.jinja.hyperflask", "test/grammar/html/*.html"],
];
let failed = false;
for (const args of runs) {
  const r = spawnSync(process.execPath, [snap, ...embedded, ...update, ...args], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) {
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
