// The Hyperflask extension: languages and grammars are declared in
// package.json; this starts hfls and registers the commands and the
// debugger.

import * as vscode from "vscode";
import { Hfls } from "./client";
import { openInBrowser, showRoute, type PageDeps } from "./commands";
import { AdapterFactory, ConfigurationProvider, debugType, Sessions } from "./debug";

let hfls: Hfls | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const server = new Hfls();
  hfls = server;
  const sessions = new Sessions();
  const deps: PageDeps = { askServer: (uri) => server.route(uri), sessions };
  const provider = new ConfigurationProvider();
  context.subscriptions.push(
    server,
    sessions,
    vscode.commands.registerCommand("hyperflask.restartServer", () => server.restart()),
    vscode.commands.registerCommand("hyperflask.showOutput", () => server.output.show(true)),
    vscode.commands.registerCommand("hyperflask.openInBrowser", (uri?: unknown) => openInBrowser(deps, uri)),
    vscode.commands.registerCommand("hyperflask.showRoute", (uri?: unknown) => showRoute(deps, uri)),
    vscode.debug.registerDebugConfigurationProvider(debugType, provider),
    vscode.debug.registerDebugConfigurationProvider(debugType, provider, vscode.DebugConfigurationProviderTriggerKind.Dynamic),
    vscode.debug.registerDebugAdapterDescriptorFactory(debugType, new AdapterFactory()),
  );
  await server.start();
}

export async function deactivate(): Promise<void> {
  await hfls?.stop();
  hfls = undefined;
}
