// Package server serves a Hyperflask app over HTTP (reference §2, §5.8,
// §7): the route table of compiler/routes on a chi router, pages run by
// runtime/app per request with the request, session, flash and CSRF API of
// Flask as Python values, components as routes, static files, error pages,
// security headers and an access log.
//
// Every request runs on its own vm.Thread bound to the request's context
// and a step budget: a page stuck in a loop, or slower than the request
// timeout, answers 503 and the server keeps serving; a Go panic becomes a
// 500. Pages run fresh per request (their compiled code is kept); the app's
// modules and components are imported once per process.
package server

import (
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/hyperflask/hfc/compiler/routes"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/runtime/app"
	"github.com/hyperflask/hfc/runtime/assets"
	"github.com/hyperflask/hfc/runtime/db"
	"github.com/hyperflask/hfc/runtime/loader"
	_ "github.com/hyperflask/hfc/runtime/stdlib" // the modules pages import (uuid for <uuid:…>, json …)
	"github.com/hyperflask/hfc/runtime/tmpl"
	"github.com/hyperflask/hfc/runtime/vm"
)

// Options configure a Server.
type Options struct {
	// Env is the configuration environment: "development" (tracebacks in
	// error pages, the development secret key) or "production" (the
	// default when empty).
	Env string
	// Environ is the process environment the configuration reads (FLASK_*
	// variables); the command passes os.Environ(), tests their own.
	Environ []string
	// AccessLog receives one line per request; nil writes none.
	AccessLog io.Writer
	// ErrorLog receives warnings, tracebacks and print() output; nil
	// discards them.
	ErrorLog io.Writer
	// Template overrides the template settings (autoescape …).
	Template tmpl.Options
	// Assets are the app's built assets (an app bundle's); nil builds
	// them when the server opens (package runtime/assets).
	Assets *assets.Result
	// Debugger follows the requests for a debug adapter (hfls dap, hfc
	// serve --debug-addr); nil when none.
	Debugger Debugger
	// MaxBody bounds request bodies, in bytes (413 beyond); negative or
	// zero leaves config MAX_CONTENT_LENGTH.
	MaxBody int64
	// Cache keeps compiled code between servers opened on the same app
	// (hfc dev: only what changed compiles again); nil compiles afresh.
	Cache CodeCache
	// AssetCache keeps the asset builds' esbuild runs between servers
	// opened on the same app (hfc dev: esbuild runs again only when what
	// it reads changed); nil builds afresh.
	AssetCache *assets.Cache
	// Compat turns on compatibility switches (see Compat) besides those
	// of the configuration's COMPAT key.
	Compat []string
	// NoDatabaseInit leaves the database as it is at startup (no models
	// import, no tables or migrations): for hfc db.
	NoDatabaseInit bool
}

// Debugger follows the requests a server runs, for a debug adapter
// (runtime/debug implements it).
type Debugger interface {
	// Attached reports whether a debugger client is attached. Requests
	// that start while one is run without the timeout and the step
	// budget: they may stay stopped at a breakpoint for as long as the
	// user looks around.
	Attached() bool
	// BeginRequest is called when a request starts running on th (its
	// Name is "METHOD /path"), with its page object and its flask.request;
	// the returned function is called when the request's code is done.
	BeginRequest(th *vm.Thread, page *app.Page, request vm.Value) (end func())
}

// Server is an app ready to serve: an http.Handler.
type Server struct {
	app   *app.App
	cfg   *Config
	proj  project
	table *routes.Table
	mux   *chi.Mux
	// diags are the problems found opening the app: routes, configuration,
	// the secret key.
	diags diag.List

	appObj    *appObject
	inject    func(m *vm.Module)
	endpoints map[string]*urlTarget
	public    fs.FS
	staticURL string
	assetURL  vm.Value
	// assets holds the *assets.Result the app's pages load.
	assets     atomic.Value
	assetNotes []string

	// db is the app's database (nil when it cannot be opened);
	// migrations its migrations folder.
	db            *db.Database
	migrations    string
	migrationsFS  fs.FS
	migrationsDir string
	root, pkg     string
	skipDBInit    bool
	assetCache    *assets.Cache

	sessionCodec        sessionCodec
	csrfSigner          csrfSigner
	security            [][2]string // the security headers
	budget              uint64
	timeout             time.Duration
	debugger            Debugger
	maxBody             int64
	accessLog, errorLog io.Writer
}

