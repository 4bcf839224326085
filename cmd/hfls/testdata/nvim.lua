-- Drives hfls from headless Neovim 0.7 (vim.lsp.start_client): opens a
-- page of the example app, edits it, and writes what the server answered
-- as one JSON object on stdout. Arguments come from the environment:
-- HFLS (the binary), APP (the app's project root).
local hfls, root = os.getenv("HFLS"), os.getenv("APP")
local out = {}
local function finish(code)
  io.stdout:write(vim.fn.json_encode(out) .. "\n")
  vim.cmd(code == 0 and "qa!" or "cquit " .. code)
end

local id = vim.lsp.start_client({
  name = "hfls",
  cmd = { hfls },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = "blog" } },
})
if not id then
  out.error = "start_client failed"
  return finish(1)
end
vim.cmd("edit " .. root .. "/app/pages/index.jpy")
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, id)
local client = vim.lsp.get_client_by_id(id)
vim.wait(5000, function() return client.initialized end, 20)

-- An edit that breaks the page: a variable nothing defines.
vim.api.nvim_buf_set_lines(buf, 5, 5, false, { "{{ postz }}" })
vim.wait(5000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
out.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(out.diagnostics, { line = d.lnum, col = d.col, code = d.code, message = d.message })
end

local uri = vim.uri_from_bufnr(buf)
local function request(method, line, character)
  local res = vim.lsp.buf_request_sync(buf, method, {
    textDocument = { uri = uri },
    position = { line = line, character = character },
    context = { includeDeclaration = true },
  }, 3000)
  if not res or not res[id] then return nil end
  return res[id].result
end

-- Line 6 (0-based 5) is "{{ postz }}": complete after "{{ pos".
local completion = request("textDocument/completion", 5, 6)
out.completion = {}
for _, item in ipairs((completion and completion.items) or completion or {}) do
  table.insert(out.completion, item.label)
end
-- Line 11 (0-based 10) is "{% for post in posts %}": "posts" at 15.
local hover = request("textDocument/hover", 10, 16)
out.hover = hover and hover.contents and hover.contents.value or ""
local def = request("textDocument/definition", 10, 16)
out.definition = def and def[1] or vim.NIL
finish(0)
