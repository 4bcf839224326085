package app

import (
	"html"
	"strings"

	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

// metadataLinkKeys are the metadata keys written as <link rel=KEY href=…>
// (reference §7.7).
var metadataLinkKeys = map[string]bool{
	"icon": true, "shortcut icon": true, "apple-touch-icon": true, "apple-touch-icon-precomposed": true,
	"manifest": true, "canonical": true, "alternate": true, "archives": true, "assets": true, "bookmarks": true,
}

// metadataTagsFn is metadata_tags(metadata): the <title>, <meta> and
// <link> tags of a page's metadata dict (reference §7.7) merged over the
// defaults (charset, viewport) and config SITE_METADATA, joined by "\n".
//
// It follows the documented intent where the reference's code is broken
// (§10.9, §10.22): `charset` is <meta charset="…">, og:* tags use
// property=, `apple-itunes-app` and `al:ios:url` keep their documented
// names, json-ld writes its <script>, lists of authors and images repeat
// their tags. Attribute values and the title are HTML-escaped.
func (a *App) metadataTagsFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var meta vm.Value = vm.None
	if err := th.UnpackArgs("metadata_tags", args, kwnames, "metadata?", &meta); err != nil {
		return nil, err
	}
	merged := vm.NewDict(8)
	merged.SetStr("charset", vm.Str("utf-8"))
	merged.SetStr("viewport", vm.Str("width=device-width, initial-scale=1.0"))
	if err := deepMerge(th, merged, a.configValue("SITE_METADATA")); err != nil {
		return nil, err
	}
	if err := deepMerge(th, merged, meta); err != nil {
		return nil, err
	}
	w := metaWriter{th: th, python: a.Python}
	if base, ok := merged.GetStr("_baseurl"); ok {
		s, err := th.Str(base)
		if err != nil {
			return nil, err
		}
		w.base = strings.TrimRight(s, "/")
	}
	title, _ := merged.GetStr("title")
	if err := w.title(title, a.configValue("SITE_TITLE")); err != nil {
		return nil, err
	}
	var err error
	merged.Items(func(k, v vm.Value) bool {
		key, ok := k.(vm.Str)
		if !ok || key == "title" || strings.HasPrefix(string(key), "_") {
			return true
		}
		err = w.entry(string(key), v)
		return err == nil
	})
	if err != nil {
		return nil, err
	}
	return vm.Markup(strings.Join(w.lines, "\n")), nil
}

// configValue returns a configuration value (nil when absent).
func (a *App) configValue(key string) vm.Value {
	if a.config == nil {
		return nil
	}
	v, _ := a.config.GetStr(key)
	return v
}

// deepMerge merges the dict src into dst: nested dicts merge, other values
// replace. A src that is not a dict is ignored (None: no metadata).
func deepMerge(th *vm.Thread, dst *vm.Dict, src vm.Value) error {
	d, ok := src.(*vm.Dict)
	if !ok {
		return nil
	}
	d.Items(func(k, v vm.Value) bool {
		if sub, ok := v.(*vm.Dict); ok {
			if cur, ok, _ := dst.Get(th, k); ok {
				if curDict, ok := cur.(*vm.Dict); ok {
					merged := vm.NewDict(curDict.Len())
					_ = deepMerge(th, merged, curDict)
					_ = deepMerge(th, merged, sub)
					_ = dst.SetItem(th, k, merged)
					return true
				}
			}
		}
		_ = dst.SetItem(th, k, v)
		return true
	})
	return nil
}

// metaWriter collects the tags of metadata_tags.
type metaWriter struct {
	th     *vm.Thread
	python *loader.Loader
	base   string
	lines  []string
}

var escapeAttr = html.EscapeString

func (w *metaWriter) str(v vm.Value) (string, error) { return w.th.Str(v) }