// Open opens the project rooted at root (the folder holding config.yml,
// app/ or pages/, public/) for serving. Problems in the app are
// diagnostics (see Diagnostics), not errors: the pages that can be served
// are. The error is for a root that cannot be opened at all.
func Open(root string, opts Options) (*Server, error) {
	fi, err := os.Stat(root)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("%s is not a folder; expected an app's folder (holding config.yml, app/ or pages/)", root)
	}
	return openDir(root, opts, opts.Cache)
}

// project is where an app's files come from: a folder, or a bundle.
type project struct {
	// fsys holds the project's files; dir is the project folder as paths
	// are shown in diagnostics, errors and tracebacks.
	fsys fs.FS
	dir  string
	// dataDir is where relative database paths start: the project
	// folder, or the bundle's folder.
	dataDir string
	// public returns the static files.
	public func(cfg *Config) fs.FS
	// cache holds compiled code: a bundle's, or a bundle being written.
	cache CodeCache
}

// CodeCache stores compiled programs and templates by key
// (compiler/bundle).
type CodeCache interface {
	loader.Cache
	tmpl.Cache
}

// open opens a project for serving.
func open(p project, opts Options) (*Server, error) {
	env := opts.Env
	if env == "" {
		env = "production"
	}
	appFS, appRoot, pkg := p.fsys, p.dir, ""
	if fi, err := fs.Stat(p.fsys, "app"); err == nil && fi.IsDir() {
		sub, err := fs.Sub(p.fsys, "app")
		if err != nil {
			return nil, err
		}
		appFS, appRoot, pkg = sub, filepath.Join(p.dir, "app"), "app"
	}
	cfg := LoadConfig(p.fsys, p.dir, env, opts.Environ)
	compat, compatDiags := compatSwitches(cfg, opts.Compat)
	topts := opts.Template
	if topts.DefaultLayout == "" {
		topts.DefaultLayout = cfg.String("LAYOUT", "")
	}
	if compat.Autoescape && topts.Autoescape == "" {
		topts.Autoescape = "hyperflask"
	}
	a, err := app.New(appFS, app.Options{Root: appRoot, Package: pkg, Template: topts, Config: cfg.Values, Macros: builtinMacros, ReferenceSplit: compat.Split})
	if err != nil {
		return nil, err
	}
	// The app's Python modules are found from the project root (import
	// app.models) and from the app root (components.X, and plain imports
	// of an app without a package).
	a.Python.FS, a.Python.Dir = p.fsys, p.dir
	a.Python.Roots = []string{"."}
	if pkg != "" {
		a.Python.Roots = append(a.Python.Roots, "app")
	}
	if p.cache != nil {
		a.Python.Cache, a.Env.Cache = p.cache, p.cache
	}
	s := &Server{app: a, cfg: cfg, proj: p, accessLog: opts.AccessLog, errorLog: opts.ErrorLog, debugger: opts.Debugger,
		skipDBInit: opts.NoDatabaseInit, assetCache: opts.AssetCache}
	if opts.MaxBody > 0 {
		cfg.Values.SetStr("MAX_CONTENT_LENGTH", vm.MakeInt(opts.MaxBody))
	}
	if s.errorLog == nil {
		s.errorLog = io.Discard
	}
	s.diags = append(s.diags, cfg.Diags...)
	s.diags = append(s.diags, compatDiags...)
	s.public = p.public(cfg)
	s.table = routes.FromFS(a.FS, appRoot, routes.Options{ReferenceSplit: compat.Split, ReferenceMethods: compat.Methods})
	s.diags = append(s.diags, s.table.Diags...)
	s.diags = append(s.diags, checkLayout(p.fsys, pkg != "", appFS, appRoot)...)
	s.setup()
	if opts.Assets != nil {
		s.SetAssets(opts.Assets)
	} else if _, bundled := p.cache.(*bundleCache); !bundled {
		// A bundle's assets were built when it was compiled (OpenBundle
		// passes them in opts.Assets).
		s.buildAssets(p.dir, appRoot)
	}
	s.openDatabase(pkg)
	return s, nil
}

