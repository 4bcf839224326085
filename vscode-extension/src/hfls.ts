// Finding the hfls executable: the hyperflask.server.path setting, else PATH,
// else the folders `go install` writes to.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** How to install hfls, shown when it cannot be found. */
export const installHint =
  "Install it with `go install github.com/hyperflask/hfc/cmd/hfls@latest` (Go 1.26 or later), " +
  "or from a clone of hfc with `go build -o ~/go/bin/hfls ./cmd/hfls`; then put it on PATH " +
  "or set hyperflask.server.path to its location.";

/** What the lookup depends on, replaceable in tests. */
export interface LookupContext {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
  /** The first workspace folder, for ${workspaceFolder} and relative paths. */
  workspaceFolder?: string;
  isExecutable(file: string): boolean;
}

/** The lookup's result: the executable, or why none was found. */
export type Lookup =
  | { path: string; from: "setting" | "PATH" | "Go bin folder" }
  | { error: string; tried: string[] };

/** The lookup context of this process. */
export function processContext(workspaceFolder?: string): LookupContext {
  return {
    platform: process.platform,
    env: process.env,
    home: os.homedir(),
    workspaceFolder,
    isExecutable,
  };
}

function isExecutable(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) {
      return false;
    }
    if (process.platform !== "win32") {
      fs.accessSync(file, fs.constants.X_OK);
    }
    return true;
  } catch {
    return false;
  }
}

/** Finds hfls from the value of hyperflask.server.path ("" for unset). */
export function findHfls(setting: string | undefined, ctx: LookupContext): Lookup {
  const p = ctx.platform === "win32" ? path.win32 : path.posix;
  const configured = (setting ?? "").trim();
  if (configured !== "") {
    let file = expand(configured, ctx);
    if (file === undefined) {
      return {
        error: `hyperflask.server.path is "${configured}", which uses \${workspaceFolder} but no folder is open.`,
        tried: [],
      };
    }
    if (!p.isAbsolute(file)) {
      if (!file.includes("/") && !file.includes("\\")) {
        // A bare name such as "hfls-dev": look it up on PATH.
        const found = searchPath(file, ctx);
        if (found.path !== undefined) {
          return { path: found.path, from: "setting" };
        }
        return { error: `hyperflask.server.path is "${configured}", which is not on PATH.`, tried: found.tried };
      }
      if (ctx.workspaceFolder === undefined) {
        return { error: `hyperflask.server.path is the relative path "${configured}" but no folder is open.`, tried: [] };
      }
      file = p.join(ctx.workspaceFolder, file);
    }
    if (ctx.isExecutable(file)) {
      return { path: file, from: "setting" };
    }
    return { error: `hyperflask.server.path is "${configured}", but ${file} is not an executable file.`, tried: [file] };
  }

  const found = searchPath("hfls", ctx);
  if (found.path !== undefined) {
    return { path: found.path, from: "PATH" };
  }
  const tried = [...found.tried];
  for (const dir of goBinDirs(ctx)) {
    for (const name of executableNames("hfls", ctx)) {
      const file = p.join(dir, name);
      if (tried.includes(file)) {
        continue;
      }
      tried.push(file);
      if (ctx.isExecutable(file)) {
        return { path: file, from: "Go bin folder" };
      }
    }
  }
  return { error: "hfls, the Hyperflask language server, was not found on PATH nor in Go's bin folders.", tried };
}

function expand(value: string, ctx: LookupContext): string | undefined {
  const p = ctx.platform === "win32" ? path.win32 : path.posix;
  let out = value;
  if (out === "~" || out.startsWith("~/") || out.startsWith("~\\")) {
    out = p.join(ctx.home, out.slice(1));
  }
  if (out.includes("${workspaceFolder}")) {
    if (ctx.workspaceFolder === undefined) {
      return undefined;
    }
    out = out.split("${workspaceFolder}").join(ctx.workspaceFolder);
  }
  return out;
}

function executableNames(name: string, ctx: LookupContext): string[] {
  if (ctx.platform !== "win32") {
    return [name];
  }
  const exts = (ctx.env.PATHEXT ?? ".EXE;.CMD;.BAT;.COM").split(";").filter((e) => e !== "");
  return exts.map((e) => name + e.toLowerCase());
}

function searchPath(name: string, ctx: LookupContext): { path?: string; tried: string[] } {
  const p = ctx.platform === "win32" ? path.win32 : path.posix;
  const sep = ctx.platform === "win32" ? ";" : ":";
  const pathVar = ctx.env.PATH ?? ctx.env.Path ?? "";
  const tried: string[] = [];
  for (const dir of pathVar.split(sep)) {
    if (dir === "") {
      continue;
    }
    for (const n of executableNames(name, ctx)) {
      const file = p.join(dir, n);
      tried.push(file);
      if (ctx.isExecutable(file)) {
        return { path: file, tried };
      }
    }
  }
  return { tried };
}

/** $GOBIN, then bin/ of each $GOPATH entry, then ~/go/bin (Go's default GOPATH). */
function goBinDirs(ctx: LookupContext): string[] {
  const p = ctx.platform === "win32" ? path.win32 : path.posix;
  const sep = ctx.platform === "win32" ? ";" : ":";
  const dirs: string[] = [];
  if (ctx.env.GOBIN) {
    dirs.push(ctx.env.GOBIN);
  }
  for (const gp of (ctx.env.GOPATH ?? "").split(sep)) {
    if (gp !== "") {
      dirs.push(p.join(gp, "bin"));
    }
  }
  dirs.push(p.join(ctx.home, "go", "bin"));
  return dirs;
}
