package app

import (
	"io/fs"
	"path"
	"strings"

	"github.com/hyperflask/hfc/compiler/bundles"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
	"github.com/hyperflask/hfc/runtime/vm"
)

// Assets is what pages need from the app's built assets (package
// runtime/assets builds them): the URLs of bundles and files, the HTML that
// loads the bundles a page used, and what an image is.
type Assets interface {
	// URL returns the URL of an asset by name: a bundle's main output (a
	// file of config assets_bundles, a component's file, a bundle block's
	// ID) or a file of app/assets/ copied under its content hash.
	URL(name string) (string, bool)
	// Tags returns the <link> and <script> elements that load the uses,
	// preceded by those of the bundles every page loads when defaults is
	// set. Names it does not know are left out.
	Tags(uses []AssetUse, defaults bool) string
	// Image returns the URL and the size in pixels of an image given as
	// a page writes it: a file of app/assets/, of the static folder, or a
	// URL (then the size is unknown: 0).
	Image(src string) (url string, width, height int)
}

// AssetUse is one thing a render asked the page's head to load.
type AssetUse struct {
	// Name is the bundle (for Assets.URL and Assets.Tags); "" for a
	// preload.
	Name string
	// Preload is the URL of a <link rel="preload">, As its type ("image")
	// and FetchPriority its fetchpriority ("high" or "").
	Preload, As, FetchPriority string
}

// Names of the bundles that runtime/assets builds for hfc's own scripts.
const (
	// AlpineBundle starts Alpine.js (npm alpinejs); a page that renders an
	// Alpine component loads it.
	AlpineBundle = "@hyperflask/alpine"
	// ReactBundle defines <hf-react-component>, which mounts React
	// components (npm react, react-dom).
	ReactBundle = "@hyperflask/react"
)

// AssetTagsMarker is what asset_tags() renders while a page renders: the
// bundles that the page's components use are known only at its end, so the
// server replaces the marker with their tags then (FinishAssets).
const AssetTagsMarker = "<!--hf:asset-tags-->"

// SetAssets gives the app its built assets (nil: none, as `hfc render`
// runs). Call it before serving requests.
func (a *App) SetAssets(x Assets) { a.assets = x }

// AppAssets returns the app's built assets (nil when it has none).
func (a *App) AppAssets() Assets { return a.assets }

// assetsKey is the key of a render's assetUses in vm.Thread.Locals.
const assetsKey = "hyperflask.assets"

// assetUses are the bundles and preloads a render asked for, in order,
// each once.
type assetUses struct {
	list []AssetUse
	seen map[AssetUse]bool
	// tags is set when asset_tags() rendered its marker.
	tags bool
}

func usesOf(th *vm.Thread) *assetUses {
	if th.Locals == nil {
		th.Locals = map[string]any{}
	}
	u, _ := th.Locals[assetsKey].(*assetUses)
	if u == nil {
		u = &assetUses{seen: map[AssetUse]bool{}}
		th.Locals[assetsKey] = u
	}
	return u
}

// UseAsset records that the render on th needs an asset.
func UseAsset(th *vm.Thread, use AssetUse) {
	u := usesOf(th)
	if !u.seen[use] {
		u.seen[use] = true
		u.list = append(u.list, use)
	}
}

// RenderedAssetTags reports whether asset_tags() rendered its marker in a
// render on th (the threads of a request share their Locals): a document
// can hold the marker only then.
func RenderedAssetTags(th *vm.Thread) bool {
	u, ok := th.Locals[assetsKey].(*assetUses)
	return ok && u.tags
}

// UsedAssets returns what the render on th asked for, in order.
func UsedAssets(th *vm.Thread) []AssetUse {
	if u, ok := th.Locals[assetsKey].(*assetUses); ok {
		return u.list
	}
	return nil
}

// FinishAssets puts the asset tags into a rendered HTML document: the
// marker of asset_tags() becomes the tags of the default bundles and of
// what the render used; a document without the marker gets them before its
// first </head>, if it has one (a layout that does not call asset_tags()).
// For a fragment that htmx swaps into a page that is already loaded
// (fragment set: an htmx request, boosted or not), the tags of what the
// render used are also inserted before </body>, or appended when there is
// none, because htmx takes the body and runs its scripts, not the head's.
// Without assets the document is returned as it is.
func (a *App) FinishAssets(th *vm.Thread, doc string, fragment bool) string {
	if a.assets == nil {
		return doc
	}
	used := UsedAssets(th)
	if strings.Contains(doc, AssetTagsMarker) {
		doc = strings.ReplaceAll(doc, AssetTagsMarker, a.assets.Tags(used, true))
	} else if i := strings.Index(doc, "</head>"); i >= 0 {
		if tags := a.assets.Tags(used, true); tags != "" {
			doc = doc[:i] + tags + "\n" + doc[i:]
		}
	}
	if !fragment || len(used) == 0 {
		return doc
	}
	tags := a.assets.Tags(used, false)
	if tags == "" {
		return doc
	}
	if i := strings.LastIndex(doc, "</body>"); i >= 0 {
		return doc[:i] + tags + "\n" + doc[i:]
	}
	return doc + "\n" + tags
}