// setup prepares what the requests share: the secret, the limits, the
// Python names and the router.
func (s *Server) setup() {
	secret := s.cfg.String("SECRET_KEY", "")
	if secret == "" {
		b := diag.Builder{File: "config.yml"}
		if s.cfg.Env == "development" {
			secret = "changeme"
			b.Add(diag.ConfigDevSecretKey, source.Span{}, "no SECRET_KEY is configured: sessions and CSRF tokens are signed with the development default %q, which anyone can forge", secret).
				WithHint("set secret_key in config.yml or FLASK_SECRET_KEY in the environment")
		} else {
			var k [32]byte
			_, _ = rand.Read(k[:])
			secret = string(k[:])
			b.Add(diag.ConfigDevSecretKey, source.Span{}, "no SECRET_KEY is configured: sessions are signed with a random key and do not survive a restart").
				WithHint("set secret_key in config.yml or FLASK_SECRET_KEY in the environment")
		}
		s.diags = append(s.diags, b.Diags...)
	}
	switch f := s.cfg.String("SESSION_COOKIE_FORMAT", sessionFormatHfc); f {
	case sessionFormatFlask:
		s.sessionCodec = newFlaskCodec(s, []byte(secret))
		s.csrfSigner = newFlaskCSRF([]byte(secret))
	default:
		if f != sessionFormatHfc {
			b := diag.Builder{File: "config.yml"}
			b.Add(diag.ConfigUnreadable, source.Span{}, "SESSION_COOKIE_FORMAT is %q: expected %q or %q; sessions use hfc's format", f, sessionFormatHfc, sessionFormatFlask).
				WithHint("write session_cookie_format: flask to read and write the session cookies of a Python Hyperflask app")
			s.diags = append(s.diags, b.Diags...)
		}
		s.sessionCodec = hfcCodec{s: s, signer: newSigner([]byte(secret), "session")}
		s.csrfSigner = hfcCSRF{newSigner([]byte(secret), "csrf")}
	}
	s.budget = uint64(s.cfg.Int("STEP_BUDGET", 50_000_000))
	s.timeout = s.cfg.Seconds("REQUEST_TIMEOUT", 30*time.Second)
	s.maxBody = s.cfg.Int("MAX_CONTENT_LENGTH", 16<<20)
	s.staticURL = "/" + strings.Trim(s.cfg.String("STATIC_URL_PATH", "/static"), "/")
	s.security = s.securityHeaderValues()

	s.appObj = &appObject{s: s}
	s.assetURL = s.app.AssetURLFunc(staticURLB)
	names := s.injected()
	keys := slices.Sorted(maps.Keys(names))
	s.inject = func(m *vm.Module) {
		m.Extra.Grow(len(keys))
		for _, k := range keys {
			m.SetGlobal(k, names[k])
		}
	}
	for k, v := range s.templateGlobals() {
		s.app.Env.SetGlobal(k, v)
	}
	s.endpoints = map[string]*urlTarget{}
	s.mux = chi.NewRouter()
	s.mux.NotFound(s.notFound)
	s.mux.MethodNotAllowed(s.methodNotAllowed)
	for _, rt := range s.table.Routes {
		s.route(rt.Path, chiPattern(rt.Parts), rt.Methods, s.pageHandler(rt))
		s.endpoints[rt.Endpoint] = &urlTarget{parts: rt.Parts}
	}
	for _, c := range s.app.Registry.Components() {
		if u := c.Route(); u != "" {
			s.route(s.app.File(c.File), u, c.Methods, s.componentHandler(c))
			s.endpoints[c.Name] = &urlTarget{parts: []routes.Part{{Static: u}}}
		}
	}
	if s.table.Endpoint("healthcheck") == nil && !s.mux.Match(chi.NewRouteContext(), "GET", "/healthcheck") {
		s.route("", "/healthcheck", []string{"GET"}, s.healthcheck)
	}
	staticParts, _ := routes.ParseRule(s.staticURL + "/<path:filename>")
	s.endpoints["static"] = &urlTarget{parts: staticParts}
	s.route("", s.staticURL+"/*", []string{"GET"}, s.serveStatic)
	s.route("", s.staticURL+"/assets/*", []string{"GET"}, s.serveAssets)
}

