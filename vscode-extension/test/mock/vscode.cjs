// A mock of the `vscode` module's API surface, just enough for the extension
// and vscode-languageclient to run in node. It records what the extension
// asks of VS Code (messages, commands, status bar, opened URLs, debug
// registrations) in `mock`, exported as `__mock`, for the tests to read and
// to script (answers to messages and input boxes, settings, the active
// editor). Behaviour follows the VS Code API documentation.
"use strict";
const path = require("node:path");
const { pathToFileURL, fileURLToPath } = require("node:url");

class Disposable {
  constructor(fn) {
    this._fn = fn;
  }
  static from(...items) {
    return new Disposable(() => items.forEach((d) => d && d.dispose && d.dispose()));
  }
  dispose() {
    if (this._fn) {
      this._fn();
      this._fn = undefined;
    }
  }
}

class EventEmitter {
  constructor() {
    this._listeners = new Set();
    this.event = (listener, thisArg, disposables) => {
      const f = (e) => listener.call(thisArg, e);
      this._listeners.add(f);
      const d = new Disposable(() => this._listeners.delete(f));
      if (Array.isArray(disposables)) disposables.push(d);
      return d;
    };
  }
  fire(e) {
    for (const l of [...this._listeners]) l(e);
  }
  dispose() {
    this._listeners.clear();
  }
}

function encode(s) {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
}

class Uri {
  constructor(scheme, authority, p, query, fragment) {
    this.scheme = scheme;
    this.authority = authority || "";
    this.path = p || "";
    this.query = query || "";
    this.fragment = fragment || "";
  }
  static file(fsPath) {
    return new Uri("file", "", pathToFileURL(fsPath).pathname.split("/").map(decodeURIComponent).join("/"));
  }
  static parse(value) {
    const u = new URL(value);
    return new Uri(u.protocol.slice(0, -1), u.host, decodeURIComponent(u.pathname), u.search.slice(1), u.hash.slice(1));
  }
  static joinPath(base, ...segments) {
    return base.with({ path: path.posix.join(base.path, ...segments) });
  }
  get fsPath() {
    return fileURLToPath("file://" + this.path.split("/").map(encodeURIComponent).join("/"));
  }
  with(change) {
    return new Uri(
      change.scheme ?? this.scheme,
      change.authority ?? this.authority,
      change.path ?? this.path,
      change.query ?? this.query,
      change.fragment ?? this.fragment,
    );
  }
  // As VS Code's Uri.toString(): every character of the path but the
  // unreserved ones and "/" is percent-encoded.
  toString() {
    const path = this.path.split("/").map(encode).join("/");
    const q = this.query ? "?" + encode(this.query) : "";
    const f = this.fragment ? "#" + encode(this.fragment) : "";
    return `${this.scheme}://${this.authority}${path}${q}${f}`;
  }
  toJSON() {
    return { scheme: this.scheme, authority: this.authority, path: this.path, query: this.query, fragment: this.fragment };
  }
}

class Position {
  constructor(line, character) {
    this.line = line;
    this.character = character;
  }
}

class Range {
  constructor(a, b, c, d) {
    if (typeof a === "number") {
      this.start = new Position(a, b);
      this.end = new Position(c, d);
    } else {
      this.start = a;
      this.end = b;
    }
  }
}

class CancellationTokenSource {
  constructor() {
    const emitter = new EventEmitter();
    this.token = { isCancellationRequested: false, onCancellationRequested: emitter.event };
    this._emitter = emitter;
  }
  cancel() {
    this.token.isCancellationRequested = true;
    this._emitter.fire();
  }
  dispose() {}
}

class CancellationError extends Error {}

class DebugAdapterExecutable {
  constructor(command, args, options) {
    this.command = command;
    this.args = args;
    this.options = options;
  }
}

class RelativePattern {
  constructor(base, pattern) {
    this.base = typeof base === "string" ? base : base.uri ? base.uri.fsPath : base.fsPath;
    this.pattern = pattern;
  }
}

const StatusBarAlignment = { Left: 1, Right: 2 };
const DebugConfigurationProviderTriggerKind = { Initial: 1, Dynamic: 2 };
const ProgressLocation = { SourceControl: 1, Window: 10, Notification: 15 };
const LogLevel = { Off: 0, Trace: 1, Debug: 2, Info: 3, Warning: 4, Error: 5 };
const ConfigurationTarget = { Global: 1, Workspace: 2, WorkspaceFolder: 3 };
const DiagnosticSeverity = { Error: 0, Warning: 1, Information: 2, Hint: 3 };

