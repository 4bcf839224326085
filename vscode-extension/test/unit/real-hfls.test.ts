// The extension with the real hfls: the language client starts the hfls
// named by $HFLS, and the launch configuration the extension makes for
// examples/blog is accepted by the `hfls dap` of $HFLS_DAP (usually the same
// binary), which then serves the app. Each test is skipped without its
// variable (the other client tests use a fixture server); .ci/run sets them
// when the hfls it builds answers `hfls version` and a DAP initialize.

import * as assert from "node:assert/strict";
import * as http from "node:http";
import * as net from "node:net";
import * as path from "node:path";
import { describe, test } from "node:test";
import { DebugClient } from "@vscode/debugadapter-testsupport";
import * as vscode from "vscode";
import { Hfls } from "../../src/client";
import { checkLaunch, ConfigurationProvider } from "../../src/debug";
import { mock, repo } from "./helpers";

const hflsPath = process.env.HFLS;
const dapPath = process.env.HFLS_DAP;

describe("the real hfls", () => {
  test("the language client starts it and reads its capabilities", { skip: hflsPath ? false : "no $HFLS (an hfls binary: go build -o /tmp/hfls ./cmd/hfls)" }, async () => {
    mock.reset();
    mock.settings.set("hyperflask.server.path", hflsPath);
    const hfls = new Hfls();
    try {
      await hfls.start();
      assert.equal(hfls.state, "running", hfls.problem);
      assert.equal(hfls.serverInfo?.name, "hfls");
      // hfls answers hfc.route once it offers the command; until then the
      // extension computes routes itself (route() is undefined).
      const answer = await hfls.route(vscode.Uri.file(path.join(repo, "examples", "blog", "app", "pages", "<slug>.jpy")));
      if (answer !== undefined) {
        assert.equal(answer.kind, "page");
        assert.deepEqual(answer.kind === "page" && [answer.rule, answer.endpoint], ["/<slug>", "<slug>"]);
      }
    } finally {
      await hfls.stop();
      hfls.dispose();
    }
  });

  test("hfls dap serves examples/blog from the extension's launch configuration", { skip: dapPath ? false : "no $HFLS_DAP (an hfls binary with hfls dap)" }, async () => {
    mock.reset();
    const app = path.join(repo, "examples", "blog");
    const config = new ConfigurationProvider().resolveDebugConfiguration(undefined, {
      type: "hyperflask",
      request: "launch",
      name: "blog",
      app,
      addr: `127.0.0.1:${await freePort()}`,
    })!;
    assert.equal(await checkLaunch(config, undefined), undefined);
    const dc = new DebugClient(dapPath!, "dap", "hyperflask", {}, true);
    await dc.start();
    try {
      await Promise.all([dc.configurationSequence(), dc.launch(config)]);
      const status = await get(`http://${config.addr}/`, 10_000);
      assert.equal(status, 200);
    } finally {
      // stop() sends disconnect, then ends the adapter.
      await dc.stop();
    }
    await refused(`http://${config.addr}/`, 5_000);
  });
});

/** Waits until url refuses connections (the server stopped), at most ms. */
async function refused(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      await get(url, 0);
    } catch {
      return;
    }
    if (Date.now() > end) {
      throw new Error(`${url} still answers after the debug session stopped`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/** The status of GET url, retried until the server listens or ms pass. */
async function get(url: string, ms: number): Promise<number> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      return await new Promise<number>((resolve, reject) => {
        http.get(url, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        }).on("error", reject);
      });
    } catch (err) {
      if (Date.now() > end) {
        throw err;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
