package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"sync"
	"syscall"
	"time"

	"github.com/hyperflask/hfc/dap"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/internal/docsite"
	"github.com/hyperflask/hfc/runtime/server"
)

// serveFlags are the options of the HTTP server that hfc serve and hfc dev
// share.
type serveFlags struct {
	addr, env, accessLog, debugAddr               string
	readTimeout, writeTimeout, idleTimeout, grace time.Duration
	maxBody                                       int64
}

func (f *serveFlags) register(fs *flag.FlagSet, defaultEnv string) {
	fs.StringVar(&f.addr, "addr", "127.0.0.1:8000", "the address to listen on (host:port; :PORT for every interface)")
	fs.StringVar(&f.env, "env", defaultEnv, "configuration environment: production or development (tracebacks in error pages); $FLASK_ENV by default")
	fs.StringVar(&f.accessLog, "access-log", "-", `where each request is logged: "-" for standard output, "off" for nowhere, or a file (appended to)`)
	fs.DurationVar(&f.readTimeout, "read-timeout", 60*time.Second, "the longest a request (headers and body) may take to arrive")
	fs.DurationVar(&f.writeTimeout, "write-timeout", 60*time.Second, "the longest a response may take to be written, from the end of the request's headers")
	fs.DurationVar(&f.idleTimeout, "idle-timeout", 120*time.Second, "how long an idle keep-alive connection stays open")
	fs.DurationVar(&f.grace, "shutdown-timeout", 10*time.Second, "on SIGINT or SIGTERM, how long running requests may take to finish")
	fs.Int64Var(&f.maxBody, "max-body", -1, "the largest request body accepted, in bytes (413 beyond); config MAX_CONTENT_LENGTH (16 MiB by default) when negative")
	fs.StringVar(&f.debugAddr, "debug-addr", "", "serve the debugger on this loopback host:port, for hfls dap to attach to")
}

// startDebugger starts the debugger of --debug-addr (nil without it) and
// adds it to the server options.
func (f *serveFlags) startDebugger(opts *server.Options, stderr io.Writer) (*dap.DebugServer, error) {
	if f.debugAddr == "" {
		return nil, nil
	}
	dbg, err := dap.StartDebugServer(f.debugAddr, stderr)
	if err != nil {
		return nil, fmt.Errorf("--debug-addr: %v", err)
	}
	*opts = dbg.Options(*opts)
	return dbg, nil
}

// options returns the server options of the flags, and a function that
// closes the access log.
func (f *serveFlags) options(stdout, stderr io.Writer) (server.Options, func(), error) {
	opts := server.Options{Env: f.env, Environ: os.Environ(), ErrorLog: stderr, MaxBody: f.maxBody}
	closeLog := func() {}
	switch f.accessLog {
	case "-":
		opts.AccessLog = stdout
	case "off", "":
	default:
		file, err := os.OpenFile(f.accessLog, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err != nil {
			return opts, nil, err
		}
		opts.AccessLog = file
		closeLog = func() { file.Close() }
	}
	return opts, closeLog, nil
}

// httpServer returns the http.Server of the flags. A debugged server has
// no write timeout: a request may stay stopped at a breakpoint.
func (f *serveFlags) httpServer(h http.Handler, debugged bool) *http.Server {
	hs := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: min(10*time.Second, f.readTimeout),
		ReadTimeout:       f.readTimeout,
		WriteTimeout:      f.writeTimeout,
		IdleTimeout:       f.idleTimeout,
		MaxHeaderBytes:    1 << 20,
	}
	if debugged {
		hs.WriteTimeout = 0
	}
	return hs
}

func init() {
	var sf serveFlags
	register(&command{
		name:         "serve",
		args:         "APP|app.hfb",
		summary:      "serve an app, or a bundle that hfc compile wrote, over HTTP",
		interspersed: true,
		help: `APP is the app's folder: the one holding config.yml, app/ or pages/; app.hfb
a bundle written by hfc compile, served from its compiled code (a bundle that
another version of hfc wrote is refused). The pages are served at the URLs of
their paths (reference §2), the components at /__components/NAME, the files of
public/ at /static/.

Its assets are built when it opens, in-process with esbuild (docs/assets.md):
the bundles of config assets_bundles (by default app/assets/main.js and
main.css), the <script bundle> and <style bundle> blocks of its templates, its
web and React components, htmx and Alpine from node_modules; minified in
production, with source maps in development. They are served under
/static/assets/ with names that hold their content hash.

Problems found opening the app are printed as diagnostics; errors (two pages
answering the same URL, a URL that cannot be routed …) stop the command with
exit status 1 before it listens. The configuration comes from config.yml,
config.ENV.yml, .env, .env.ENV (not in bundles) and FLASK_* environment
variables.

Each request is logged (--access-log). A request runs with a step budget
(config STEP_BUDGET) and a time limit (config REQUEST_TIMEOUT): a page stuck
in a loop answers 503 and the server keeps serving. SIGINT or SIGTERM stops
accepting connections and lets running requests finish (--shutdown-timeout).

With --debug-addr, the debugger listens on that loopback address and
` + "`hfls dap`" + ` attaches to it (an attach request with {"addr": ADDR}): see
docs/debugging.md.

A folder that holds no app (no config.yml, app/ or pages/) but Markdown files
is served as a documentation site: each FILE.md at /FILE, README.md at its
folder's URL, and a home page listing every document (hfc serve docs).`,
		flags: func(fs *flag.FlagSet) { sf.register(fs, envDefault()) },
		run: func(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) int {
			if len(args) != 1 {
				fmt.Fprintln(stderr, "hfc serve: expected exactly one APP folder or app.hfb bundle")
				return 2
			}
			if docsite.IsDocs(args[0]) {
				return serveDocs(args[0], &sf, stdout, stderr)
			}
			opts, closeLog, err := sf.options(stdout, stderr)
			if err != nil {
				fmt.Fprintf(stderr, "hfc serve: %v\n", err)
				return 1
			}
			tuneGC()
			defer closeLog()
			dbg, err := sf.startDebugger(&opts, stderr)
			if err != nil {
				fmt.Fprintf(stderr, "hfc serve: %v\n", err)
				return 1
			}
			if dbg != nil {
				defer dbg.Close()
			}
			srv, err := openApp(args[0], opts)
			if err != nil {
				fmt.Fprintf(stderr, "hfc serve: %v\n", err)
				return 1
			}
			for _, n := range srv.AssetNotes() {
				fmt.Fprintln(stderr, n)
			}
			if !printDiagnostics(stderr, srv.Diagnostics()) {
				fmt.Fprintf(stderr, "hfc serve: %s: the app has errors; nothing served\n", args[0])
				return 1
			}
			ln, err := net.Listen("tcp", sf.addr)
			if err != nil {
				fmt.Fprintf(stderr, "hfc serve: %v\n", err)
				return 1
			}
			fmt.Fprintf(stderr, "hfc serve: %d pages of %s on http://%s (%s)\n", len(srv.Routes().Routes), args[0], ln.Addr(), srv.Config().Env)
			if dbg != nil {
				dbg.Serving(srv)
				fmt.Fprintf(stderr, "hfc serve: debugger on %s (hfls dap attaches to it)\n", dbg.Addr())
			}
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return serveUntil(ctx, sf.httpServer(srv, dbg != nil), ln, sf.grace, stderr)
		},
	})
}

