// Finding hfls: the setting, PATH, Go's bin folders; and the message when
// it is nowhere.

import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, describe, test } from "node:test";
import { findHfls, installHint, processContext, type LookupContext } from "../../src/hfls";

/** A context where exactly the files in present are executable. */
function ctx(present: string[], over: Partial<LookupContext> = {}): LookupContext {
  return {
    platform: "linux",
    env: { PATH: "/usr/local/bin:/usr/bin" },
    home: "/home/ann",
    workspaceFolder: "/work/site",
    isExecutable: (f) => present.includes(f),
    ...over,
  };
}

describe("findHfls", () => {
  test("the first hfls on PATH", () => {
    assert.deepEqual(findHfls("", ctx(["/usr/bin/hfls", "/home/ann/go/bin/hfls"])), { path: "/usr/bin/hfls", from: "PATH" });
  });

  test("then $GOBIN, $GOPATH/bin, ~/go/bin (where go install writes)", () => {
    assert.deepEqual(findHfls("", ctx(["/home/ann/go/bin/hfls"])), { path: "/home/ann/go/bin/hfls", from: "Go bin folder" });
    assert.deepEqual(findHfls("", ctx(["/opt/gp/bin/hfls", "/home/ann/go/bin/hfls"], { env: { PATH: "/usr/bin", GOPATH: "/opt/gp" } })), {
      path: "/opt/gp/bin/hfls",
      from: "Go bin folder",
    });
    assert.deepEqual(findHfls("", ctx(["/gobin/hfls", "/opt/gp/bin/hfls"], { env: { GOBIN: "/gobin", GOPATH: "/opt/gp" } })), {
      path: "/gobin/hfls",
      from: "Go bin folder",
    });
  });

  test("nowhere: an error that lists where it looked", () => {
    const r = findHfls(undefined, ctx([]));
    assert.ok("error" in r);
    assert.match(r.error, /was not found on PATH nor in Go's bin folders/);
    assert.deepEqual(r.tried, ["/usr/local/bin/hfls", "/usr/bin/hfls", "/home/ann/go/bin/hfls"]);
    assert.match(installHint, /go install github\.com\/hyperflask\/hfc\/cmd\/hfls@latest/);
    assert.match(installHint, /hyperflask\.server\.path/);
  });

  test("the setting wins over PATH; ~ and ${workspaceFolder} are expanded", () => {
    const present = ["/usr/bin/hfls", "/home/ann/bin/hfls", "/work/site/bin/hfls"];
    assert.deepEqual(findHfls("~/bin/hfls", ctx(present)), { path: "/home/ann/bin/hfls", from: "setting" });
    assert.deepEqual(findHfls("${workspaceFolder}/bin/hfls", ctx(present)), { path: "/work/site/bin/hfls", from: "setting" });
    assert.deepEqual(findHfls("bin/hfls", ctx(present)), { path: "/work/site/bin/hfls", from: "setting" });
    assert.deepEqual(findHfls("  /usr/bin/hfls  ", ctx(present)), { path: "/usr/bin/hfls", from: "setting" });
  });

  test("a bare name in the setting is looked up on PATH", () => {
    assert.deepEqual(findHfls("hfls-dev", ctx(["/usr/local/bin/hfls-dev"])), { path: "/usr/local/bin/hfls-dev", from: "setting" });
    const r = findHfls("hfls-dev", ctx([]));
    assert.ok("error" in r && /"hfls-dev", which is not on PATH/.test(r.error));
  });

  test("a setting that names nothing executable is an error, not a fallback to PATH", () => {
    const r = findHfls("/opt/hfls", ctx(["/usr/bin/hfls"]));
    assert.ok("error" in r);
    assert.equal(r.error, 'hyperflask.server.path is "/opt/hfls", but /opt/hfls is not an executable file.');
    const noFolder = findHfls("${workspaceFolder}/hfls", ctx([], { workspaceFolder: undefined }));
    assert.ok("error" in noFolder && /no folder is open/.test(noFolder.error));
  });

  test("Windows: PATHEXT names and ; separators", () => {
    const r = findHfls("", {
      platform: "win32",
      env: { Path: "C:\\tools;C:\\go\\bin", PATHEXT: ".COM;.EXE" },
      home: "C:\\Users\\ann",
      isExecutable: (f) => f === "C:\\go\\bin\\hfls.exe",
    });
    assert.deepEqual(r, { path: "C:\\go\\bin\\hfls.exe", from: "PATH" });
  });

  describe("on the real file system", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hfls-lookup-"));
    after(() => fs.rmSync(tmp, { recursive: true, force: true }));
    const exe = path.join(tmp, "bin", "hfls");
    fs.mkdirSync(path.dirname(exe));
    fs.writeFileSync(exe, "#!/bin/sh\n", { mode: 0o755 });
    fs.writeFileSync(path.join(tmp, "plain"), "not executable", { mode: 0o644 });
    fs.mkdirSync(path.join(tmp, "dir"));

    test("an executable file is found; a plain file or a folder is not", { skip: process.platform === "win32" }, () => {
      const real = { ...processContext(tmp), env: { PATH: path.join(tmp, "bin") }, home: tmp };
      assert.deepEqual(findHfls("", real), { path: exe, from: "PATH" });
      assert.ok("error" in findHfls(path.join(tmp, "plain"), real));
      assert.ok("error" in findHfls(path.join(tmp, "dir"), real));
    });
  });
});
