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
	"syscall"
	"time"

	"github.com/hyperflask/hfc/dap"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/runtime/server"
)

func init() {
	var addr, env, debugAddr string
	var quiet bool
	register(&command{
		name:    "serve",
		args:    "APP",
		summary: "serve an app over HTTP",
		help: `APP is the app's folder: the one holding config.yml, app/ or pages/. Its
pages are served at the URLs of their paths (reference §2), its components at
/__components/NAME, and the files of public/ at /static/.

Its assets are built when it opens, in-process with esbuild (docs/assets.md):
the bundles of config assets_bundles (by default app/assets/main.js and
main.css), the <script bundle> and <style bundle> blocks of its templates, its
web and React components, htmx and Alpine from node_modules; minified in
production, with source maps in development. They are served under
/static/assets/ with names that hold their content hash.

Problems found opening the app are printed as diagnostics; errors (two pages
answering the same URL, a URL that cannot be routed …) stop the command with
exit status 1 before it listens. The configuration comes from config.yml,
config.ENV.yml, .env, .env.ENV and FLASK_* environment variables.

Each request is logged to standard output. SIGINT or SIGTERM stops accepting
connections and lets running requests finish (up to 10 seconds).

With --debug-addr, the debugger listens on that loopback address and
` + "`hfls dap`" + ` attaches to it (an attach request with {"addr": ADDR}): see
docs/debugging.md.`,
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&addr, "addr", "127.0.0.1:8000", "the address to listen on (host:port)")
			fs.StringVar(&env, "env", envDefault(), "configuration environment: production or development (tracebacks in error pages); $FLASK_ENV by default")
			fs.BoolVar(&quiet, "quiet", false, "do not log each request")
			fs.StringVar(&debugAddr, "debug-addr", "", "serve the debugger on this loopback host:port, for hfls dap to attach to")
		},
		run: func(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) int {
			if len(args) != 1 {
				fmt.Fprintln(stderr, "hfc serve: expected exactly one APP folder")
				return 2
			}
			opts := server.Options{Env: env, Environ: os.Environ(), ErrorLog: stderr}
			if !quiet {
				opts.AccessLog = stdout
			}
			var dbg *dap.DebugServer
			if debugAddr != "" {
				var err error
				if dbg, err = dap.StartDebugServer(debugAddr, stderr); err != nil {
					fmt.Fprintf(stderr, "hfc serve: --debug-addr: %v\n", err)
					return 1
				}
				defer dbg.Close()
				opts = dbg.Options(opts)
			}
			srv, err := server.Open(args[0], opts)
			if err != nil {
				fmt.Fprintf(stderr, "hfc serve: %v\n", err)
				return 1
			}
			diags := srv.Diagnostics()
			for _, d := range diags {
				if d.Severity <= diag.Warning {
					fmt.Fprintln(stderr, d.Error())
				}
			}
			for _, n := range srv.AssetNotes() {
				fmt.Fprintln(stderr, n)
			}
			if diags.HasErrors() {
				fmt.Fprintf(stderr, "hfc serve: %s: the app has errors; nothing served\n", args[0])
				return 1
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				fmt.Fprintf(stderr, "hfc serve: %v\n", err)
				return 1
			}
			fmt.Fprintf(stderr, "hfc serve: %d pages of %s on http://%s (%s)\n", len(srv.Routes().Routes), args[0], ln.Addr(), srv.Config().Env)
			if dbg != nil {
				dbg.Serving(srv)
				fmt.Fprintf(stderr, "hfc serve: debugger on %s (hfls dap attaches to it)\n", dbg.Addr())
			}
			return serveUntilSignal(srv, ln, stderr, dbg != nil)
		},
	})
}

// envDefault is the environment when --env is not given: $FLASK_ENV, else
// production.
func envDefault() string {
	if e := os.Getenv("FLASK_ENV"); e != "" {
		return e
	}
	return "production"
}

// serveUntilSignal serves until SIGINT or SIGTERM, then shuts down
// gracefully: no new connections, running requests finish. A debugged
// server has no write timeout: a request may stay stopped at a
// breakpoint.
func serveUntilSignal(h http.Handler, ln net.Listener, stderr io.Writer, debugged bool) int {
	hs := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    1 << 20,
	}
	if debugged {
		hs.WriteTimeout = 0
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		fmt.Fprintf(stderr, "hfc serve: %v\n", err)
		return 1
	case <-ctx.Done():
	}
	fmt.Fprintln(stderr, "hfc serve: shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		fmt.Fprintf(stderr, "hfc serve: %v\n", err)
		return 1
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "hfc serve: %v\n", err)
		return 1
	}
	return 0
}
