// Finding the Hyperflask apps of a workspace folder, for launch
// configurations.

import * as fs from "node:fs/promises";
import * as path from "node:path";

/** Whether dir looks like a project or app root (compiler/project.IsApp). */
export async function isApp(dir: string): Promise<boolean> {
  for (const name of ["config.yml", "pages", "app"]) {
    try {
      await fs.stat(path.join(dir, name));
      return true;
    } catch {
      // Not there: try the next.
    }
  }
  return false;
}

const skipped = new Set(["node_modules", "__pycache__", "venv", "testdata"]);

/**
 * The project roots below folder (the folder itself included): folders
 * holding config.yml, or pages/ (with app/pages/ counting for its parent).
 * The walk stops at depth levels and does not enter an app it found,
 * hidden folders, node_modules, __pycache__, venv or testdata.
 */
export async function findApps(folder: string, depth = 4): Promise<string[]> {
  const found: string[] = [];
  async function walk(dir: string, level: number): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const names = new Set(entries.map((e) => e.name));
    const dirs = new Set(entries.filter((e) => e.isDirectory()).map((e) => e.name));
    const appPages = dirs.has("app") && (await exists(path.join(dir, "app", "pages")));
    if (names.has("config.yml") || dirs.has("pages") || appPages) {
      found.push(dir);
      return;
    }
    if (level >= depth) {
      return;
    }
    for (const name of [...dirs].sort()) {
      if (!name.startsWith(".") && !skipped.has(name)) {
        await walk(path.join(dir, name), level + 1);
      }
    }
  }
  await walk(folder, 0);
  return found;
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.stat(p);
    return true;
  } catch {
    return false;
  }
}
