// The language client: starts hfls over stdio, shows its state in the
// status bar, restarts it, and asks it for page routes.

import * as vscode from "vscode";
import {
  ExecuteCommandRequest,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  State,
} from "vscode-languageclient/node";
import { findHfls, installHint, processContext, type LookupContext } from "./hfls";
import type { RouteInfo } from "./routes";

/** The documents hfls serves. */
export const documentSelector = [
  { scheme: "file", language: "hyperflask" },
  { scheme: "file", language: "hyperflask-html" },
  { scheme: "file", language: "python", pattern: "**/{pages,components}/**/*.py" },
  { scheme: "file", language: "markdown", pattern: "**/pages/**/*.md" },
];

/** The command of hfls that answers a page's route (see README.md). */
export const routeCommand = "hfc.route";

export type ServerState = "stopped" | "starting" | "running" | "missing" | "failed";

/** Runs hfls for the window. */
export class Hfls implements vscode.Disposable {
  readonly output: vscode.LogOutputChannel;
  readonly status: vscode.StatusBarItem;
  state: ServerState = "stopped";
  /** The executable in use, or the last lookup error. */
  executable?: string;
  problem?: string;
  private client?: LanguageClient;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly lookupContext: () => LookupContext = () => processContext(firstFolder())) {
    this.output = vscode.window.createOutputChannel("Hyperflask Language Server", { log: true });
    this.status = vscode.window.createStatusBarItem("hyperflask.status", vscode.StatusBarAlignment.Right, 100);
    this.status.name = "Hyperflask";
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration("hyperflask.server.path")) {
          void this.restart();
        }
      }),
      vscode.window.onDidChangeActiveTextEditor((e) => this.updateVisibility(e)),
    );
    this.render();
    this.updateVisibility(vscode.window.activeTextEditor);
  }

  /** Finds hfls and starts it; on failure the status bar and a message say why. */
  async start(): Promise<void> {
    if (this.client !== undefined) {
      return;
    }
    const setting = vscode.workspace.getConfiguration("hyperflask").get<string>("server.path", "");
    const found = findHfls(setting, this.lookupContext());
    if ("error" in found) {
      this.executable = undefined;
      this.problem = found.error;
      this.setState("missing");
      this.output.appendLine(`${found.error} ${installHint}`);
      if (found.tried.length > 0) {
        this.output.appendLine(`Looked for: ${found.tried.join(", ")}`);
      }
      void this.explainMissing(found.error);
      return;
    }
    this.executable = found.path;
    this.problem = undefined;
    this.output.appendLine(`Starting ${found.path} (found through ${found.from}).`);
    const serverOptions: ServerOptions = {
      run: { command: found.path, args: [], options: { cwd: firstFolder() } },
      debug: { command: found.path, args: [], options: { cwd: firstFolder() } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector,
      outputChannel: this.output,
      synchronize: {
        fileEvents: vscode.workspace.createFileSystemWatcher("**/*.{jpy,py,html,md,yml}"),
      },
    };
    const client = new LanguageClient("hyperflask", "Hyperflask Language Server", serverOptions, clientOptions);
    this.client = client;
    client.onDidChangeState((e) => {
      if (this.client !== client) {
        return;
      }
      switch (e.newState) {
        case State.Starting:
          this.setState("starting");
          break;
        case State.Running:
          this.setState("running");
          break;
        case State.Stopped:
          this.setState(this.state === "failed" ? "failed" : "stopped");
          break;
      }
    });
    this.setState("starting");
    try {
      await client.start();
    } catch (err) {
      if (this.client === client) {
        this.problem = `hfls (${found.path}) did not start: ${errorText(err)}`;
        this.setState("failed");
        this.output.appendLine(this.problem);
        void vscode.window.showErrorMessage(this.problem, "Show Output").then((a) => {
          if (a === "Show Output") {
            this.output.show(true);
          }
        });
      }
    }
  }

  /** Stops hfls; waits at most two seconds for it to exit. */
  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client === undefined) {
      return;
    }
    try {
      if (client.isRunning()) {
        await client.stop(2000);
      }
    } catch (err) {
      this.output.appendLine(`Stopping hfls: ${errorText(err)}`);
    }
    try {
      await client.dispose(2000);
    } catch {
      // Already stopped: dispose only frees the client's listeners.
    }
    this.setState("stopped");
  }

  /** Looks hfls up again and starts it afresh. */
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** The server's version from its initialize answer, when it gave one. */
  get serverInfo(): { name: string; version?: string } | undefined {
    return this.client?.initializeResult?.serverInfo;
  }

  /**
   * Asks hfls where a file is served (the hfc.route command); undefined
   * when hfls does not run or does not offer the command.
   */
  async route(uri: vscode.Uri): Promise<RouteInfo | undefined> {
    const client = this.client;
    const commands = client?.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
    if (client === undefined || !client.isRunning() || !commands.includes(routeCommand)) {
      return undefined;
    }
    try {
      const answer = await client.sendRequest(ExecuteCommandRequest.type, { command: routeCommand, arguments: [uri.toString()] });
      return parseRouteAnswer(answer);
    } catch (err) {
      this.output.appendLine(`${routeCommand} failed: ${errorText(err)}`);
      return undefined;
    }
  }

  dispose(): void {
    void this.stop();
    for (const s of this.subscriptions) {
      s.dispose();
    }
    this.status.dispose();
    this.output.dispose();
  }

  private async explainMissing(error: string): Promise<void> {
    const answer = await vscode.window.showErrorMessage(`${error} ${installHint}`, "Open Settings", "Copy Install Command");
    if (answer === "Open Settings") {
      await vscode.commands.executeCommand("workbench.action.openSettings", "hyperflask.server.path");
    } else if (answer === "Copy Install Command") {
      await vscode.env.clipboard.writeText("go install github.com/hyperflask/hfc/cmd/hfls@latest");
    }
  }

  private setState(state: ServerState): void {
    this.state = state;
    this.render();
  }

  private render(): void {
    const s = this.status;
    const info = this.serverInfo;
    const version = info?.version ? ` ${info.version}` : "";
    s.backgroundColor = undefined;
    switch (this.state) {
      case "starting":
        s.text = "$(loading~spin) hfls";
        s.tooltip = `Starting the Hyperflask language server (${this.executable})`;
        s.command = "hyperflask.showOutput";
        break;
      case "running":
        s.text = "$(check) hfls";
        s.tooltip = `Hyperflask language server${version} is running (${this.executable}). Click for its output.`;
        s.command = "hyperflask.showOutput";
        break;
      case "stopped":
        s.text = "$(debug-stop) hfls";
        s.tooltip = "The Hyperflask language server is stopped. Click to start it.";
        s.command = "hyperflask.restartServer";
        break;
      case "missing":
        s.text = "$(warning) hfls";
        s.tooltip = `${this.problem} Click to look again.`;
        s.command = "hyperflask.restartServer";
        s.backgroundColor = new vscode.ThemeColor("statusBarItem.warningBackground");
        break;
      case "failed":
        s.text = "$(error) hfls";
        s.tooltip = `${this.problem} Click to restart it.`;
        s.command = "hyperflask.restartServer";
        s.backgroundColor = new vscode.ThemeColor("statusBarItem.errorBackground");
        break;
    }
  }

  private updateVisibility(editor: vscode.TextEditor | undefined): void {
    if (editor !== undefined && isHyperflaskDocument(editor.document)) {
      this.status.show();
    } else {
      this.status.hide();
    }
  }
}

