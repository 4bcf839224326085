package template

import "github.com/hyperflask/hfc/grammar/source"

// Hyperflask nodes (Options.Hyperflask).

// ComponentTag is a component tag (reference §5.1–5.2). An inline tag
// <{Name …}/> stands in an Output like the {{ Name(…) }} the reference turns
// it into; a block tag <{Name …}>…</{Name}> stands in a body like the
// {% call Name(…) %}…{% endcall %} it becomes, with CallerArgs and
// CallerDefaults as the call block's signature.
//
// The arguments have Call's fields: positional Args, keyword Kwargs (each
// with the written attribute name in Keyword.Attr and the Python name in
// Keyword.Key), DynArgs for *EXPR and DynKwargs for **EXPR.
type ComponentTag struct {
	Base
	Name     string      `json:"name"`
	NameSpan source.Span `json:"nameSpan"`
	Inline   bool        `json:"inline"`
	// Open covers the open tag, from "<{" to "}>" or "}/>" inclusive.
	Open source.Span `json:"open"`
	// Signature covers the caller signature "(a, b=1)" written right after
	// the name of a block tag; it is empty when there is none.
	Signature      source.Span `json:"signature,omitempty"`
	CallerArgs     []*Name     `json:"callerArgs"`
	CallerDefaults []Expr      `json:"callerDefaults"`
	Args           []Expr      `json:"args"`
	Kwargs         []*Keyword  `json:"kwargs"`
	DynArgs        Expr        `json:"dyn_args"`
	DynKwargs      Expr        `json:"dyn_kwargs"`
	Body           []Stmt      `json:"body"`
	// Close is the close tag of a block tag; nil for an inline tag and for
	// a block tag that is never closed.
	Close *ComponentClose `json:"close,omitempty"`
}

// ComponentClose is a close tag </{Name}> or </{}>; Name is "" when the tag
// does not name the component.
type ComponentClose struct {
	Base
	Name     string      `json:"name,omitempty"`
	NameSpan source.Span `json:"nameSpan,omitempty"`
}

// UseLayout is {% use_layout [template[, block_name][,]] %} (jinja-layout,
// reference §4.1). The tag swallows the rest of the template: Body holds
// every top-level node after the tag, in order. A compiler lowers it to an
// {% extends template %} followed by the macros of Body (hoisted), its
// blocks, and — when no block is named BlockName and other nodes exist —
// those other nodes wrapped in {% block BlockName %}; see Parts.
//
// Template is nil when the tag names no template (the environment's default
// layout); BlockName is "" when the tag names no block (the default block,
// "content"). The tag is only valid at the top level of a template and only
// once: elsewhere it is reported, and Body stays empty while the rest of the
// enclosing block parses as usual.
type UseLayout struct {
	Base
	Tag           Tag         `json:"tag"`
	Template      Expr        `json:"template"`
	BlockName     string      `json:"block_name"`
	BlockNameSpan source.Span `json:"blockNameSpan,omitempty"`
	Body          []Stmt      `json:"body"`
}

// Parts splits Body as jinja-layout does, for the block named name (the
// tag's BlockName or the default): the macros to hoist, the blocks to keep,
// the other nodes, and whether a block is named name (then the other nodes
// are discarded).
func (u *UseLayout) Parts(name string) (macros []*Macro, blocks []*Block, loose []Stmt, named bool) {
	for _, n := range u.Body {
		switch n := n.(type) {
		case *Macro:
			macros = append(macros, n)
		case *Block:
			blocks = append(blocks, n)
			if n.Name == name {
				named = true
			}
		default:
			loose = append(loose, n)
		}
	}
	return macros, blocks, loose, named
}

// Suspense is {% suspense %}…[{% fallback %}…]{% endsuspense %}
// (flask-suspense, reference §7.8).
type Suspense struct {
	Base
	Tag         Tag    `json:"tag"`
	Body        []Stmt `json:"body"`
	Fallback    []Stmt `json:"fallback"`
	FallbackTag *Tag   `json:"fallbackTag,omitempty"`
	EndTag      *Tag   `json:"endTag,omitempty"`
}

// Markdown is {% markdown %}…{% endmarkdown %}: the rendered body is
// converted from Markdown to HTML.
type Markdown struct {
	Base
	Tag    Tag    `json:"tag"`
	Body   []Stmt `json:"body"`
	EndTag *Tag   `json:"endTag,omitempty"`
}

// Form is jinja-wtforms' {% form [ClassName][(meta…)] [= var] %} (reference
// §7.3). ClassName and Var are "" when not written (the variable then
// defaults to "form"); Meta holds the keyword arguments in parentheses.
type Form struct {
	Base
	Tag           Tag         `json:"tag"`
	ClassName     string      `json:"class_name"`
	ClassNameSpan source.Span `json:"classNameSpan,omitempty"`
	Meta          []*Keyword  `json:"meta"`
	Var           string      `json:"var"`
	VarSpan       source.Span `json:"varSpan,omitempty"`
}

func (*ComponentTag) stmtNode() {}
func (*ComponentTag) exprNode() {}
func (*UseLayout) stmtNode()    {}
func (*Suspense) stmtNode()     {}
func (*Markdown) stmtNode()     {}
func (*Form) stmtNode()         {}
