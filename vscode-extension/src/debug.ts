// The `hyperflask` debugger: launch configurations and the debug adapter,
// which is `hfls dap` over stdio. Its launch request takes
// {"app": DIR, "addr": "HOST:PORT", "env": {…}, "noDebug": BOOL}.

import * as path from "node:path";
import * as vscode from "vscode";
import { findApps, isApp } from "./apps";
import { findHfls, installHint, processContext, type LookupContext } from "./hfls";
import { findProjectRoot } from "./routes";

export const debugType = "hyperflask";
export const defaultAddr = "127.0.0.1:8000";

/** The launch configuration of the adapter. */
export interface LaunchConfiguration extends vscode.DebugConfiguration {
  app: string;
  addr?: string;
  env?: Record<string, string>;
  noDebug?: boolean;
}

/** Fills in and checks launch configurations of type hyperflask. */
export class ConfigurationProvider implements vscode.DebugConfigurationProvider {
  /** One configuration per app found in the folder (for a new launch.json). */
  async provideDebugConfigurations(folder: vscode.WorkspaceFolder | undefined): Promise<vscode.DebugConfiguration[]> {
    const apps = folder ? await findApps(folder.uri.fsPath) : [];
    if (folder === undefined || apps.length === 0) {
      return [launchConfig("${workspaceFolder}", "the app")];
    }
    return apps.map((app) => {
      const rel = path.relative(folder.uri.fsPath, app).split(path.sep).join("/");
      return rel === ""
        ? launchConfig("${workspaceFolder}", path.basename(app))
        : launchConfig("${workspaceFolder}/" + rel, rel);
    });
  }

  /**
   * Completes a configuration before variables are substituted. An empty one
   * (F5 without a launch.json) serves the app of the file in the editor.
   */
  resolveDebugConfiguration(
    _folder: vscode.WorkspaceFolder | undefined,
    config: vscode.DebugConfiguration,
  ): vscode.DebugConfiguration | undefined {
    if (!config.type && !config.request && !config.name) {
      const editor = vscode.window.activeTextEditor;
      const root = editor && editor.document.uri.scheme === "file" ? findProjectRoot(editor.document.uri.fsPath) : undefined;
      if (root === undefined) {
        void vscode.window.showErrorMessage(
          "Open a file of a Hyperflask app (a folder with config.yml or pages/) to debug it, or add a launch configuration of type \"hyperflask\".",
        );
        return undefined;
      }
      return launchConfig(root, path.basename(root));
    }
    config.type = debugType;
    config.request ??= "launch";
    config.name ??= "Hyperflask";
    config.addr ??= defaultAddr;
    config.env ??= {};
    return config;
  }

  /** Checks a configuration once VS Code substituted its variables. */
  async resolveDebugConfigurationWithSubstitutedVariables(
    folder: vscode.WorkspaceFolder | undefined,
    config: vscode.DebugConfiguration,
  ): Promise<vscode.DebugConfiguration | undefined> {
    const problem = await checkLaunch(config, folder?.uri.fsPath);
    if (problem !== undefined) {
      void vscode.window.showErrorMessage(`Cannot start "${config.name}": ${problem}`);
      return undefined;
    }
    return config;
  }
}

function launchConfig(app: string, label: string): LaunchConfiguration {
  return { type: debugType, request: "launch", name: `Hyperflask: serve ${label}`, app, addr: defaultAddr };
}

/**
 * Checks a launch configuration and makes its app absolute (relative to the
 * folder); returns what is wrong, undefined when it can start.
 */
export async function checkLaunch(config: vscode.DebugConfiguration, folder: string | undefined): Promise<string | undefined> {
  if (config.request !== "launch") {
    return `request is "${config.request}"; the hyperflask debugger only launches apps ("request": "launch").`;
  }
  if (typeof config.app !== "string" || config.app === "") {
    return `"app" must be the folder of the app to serve (a folder with config.yml or pages/).`;
  }
  let app = config.app;
  if (!path.isAbsolute(app)) {
    if (folder === undefined) {
      return `"app" is the relative path "${app}" but no folder is open.`;
    }
    app = path.join(folder, app);
  }
  if (!(await isApp(app))) {
    return `"app" is ${app}, which holds no config.yml, pages/ or app/.`;
  }
  config.app = app;
  const addr = config.addr ?? defaultAddr;
  const m = typeof addr === "string" ? /^([^\s:]+|\[[0-9a-fA-F:]+\]):([0-9]{1,5})$/.exec(addr) : null;
  if (m === null || Number(m[2]) < 1 || Number(m[2]) > 65535) {
    return `"addr" is ${JSON.stringify(addr)}; expected HOST:PORT such as ${defaultAddr}.`;
  }
  config.addr = addr;
  if (config.env !== undefined) {
    if (typeof config.env !== "object" || config.env === null || Array.isArray(config.env)) {
      return `"env" must be an object of strings, such as {"DEBUG": "1"}.`;
    }
    for (const [k, v] of Object.entries(config.env)) {
      if (typeof v !== "string") {
        return `"env"."${k}" is ${JSON.stringify(v)}; environment values are strings.`;
      }
    }
  }
  if (config.noDebug !== undefined && typeof config.noDebug !== "boolean") {
    return `"noDebug" must be true or false.`;
  }
  return undefined;
}

/** Runs `hfls dap` as the debug adapter. */
export class AdapterFactory implements vscode.DebugAdapterDescriptorFactory {
  constructor(private readonly lookupContext: () => LookupContext = () => processContext(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath)) {}

  createDebugAdapterDescriptor(session: vscode.DebugSession): vscode.DebugAdapterDescriptor {
    const setting = vscode.workspace.getConfiguration("hyperflask").get<string>("server.path", "");
    const found = findHfls(setting, this.lookupContext());
    if ("error" in found) {
      throw new Error(`${found.error} ${installHint}`);
    }
    const app = typeof session.configuration.app === "string" ? session.configuration.app : undefined;
    return new vscode.DebugAdapterExecutable(found.path, ["dap"], app ? { cwd: app } : undefined);
  }
}

/** The running hyperflask debug sessions, for the URL of a page. */
export class Sessions implements vscode.Disposable {
  private readonly running = new Map<string, vscode.DebugSession>();
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      vscode.debug.onDidStartDebugSession((s) => {
        if (s.type === debugType) {
          this.running.set(s.id, s);
        }
      }),
      vscode.debug.onDidTerminateDebugSession((s) => this.running.delete(s.id)),
    ];
  }

  /** The base URL of the session serving the app at appRoot, if one does. */
  urlFor(appRoot: string): string | undefined {
    for (const s of this.running.values()) {
      const c = s.configuration;
      if (typeof c.app === "string" && path.resolve(c.app) === path.resolve(appRoot)) {
        return `http://${typeof c.addr === "string" ? c.addr : defaultAddr}`;
      }
    }
    return undefined;
  }

  dispose(): void {
    for (const s of this.subscriptions) {
      s.dispose();
    }
  }
}
