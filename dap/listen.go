package dap

import (
	"fmt"
	"io"
	"net"

	hfdebug "github.com/hyperflask/hfc/runtime/debug"
	"github.com/hyperflask/hfc/runtime/server"
)

// DebugServer is the debugger of a process that serves an app (hfc serve
// --debug-addr, hfc dev --debug-addr): it answers the Debug Adapter
// Protocol on a loopback address, one client at a time, and `hfls dap`
// attaches to it. Use:
//
//	dbg, err := dap.StartDebugServer(addr, stderr)
//	opts = dbg.Options(opts)        // for each server.Open
//	srv, err := server.Open(dir, opts)
//	dbg.Serving(srv)                // after each (re)open
//	defer dbg.Close()
//
// A request stopped at a breakpoint holds its connection for as long as
// the user looks around: serve with no http.Server WriteTimeout.
type DebugServer struct {
	// Engine is the process's debugger.
	Engine *hfdebug.Engine
	ln     net.Listener
	log    io.Writer
}

// StartDebugServer listens on addr (a loopback host:port; port 0 picks a
// free one) and serves debug sessions until Close. log receives the
// problems of sessions.
func StartDebugServer(addr string, log io.Writer) (*DebugServer, error) {
	if err := CheckLoopback(addr); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	if log == nil {
		log = io.Discard
	}
	d := &DebugServer{Engine: hfdebug.New(), ln: ln, log: log}
	go d.accept()
	return d, nil
}

// Addr returns the address the debugger listens on.
func (d *DebugServer) Addr() net.Addr { return d.ln.Addr() }

// Close stops listening and detaches the client, if any.
func (d *DebugServer) Close() error {
	err := d.ln.Close()
	d.Engine.Detach()
	return err
}

// Options returns opts with the debugger following requests, and the
// access and error logs (print() output included) copied to the debug
// console while a client is attached.
func (d *DebugServer) Options(opts server.Options) server.Options {
	opts.Debugger = d.Engine
	if opts.AccessLog != nil {
		opts.AccessLog = d.Engine.LogWriter("console", opts.AccessLog)
	}
	opts.ErrorLog = d.Engine.LogWriter("stderr", opts.ErrorLog)
	return opts
}

// Serving tells the debugger which server runs now (its app's files and
// template settings place breakpoints).
func (d *DebugServer) Serving(srv *server.Server) { d.Engine.SetApp(srv.App()) }

func (d *DebugServer) accept() {
	for {
		conn, err := d.ln.Accept()
		if err != nil {
			return
		}
		go d.session(conn)
	}
}

// session runs one client's session on a connection: initialize, attach,
// then the debugging requests, until it disconnects.
func (d *DebugServer) session(conn net.Conn) {
	defer conn.Close()
	s := newSession(conn, conn, d.log)
	s.eng, s.local = d.Engine, true
	defer s.end()
	if err := s.serve(); err != nil {
		fmt.Fprintf(d.log, "hfc: debug session from %s: %v\n", conn.RemoteAddr(), err)
	}
}
