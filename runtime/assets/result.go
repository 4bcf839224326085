package assets

import (
	"bytes"
	"crypto/sha256"
	"encoding/base32"
	"html"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/hyperflask/hfc/runtime/app"
)

// contentHash is the hash a copied file's name carries: eight characters
// of base 32, like esbuild's.
func contentHash(data []byte) string {
	sum := sha256.Sum256(data)
	return base32.StdEncoding.EncodeToString(sum[:5])
}

// url returns the URL of a file of Files.
func (r *Result) url(file string) string { return r.URLPath + "/" + file }

// URL implements app.Assets: the URL of a copied file, else of a bundle's
// first script, stylesheet or module.
func (r *Result) URL(name string) (string, bool) {
	e := r.Entries[strings.TrimPrefix(name, "/")]
	switch {
	case e == nil:
		return "", false
	case e.File != "":
		return r.url(e.File), true
	case len(e.Scripts) > 0:
		return r.url(e.Scripts[0]), true
	case len(e.Styles) > 0:
		return r.url(e.Styles[0]), true
	case len(e.Modules) > 0:
		return r.url(e.Modules[0]), true
	}
	return "", false
}

// Tags implements app.Assets: preload links, then the stylesheets, the
// module preloads and the module scripts of the default bundles (when
// defaults is set) and of the uses, each URL once. A fragment (defaults
// not set) leaves out the default bundles, which its page loaded.
func (r *Result) Tags(uses []app.AssetUse, defaults bool) string {
	var preloads, styles, modules, scripts []string
	seen := map[string]bool{}
	isDefault := map[string]bool{}
	for _, n := range r.Defaults {
		isDefault[n] = true
	}
	add := func(list *[]string, url, format string) {
		if !seen[url] {
			seen[url] = true
			*list = append(*list, strings.Replace(format, "URL", html.EscapeString(url), 1))
		}
	}
	load := func(name string) {
		e := r.Entries[name]
		if e == nil {
			return
		}
		for _, f := range e.Styles {
			add(&styles, r.url(f), `<link rel="stylesheet" href="URL">`)
		}
		for _, f := range e.Modules {
			add(&modules, r.url(f), `<link rel="modulepreload" href="URL">`)
		}
		for _, f := range e.Scripts {
			add(&scripts, r.url(f), `<script type="module" src="URL"></script>`)
		}
	}
	if defaults {
		for _, n := range r.Defaults {
			load(n)
		}
	}
	for _, u := range uses {
		switch {
		case u.Preload != "":
			tag := `<link rel="preload" href="URL" as="` + html.EscapeString(u.As) + `"`
			if u.FetchPriority != "" {
				tag += ` fetchpriority="` + html.EscapeString(u.FetchPriority) + `"`
			}
			add(&preloads, u.Preload, tag+">")
		case defaults || !isDefault[u.Name]:
			load(u.Name)
		}
	}
	all := append(append(append(preloads, styles...), modules...), scripts...)
	return strings.Join(all, "\n")
}

// ServeFile answers a request for a file of Files (name is its path below
// URLPath): every name carries a content hash, so the file is cached as
// immutable; its ETag answers conditional requests with 304. It reports
// false when there is no such file.
func (r *Result) ServeFile(w http.ResponseWriter, req *http.Request, name string) bool {
	data, ok := r.Files[name]
	if !ok {
		return false
	}
	h := w.Header()
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	h.Set("ETag", r.etag(name, data))
	ctype := mime.TypeByExtension(path.Ext(name))
	if strings.HasSuffix(name, ".map") {
		ctype = "application/json"
	}
	if ctype != "" {
		h.Set("Content-Type", ctype)
	}
	http.ServeContent(w, req, path.Base(name), time.Time{}, bytes.NewReader(data))
	return true
}

func (r *Result) etag(name string, data []byte) string {
	if v, ok := r.etagCache.Load(name); ok {
		return v.(string)
	}
	e := `"` + contentHash(data) + `"`
	r.etagCache.Store(name, e)
	return e
}

// SetStatic sets the static folder, where Image finds files that
// app/assets/ does not hold, and the URL path it is served under.
func (r *Result) SetStatic(fsys fs.FS, urlPath string) {
	r.Static, r.staticURL = fsys, urlPath
}
