// Routes of an app's files, computed as hfc does (compiler/routes, after
// reference §2.1 and §2.2; component routes after §5.8). Used when hfls does
// not answer the `hfc.route` command.

import * as fs from "node:fs";
import * as path from "node:path";

/** A placeholder of a URL rule: `<name>`, `<conv:name>`, `<conv(args):name>`. */
export interface RuleVar {
  name: string;
  /** The converter: string (the default), int, float, path, uuid, any… */
  converter: string;
  /** The converter's arguments as written ("a, b" for any(a, b)). */
  args: string;
}

/** A piece of a URL rule: static text or a placeholder. */
export type RulePart = { text: string } | { variable: RuleVar };

/** The answer to "where is this file served". */
export type RouteInfo =
  | {
      kind: "page" | "component";
      /** The werkzeug URL rule ("/posts/<slug>"). */
      rule: string;
      /** The name url_for() knows the route by. */
      endpoint: string;
      /** The file, relative to the app root ("pages/posts/<slug>.jpy"). */
      file: string;
      /** HTTP methods when known (hfls tells them; a component's are detected). */
      methods?: string[];
    }
  | {
      kind: "not-served";
      /** Why the file has no URL, as a sentence. */
      reason: string;
      file?: string;
    };

const appFolders = ["pages", "components", "layouts", "templates", "macros"];

/** Synchronous file system queries, replaceable in tests. */
export interface FileSystem {
  isFile(p: string): boolean;
  isDir(p: string): boolean;
  read(p: string): string | undefined;
}

export const nodeFileSystem: FileSystem = {
  isFile: (p) => stat(p)?.isFile() ?? false,
  isDir: (p) => stat(p)?.isDirectory() ?? false,
  read: (p) => {
    try {
      return fs.readFileSync(p, "utf8");
    } catch {
      return undefined;
    }
  },
};

function stat(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

/**
 * The project root that holds file: the nearest folder at or above it with
 * config.yml, else the nearest with pages/ (the folder above when that one is
 * named app), else undefined. This is compiler/project.FindRoot.
 */
export function findProjectRoot(file: string, fsys: FileSystem = nodeFileSystem): string | undefined {
  let pagesDir: string | undefined;
  for (let dir = path.resolve(file); ; dir = path.dirname(dir)) {
    if (fsys.isFile(path.join(dir, "config.yml"))) {
      return dir;
    }
    if (pagesDir === undefined && fsys.isDir(path.join(dir, "pages"))) {
      pagesDir = path.basename(dir) === "app" ? path.dirname(dir) : dir;
    }
    if (path.dirname(dir) === dir) {
      return pagesDir;
    }
  }
}

/** The app root of a project: <project>/app when that folder exists. */
export function appRootOf(projectRoot: string, fsys: FileSystem = nodeFileSystem): string {
  const app = path.join(projectRoot, "app");
  return fsys.isDir(app) ? app : projectRoot;
}

/** Where the file at the absolute path is served. */
export function routeOfFile(file: string, fsys: FileSystem = nodeFileSystem): RouteInfo {
  const project = findProjectRoot(file, fsys);
  if (project === undefined) {
    return { kind: "not-served", reason: `${path.basename(file)} is not inside a Hyperflask app (no folder above it holds config.yml or pages/).` };
  }
  const root = appRootOf(project, fsys);
  const rel = path.relative(root, path.resolve(file)).split(path.sep).join("/");
  if (rel.startsWith("../") || rel === "..") {
    return { kind: "not-served", reason: `${path.basename(file)} is outside the app's folder ${root}.` };
  }
  return routeOfRel(rel, () => fsys.read(file));
}

/**
 * Where the file at rel (relative to the app root, "/"-separated) is
 * served. read gives the file's text, needed for components only.
 */
export function routeOfRel(rel: string, read: () => string | undefined = () => undefined): RouteInfo {
  const [first] = rel.split("/", 1);
  if (first === "pages" && rel.includes("/")) {
    return pageRoute(rel);
  }
  if (first === "components" && rel.includes("/")) {
    return componentRoute(rel, read());
  }
  if (appFolders.includes(first) && rel.includes("/")) {
    return { kind: "not-served", file: rel, reason: `${rel} is not served: only the files of pages/ (and components that define get(), post()…) have URLs.` };
  }
  return { kind: "not-served", file: rel, reason: `${rel} is not served: only the files of pages/ have URLs.` };
}

function pageRoute(rel: string): RouteInfo {
  const inner = rel.slice("pages/".length);
  let segs = inner.split("/");
  const base = segs[segs.length - 1];
  if (segs.includes("__pycache__")) {
    return { kind: "not-served", file: rel, reason: `${rel} is not served: it is in a __pycache__ folder.` };
  }
  for (const s of segs) {
    if (s.startsWith(".") || s.startsWith("_")) {
      let what = "a partial";
      if (base === "__init__.py") {
        what = "a Python package marker";
      } else if (s.startsWith(".")) {
        what = "a hidden file";
      }
      return { kind: "not-served", file: rel, reason: `${rel} is not served: it is ${what} (its path has "${s}").` };
    }
  }
  const dot = inner.lastIndexOf(".");
  if (dot < 0 || inner.slice(dot).includes("/")) {
    return { kind: "not-served", file: rel, reason: `${rel} is not served: its name has no extension.` };
  }
  segs = inner.slice(0, dot).split("/");
  const ep: string[] = [];
  for (let s of segs) {
    if (s.startsWith("(")) {
      s = s.slice(1).replace(/\)$/, "");
      if (s === "") {
        continue;
      }
    }
    ep.push(s);
  }
  const endpoint = ep.join("_").replace(/-/g, "_");
  if (segs[segs.length - 1] === "index") {
    segs = segs.slice(0, -1);
  }
  const rule = "/" + segs.filter((s) => !s.startsWith("(")).join("/");
  return { kind: "page", rule, endpoint, file: rel };
}

