package template

// Options select the Jinja environment settings and extensions that change
// how a template lexes and parses. The zero value is a default
// jinja2.Environment().
type Options struct {
	// TrimBlocks removes the first newline after a block tag (Jinja's
	// trim_blocks).
	TrimBlocks bool
	// LstripBlocks strips spaces and tabs from the start of a line up to a
	// block tag (Jinja's lstrip_blocks).
	LstripBlocks bool
	// KeepTrailingNewline keeps the final newline of the template, which
	// Jinja drops by default (keep_trailing_newline).
	KeepTrailingNewline bool

	// Do enables {% do expr %} (jinja2.ext.do).
	Do bool
	// LoopControls enables {% break %} and {% continue %}
	// (jinja2.ext.loopcontrols).
	LoopControls bool

	// Hyperflask enables component tags (<{Name …}>, <{Name …}/>, </{…}>)
	// and the tags use_layout, suspense/fallback, markdown and form. Without
	// it "<{" is plain text and those tags are unknown, as in plain Jinja.
	Hyperflask bool
}
