-- hfls in Neovim 0.7 or later, without plugins: put this file in your
-- config (for example ~/.config/nvim/lua/hfls.lua, then require("hfls")).
-- Files of a Hyperflask app (the folders above them hold config.yml) get
-- one hfls per app; .jpy files get the filetype jinjapy.
local clients = {}

local function attach(buf)
  local file = vim.api.nvim_buf_get_name(buf)
  local config = vim.fn.findfile("config.yml", vim.fn.fnamemodify(file, ":p:h") .. ";")
  if config == "" then
    return
  end
  local root = vim.fn.fnamemodify(config, ":p:h")
  if not clients[root] then
    clients[root] = vim.lsp.start_client({
      name = "hfls",
      cmd = { "hfls" },
      root_dir = root,
      workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ":t") } },
    })
  end
  vim.lsp.buf_attach_client(buf, clients[root])
end

vim.api.nvim_create_autocmd({ "BufRead", "BufNewFile" }, {
  pattern = "*.jpy",
  callback = function() vim.bo.filetype = "jinjapy" end,
})
vim.api.nvim_create_autocmd("FileType", {
  pattern = { "jinjapy", "html", "markdown", "python" },
  callback = function(args) attach(args.buf) end,
})