// CodeActionKind as the API documents it: hierarchical values joined by ".".
class CodeActionKind {
  constructor(value) {
    this.value = value;
  }
  append(part) {
    return new CodeActionKind(this.value ? this.value + "." + part : part);
  }
  intersects(other) {
    return this.contains(other) || other.contains(this);
  }
  contains(other) {
    return this.value === "" || this.value === other.value || other.value.startsWith(this.value + ".");
  }
}
CodeActionKind.Empty = new CodeActionKind("");
for (const [name, value] of Object.entries({
  QuickFix: "quickfix",
  Refactor: "refactor",
  RefactorExtract: "refactor.extract",
  RefactorInline: "refactor.inline",
  RefactorMove: "refactor.move",
  RefactorRewrite: "refactor.rewrite",
  Source: "source",
  SourceOrganizeImports: "source.organizeImports",
  SourceFixAll: "source.fixAll",
  Notebook: "notebook",
})) {
  CodeActionKind[name] = new CodeActionKind(value);
}

class ThemeColor {
  constructor(id) {
    this.id = id;
  }
}

// Converts a glob of a DocumentFilter to a regular expression: ** any path,
// * any text without /, {a,b} alternatives.
function globToRegExp(glob) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      re += ".*";
      i++;
      if (glob[i + 1] === "/") i++;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "{") re += "(?:";
    else if (c === "}") re += ")";
    else if (c === ",") re += "|";
    else re += c.replace(/[.+^$()|[\]\\]/g, "\\$&");
  }
  return new RegExp("^" + re + "$");
}

function matchFilter(filter, doc) {
  if (typeof filter === "string") return filter === doc.languageId ? 10 : 0;
  if (filter.language && filter.language !== "*" && filter.language !== doc.languageId) return 0;
  if (filter.scheme && filter.scheme !== "*" && filter.scheme !== doc.uri.scheme) return 0;
  if (filter.pattern) {
    const glob = typeof filter.pattern === "string" ? filter.pattern : filter.pattern.pattern;
    if (!globToRegExp(glob).test(doc.uri.path)) return 0;
  }
  return 10;
}

function outputChannel(name, options) {
  const lines = [];
  const ch = {
    name,
    lines,
    append: (s) => lines.push(String(s)),
    appendLine: (s) => lines.push(String(s)),
    replace: (s) => lines.splice(0, lines.length, String(s)),
    clear: () => lines.splice(0, lines.length),
    show: () => mock.shownOutputs.push(name),
    hide: () => {},
    dispose: () => {},
  };
  if (options && options.log) {
    const levelEmitter = new EventEmitter();
    Object.assign(ch, {
      logLevel: mock.defaultLogLevel,
      onDidChangeLogLevel: levelEmitter.event,
      trace: (s) => lines.push("[trace] " + s),
      debug: (s) => lines.push("[debug] " + s),
      info: (s) => lines.push("[info] " + s),
      warn: (s) => lines.push("[warn] " + s),
      error: (s) => lines.push("[error] " + (s instanceof Error ? s.message : s)),
    });
  }
  mock.outputs.set(name, ch);
  return ch;
}

const emitters = {
  configuration: new EventEmitter(),
  activeEditor: new EventEmitter(),
  startDebug: new EventEmitter(),
  terminateDebug: new EventEmitter(),
};

// Unknown members of a namespace: onX is an event nobody fires, registerX
// and createX return a disposable, anything else is undefined.
function namespace(known) {
  return new Proxy(known, {
    get(target, prop) {
      if (prop in target) return target[prop];
      if (typeof prop !== "string") return undefined;
      if (/^on[A-Z]/.test(prop)) return new EventEmitter().event;
      if (/^(register|create)[A-Z]/.test(prop)) return () => new Disposable(() => {});
      return undefined;
    },
  });
}

function message(level) {
  return (text, ...rest) => {
    const items = rest.filter((r) => typeof r === "string" || (r && r.title));
    mock.messages.push({ level, text, items: items.map((i) => (typeof i === "string" ? i : i.title)) });
    const answer = mock.answers.length > 0 ? mock.answers.shift() : undefined;
    return Promise.resolve(answer);
  };
}

