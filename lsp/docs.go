package lsp

// doc is the documentation of a name: its signature and a paragraph.
type doc struct {
	sig, text string
}
