package server

import (
	"bytes"
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/runtime/app"
	"github.com/hyperflask/hfc/runtime/assets"
	"github.com/hyperflask/hfc/runtime/vm"
)

// AssetConfig reads the asset settings of a configuration (reference §7.4
// and flask-assets-pipeline's keys): ASSETS_BUNDLES (a list of files of
// app/assets/, one bundle each, or a mapping of bundle names to lists),
// ASSETS_INCLUDE (the bundles every page loads), HTMX_EXT (a list or a
// comma-separated string), HTMX_BOOST_SITE and ALPINE. Built files are
// served below STATIC_URL_PATH/assets. A value of the wrong shape is a
// diagnostic.
func AssetConfig(cfg *Config) (assets.Config, diag.List) {
	var ac assets.Config
	var b diag.Builder
	b.File = "config.yml"
	if len(cfg.Files) > 0 {
		b.File = cfg.Files[0]
	}
	bad := func(key, want string, v vm.Value) {
		b.Add(diag.ConfigUnreadable, source.Span{}, "%s is a %s; expected %s", key, v.Type().Name, want)
	}
	strs := func(v vm.Value) ([]string, bool) {
		var out []string
		items, ok := sequence(v)
		if !ok {
			return nil, false
		}
		for _, it := range items {
			s, ok := it.(vm.Str)
			if !ok {
				return nil, false
			}
			out = append(out, string(s))
		}
		return out, true
	}
	switch v := cfg.Get("ASSETS_BUNDLES").(type) {
	case nil, vm.NoneType:
	case *vm.Dict:
		v.Items(func(k, files vm.Value) bool {
			name, ok := k.(vm.Str)
			list, ok2 := strs(files)
			if !ok || !ok2 {
				bad("an entry of ASSETS_BUNDLES", "a bundle name and a list of file names", files)
				return true
			}
			ac.Bundles = append(ac.Bundles, assets.Bundle{Name: string(name), Files: list})
			return true
		})
		if ac.Bundles == nil {
			ac.Bundles = []assets.Bundle{}
		}
	default:
		list, ok := strs(v)
		if !ok {
			bad("ASSETS_BUNDLES", "a list of files of app/assets/ or a mapping of bundle names to such lists", v)
			break
		}
		ac.Bundles = []assets.Bundle{}
		for _, f := range list {
			ac.Bundles = append(ac.Bundles, assets.Bundle{Name: f, Files: []string{f}})
		}
	}
	if v := cfg.Get("ASSETS_INCLUDE"); v != nil && !vm.Is(v, vm.None) {
		if list, ok := strs(v); ok {
			ac.Include = list
			if ac.Include == nil {
				ac.Include = []string{}
			}
		} else {
			bad("ASSETS_INCLUDE", "a list of bundle names", v)
		}
	}
	switch v := cfg.Get("HTMX_EXT").(type) {
	case nil, vm.NoneType:
	case vm.Str:
		for _, e := range strings.Split(string(v), ",") {
			if e = strings.TrimSpace(e); e != "" {
				ac.HtmxExt = append(ac.HtmxExt, e)
			}
		}
	default:
		if list, ok := strs(v); ok {
			ac.HtmxExt = list
		} else {
			bad("HTMX_EXT", "a list of htmx extension names", v)
		}
	}
	ac.HtmxBoost = cfg.Bool("HTMX_BOOST_SITE")
	ac.Alpine = cfg.Bool("ALPINE")
	ac.URLPath = "/" + strings.Trim(cfg.String("STATIC_URL_PATH", "/static"), "/") + "/assets"
	return ac, b.Diags
}

// sequence returns the items of a list or tuple.
func sequence(v vm.Value) ([]vm.Value, bool) {
	switch x := v.(type) {
	case *vm.List:
		return x.Elems, true
	case vm.Tuple:
		return x, true
	}
	return nil, false
}