const mock = {
  settings: new Map(),
  /** The log level of new log output channels (VS Code's default: Info). */
  defaultLogLevel: LogLevel.Info,
  messages: [],
  /** Answers to the next messages, in order (an item's title, or undefined). */
  answers: [],
  /** Answers to the next input boxes, in order (undefined: cancelled). */
  inputs: [],
  inputBoxes: [],
  commands: new Map(),
  executed: [],
  opened: [],
  clipboard: [],
  statusItems: [],
  outputs: new Map(),
  shownOutputs: [],
  debugProviders: [],
  adapterFactories: [],
  settingsOpened: [],
  /** Sets a setting ("hyperflask.server.path") and tells the listeners. */
  setSetting(key, value) {
    mock.settings.set(key, value);
    emitters.configuration.fire({ affectsConfiguration: (section) => key === section || key.startsWith(section + ".") });
  },
  setActiveEditor(fsPath, languageId) {
    window.activeTextEditor =
      fsPath === undefined ? undefined : { document: { uri: Uri.file(fsPath), fileName: fsPath, languageId, isUntitled: false } };
    emitters.activeEditor.fire(window.activeTextEditor);
  },
  startDebugSession(session) {
    debug.activeDebugSession = session;
    emitters.startDebug.fire(session);
  },
  terminateDebugSession(session) {
    if (debug.activeDebugSession === session) debug.activeDebugSession = undefined;
    emitters.terminateDebug.fire(session);
  },
  /** Forgets everything recorded; keeps registered commands unless all. */
  reset() {
    mock.settings.clear();
    mock.defaultLogLevel = LogLevel.Info;
    mock.messages.length = 0;
    mock.answers.length = 0;
    mock.inputs.length = 0;
    mock.inputBoxes.length = 0;
    mock.executed.length = 0;
    mock.opened.length = 0;
    mock.clipboard.length = 0;
    mock.shownOutputs.length = 0;
    mock.settingsOpened.length = 0;
    window.activeTextEditor = undefined;
    debug.activeDebugSession = undefined;
    workspace.workspaceFolders = undefined;
  },
};

const workspace = namespace({
  workspaceFolders: undefined,
  textDocuments: [],
  notebookDocuments: [],
  getConfiguration(section) {
    const prefix = section ? section + "." : "";
    return {
      get(key, def) {
        const full = prefix + key;
        if (mock.settings.has(full)) return mock.settings.get(full);
        // A section asked as a whole ("trace" of "hyperflask"): an object of its keys.
        const nested = {};
        let found = false;
        for (const [k, v] of mock.settings) {
          if (k.startsWith(full + ".")) {
            nested[k.slice(full.length + 1)] = v;
            found = true;
          }
        }
        return found ? nested : def;
      },
      has: (key) => mock.settings.has(prefix + key),
      inspect: (key) => ({ key: prefix + key, globalValue: mock.settings.get(prefix + key) }),
      update: (key, value) => {
        mock.setSetting(prefix + key, value);
        return Promise.resolve();
      },
    };
  },
  getWorkspaceFolder(uri) {
    return (workspace.workspaceFolders || []).find((f) => uri.fsPath === f.uri.fsPath || uri.fsPath.startsWith(f.uri.fsPath + path.sep));
  },
  onDidChangeConfiguration: emitters.configuration.event,
  createFileSystemWatcher(pattern) {
    return {
      pattern,
      onDidCreate: new EventEmitter().event,
      onDidChange: new EventEmitter().event,
      onDidDelete: new EventEmitter().event,
      dispose() {},
    };
  },
  applyEdit: () => Promise.resolve(true),
});

const window = namespace({
  activeTextEditor: undefined,
  visibleTextEditors: [],
  tabGroups: { all: [], onDidChangeTabs: new EventEmitter().event, onDidChangeTabGroups: new EventEmitter().event },
  onDidChangeActiveTextEditor: emitters.activeEditor.event,
  showErrorMessage: message("error"),
  showWarningMessage: message("warning"),
  showInformationMessage: message("info"),
  showInputBox(options) {
    const answer = mock.inputs.length > 0 ? mock.inputs.shift() : undefined;
    const record = { options, answer, validation: undefined };
    mock.inputBoxes.push(record);
    if (answer !== undefined && options && options.validateInput) {
      record.validation = options.validateInput(answer);
      if (record.validation) return Promise.resolve(undefined);
    }
    return Promise.resolve(answer);
  },
  createOutputChannel: outputChannel,
  createStatusBarItem(id, alignment, priority) {
    const item = {
      id,
      alignment,
      priority,
      name: undefined,
      text: "",
      tooltip: undefined,
      command: undefined,
      backgroundColor: undefined,
      visible: false,
      show() {
        item.visible = true;
      },
      hide() {
        item.visible = false;
      },
      dispose() {
        item.visible = false;
        item.disposed = true;
      },
    };
    mock.statusItems.push(item);
    return item;
  },
  withProgress: (_options, task) => task({ report() {} }, new CancellationTokenSource().token),
});