// url prefixes a relative URL with _baseurl.
func (w *metaWriter) url(s string) string {
	if w.base == "" || strings.Contains(s, "://") || strings.HasPrefix(s, "//") || strings.HasPrefix(s, "data:") {
		return s
	}
	return w.base + "/" + strings.TrimLeft(s, "/")
}

func (w *metaWriter) meta(attr, name, content string) {
	w.lines = append(w.lines, `<meta `+attr+`="`+escapeAttr(name)+`" content="`+escapeAttr(content)+`">`)
}

func (w *metaWriter) link(rel, href string, extra ...string) {
	s := `<link rel="` + escapeAttr(rel) + `"`
	for i := 0; i+1 < len(extra); i += 2 {
		s += ` ` + extra[i] + `="` + escapeAttr(extra[i+1]) + `"`
	}
	w.lines = append(w.lines, s+` href="`+escapeAttr(w.url(href))+`">`)
}

// title writes <title>: metadata.title ({"absolute": x} taken as it is),
// formatted by SITE_TITLE when it holds %s (or is {template, default}); a
// SITE_TITLE without %s is the title of every page.
func (w *metaWriter) title(title, site vm.Value) error {
	text := ""
	absolute := false
	switch t := title.(type) {
	case nil, vm.NoneType:
	case *vm.Dict:
		if v, ok := t.GetStr("absolute"); ok {
			s, err := w.str(v)
			if err != nil {
				return err
			}
			text, absolute = s, true
		}
	default:
		s, err := w.str(t)
		if err != nil {
			return err
		}
		text = s
	}
	if !absolute {
		var tmplText, def string
		switch s := site.(type) {
		case nil, vm.NoneType:
		case *vm.Dict:
			if v, ok := s.GetStr("template"); ok {
				tmplText, _ = w.str(v)
			}
			if v, ok := s.GetStr("default"); ok {
				def, _ = w.str(v)
			}
		default:
			st, err := w.str(s)
			if err != nil {
				return err
			}
			if strings.Contains(st, "%s") {
				tmplText = st
			} else {
				text = st
			}
		}
		switch {
		case text != "" && tmplText != "":
			text = strings.Replace(tmplText, "%s", text, 1)
		case text == "" && def != "":
			text = def
		}
	}
	if text != "" {
		w.lines = append(w.lines, "<title>"+html.EscapeString(text)+"</title>")
	}
	return nil
}

// items returns the values of a list or tuple, or v alone.
func (w *metaWriter) items(v vm.Value) []vm.Value {
	switch x := v.(type) {
	case *vm.List:
		return x.Elems
	case vm.Tuple:
		return x
	}
	return []vm.Value{v}
}

