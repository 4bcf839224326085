// Drives hfls with the node client of vscode-languageserver-protocol (the
// protocol layer VS Code's client is built on): initialize, open a page of
// the example app, wait for its diagnostics, ask for completion, hover and
// definition, shut down; prints what the server answered as one JSON
// object. Environment: HFLS (the binary), APP (the project root),
// NODE_PATH (where vscode-languageserver-protocol is installed).
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");
const rpc = require("vscode-languageserver-protocol/node");

async function main() {
  const root = process.env.APP;
  const proc = spawn(process.env.HFLS, [], { stdio: ["pipe", "pipe", "inherit"] });
  const conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  const diagnostics = new Map();
  const waiters = [];
  conn.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => {
    diagnostics.set(p.uri, p.diagnostics);
    waiters.splice(0).forEach((w) => w());
  });
  conn.onRequest(rpc.RegistrationRequest.type, () => null);
  conn.onRequest(rpc.WorkDoneProgressCreateRequest.type, () => null);
  conn.onRequest(rpc.ConfigurationRequest.type, (p) => p.items.map(() => null));
  conn.listen();

  const rootUri = pathToFileURL(root).href;
  const init = await conn.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: "blog" }],
    capabilities: {
      textDocument: { completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ["markdown"] } },
      workspace: { configuration: true, workspaceFolders: true },
    },
  });
  await conn.sendNotification(rpc.InitializedNotification.type, {});

  const file = path.join(root, "app", "pages", "index.jpy");
  const uri = pathToFileURL(file).href;
  const text = fs.readFileSync(file, "utf8").replace("{% block body %}\n", "{% block body %}\n{{ postz }}\n");
  const got = new Promise((resolve) => {
    const check = () => ((diagnostics.get(uri) || []).length > 0 ? resolve() : waiters.push(check));
    check();
  });
  await conn.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "jinjapy", version: 1, text } });
  let timer;
  await Promise.race([got, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error("no diagnostics")), 5000); })]);
  clearTimeout(timer);

  const lines = text.split("\n");
  const at = (needle, delta) => {
    const line = lines.findIndex((l) => l.includes(needle));
    return { line, character: lines[line].indexOf(needle) + delta };
  };
  const completion = await conn.sendRequest(rpc.CompletionRequest.type, { textDocument: { uri }, position: at("{{ postz", 6) });
  const hover = await conn.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: at("in posts", 4) });
  const definition = await conn.sendRequest(rpc.DefinitionRequest.type, { textDocument: { uri }, position: at("in posts", 4) });
  await conn.sendRequest(rpc.ShutdownRequest.type);
  await conn.sendNotification(rpc.ExitNotification.type);
  const code = await new Promise((resolve) => proc.on("exit", resolve));

  const items = Array.isArray(completion) ? completion : completion.items;
  process.stdout.write(JSON.stringify({
    server: init.serverInfo.name,
    diagnostics: diagnostics.get(uri).map((d) => ({ line: d.range.start.line, col: d.range.start.character, code: d.code, message: d.message })),
    completion: items.map((i) => i.label),
    hover: hover ? hover.contents.value : "",
    definition: Array.isArray(definition) ? definition[0] : definition,
    exitCode: code,
  }) + "\n");
}

main().catch((e) => {
  process.stderr.write(String(e.stack || e) + "\n");
  process.exit(1);
});