// route registers a handler for the methods a route declares, plus HEAD
// with GET and OPTIONS; chi's complaints about a pattern are diagnostics.
func (s *Server) route(file, pattern string, methods []string, h http.HandlerFunc) {
	defer func() {
		if r := recover(); r != nil {
			b := diag.Builder{File: file}
			b.Add(diag.RuleUnsupported, source.Span{}, "the router refuses the URL pattern %s: %v", pattern, r)
			s.diags = append(s.diags, b.Diags...)
		}
	}()
	seen := map[string]bool{}
	add := func(m string) {
		if !seen[m] {
			seen[m] = true
			s.mux.MethodFunc(m, pattern, h)
		}
	}
	for _, m := range methods {
		add(m)
		if m == "GET" {
			add("HEAD")
		}
	}
	add("OPTIONS")
}

// chiPattern writes a rule as a chi pattern: placeholders become {name} or
// {name:regexp}, a final path placeholder the catch-all *.
func chiPattern(parts []routes.Part) string {
	var b strings.Builder
	for _, p := range parts {
		switch {
		case p.Var == nil:
			b.WriteString(p.Static)
		case p.Var.Conv.Kind == routes.ConvPath:
			b.WriteString("*")
		case p.Var.Conv.IsDefault():
			b.WriteString("{" + p.Var.Name + "}")
		default:
			b.WriteString("{" + p.Var.Name + ":" + p.Var.Conv.Regex() + "}")
		}
	}
	return b.String()
}

// Diagnostics returns the problems found opening the app.
func (s *Server) Diagnostics() diag.List { return s.diags }

// Routes returns the app's route table.
func (s *Server) Routes() *routes.Table { return s.table }

// Config returns the app's configuration.
func (s *Server) Config() *Config { return s.cfg }

// App returns the app the server runs.
func (s *Server) App() *app.App { return s.app }

// ServeHTTP routes a request on its decoded path (as werkzeug matches
// PATH_INFO), logs it, and turns a panic that escaped a handler into a 500.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	sw := &statusWriter{ResponseWriter: w}
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(s.errorLog, "panic serving %s %s: %v\n", r.Method, r.URL.Path, p)
			if sw.status == 0 {
				s.write(sw, r, s.plainError(http.StatusInternalServerError))
			}
		}
		if s.accessLog != nil {
			host := r.RemoteAddr
			if i := strings.LastIndexByte(host, ':'); i >= 0 {
				host = host[:i]
			}
			fmt.Fprintf(s.accessLog, "%s - - [%s] \"%s %s %s\" %d %d %.1fms\n", host, start.Format("02/Jan/2006 15:04:05"),
				r.Method, r.URL.RequestURI(), r.Proto, sw.status, sw.size, float64(time.Since(start).Microseconds())/1000)
		}
	}()
	rctx := chi.NewRouteContext()
	rctx.RoutePath = r.URL.Path
	s.mux.ServeHTTP(sw, r.WithContext(context.WithValue(r.Context(), chi.RouteCtxKey, rctx)))
}

// statusWriter remembers the status and size of a response for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
	size   int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.size += n
	return n, err
}