const commands = namespace({
  registerCommand(id, fn, thisArg) {
    if (mock.commands.has(id)) throw new Error(`command '${id}' already exists`);
    mock.commands.set(id, fn.bind(thisArg));
    return new Disposable(() => mock.commands.delete(id));
  },
  executeCommand(id, ...args) {
    mock.executed.push({ id, args });
    const fn = mock.commands.get(id);
    if (id === "workbench.action.openSettings") {
      mock.settingsOpened.push(args[0]);
      return Promise.resolve();
    }
    return Promise.resolve(fn ? fn(...args) : undefined);
  },
});

const languages = namespace({
  match(selector, doc) {
    const filters = Array.isArray(selector) ? selector : [selector];
    return Math.max(0, ...filters.map((f) => matchFilter(f, doc)));
  },
  createDiagnosticCollection(name) {
    const map = new Map();
    return {
      name,
      set: (uri, diags) => map.set(uri.toString(), diags),
      get: (uri) => map.get(uri.toString()),
      delete: (uri) => map.delete(uri.toString()),
      clear: () => map.clear(),
      forEach: (fn) => map.forEach((v, k) => fn(Uri.parse(k), v)),
      dispose: () => map.clear(),
    };
  },
});

const env = namespace({
  appName: "Visual Studio Code (mock)",
  language: "en",
  openExternal(uri) {
    mock.opened.push(uri.toString());
    return Promise.resolve(true);
  },
  clipboard: {
    writeText(text) {
      mock.clipboard.push(text);
      return Promise.resolve();
    },
    readText: () => Promise.resolve(mock.clipboard[mock.clipboard.length - 1] || ""),
  },
});

const debug = namespace({
  activeDebugSession: undefined,
  registerDebugConfigurationProvider(type, provider, triggerKind) {
    mock.debugProviders.push({ type, provider, triggerKind: triggerKind ?? DebugConfigurationProviderTriggerKind.Initial });
    return new Disposable(() => {});
  },
  registerDebugAdapterDescriptorFactory(type, factory) {
    mock.adapterFactories.push({ type, factory });
    return new Disposable(() => {});
  },
  onDidStartDebugSession: emitters.startDebug.event,
  onDidTerminateDebugSession: emitters.terminateDebug.event,
});

// Classes the client library names but the extension does not use.
function placeholderClass(name) {
  return class {
    constructor(...args) {
      this.args = args;
    }
    static get name() {
      return name;
    }
  };
}

const known = {
  version: "1.91.0",
  Disposable,
  EventEmitter,
  Uri,
  Position,
  Range,
  CancellationTokenSource,
  CancellationError,
  DebugAdapterExecutable,
  RelativePattern,
  StatusBarAlignment,
  DebugConfigurationProviderTriggerKind,
  ProgressLocation,
  LogLevel,
  ConfigurationTarget,
  DiagnosticSeverity,
  ThemeColor,
  CodeActionKind,
  workspace,
  window,
  commands,
  languages,
  env,
  debug,
  __mock: mock,
};

// The classes and enums vscode-languageclient names (it subclasses some at
// load time); the extension's own code uses none of them.
const clientNames =
  "CallHierarchyIncomingCall CallHierarchyItem CallHierarchyOutgoingCall CodeAction CodeActionTriggerKind " +
  "CodeLens Color ColorInformation ColorPresentation CompletionItem CompletionItemKind CompletionItemTag CompletionList " +
  "CompletionTriggerKind Diagnostic DiagnosticRelatedInformation DiagnosticTag DocumentHighlight DocumentHighlightKind " +
  "DocumentLink DocumentSymbol FileType FoldingRange FoldingRangeKind Hover InlayHint InlayHintKind InlayHintLabelPart " +
  "InlineCompletionItem InlineCompletionList InlineCompletionTriggerKind InlineValueEvaluatableExpression InlineValueText " +
  "InlineValueVariableLookup LinkedEditingRanges Location LocationLink MarkdownString NotebookCellKind ParameterInformation " +
  "SelectionRange SemanticTokens SemanticTokensEdit SemanticTokensEdits SemanticTokensLegend SignatureHelp " +
  "SignatureHelpTriggerKind SignatureInformation SnippetString SnippetTextEdit SymbolInformation SymbolKind SymbolTag " +
  "TabInputCustom TabInputNotebook TabInputText TabInputTextDiff TextDocumentSaveReason TextEdit TypeHierarchyItem WorkspaceEdit";
for (const name of clientNames.split(" ")) {
  known[name] = placeholderClass(name);
}

module.exports = known;