/** Whether hfls serves the document (the status bar shows for those). */
export function isHyperflaskDocument(doc: { languageId: string; uri: vscode.Uri }): boolean {
  return vscode.languages.match(documentSelector, doc as vscode.TextDocument) > 0;
}

/**
 * Reads hfls's answer to hfc.route: `{rule, endpoint, methods?}` for a
 * served file, `{rule: null, reason}` (or null) for a file that is not.
 */
export function parseRouteAnswer(answer: unknown): RouteInfo | undefined {
  if (answer === null) {
    return { kind: "not-served", reason: "hfls says the file is not served." };
  }
  if (typeof answer !== "object" || answer === undefined) {
    return undefined;
  }
  const a = answer as Record<string, unknown>;
  if (typeof a.rule === "string" && typeof a.endpoint === "string") {
    const methods = Array.isArray(a.methods) && a.methods.every((m) => typeof m === "string") ? (a.methods as string[]) : undefined;
    const kind = a.rule.startsWith("/__components/") ? "component" : "page";
    return { kind, rule: a.rule, endpoint: a.endpoint, file: typeof a.file === "string" ? a.file : "", methods };
  }
  if (a.rule === null && typeof a.reason === "string") {
    return { kind: "not-served", reason: a.reason };
  }
  return undefined;
}

function firstFolder(): string | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
