// Loaded with `node --require`: makes require("vscode") return the mock of
// the VS Code API in ./vscode.cjs (VS Code itself cannot run here). Nothing
// else is replaced.
const Module = require("node:module");
const path = require("node:path");

const mock = path.join(__dirname, "vscode.cjs");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === "vscode") {
    return mock;
  }
  return resolve.call(this, request, ...rest);
};
