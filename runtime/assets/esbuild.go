package assets

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/evanw/esbuild/pkg/api"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// outDir is the folder esbuild's output paths are relative to; nothing is
// written there (Write is false).
const outDir = "__hfc_assets__"

// fileLoaders are the files that CSS and scripts may import: copied next
// to the bundles under their content hash.
var fileLoaders = map[string]api.Loader{
	".png": api.LoaderFile, ".jpg": api.LoaderFile, ".jpeg": api.LoaderFile, ".gif": api.LoaderFile,
	".webp": api.LoaderFile, ".avif": api.LoaderFile, ".svg": api.LoaderFile, ".ico": api.LoaderFile,
	".woff": api.LoaderFile, ".woff2": api.LoaderFile, ".ttf": api.LoaderFile, ".otf": api.LoaderFile,
	".eot": api.LoaderFile, ".mp4": api.LoaderFile, ".webm": api.LoaderFile, ".mp3": api.LoaderFile,
}

// esbuild builds every entry point in one run, as ES modules with code
// splitting (so that a React component and the mount script share one
// React), and records the outputs in the Result. When the run fails, its
// errors are reported and the entry points they point into are left out of
// a second run; if that fails too, or the errors point elsewhere (into an
// npm package), each remaining entry point is built on its own and those
// that build are kept. An error in one bundle never costs the others.
func (b *builder) esbuild() {
	outputs := map[string]*Entry{}
	defer func() { b.groupEntries(outputs) }()
	if len(b.entries) == 0 {
		return
	}
	inputs := make([]string, 0, len(b.entries))
	for in := range b.entries {
		inputs = append(inputs, in)
	}
	sort.Strings(inputs)
	res := b.run(inputs)
	if len(res.Errors) == 0 {
		b.collect(res, outputs)
		return
	}
	bad := map[string]bool{}
	for _, m := range res.Errors {
		b.report(m)
		if m.Location != nil {
			bad[b.errorOwner(m.Location)] = true
		}
	}
	var rest []string
	for _, in := range inputs {
		if !bad[b.entries[in].owner] {
			rest = append(rest, in)
		}
	}
	if len(rest) < len(inputs) && len(rest) > 0 {
		if res := b.run(rest); len(res.Errors) == 0 {
			b.collect(res, outputs)
			return
		}
	}
	for _, in := range rest {
		if res := b.run([]string{in}); len(res.Errors) == 0 {
			b.collect(res, outputs)
		}
	}
}

// collect records the files of a successful run and, from its metafile,
// the outputs of each entry point.
func (b *builder) collect(res api.BuildResult, outputs map[string]*Entry) {
	for _, f := range res.OutputFiles {
		rel, err := filepath.Rel(filepath.Join(b.p.Root, outDir), f.Path)
		if err != nil {
			continue
		}
		b.res.Files[filepath.ToSlash(rel)] = f.Contents
	}
	var meta metafile
	if err := json.Unmarshal([]byte(res.Metafile), &meta); err != nil {
		return
	}
	outs := make([]string, 0, len(meta.Outputs))
	for out := range meta.Outputs {
		outs = append(outs, out)
	}
	sort.Strings(outs)
	for _, out := range outs {
		o := meta.Outputs[out]
		if o.EntryPoint == "" || strings.HasSuffix(out, ".map") {
			continue
		}
		in := o.EntryPoint
		if !strings.HasPrefix(in, "hfc:") {
			in = "./" + in
		}
		e := b.entries[in]
		if e == nil {
			continue
		}
		oe := outputs[in]
		if oe == nil {
			oe = &Entry{}
			outputs[in] = oe
		}
		rel := strings.TrimPrefix(out, outDir+"/")
		switch {
		case strings.HasSuffix(rel, ".css"):
			oe.Styles = appendNew(oe.Styles, rel)
		case e.module:
			oe.Modules = appendNew(oe.Modules, rel)
		default:
			oe.Scripts = appendNew(oe.Scripts, rel)
		}
		if o.CSSBundle != "" {
			oe.Styles = appendNew(oe.Styles, strings.TrimPrefix(o.CSSBundle, outDir+"/"))
		}
	}
}

// groupEntries records what each name loads: the outputs of its entry
// points, in order.
func (b *builder) groupEntries(outputs map[string]*Entry) {
	for _, name := range b.order {
		e := &Entry{}
		for _, in := range b.groups[name] {
			if o := outputs[in]; o != nil {
				e.Scripts = appendNew(e.Scripts, o.Scripts...)
				e.Modules = appendNew(e.Modules, o.Modules...)
				e.Styles = appendNew(e.Styles, o.Styles...)
			}
		}
		if len(e.Scripts)+len(e.Modules)+len(e.Styles) > 0 {
			b.res.Entries[name] = e
		}
	}
}

func appendNew(list []string, items ...string) []string {
outer:
	for _, it := range items {
		for _, x := range list {
			if x == it {
				continue outer
			}
		}
		list = append(list, it)
	}
	return list
}

// metafile is what Build reads of esbuild's metafile.
type metafile struct {
	Outputs map[string]struct {
		EntryPoint string `json:"entryPoint"`
		CSSBundle  string `json:"cssBundle"`
	} `json:"outputs"`
}

