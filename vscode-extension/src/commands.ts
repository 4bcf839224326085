// The page commands: show the route of the current page, open it in the
// browser.

import * as path from "node:path";
import * as vscode from "vscode";
import type { Sessions } from "./debug";
import { checkValue, fillRule, findProjectRoot, routeOfFile, ruleVars, type RouteInfo } from "./routes";

/** What the commands need from the rest of the extension. */
export interface PageDeps {
  /** hfls's answer for the file, undefined when hfls cannot tell. */
  askServer(uri: vscode.Uri): Promise<RouteInfo | undefined>;
  sessions: Pick<Sessions, "urlFor">;
}

/** The route of the file at uri: hfls's answer, else the extension's own. */
export async function routeOf(uri: vscode.Uri, deps: PageDeps): Promise<RouteInfo> {
  const fromServer = await deps.askServer(uri);
  return fromServer ?? routeOfFile(uri.fsPath);
}

function targetUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) {
    return arg;
  }
  const doc = vscode.window.activeTextEditor?.document;
  return doc && doc.uri.scheme === "file" ? doc.uri : undefined;
}

/** Hyperflask: Show Route of Current Page. */
export async function showRoute(deps: PageDeps, arg?: unknown): Promise<void> {
  const uri = targetUri(arg);
  if (uri === undefined) {
    void vscode.window.showWarningMessage("Open a page of a Hyperflask app (a file of its pages/ folder) first.");
    return;
  }
  const route = await routeOf(uri, deps);
  if (route.kind === "not-served") {
    void vscode.window.showInformationMessage(route.reason);
    return;
  }
  const methods = route.methods ? ` for ${route.methods.join(", ")}` : "";
  const answer = await vscode.window.showInformationMessage(
    `${path.basename(uri.fsPath)} is served at ${route.rule}${methods} (endpoint "${route.endpoint}", for url_for).`,
    "Copy URL Rule",
    "Open in Browser",
  );
  if (answer === "Copy URL Rule") {
    await vscode.env.clipboard.writeText(route.rule);
  } else if (answer === "Open in Browser") {
    await openInBrowser(deps, uri);
  }
}

/**
 * Hyperflask: Open Page in Browser. Asks for the value of each placeholder
 * of the rule, then opens the URL on the debug session serving the app, else
 * on hyperflask.serverUrl.
 */
export async function openInBrowser(deps: PageDeps, arg?: unknown): Promise<void> {
  const uri = targetUri(arg);
  if (uri === undefined) {
    void vscode.window.showWarningMessage("Open a page of a Hyperflask app (a file of its pages/ folder) first.");
    return;
  }
  const route = await routeOf(uri, deps);
  if (route.kind === "not-served") {
    void vscode.window.showWarningMessage(route.reason);
    return;
  }
  const values: Record<string, string> = {};
  for (const v of ruleVars(route.rule)) {
    const conv = v.converter === "string" ? "" : ` (${v.converter}${v.args ? `(${v.args})` : ""})`;
    const value = await vscode.window.showInputBox({
      title: `Open ${route.rule}`,
      prompt: `Value of <${v.name}>${conv}`,
      validateInput: (text) => checkValue(v, text),
    });
    if (value === undefined) {
      return;
    }
    values[v.name] = value;
  }
  const root = findProjectRoot(uri.fsPath);
  const base =
    (root !== undefined ? deps.sessions.urlFor(root) : undefined) ??
    vscode.workspace.getConfiguration("hyperflask", uri).get<string>("serverUrl", "http://127.0.0.1:8000");
  const url = base.replace(/\/+$/, "") + fillRule(route.rule, values);
  await vscode.env.openExternal(vscode.Uri.parse(url));
}