// assetGlobals are the template globals of the asset pipeline.
func (a *App) assetGlobals() map[string]vm.Value {
	return map[string]vm.Value{
		"include_asset": vm.NewBuiltin("include_asset", a.includeAssetFn),
		"asset_tags":    vm.NewBuiltin("asset_tags", a.assetTagsFn),
	}
}

// includeAssetFn is include_asset(name, ...): the page loads the named
// bundles (what a <script bundle> block becomes, reference
// flask-assets-pipeline). It returns "".
func (a *App) includeAssetFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(kwnames) > 0 {
		return nil, th.TypeError("include_asset() takes no keyword arguments")
	}
	for _, v := range args {
		s, err := th.Str(v)
		if err != nil {
			return nil, err
		}
		UseAsset(th, AssetUse{Name: s})
	}
	return vm.Markup(""), nil
}

// assetTagsFn is asset_tags(): where the layout's head loads the page's
// bundles. It renders AssetTagsMarker, which FinishAssets replaces; ""
// when the app has no assets.
func (a *App) assetTagsFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) > len(kwnames) {
		return nil, th.TypeError("asset_tags() takes no positional arguments")
	}
	if a.assets == nil {
		return vm.Markup(""), nil
	}
	usesOf(th).tags = true
	return vm.Markup(AssetTagsMarker), nil
}

// assetURLBuiltin is asset_url(filename): the URL of a built bundle or of a
// file of app/assets/ under its content hash; another name is a file of
// the static folder (fallback, called with the same arguments).
func (a *App) assetURLBuiltin(fallback vm.Value) vm.BuiltinFunc {
	return func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if a.assets != nil && len(args) == 1 && len(kwnames) == 0 {
			name, err := th.Str(args[0])
			if err != nil {
				return nil, err
			}
			if u, ok := a.assets.URL(name); ok {
				return vm.Str(u), nil
			}
		}
		if fallback == nil {
			return nil, th.Raise(vm.RuntimeErrorClass, "asset_url() needs a request: the app is not served")
		}
		return th.CallValue(fallback, args, kwnames)
	}
}

// AssetURLFunc returns asset_url for the server's names: it resolves built
// assets and calls staticURL (static_url) for other names.
func (a *App) AssetURLFunc(staticURL vm.Value) vm.Value {
	return vm.NewBuiltin("asset_url", a.assetURLBuiltin(staticURL))
}

// BundleSource is one file's bundle blocks.
type BundleSource struct {
	// File is the file's path in the app; Path its path as errors show it.
	File, Path string
	// Text is the file's text, for positions.
	Text   string
	Blocks []bundles.Block
}

// BundleBlocks finds the <script bundle> and <style bundle> blocks of every
// template of the app, with the errors of blocks that are not static. The
// files come folder by folder, from the most shared to the most specific —
// layouts, templates, macros, components, pages — each in lexical order:
// the blocks that name one bundle go into it in that order.
func (a *App) BundleBlocks() ([]BundleSource, diag.List) {
	var out []BundleSource
	var diags diag.List
	popts := a.Env.ParseOptions()
	for _, dir := range []string{"layouts", "templates", "macros", "components", "pages"} {
		_ = fs.WalkDir(a.FS, dir, func(rel string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !isTemplateFile(rel) {
				return nil
			}
			data, err := fs.ReadFile(a.FS, rel)
			if err != nil || !strings.Contains(string(data), "bundle") {
				return nil
			}
			file := a.File(rel)
			var f *source.File
			start, end := 0, len(data)
			if dir == "pages" || dir == "components" {
				sf := a.split(file, string(data))
				f, start, end = sf.f, sf.res.Template.Start, sf.res.Template.End
			} else {
				f = source.NewFile(file, string(data))
			}
			tree, pdiags := template.Parse(f, start, end, popts)
			if pdiags.HasErrors() {
				// The template's own errors are reported where it
				// compiles; its blocks are found once it parses.
				return nil
			}
			blocks, bdiags := bundles.Find(f, tree)
			diags = append(diags, bdiags...)
			if len(blocks) > 0 {
				out = append(out, BundleSource{File: rel, Path: file, Text: f.Text, Blocks: blocks})
			}
			return nil
		})
	}
	return out, diags
}

// isTemplateFile reports whether a file of the app's template folders may
// be a template: everything but Python modules, frontend components and
// stylesheets.
func isTemplateFile(rel string) bool {
	switch path.Ext(rel) {
	case ".py", ".pyc", ".js", ".ts", ".jsx", ".tsx", ".css":
		return false
	}
	return true
}