// gcPercent is the garbage collector's setting while serving, unless
// $GOGC sets it: a request allocates tens of kilobytes while the live heap
// (compiled code, modules) is a few megabytes, so the default of 100
// collects every few hundred requests; at 800 the process holds up to nine
// times its live heap and spends about half the CPU per request of the
// default (BenchmarkServe, docs/performance.md).
const gcPercent = 800

// memoryLimit bounds the heap that gcPercent lets grow, unless
// $GOMEMLIMIT sets it: an app whose live heap is tens of megabytes (the
// data layer's SQLite connections and their page caches) would otherwise
// hold up to nine times that (220–400 MiB resident for bench/serve's db
// app); near the limit the collector runs more often instead.
const memoryLimit = 256 << 20

// tuneGC sets gcPercent and memoryLimit unless $GOGC and $GOMEMLIMIT set
// them.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}

// openApp opens an app's folder, or a bundle (any path that is not a
// folder).
func openApp(path string, opts server.Options) (*server.Server, error) {
	if fi, err := os.Stat(path); err == nil && !fi.IsDir() {
		return server.OpenBundle(path, opts)
	}
	return server.Open(path, opts)
}

// printDiagnostics prints the warnings and errors of an app; it reports
// whether there is no error.
func printDiagnostics(w io.Writer, diags diag.List) bool {
	for _, d := range diags {
		if d.Severity <= diag.Warning {
			fmt.Fprintln(w, d.Error())
		}
	}
	return !diags.HasErrors()
}

// serveDocs serves the Markdown documents of dir as a site, with the
// address, access log and timeouts of the serve flags.
func serveDocs(dir string, sf *serveFlags, stdout, stderr io.Writer) int {
	site, err := docsite.New(dir)
	if err != nil {
		fmt.Fprintf(stderr, "hfc serve: %v\n", err)
		return 1
	}
	pages, err := site.Pages()
	if err != nil {
		fmt.Fprintf(stderr, "hfc serve: %v\n", err)
		return 1
	}
	opts, closeLog, err := sf.options(stdout, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "hfc serve: %v\n", err)
		return 1
	}
	defer closeLog()
	ln, err := net.Listen("tcp", sf.addr)
	if err != nil {
		fmt.Fprintf(stderr, "hfc serve: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "hfc serve: %d documents of %s on http://%s (a documentation site: no app here)\n", len(pages), dir, ln.Addr())
	var h http.Handler = site
	if opts.AccessLog != nil {
		h = logRequests(site, opts.AccessLog)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serveUntil(ctx, sf.httpServer(h, false), ln, sf.grace, stderr)
}

// logRequests writes a line per request: method, path, status.
func logRequests(h http.Handler, w io.Writer) http.Handler {
	var mu sync.Mutex
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: rw, status: http.StatusOK}
		h.ServeHTTP(sw, r)
		mu.Lock()
		fmt.Fprintf(w, "%s %s %d\n", r.Method, r.URL.RequestURI(), sw.status)
		mu.Unlock()
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

// envDefault is the environment when --env is not given: $FLASK_ENV, else
// production.
func envDefault() string {
	if e := os.Getenv("FLASK_ENV"); e != "" {
		return e
	}
	return "production"
}

// serveUntil serves until ctx is done (SIGINT or SIGTERM), then shuts down
// gracefully: no new connections, running requests finish within grace.
func serveUntil(ctx context.Context, hs *http.Server, ln net.Listener, grace time.Duration, stderr io.Writer) int {
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		fmt.Fprintf(stderr, "hfc: %v\n", err)
		return 1
	case <-ctx.Done():
	}
	fmt.Fprintln(stderr, "hfc: shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			fmt.Fprintf(stderr, "hfc: requests still running after --shutdown-timeout %v: their connections are closed\n", grace)
		} else {
			fmt.Fprintf(stderr, "hfc: %v\n", err)
		}
		hs.Close()
		return 1
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "hfc: %v\n", err)
		return 1
	}
	return 0
}
