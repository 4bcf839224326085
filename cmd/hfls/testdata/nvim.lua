-- Drives hfls from headless Neovim 0.7, configured by docs/editors/nvim.lua:
-- opens a page of the example app, edits it, and writes what the server
-- answered as one JSON object on stdout. The environment gives APP (the
-- app's project root); hfls is on PATH.
local root = os.getenv("APP")
local out = {}
local function finish(code)
  io.stdout:write(vim.fn.json_encode(out) .. "\n")
  vim.cmd(code == 0 and "qa!" or "cquit " .. code)
end

-- docs/editors/nvim.lua (sourced before this script) starts hfls when the
-- page opens.
vim.cmd("edit " .. root .. "/app/pages/index.jpy")
local buf = vim.api.nvim_get_current_buf()
vim.wait(5000, function() return next(vim.lsp.buf_get_clients(buf)) ~= nil end, 20)
local id, client = next(vim.lsp.buf_get_clients(buf))
if not id then
  out.error = "docs/editors/nvim.lua attached no client"
  return finish(1)
end
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
