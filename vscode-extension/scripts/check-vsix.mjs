// Packages the extension with vsce (offline: --no-dependencies, the bundle
// holds them) and checks the .vsix: exactly the expected files, and the
// packaged manifest and bundle pass scripts/extension-check.cjs (files named
// by the manifest, activation events, the bundle's activation).
//
//   node --require ./test/mock/register.cjs scripts/check-vsix.mjs

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const yauzl = require("yauzl");
const { checkManifest, checkActivation } = require("./extension-check.cjs");
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const vsix = path.join(root, "dist", "hyperflask.vsix");

const expected = [
  "[Content_Types].xml",
  "extension.vsixmanifest",
  "extension/dist/extension.js",
  "extension/dist/syntaxes/hyperflask-html.tmLanguage.json",
  "extension/dist/syntaxes/hyperflask.tmLanguage.json",
  "extension/language-configuration.json",
  "extension/package.json",
  "extension/readme.md",
  "extension/snippets/page.code-snippets",
  "extension/snippets/template.code-snippets",
];

function unzip(file, dir) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const names = [];
      zip.on("entry", (entry) => {
        names.push(entry.fileName);
        if (entry.fileName.endsWith("/")) return zip.readEntry();
        zip.openReadStream(entry, (err2, stream) => {
          if (err2) return reject(err2);
          const out = path.join(dir, entry.fileName);
          fs.mkdirSync(path.dirname(out), { recursive: true });
          stream.pipe(fs.createWriteStream(out)).on("finish", () => zip.readEntry());
        });
      });
      zip.on("end", () => resolve(names));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

fs.rmSync(vsix, { force: true });
const vsce = require.resolve("@vscode/vsce/vsce");
const r = spawnSync(process.execPath, [vsce, "package", "--no-dependencies", "--skip-license", "--allow-missing-repository", "-o", vsix], {
  cwd: root,
  encoding: "utf8",
});
if (r.status !== 0) {
  console.error(r.stdout, r.stderr);
  console.error("vsce package failed");
  process.exit(1);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hyperflask-vsix-"));
const problems = [];
try {
  const names = (await unzip(vsix, tmp)).filter((n) => !n.endsWith("/")).sort();
  if (JSON.stringify(names) !== JSON.stringify(expected)) {
    problems.push(`the .vsix holds:\n  ${names.join("\n  ")}\nexpected:\n  ${expected.join("\n  ")}`);
  }
  const ext = path.join(tmp, "extension");
  problems.push(...checkManifest(ext));
  problems.push(...(await checkActivation(ext)));
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
const size = fs.statSync(vsix).size;
if (problems.length > 0) {
  console.error(problems.join("\n"));
  console.error(`${vsix}: 0 passed, 1 failed`);
  process.exit(1);
}
console.log(`${path.relative(root, vsix)} (${(size / 1024).toFixed(1)} KiB, ${expected.length} files): manifest, files and activation checked`);