// entry writes the tags of one metadata key.
func (w *metaWriter) entry(key string, v vm.Value) error {
	if vm.Is(v, vm.None) {
		return nil
	}
	switch {
	case key == "charset":
		s, err := w.str(v)
		if err != nil {
			return err
		}
		w.lines = append(w.lines, `<meta charset="`+escapeAttr(s)+`">`)
		return nil
	case metadataLinkKeys[key]:
		for _, it := range w.items(v) {
			s, err := w.str(it)
			if err != nil {
				return err
			}
			w.link(key, s)
		}
		return nil
	case key == "alternate-lang", key == "alternate-media", key == "alternate-type":
		attr := map[string]string{"alternate-lang": "hreflang", "alternate-media": "media", "alternate-type": "type"}[key]
		d, ok := v.(*vm.Dict)
		if !ok {
			return w.th.TypeError("metadata %s must be a dict of %s to URL, not %s", key, attr, v.Type().Name)
		}
		var err error
		d.Items(func(k, u vm.Value) bool {
			var ks, us string
			if ks, err = w.str(k); err != nil {
				return false
			}
			if us, err = w.str(u); err != nil {
				return false
			}
			w.link("alternate", us, attr, ks)
			return true
		})
		return err
	case key == "keywords":
		var parts []string
		for _, it := range w.items(v) {
			s, err := w.str(it)
			if err != nil {
				return err
			}
			parts = append(parts, s)
		}
		w.meta("name", key, strings.Join(parts, ","))
		return nil
	case key == "author":
		for _, it := range w.items(v) {
			if d, ok := it.(*vm.Dict); ok {
				if n, ok := d.GetStr("name"); ok {
					s, err := w.str(n)
					if err != nil {
						return err
					}
					w.meta("name", "author", s)
				}
				if u, ok := d.GetStr("url"); ok {
					s, err := w.str(u)
					if err != nil {
						return err
					}
					w.link("author", s)
				}
				continue
			}
			s, err := w.str(it)
			if err != nil {
				return err
			}
			w.meta("name", "author", s)
		}
		return nil
	case key == "robots" || key == "googlebot":
		d, ok := v.(*vm.Dict)
		if !ok {
			break
		}
		var parts []string
		var err error
		d.Items(func(k, val vm.Value) bool {
			var ks, vs string
			if ks, err = w.str(k); err != nil {
				return false
			}
			switch b := val.(type) {
			case vm.Bool:
				if b {
					parts = append(parts, ks)
				}
				return true
			}
			if vs, err = w.str(val); err != nil {
				return false
			}
			parts = append(parts, ks+":"+vs)
			return true
		})
		if err != nil {
			return err
		}
		w.meta("name", key, strings.Join(parts, ", "))
		return nil
	case key == "og" || key == "opengraph":
		return w.nested("property", "og", v)
	case key == "twitter":
		return w.nested("name", "twitter", v)
	case key == "applinks":
		return w.nested("property", "al", v)
	case key == "apple":
		d, ok := v.(*vm.Dict)
		if !ok {
			break
		}
		var err error
		d.Items(func(k, val vm.Value) bool {
			var ks string
			if ks, err = w.str(k); err != nil {
				return false
			}
			err = w.nested("name", "apple-"+ks, val)
			return err == nil
		})
		return err
	case key == "json-ld":
		mod, err := w.python.Import(w.th, "json")
		if err != nil {
			return err
		}
		dumps, err := w.th.GetAttr(mod, "dumps")
		if err != nil {
			return err
		}
		r, err := w.th.CallValue(dumps, []vm.Value{v, vm.MakeInt(2)}, []string{"indent"})
		if err != nil {
			return err
		}
		s, err := w.str(r)
		if err != nil {
			return err
		}
		s = strings.ReplaceAll(s, "</", `<\/`)
		w.lines = append(w.lines, `<script type="application/ld+json">`+"\n"+s+"\n</script>")
		return nil
	}
	return w.nested("name", key, v)
}

// nested writes a value under a name: a dict as NAME:KEY for each key
// (recursively), a list as one tag per item, anything else as one
// <meta ATTR=NAME content=…>.
func (w *metaWriter) nested(attr, name string, v vm.Value) error {
	switch x := v.(type) {
	case vm.NoneType:
		return nil
	case *vm.Dict:
		var err error
		x.Items(func(k, val vm.Value) bool {
			var ks string
			if ks, err = w.str(k); err != nil {
				return false
			}
			// og:image {url: …, width: …} is og:image, og:image:width.
			sub := name + ":" + ks
			if ks == "url" && (strings.HasSuffix(name, ":image") || strings.HasSuffix(name, ":video") || strings.HasSuffix(name, ":audio")) {
				sub = name
			}
			err = w.nested(attr, sub, val)
			return err == nil
		})
		return err
	case *vm.List, vm.Tuple:
		for _, it := range w.items(v) {
			if err := w.nested(attr, name, it); err != nil {
				return err
			}
		}
		return nil
	case vm.Bool:
		w.meta(attr, name, map[bool]string{true: "true", false: "false"}[bool(x)])
		return nil
	}
	s, err := w.str(v)
	if err != nil {
		return err
	}
	w.meta(attr, name, s)
	return nil
}