const methodNames = ["get", "post", "head", "options", "delete", "put", "trace", "patch"];

function componentRoute(rel: string, text: string | undefined): RouteInfo {
  const base = rel.slice(rel.lastIndexOf("/") + 1);
  const ext = base.includes(".") ? base.slice(base.lastIndexOf(".")) : "";
  const name = base.slice(0, base.indexOf(".") < 0 ? base.length : base.indexOf(".")).replace(/-/g, "_");
  if ((ext !== ".jpy" && ext !== ".py") || base === "__init__.py" || name === "") {
    return { kind: "not-served", file: rel, reason: `${rel} is not served: only .jpy and .py components can have a route.` };
  }
  let code = text ?? "";
  if (ext === ".jpy") {
    code = frontmatterOf(code) ?? "";
  }
  // The detection of reference §5.8, as runtime/app does it: a column-0
  // `def get(` or the text `get =` anywhere.
  const methods = methodNames
    .filter((m) => new RegExp(`^(def\\s+${m}\\()|${m}\\s*=`, "m").test(code))
    .map((m) => m.toUpperCase());
  if (methods.length === 0) {
    return {
      kind: "not-served",
      file: rel,
      reason: `${rel} is not served: a component has a route only when its code defines get(), post() or another method function.`,
    };
  }
  return { kind: "component", rule: "/__components/" + name.replace(/_/g, "/"), endpoint: name, file: rel, methods };
}

/** The frontmatter of a page's text (between the `---` fences), undefined when none. */
export function frontmatterOf(text: string): string | undefined {
  const lines = text.split(/(?<=\n)/);
  const fence = (l: string) => /^---[ \t]*\r?\n?$/.test(l);
  if (lines.length === 0 || !fence(lines[0].replace(/^\ufeff/, ""))) {
    return undefined;
  }
  let end = 1;
  while (end < lines.length && !fence(lines[end])) {
    end++;
  }
  return lines.slice(1, end).join("");
}

const ruleVar = /<(?:([A-Za-z_][A-Za-z0-9_]*)(?:\(([^)]*)\))?:)?([A-Za-z_][A-Za-z0-9_]*)>/g;

/** The pieces of a URL rule. */
export function parseRule(rule: string): RulePart[] {
  const parts: RulePart[] = [];
  let last = 0;
  for (const m of rule.matchAll(ruleVar)) {
    if (m.index! > last) {
      parts.push({ text: rule.slice(last, m.index) });
    }
    parts.push({ variable: { name: m[3], converter: m[1] ?? "string", args: m[2] ?? "" } });
    last = m.index! + m[0].length;
  }
  if (last < rule.length) {
    parts.push({ text: rule.slice(last) });
  }
  return parts;
}

/** The placeholders of a URL rule, in order. */
export function ruleVars(rule: string): RuleVar[] {
  return parseRule(rule).flatMap((p) => ("variable" in p ? [p.variable] : []));
}

const uuidPattern = /^[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$/;

/**
 * Checks a value for a placeholder as werkzeug's converter would match it;
 * returns what is wrong, or undefined when the value fits.
 */
export function checkValue(v: RuleVar, value: string): string | undefined {
  switch (v.converter) {
    case "int":
      return /^[0-9]+$/.test(value) ? undefined : `<${v.name}> is an int: digits only`;
    case "float":
      return /^[0-9]+\.[0-9]+$/.test(value) ? undefined : `<${v.name}> is a float: digits, a dot, digits (1.5)`;
    case "uuid":
      return uuidPattern.test(value) ? undefined : `<${v.name}> is a UUID (8-4-4-4-12 hex digits)`;
    case "path":
      return value.length > 0 && !value.startsWith("/") ? undefined : `<${v.name}> is a path: not empty, not starting with /`;
    case "any": {
      const items = v.args.split(",").map((s) => s.trim().replace(/^["']|["']$/g, ""));
      return items.includes(value) ? undefined : `<${v.name}> is one of ${items.join(", ")}`;
    }
  }
  return value.length > 0 && !value.includes("/") ? undefined : `<${v.name}> is text without /, not empty`;
}

/** The URL path of a rule with its placeholders filled in (values are percent-encoded). */
export function fillRule(rule: string, values: Record<string, string>): string {
  return parseRule(rule)
    .map((p) => {
      if ("text" in p) {
        return p.text;
      }
      const value = values[p.variable.name] ?? "";
      if (p.variable.converter === "path") {
        return value.split("/").map(encodeURIComponent).join("/");
      }
      return encodeURIComponent(value);
    })
    .join("");
}