// buildAssets builds the app's assets with esbuild (development: source
// maps; production: minified) and gives them to the app.
func (s *Server) buildAssets(root, appRoot string) {
	ac, diags := AssetConfig(s.cfg)
	s.diags = append(s.diags, diags...)
	dev := s.cfg.Env == "development"
	res, err := assets.Build(assets.Project{Root: root, AppRoot: appRoot, App: s.app, Config: ac}, assets.Options{Dev: dev, Minify: !dev, Cache: s.assetCache})
	if err != nil {
		b := diag.Builder{File: root}
		b.Add(diag.BundleBuild, source.Span{}, "cannot build the assets: %v", err)
		s.diags = append(s.diags, b.Diags...)
		return
	}
	s.diags = append(s.diags, res.Diags...)
	s.assetNotes = res.Notes
	s.SetAssets(res)
}

// SetAssets replaces the app's built assets (hfc dev after a rebuild, or
// the assets an app bundle holds). Nil serves none.
func (s *Server) SetAssets(res *assets.Result) {
	if res != nil {
		res.SetStatic(s.public, s.staticURL)
		s.assets.Store(res)
		s.app.SetAssets(res)
		return
	}
	s.assets.Store((*assets.Result)(nil))
	s.app.SetAssets(nil)
}

// Assets returns the app's built assets (nil when none).
func (s *Server) Assets() *assets.Result {
	res, _ := s.assets.Load().(*assets.Result)
	return res
}

// AssetNotes returns the notes of the asset build (Tailwind not set up …),
// one line each.
func (s *Server) AssetNotes() []string { return s.assetNotes }

// serveAssets serves a built file below STATIC_URL_PATH/assets (immutable:
// its name holds its hash), else the file of the static folder at that
// path.
func (s *Server) serveAssets(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(chi.RouteContext(r.Context()).URLParam("*"), "/")
	if res := s.Assets(); res != nil {
		if _, ok := res.Files[name]; ok {
			s.securityHeaders(w.Header())
			res.ServeFile(w, r, name)
			return
		}
	}
	s.servePublic(w, r, "assets/"+name)
}

// finishAssets puts the asset tags into an HTML response (app.FinishAssets)
// and, when the page loads Alpine, lets the default Content-Security-Policy
// allow what Alpine needs ('unsafe-eval': Alpine evaluates its
// attributes with Function()).
func (s *Server) finishAssets(th *vm.Thread, rc *reqCtx, resp *Response) {
	res := s.Assets()
	if res == nil {
		return
	}
	if ct, _ := resp.Headers.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		return
	}
	htmx := strings.EqualFold(rc.r.Header.Get("HX-Request"), "true")
	used := app.UsedAssets(th)
	// A page that loads no asset, when the app has no default bundle,
	// gets no tags before </head>, and one that did not call asset_tags()
	// holds no marker: its body stays as it is, uncopied and unscanned.
	tags := len(used) > 0 || len(res.Defaults) > 0
	if (htmx && len(used) > 0) || app.RenderedAssetTags(th) || (tags && bytes.Contains(resp.Body, []byte("</head>"))) {
		resp.Body = []byte(s.app.FinishAssets(th, string(resp.Body), htmx))
	}
	if loadsAlpine(res, used) {
		if _, set := resp.Headers.Get("Content-Security-Policy"); !set {
			if csp := s.contentSecurityPolicyWith("script-src", "'unsafe-eval'"); csp != "" {
				resp.Headers.Set("Content-Security-Policy", csp)
			}
		}
	}
}

// loadsAlpine reports whether a page loads Alpine: every page does when
// the configuration says so, else those that render an Alpine component.
func loadsAlpine(res *assets.Result, used []app.AssetUse) bool {
	for _, n := range res.Defaults {
		if n == app.AlpineBundle {
			return true
		}
	}
	for _, u := range used {
		if u.Name == app.AlpineBundle {
			return true
		}
	}
	return false
}