// run runs esbuild on some entry points, or reuses the run of a previous
// build that read the same (Options.Cache).
func (b *builder) run(inputs []string) api.BuildResult {
	eps := make([]api.EntryPoint, len(inputs))
	for i, in := range inputs {
		eps[i] = api.EntryPoint{InputPath: in, OutputPath: b.entries[in].out}
	}
	opts := api.BuildOptions{
		EntryPointsAdvanced: eps,
		Bundle:              true,
		Splitting:           true,
		Format:              api.FormatESModule,
		Platform:            api.PlatformBrowser,
		Write:               false,
		Metafile:            true,
		AbsWorkingDir:       b.p.Root,
		Outdir:              filepath.Join(b.p.Root, outDir),
		EntryNames:          "[dir]/[name]-[hash]",
		ChunkNames:          "chunks/[name]-[hash]",
		AssetNames:          "files/[name]-[hash]",
		PublicPath:          b.res.URLPath,
		NodePaths:           []string{filepath.Join(b.p.Root, "node_modules")},
		Loader:              fileLoaders,
		JSX:                 api.JSXAutomatic,
		LogLevel:            api.LogLevelSilent,
		Charset:             api.CharsetUTF8,
		Plugins:             []api.Plugin{b.plugin()},
		Define:              map[string]string{"process.env.NODE_ENV": `"production"`},
	}
	if b.opts.Dev {
		opts.Sourcemap = api.SourceMapLinked
		opts.Define["process.env.NODE_ENV"] = `"development"`
	}
	if b.opts.Minify {
		opts.MinifyWhitespace, opts.MinifyIdentifiers, opts.MinifySyntax = true, true, true
	}
	c := b.opts.Cache
	if c == nil {
		return api.Build(opts)
	}
	key := b.runKey(inputs)
	if res, ok := c.lookup(key); ok {
		return res
	}
	res := api.Build(opts)
	if len(res.Errors) == 0 {
		if stamps, ok := b.inputStamps(res.Metafile); ok {
			c.store(key, res, stamps)
		}
	}
	return res
}

// plugin serves the virtual modules (namespace hfc) and the files whose
// contents a tool replaced (Tailwind's output for main.css).
func (b *builder) plugin() api.Plugin {
	return api.Plugin{Name: "hfc", Setup: func(pb api.PluginBuild) {
		pb.OnResolve(api.OnResolveOptions{Filter: `^hfc:`}, func(args api.OnResolveArgs) (api.OnResolveResult, error) {
			p := strings.TrimPrefix(args.Path, "hfc:")
			if _, ok := b.virtual[p]; !ok {
				return api.OnResolveResult{}, nil
			}
			return api.OnResolveResult{Path: p, Namespace: "hfc"}, nil
		})
		pb.OnLoad(api.OnLoadOptions{Filter: `.*`, Namespace: "hfc"}, func(args api.OnLoadArgs) (api.OnLoadResult, error) {
			v := b.virtual[args.Path]
			loader := api.LoaderJS
			if v.loader == "css" {
				loader = api.LoaderCSS
			}
			return api.OnLoadResult{Contents: &v.contents, ResolveDir: v.resolveDir, Loader: loader}, nil
		})
		if len(b.overrides) > 0 {
			var quoted []string
			for p := range b.overrides {
				quoted = append(quoted, regexp.QuoteMeta(p))
			}
			sort.Strings(quoted)
			pb.OnLoad(api.OnLoadOptions{Filter: "^(" + strings.Join(quoted, "|") + ")$", Namespace: "file"}, func(args api.OnLoadArgs) (api.OnLoadResult, error) {
				text := b.overrides[args.Path]
				return api.OnLoadResult{Contents: &text, ResolveDir: filepath.Dir(args.Path), Loader: api.LoaderCSS}, nil
			})
		}
	}}
}

// errorOwner returns the owner of the entry point an error's location is
// in: the template of a block, the file of an entry point, else the
// location's file.
func (b *builder) errorOwner(loc *api.Location) string {
	if v, ok := b.virtual[strings.TrimPrefix(loc.File, "hfc:")]; ok && v.file != "" {
		return v.file
	}
	return b.absPath(loc.File)
}

func (b *builder) absPath(file string) string {
	if filepath.IsAbs(file) {
		return file
	}
	return filepath.Join(b.p.Root, filepath.FromSlash(file))
}

// report records an esbuild error as a diagnostic at its place: in the
// template of a bundle block, in a file of the app, or in package.json for
// hfc's own bundles.
func (b *builder) report(m api.Message) {
	loc := m.Location
	if loc == nil {
		b.diag(diag.BundleBuild, b.packageFile(), source.Span{}, "esbuild: %s", m.Text)
		return
	}
	var file, text string
	if v, ok := b.virtual[strings.TrimPrefix(loc.File, "hfc:")]; ok {
		if v.file == "" {
			b.diag(diag.BundleBuild, b.packageFile(), source.Span{}, "esbuild: %s (in hfc's %s)", m.Text, loc.File)
			return
		}
		file, text = v.file, v.text
	} else {
		file = b.absPath(loc.File)
		if data, err := os.ReadFile(file); err == nil {
			text = string(data)
		}
	}
	f := source.NewFile(file, text)
	var rng source.Span
	if loc.Line >= 1 && loc.Line <= f.LineCount() {
		off := f.LineStart(loc.Line) + loc.Column
		if off > len(text) {
			off = len(text)
		}
		end := off + loc.Length
		if end > len(text) {
			end = len(text)
		}
		rng = f.Span(off, end)
	}
	d := b.diag(diag.BundleBuild, file, rng, "%s", m.Text)
	for _, n := range m.Notes {
		if n.Text != "" {
			d.WithHint("%s", n.Text)
			break
		}
	}
}
