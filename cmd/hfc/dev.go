package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/hyperflask/hfc/runtime/devserver"
)

func init() {
	var sf serveFlags
	register(&command{
		name:         "dev",
		args:         "APP",
		summary:      "serve an app while you edit it: recompile on change, live reload, errors in the browser",
		interspersed: true,
		help: `APP is the app's folder. It is served as hfc serve serves it, in the
development environment by default (tracebacks in error pages). Its files are
watched: when they change, the app is opened again and what changed is
compiled again (the rest is kept), the problems are printed here, and the
browsers showing its pages reload, or show the compile errors in an overlay
until they are fixed. A small script that listens to the server's events
(` + devserver.EventsPath + `) is added to the HTML pages; nothing of it is served by hfc
serve or in a bundle.`,
		flags: func(fs *flag.FlagSet) {
			def := os.Getenv("FLASK_ENV")
			if def == "" {
				def = "development"
			}
			sf.register(fs, def)
		},
		run: func(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) int {
			if len(args) != 1 {
				fmt.Fprintln(stderr, "hfc dev: expected exactly one APP folder")
				return 2
			}
			opts, closeLog, err := sf.options(stdout, stderr)
			if err != nil {
				fmt.Fprintf(stderr, "hfc dev: %v\n", err)
				return 1
			}
			defer closeLog()
			tuneGC()
			dbg, err := sf.startDebugger(&opts, stderr)
			if err != nil {
				fmt.Fprintf(stderr, "hfc dev: %v\n", err)
				return 1
			}
			dopts := devserver.Options{Server: opts, Log: stderr}
			if dbg != nil {
				defer dbg.Close()
				dopts.Serving = dbg.Serving
			}
			d, err := devserver.New(args[0], dopts)
			if err != nil {
				fmt.Fprintf(stderr, "hfc dev: %v\n", err)
				return 1
			}
			ln, err := net.Listen("tcp", sf.addr)
			if err != nil {
				fmt.Fprintf(stderr, "hfc dev: %v\n", err)
				return 1
			}
			watch, err := d.Watch()
			if err != nil {
				fmt.Fprintf(stderr, "hfc dev: watching %s: %v\n", args[0], err)
				return 1
			}
			srv := d.Server()
			fmt.Fprintf(stderr, "hfc dev: %d pages of %s on http://%s (%s), watching for changes\n", len(srv.Routes().Routes), args[0], ln.Addr(), srv.Config().Env)
			if dbg != nil {
				fmt.Fprintf(stderr, "hfc dev: debugger on %s (hfls dap attaches to it)\n", dbg.Addr())
			}
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			watchErr := make(chan error, 1)
			go func() { watchErr <- watch(ctx) }()
			hs := sf.httpServer(d, dbg != nil)
			hs.RegisterOnShutdown(d.Close)
			status := serveUntil(ctx, hs, ln, sf.grace, stderr)
			stop()
			if err := <-watchErr; err != nil {
				fmt.Fprintf(stderr, "hfc dev: watching %s: %v\n", args[0], err)
				return 1
			}
			return status
		},
	})
}