// handle runs one request: a thread with the request's context, budget and
// request context; run's response, or the error page of its error; then
// the session cookie and the security headers.
func (s *Server) handle(w http.ResponseWriter, r *http.Request, endpoint string, run func(th *vm.Thread, rc *reqCtx) (*Response, error)) {
	debugged := s.debugger != nil && s.debugger.Attached()
	ctx := r.Context()
	if !debugged {
		dc := newDeadlineContext(ctx, time.Now().Add(s.timeout))
		defer dc.cancel()
		ctx = dc
	}
	rc := &reqCtx{s: s, r: r, endpoint: endpoint, g: &Namespace{d: vm.NewDict(0)}}
	rc.req = &Request{r: r, maxBody: s.maxBody, debug: s.cfg.Debug(), endpoint: endpoint}
	rc.page = app.NewPage()
	rc.page.Methods, rc.page.Helpers = pageMethods, pageHelpers
	th := s.newThread(ctx, rc)
	th.Name = r.Method + " " + r.URL.Path
	end := func() {}
	if s.debugger != nil {
		if debugged {
			th.MaxSteps = 0
		}
		end = s.debugger.BeginRequest(th, rc.page, rc.req)
	}
	if s.db != nil {
		s.db.Bind(th)
	}
	resp, err := s.safely(th, rc, run)
	end()
	if err != nil {
		resp = s.errorResponse(rc, err)
	}
	// The request's database session ends with the request: what was
	// written outside `with db:` is rolled back (reference §8).
	db.Release(th)
	// The request's thread may be out of budget or cancelled: what comes
	// after runs on another, made when there is something to do (flashes
	// for htmx, a session to save).
	if rc.req.isHtmx() || rc.sess != nil {
		post := s.newThread(context.Background(), rc)
		if err := s.flashOOB(post, rc, resp); err != nil {
			resp = s.errorResponse(rc, err)
		}
		// The assets the render used are the request thread's to tell.
		s.finishAssets(th, rc, resp)
		th.Release()
		if err := rc.saveSession(post, resp); err != nil {
			resp = s.errorResponse(rc, err)
		}
		post.Release()
	} else {
		s.finishAssets(th, rc, resp)
		th.Release()
	}
	s.write(w, r, resp)
}

// newThread returns a thread for a request: its context, the step budget,
// the request context, print() to the error log. The threads of a request
// run one after the other and share their locals (the request context,
// the assets its renders used).
func (s *Server) newThread(ctx context.Context, rc *reqCtx) *vm.Thread {
	th := vm.NewThread(ctx)
	th.MaxSteps = s.budget
	th.Stdout = s.errorLog
	th.Importer = s.app.Python
	if rc.locals == nil {
		rc.locals = map[string]any{localsKey: rc}
	}
	th.Locals = rc.locals
	return th
}

// safely calls run, turning a Go panic into an error.
func (s *Server) safely(th *vm.Thread, rc *reqCtx, run func(th *vm.Thread, rc *reqCtx) (*Response, error)) (resp *Response, err error) {
	defer func() {
		if p := recover(); p != nil {
			resp, err = nil, fmt.Errorf("panic: %v", p)
		}
	}()
	return run(th, rc)
}

// write sends a response: its headers, the security headers, the status,
// and the body (none for HEAD, with the length a GET would have).
func (s *Server) write(w http.ResponseWriter, r *http.Request, resp *Response) {
	h := w.Header()
	resp.Headers.write(h)
	s.securityHeaders(h)
	h.Set("Content-Length", strconv.Itoa(len(resp.Body)))
	w.WriteHeader(resp.Status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(resp.Body)
	}
}

// pageHandler answers the requests of a page (reference §2.4).
func (s *Server) pageHandler(rt *routes.Route) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.handle(w, r, rt.Endpoint, func(th *vm.Thread, rc *reqCtx) (*Response, error) {
			va, err := s.viewArgs(th, r, rt)
			if err != nil {
				return nil, err
			}
			rc.req.viewArgs = va
			if r.Method == http.MethodOptions && !rt.Declares("OPTIONS") {
				return s.optionsResponse(r), nil
			}
			rc.page.ViewArgs = va
			res, err := s.app.RunPage(th, rt.File, app.PageRun{Method: r.Method, Page: rc.page, Inject: s.inject})
			if err != nil {
				return nil, err
			}
			if res.Response != nil {
				return s.makeResponse(th, res.Response)
			}
			return newResponse(res.Body), nil
		})
	}
}

// componentHandler answers the requests of a component's route (reference
// §5.8): page.template is the component's template, the module's method
// function gives the props or the response.
func (s *Server) componentHandler(c *app.Component) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.handle(w, r, c.Name, func(th *vm.Thread, rc *reqCtx) (*Response, error) {
			method := r.Method
			declares := func(m string) bool {
				for _, x := range c.Methods {
					if x == m {
						return true
					}
				}
				return false
			}
			switch {
			case method == http.MethodOptions && !declares("OPTIONS"):
				return s.optionsResponse(r), nil
			case method == http.MethodHead && !declares("HEAD"):
				method = http.MethodGet
			}
			if c.Template != "" {
				rc.page.Set("template", vm.Str(c.Template))
			}
			v, err := s.app.RunComponentRoute(th, c.Name, method, rc.templateVars())
			if err != nil {
				return nil, err
			}
			return s.makeResponse(th, v)
		})
	}
}

