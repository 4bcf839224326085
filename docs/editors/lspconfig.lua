-- hfls with nvim-lspconfig: register it once, then set it up like any
-- server of lspconfig.
local lspconfig = require("lspconfig")
local configs = require("lspconfig.configs")

vim.filetype.add({ extension = { jpy = "jinjapy" } })
if not configs.hfls then
  configs.hfls = {
    default_config = {
      cmd = { "hfls" },
      filetypes = { "jinjapy", "html", "markdown", "python" },
      root_dir = lspconfig.util.root_pattern("config.yml"),
      settings = { hfls = { diagnosticsDelay = 5 } },
    },
  }
end
lspconfig.hfls.setup({})
