// Checks an extension folder — the source tree after a build, or a .vsix
// unpacked — as VS Code would read it: the manifest's contributions point at
// files that exist and parse, activation events cover the languages and the
// debugger, and the bundle loads and registers exactly the contributed
// commands and the debugger's providers. Loading the bundle needs the mock
// of vscode (node --require ./test/mock/register.cjs).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

function readJSON(file, problems, what) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (err) {
    problems.push(`${what}: ${file} does not parse: ${err.message}`);
    return undefined;
  }
}

/** Problems of the manifest and the files it names (an empty list when fine). */
function checkManifest(dir) {
  const problems = [];
  const pkg = readJSON(path.join(dir, "package.json"), problems, "manifest");
  if (!pkg) return problems;
  const c = pkg.contributes || {};
  const file = (rel, what) => {
    const p = path.join(dir, rel);
    if (!fs.existsSync(p)) {
      problems.push(`${what}: ${rel} is missing`);
      return undefined;
    }
    return p;
  };
  if (!pkg.engines || !pkg.engines.vscode) problems.push("engines.vscode is missing");
  file(pkg.main, "main");

  const languages = new Set((c.languages || []).map((l) => l.id));
  for (const l of c.languages || []) {
    const p = file(l.configuration, `language ${l.id}`);
    if (p) readJSON(p, problems, `language ${l.id}`);
    if (!(pkg.activationEvents || []).includes(`onLanguage:${l.id}`)) problems.push(`no activation event onLanguage:${l.id}`);
  }
  for (const g of c.grammars || []) {
    if (!languages.has(g.language)) problems.push(`grammar ${g.scopeName} is for the unknown language ${g.language}`);
    const p = file(g.path, `grammar ${g.scopeName}`);
    const grammar = p && readJSON(p, problems, `grammar ${g.scopeName}`);
    if (grammar && grammar.scopeName !== g.scopeName) problems.push(`${g.path} has the scope ${grammar.scopeName}, not ${g.scopeName}`);
  }
  for (const s of c.snippets || []) {
    if (!languages.has(s.language)) problems.push(`snippets ${s.path} are for the unknown language ${s.language}`);
    const p = file(s.path, "snippets");
    const snippets = p && readJSON(p, problems, "snippets");
    for (const [name, snip] of Object.entries(snippets || {})) {
      if (!snip.prefix || !snip.body) problems.push(`snippet "${name}" of ${s.path} lacks a prefix or a body`);
    }
  }
  const commands = new Set((c.commands || []).map((x) => x.command));
  for (const [menu, items] of Object.entries(c.menus || {})) {
    for (const item of items) {
      if (!commands.has(item.command)) problems.push(`menu ${menu} names the unknown command ${item.command}`);
    }
  }
  for (const b of c.breakpoints || []) {
    if (!languages.has(b.language) && b.language !== "python") problems.push(`breakpoints for the unknown language ${b.language}`);
  }
  for (const d of c.debuggers || []) {
    if (!(pkg.activationEvents || []).includes(`onDebugResolve:${d.type}`)) problems.push(`no activation event onDebugResolve:${d.type}`);
    const launch = (d.configurationAttributes || {}).launch;
    if (!launch) {
      problems.push(`debugger ${d.type} has no launch attributes`);
      continue;
    }
    for (const r of launch.required || []) {
      if (!(r in launch.properties)) problems.push(`debugger ${d.type} requires the undeclared ${r}`);
    }
    const configs = [...(d.initialConfigurations || []), ...(d.configurationSnippets || []).map((s) => s.body)];
    for (const config of configs) {
      problems.push(...checkLaunchConfig(d, config).map((p) => `debugger ${d.type}: ${p}`));
    }
  }
  return problems;
}

/** Problems of a launch configuration against a debugger's attributes. */
function checkLaunchConfig(debuggerContribution, config) {
  const problems = [];
  const launch = debuggerContribution.configurationAttributes.launch;
  if (config.type !== debuggerContribution.type) problems.push(`configuration "${config.name}" has type ${config.type}`);
  if (config.request !== "launch") problems.push(`configuration "${config.name}" has request ${config.request}`);
  if (typeof config.name !== "string") problems.push("a configuration has no name");
  for (const r of launch.required || []) {
    if (!(r in config)) problems.push(`configuration "${config.name}" lacks ${r}`);
  }
  for (const [key, value] of Object.entries(config)) {
    if (["type", "request", "name", "preLaunchTask", "postDebugTask", "presentation", "serverReadyAction"].includes(key)) continue;
    const schema = launch.properties[key];
    if (!schema) {
      problems.push(`configuration "${config.name}" has the unknown attribute ${key}`);
      continue;
    }
    const type = Array.isArray(value) ? "array" : typeof value;
    if (schema.type !== type) problems.push(`configuration "${config.name}": ${key} is a ${type}, not a ${schema.type}`);
    if (schema.pattern && typeof value === "string" && !value.includes("${") && !new RegExp(schema.pattern).test(value)) {
      problems.push(`configuration "${config.name}": ${key} ${JSON.stringify(value)} does not match ${schema.pattern}`);
    }
  }
  return problems;
}

/**
 * Loads the bundle, activates it with hfls absent, and returns the problems:
 * commands registered but not contributed or the reverse, debugger
 * providers missing. Then deactivates it.
 */
async function checkActivation(dir) {
  const vscode = require("vscode");
  const mock = vscode.__mock;
  const problems = [];
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  mock.settings.set("hyperflask.server.path", path.join(dir, "no-hfls-here"));
  const ext = require(path.join(dir, pkg.main));
  const context = { subscriptions: [], extensionPath: dir, extensionUri: vscode.Uri.file(dir) };
  await ext.activate(context);
  const contributed = pkg.contributes.commands.map((c) => c.command).sort();
  const registered = [...mock.commands.keys()].filter((k) => k.startsWith("hyperflask.")).sort();
  if (JSON.stringify(contributed) !== JSON.stringify(registered)) {
    problems.push(`registered commands ${registered.join(", ")} differ from the contributed ${contributed.join(", ")}`);
  }
  for (const d of pkg.contributes.debuggers) {
    const kinds = mock.debugProviders.filter((p) => p.type === d.type).map((p) => p.triggerKind).sort();
    if (JSON.stringify(kinds) !== JSON.stringify([1, 2])) problems.push(`debugger ${d.type}: configuration providers for trigger kinds ${kinds}, expected 1 and 2`);
    if (!mock.adapterFactories.some((f) => f.type === d.type)) problems.push(`debugger ${d.type}: no debug adapter factory`);
  }
  const missing = mock.messages.find((m) => m.level === "error" && /hfls/.test(m.text));
  if (!missing) problems.push("without hfls, activation showed no error message about it");
  const status = mock.statusItems.find((s) => s.id === "hyperflask.status");
  if (!status || status.text !== "$(warning) hfls") problems.push(`status bar item: ${status ? status.text : "none"}`);
  await ext.deactivate();
  for (const s of context.subscriptions) s.dispose();
  if (mock.commands.size !== 0) problems.push(`commands still registered after dispose: ${[...mock.commands.keys()]}`);
  return problems;
}

module.exports = { checkManifest, checkLaunchConfig, checkActivation };
