// Shared by the unit tests: the mock's recorder and the fixtures folder.

import * as path from "node:path";
import * as vscode from "vscode";

/** What the mock of vscode records (see test/mock/vscode.cjs). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const mock: any = (vscode as any).__mock;

/** The extension's folder (tests run from out/test/). */
export const root = path.resolve(__dirname, "..", "..");
export const fixtures = path.join(root, "test", "fixtures");
/** The repository's root, which holds the Go sources and their testdata. */
export const repo = path.resolve(root, "..");

/** A message the extension showed. */
export interface Message {
  level: "error" | "warning" | "info";
  text: string;
  items: string[];
}

/** What the mock's output channels and status bar items record. */
export interface Recorded {
  lines: string[];
  visible: boolean;
}
