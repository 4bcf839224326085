// Drives `hfls dap` with VS Code's own test client
// (@vscode/debugadapter-testsupport's DebugClient), as an editor would:
// launch the todo app, stop on a frontmatter line and on a template line
// inside a loop, read variables, evaluate, step into a component and out,
// continue, and check that the HTTP response completes.
//
// Usage: node debugclient.js HFLS APP_DIR (NODE_PATH finds the module).
'use strict';

const assert = require('assert');
const http = require('http');
const path = require('path');
const { DebugClient } = require('@vscode/debugadapter-testsupport');

const [hfls, app] = process.argv.slice(2);
const index = path.join(app, 'app', 'pages', 'index.jpy');
const item = path.join(app, 'app', 'components', 'TodoItem.html');

function get(url) {
  return new Promise((resolve, reject) => {
    http.get(url, res => {
      let body = '';
      res.on('data', d => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode, body }));
    }).on('error', reject);
  });
}

async function variables(dc, frameId, scopeName) {
  const scopes = (await dc.scopesRequest({ frameId })).body.scopes;
  const scope = scopes.find(s => s.name === scopeName);
  assert.ok(scope, `no scope ${scopeName} in ${scopes.map(s => s.name)}`);
  const vars = (await dc.variablesRequest({ variablesReference: scope.variablesReference })).body.variables;
  return Object.fromEntries(vars.map(v => [v.name, v]));
}

async function topFrame(dc, threadId) {
  return (await dc.stackTraceRequest({ threadId })).body.stackFrames[0];
}

async function main() {
  const dc = new DebugClient(hfls, 'dap', 'hyperflask', {}, true);
  dc.defaultTimeout = 20000;
  await dc.start();
  try {
    const served = new Promise(resolve => {
      dc.on('output', e => {
        const m = /on (http:\/\/\S+)/.exec(e.body.output);
        if (m) resolve(m[1]);
      });
    });
    await Promise.all([
      dc.waitForEvent('initialized').then(async () => {
        const fm = await dc.setBreakpointsRequest({ source: { path: index }, breakpoints: [{ line: 7 }, { line: 15 }] });
        assert.deepStrictEqual(fm.body.breakpoints.map(b => [b.verified, b.line]), [[true, 7], [true, 15]]);
        const moved = await dc.setBreakpointsRequest({ source: { path: item }, breakpoints: [{ line: 4 }] });
        assert.strictEqual(moved.body.breakpoints[0].line, 3, 'a breakpoint after the last line moves to the last line with code');
        await dc.setBreakpointsRequest({ source: { path: item }, breakpoints: [] });
        await dc.setExceptionBreakpointsRequest({ filters: ['uncaught'] });
        return dc.configurationDoneRequest();
      }),
      dc.launch({ app, addr: '127.0.0.1:0' }),
    ]);
    const url = await served;

    // The frontmatter breakpoint.
    let stop = dc.assertStoppedLocation('breakpoint', { path: index, line: 7 });
    const response = get(url + '/');
    let trace = await stop;
    const threadId = (await dc.threadsRequest()).body.threads[0].id;
    let frame = trace.body.stackFrames[0];
    assert.strictEqual(frame.name, 'frontmatter of pages/index.jpy');
    let locals = await variables(dc, frame.id, 'Locals');
    assert.ok(locals.TODOS.variablesReference > 0, 'TODOS expands');
    const todos = (await dc.variablesRequest({ variablesReference: locals.TODOS.variablesReference })).body.variables;
    assert.strictEqual(todos.length, 3);
    const page = await variables(dc, frame.id, 'Page');
    assert.strictEqual(page.summary.value, "'Write the debugger (done)'");
    let value = await dc.evaluateRequest({ expression: 'describe(TODOS[1])', frameId: frame.id, context: 'hover' });
    assert.strictEqual(value.body.result, "'Test it (open)'");
    await Promise.all([dc.nextRequest({ threadId }), dc.assertStoppedLocation('step', { path: index, line: 8 })]);
    frame = await topFrame(dc, threadId);
    locals = await variables(dc, frame.id, 'Locals');
    assert.strictEqual(locals.remaining.value, "[{'title': 'Test it', 'done': False}, {'title': 'Document it', 'done': False}]");

    // The template breakpoint inside the loop.
    await Promise.all([dc.continueRequest({ threadId }), dc.assertStoppedLocation('breakpoint', { path: index, line: 15 })]);
    frame = await topFrame(dc, threadId);
    assert.strictEqual(frame.name, 'block content of pages/index.jpy');
    locals = await variables(dc, frame.id, 'Locals');
    assert.strictEqual(locals.todo.value, "{'title': 'Write the debugger', 'done': True}");
    value = await dc.evaluateRequest({ expression: "todo.title | replace('debugger', 'adapter')", frameId: frame.id, context: 'watch' });
    assert.strictEqual(value.body.result, "'Write the adapter'");

    // Into the component and out.
    await Promise.all([dc.stepInRequest({ threadId }), dc.assertStoppedLocation('step', { path: item, line: 1 })]);
    frame = await topFrame(dc, threadId);
    assert.strictEqual(frame.name, 'component components/TodoItem.html');
    value = await dc.evaluateRequest({ expression: 'props.todo.done', frameId: frame.id, context: 'repl' });
    assert.strictEqual(value.body.result, 'True');
    await Promise.all([dc.stepOutRequest({ threadId }), dc.assertStoppedLocation('step', { path: index, line: 15 })]);

    // The second iteration stops again; then clear and let it finish.
    await Promise.all([dc.continueRequest({ threadId }), dc.assertStoppedLocation('breakpoint', { path: index, line: 15 })]);
    frame = await topFrame(dc, threadId);
    locals = await variables(dc, frame.id, 'Locals');
    assert.strictEqual(locals.todo.value, "{'title': 'Test it', 'done': False}");
    await dc.setBreakpointsRequest({ source: { path: index }, breakpoints: [] });
    await dc.continueRequest({ threadId });
    const res = await response;
    assert.strictEqual(res.status, 200);
    assert.ok(res.body.includes('Document it'), res.body);
  } finally {
    await dc.stop();
  }
}

main().then(() => {
  console.log('ok');
  process.exit(0);
}, err => {
  console.error(err && err.stack || err);
  process.exit(1);
});