// viewArgs converts the matched placeholders to Python values (int,
// float, uuid.UUID, str); a value its converter rejects is a 404.
func (s *Server) viewArgs(th *vm.Thread, r *http.Request, rt *routes.Route) (*vm.Dict, error) {
	rctx := chi.RouteContext(r.Context())
	vars := rt.Vars()
	d := vm.NewDict(len(vars))
	for _, v := range vars {
		key := v.Name
		if v.Conv.Kind == routes.ConvPath {
			key = "*"
		}
		raw := rctx.URLParam(key)
		if !v.Conv.Accepts(raw) {
			return nil, newHTTPError(http.StatusNotFound, "")
		}
		var val vm.Value = vm.Str(raw)
		switch v.Conv.Kind {
		case routes.ConvInt:
			n, ok := new(big.Int).SetString(raw, 10)
			if !ok {
				return nil, newHTTPError(http.StatusNotFound, "")
			}
			val = vm.MakeBigInt(n)
		case routes.ConvFloat:
			f, err := strconv.ParseFloat(raw, 64)
			if err != nil {
				return nil, newHTTPError(http.StatusNotFound, "")
			}
			val = vm.Float(f)
		case routes.ConvUUID:
			mod, err := s.app.Python.Import(th, "uuid")
			if err != nil {
				return nil, err
			}
			cls, err := th.GetAttr(mod, "UUID")
			if err != nil {
				return nil, err
			}
			if val, err = th.CallValue(cls, []vm.Value{vm.Str(raw)}, nil); err != nil {
				return nil, err
			}
		}
		d.SetStr(v.Name, val)
	}
	return d, nil
}

// allowed returns the methods some route answers for the request's path
// (werkzeug's allowed_methods: every matching rule counts).
func (s *Server) allowed(r *http.Request) []string {
	var out []string
	for _, m := range []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"} {
		if s.mux.Match(chi.NewRouteContext(), m, r.URL.Path) {
			out = append(out, m)
		}
	}
	return out
}

// optionsResponse is Flask's automatic OPTIONS answer: empty, with Allow.
func (s *Server) optionsResponse(r *http.Request) *Response {
	resp := newResponse("")
	resp.Headers.Set("Allow", allowHeader(s.allowed(r)))
	return resp
}

// notFound answers a URL that no route matches.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.handle(w, r, "", func(th *vm.Thread, rc *reqCtx) (*Response, error) {
		return nil, newHTTPError(http.StatusNotFound, "")
	})
}

// methodNotAllowed answers a method that the URL's routes do not take:
// 405 with the Allow header.
func (s *Server) methodNotAllowed(w http.ResponseWriter, r *http.Request) {
	s.handle(w, r, "", func(th *vm.Thread, rc *reqCtx) (*Response, error) {
		e := newHTTPError(http.StatusMethodNotAllowed, "")
		e.Payload.(*HTTPError).Allow = s.allowed(r)
		return nil, e
	})
}

// serveStatic serves a file of the static folder (public/), with
// conditional and range requests; folders and missing files are 404.
func (s *Server) serveStatic(w http.ResponseWriter, r *http.Request) {
	s.servePublic(w, r, strings.TrimPrefix(chi.RouteContext(r.Context()).URLParam("*"), "/"))
}

// servePublic serves the file name of the static folder: revalidated on
// each use (no-cache) against its ETag, made of its modification time and
// size.
func (s *Server) servePublic(w http.ResponseWriter, r *http.Request, name string) {
	f, err := s.public.Open(name)
	if err == nil && fs.ValidPath(name) {
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			if rs, ok := f.(io.ReadSeeker); ok {
				h := w.Header()
				h.Set("Cache-Control", "no-cache")
				h.Set("ETag", fmt.Sprintf(`"%d-%d"`, fi.ModTime().Unix(), fi.Size()))
				s.securityHeaders(h)
				http.ServeContent(w, r, fi.Name(), fi.ModTime(), rs)
				return
			}
		}
	}
	s.notFound(w, r)
}
