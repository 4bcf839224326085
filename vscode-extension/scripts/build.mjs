// Builds the extension: the TextMate grammars from YAML to JSON (checking
// that every regular expression compiles in Oniguruma, VS Code's engine),
// the bundle dist/extension.js, and (without --production) the tests.
//
//   node scripts/build.mjs [--production]

import * as esbuild from "esbuild";
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import * as yaml from "js-yaml";

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const production = process.argv.includes("--production");

async function grammars() {
  const onig = require("vscode-oniguruma");
  const wasm = fs.readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm"));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const out = path.join(root, "dist", "syntaxes");
  fs.mkdirSync(out, { recursive: true });
  const dir = path.join(root, "syntaxes");
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".tmLanguage.yaml")).sort()) {
    const file = path.join(dir, name);
    const grammar = yaml.load(fs.readFileSync(file, "utf8"), { filename: file });
    const problems = [];
    checkRegexes(grammar, name, problems, onig);
    if (problems.length > 0) {
      throw new Error(problems.join("\n"));
    }
    fs.writeFileSync(path.join(out, name.replace(/\.yaml$/, ".json")), JSON.stringify(grammar, null, 2) + "\n");
  }
}

// Compiles every match/begin/end/while pattern; back-references in end and
// while patterns (\1) are compiled with a stand-in, as vscode-textmate does.
function checkRegexes(node, where, problems, onig) {
  if (Array.isArray(node)) {
    node.forEach((n, i) => checkRegexes(n, `${where}[${i}]`, problems, onig));
    return;
  }
  if (node === null || typeof node !== "object") {
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (["match", "begin", "end", "while"].includes(key) && typeof value === "string") {
      const source = key === "end" || key === "while" ? value.replace(/\\(\d+)/g, "x") : value;
      try {
        new onig.OnigScanner([source]).dispose();
      } catch (err) {
        problems.push(`${where}.${key}: ${JSON.stringify(value)} does not compile: ${err.message}`);
      }
    } else {
      checkRegexes(value, `${where}.${key}`, problems, onig);
    }
  }
}

async function bundle() {
  await esbuild.build({
    entryPoints: [path.join(root, "src", "extension.ts")],
    outfile: path.join(root, "dist", "extension.js"),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    external: ["vscode"],
    minify: production,
    sourcemap: !production,
    logLevel: "warning",
  });
}

async function tests() {
  const dir = path.join(root, "test", "unit");
  const entries = fs.readdirSync(dir).filter((n) => n.endsWith(".test.ts")).map((n) => path.join(dir, n));
  fs.rmSync(path.join(root, "out"), { recursive: true, force: true });
  await esbuild.build({
    entryPoints: entries,
    outdir: path.join(root, "out", "test"),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // The mock of vscode is found at run time (test/mock/register.cjs); the
    // grammar tests load vscode-textmate and its WASM from node_modules.
    external: ["vscode", "vscode-textmate", "vscode-oniguruma", "tm-grammars", "@vscode/debugadapter-testsupport"],
    sourcemap: true,
    logLevel: "warning",
  });
}

await grammars();
await bundle();
if (!production) {
  await tests();
}
