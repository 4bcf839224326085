package app

import (
	_ "embed"

	"github.com/hyperflask/hfc/runtime/tmpl"
)

// webLayout is hfc's own page shell with the blocks of Hyperflask's
// built-in web.html (reference §4.3): html_tag_attrs, head { head_metas {
// metadata_tags(page.metadata) }, head_assets }, body_tag { body_tag_attrs },
// body { content }, footer, flash_messages { FlashMessagesToast }, body_end;
// the page's asset tags (asset_tags()) come before head_assets, as in
// web.html.
//
//go:embed layouts/web.html
var webLayout string

// builtinLayout returns the layout hfc provides under a name when the app
// has none: layouts/default.html and layouts/base.html are both the web
// layout, so that an app's default.html can extend base.html.
func builtinLayout(name string) (tmpl.Source, bool) {
	switch name {
	case "layouts/default.html", "layouts/base.html":
		return tmpl.Source{Text: webLayout, File: "<hfc>/" + name, End: len(webLayout)}, true
	}
	return tmpl.Source{}, false
}
