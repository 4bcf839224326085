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

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/runtime/server"
)

func init() {
	var addr, env string
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
connections and lets running requests finish (up to 10 seconds).`,
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&addr, "addr", "127.0.0.1:8000", "the address to listen on (host:port)")
			fs.StringVar(&env, "env", envDefault(), "configuration environment: production or development (tracebacks in error pages); $FLASK_ENV by default")
			fs.BoolVar(&quiet, "quiet", false, "do not log each request")
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
			return serveUntilSignal(srv, ln, stderr)
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
// gracefully: no new connections, running requests finish.
func serveUntilSignal(h http.Handler, ln net.Listener, stderr io.Writer) int {
	hs := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    1 << 20,
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
