package dap

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	godap "github.com/google/go-dap"

	"github.com/hyperflask/hfc/grammar/diag"
	hfdebug "github.com/hyperflask/hfc/runtime/debug"
	"github.com/hyperflask/hfc/runtime/server"
)

// LaunchArgs are the arguments of a launch request.
type LaunchArgs struct {
	// App is the app's folder (holding config.yml, app/ or pages/).
	App string `json:"app"`
	// Addr is where the app is served; 127.0.0.1:8000 by default (port 0
	// picks a free port, which the console says).
	Addr string `json:"addr"`
	// Env holds environment variables for the app's configuration
	// (FLASK_*); FLASK_ENV chooses the configuration environment,
	// development by default.
	Env map[string]string `json:"env"`
	// NoDebug serves the app without stopping anywhere.
	NoDebug bool `json:"noDebug"`
}

// AttachArgs are the arguments of an attach request.
type AttachArgs struct {
	// Addr is the debug address of a running server (its --debug-addr),
	// on the loopback interface.
	Addr string `json:"addr"`
}

// launched is an app served in the adapter's process.
type launched struct {
	hs      *http.Server
	ln      net.Listener
	started bool
	once    sync.Once
}

// onLaunch opens the app, reports its problems and binds its address;
// it is served from configurationDone on, once breakpoints are set.
func (s *Session) onLaunch(r *godap.LaunchRequest) error {
	if s.local {
		return errors.New("this is the debugger of a running server: attach to it")
	}
	if s.launch != nil || s.eng != nil || s.proxy != nil {
		return errors.New("this session debugs an app already")
	}
	var args LaunchArgs
	if len(r.Arguments) > 0 {
		if err := json.Unmarshal(r.Arguments, &args); err != nil {
			return fmt.Errorf("launch arguments: %v", err)
		}
	}
	if args.App == "" {
		return errors.New(`launch: "app" must name the app's folder`)
	}
	dir, err := filepath.Abs(args.App)
	if err != nil {
		return err
	}
	if args.Addr == "" {
		args.Addr = "127.0.0.1:8000"
	}
	environ := os.Environ()
	env := "development"
	for k, v := range args.Env {
		environ = append(environ, k+"="+v)
		if k == "FLASK_ENV" && v != "" {
			env = v
		}
	}
	eng := hfdebug.New()
	opts := server.Options{Env: env, Environ: environ, AccessLog: eng.LogWriter("console", nil), ErrorLog: eng.LogWriter("stderr", nil)}
	if !args.NoDebug {
		opts.Debugger = eng
	}
	srv, err := server.Open(dir, opts)
	if err != nil {
		return err
	}
	var errs []string
	for _, d := range srv.Diagnostics() {
		if d.Severity == diag.Error {
			errs = append(errs, d.Error())
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("the app has errors; nothing served:\n%s", strings.Join(errs, "\n"))
	}
	ln, err := net.Listen("tcp", args.Addr)
	if err != nil {
		return err
	}
	eng.SetApp(srv.App())
	if err := eng.Attach(s); err != nil {
		ln.Close()
		return err
	}
	s.eng, s.attached = eng, true
	s.launch = &launched{ln: ln, hs: &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}}
	for _, d := range srv.Diagnostics() {
		if d.Severity == diag.Warning {
			s.console("%s\n", d.Error())
		}
	}
	s.send(&godap.LaunchResponse{Response: response(&r.Request)})
	s.console("hfls dap: serving %s on http://%s (%s)\n", dir, ln.Addr(), env)
	s.send(&godap.InitializedEvent{Event: event("initialized")})
	return nil
}

// serve starts serving the launched app (once).
func (l *launched) serve(s *Session) {
	l.once.Do(func() {
		l.started = true
		go func() {
			err := l.hs.Serve(l.ln)
			if !errors.Is(err, http.ErrServerClosed) {
				s.console("hfls dap: the server stopped: %v\n", err)
				s.send(&godap.ExitedEvent{Event: event("exited"), Body: godap.ExitedEventBody{ExitCode: 1}})
				s.send(&godap.TerminatedEvent{Event: event("terminated")})
			}
		}()
	})
}

// stop ends the launched app: the debugger lets stopped requests go,
// running ones get a few seconds to finish.
func (l *launched) stop(s *Session) {
	if s.attached {
		s.eng.Detach()
		s.attached = false
	}
	if l.started {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		if err := l.hs.Shutdown(ctx); err != nil {
			l.hs.Close()
		}
		cancel()
	} else {
		l.ln.Close()
	}
	s.send(&godap.ExitedEvent{Event: event("exited"), Body: godap.ExitedEventBody{ExitCode: 0}})
	s.send(&godap.TerminatedEvent{Event: event("terminated")})
}

// onAttach attaches the session: to its own process's engine for a
// session of Listen, else to the server at the given debug address, whose
// messages it then passes through.
func (s *Session) onAttach(r *godap.AttachRequest, raw []byte) error {
	if s.local {
		if err := s.eng.Attach(s); err != nil {
			return err
		}
		s.attached = true
		s.send(&godap.AttachResponse{Response: response(&r.Request)})
		s.send(&godap.InitializedEvent{Event: event("initialized")})
		return nil
	}
	if s.launch != nil || s.proxy != nil {
		return errors.New("this session debugs an app already")
	}
	var args AttachArgs
	if len(r.Arguments) > 0 {
		if err := json.Unmarshal(r.Arguments, &args); err != nil {
			return fmt.Errorf("attach arguments: %v", err)
		}
	}
	if err := CheckLoopback(args.Addr); err != nil {
		return fmt.Errorf("attach: %v", err)
	}
	p, err := dialServer(args.Addr, s.initRaw)
	if err != nil {
		return fmt.Errorf("attach to %s: %v", args.Addr, err)
	}
	s.proxy = p
	// From here on the server answers: the attach request itself first.
	if err := p.forward(raw); err != nil {
		return err
	}
	go p.pump(s)
	return nil
}

// CheckLoopback accepts a host:port on the loopback interface only: a
// debug address lets its client run code in the server.
func CheckLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("debug address %q: expected host:port", addr)
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("debug address %q: the host must be a loopback address (127.0.0.1, ::1 or localhost)", addr)
	}
	return nil
}

// proxy passes messages between the client and a server's debug address.
type proxy struct {
	conn net.Conn
	br   *bufio.Reader
}

// dialServer connects to a debug address and initializes the session
// there with the client's initialize request (its answer, already given
// to the client, is dropped).
func dialServer(addr string, initRaw []byte) (*proxy, error) {
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		return nil, err
	}
	p := &proxy{conn: conn}
	if initRaw == nil {
		initRaw = []byte(`{"seq":0,"type":"request","command":"initialize","arguments":{"adapterID":"hyperflask"}}`)
	}
	if err := p.forward(initRaw); err != nil {
		conn.Close()
		return nil, err
	}
	p.br = bufio.NewReader(conn)
	for {
		raw, err := godap.ReadBaseMessage(p.br)
		if err != nil {
			conn.Close()
			return nil, err
		}
		var env struct {
			Type    string `json:"type"`
			Command string `json:"command"`
			Success bool   `json:"success"`
			Message string `json:"message"`
		}
		if json.Unmarshal(raw, &env) == nil && env.Type == "response" && env.Command == "initialize" {
			if !env.Success {
				conn.Close()
				return nil, errors.New(env.Message)
			}
			return p, nil
		}
	}
}

func (p *proxy) forward(raw []byte) error { return godap.WriteBaseMessage(p.conn, raw) }

// pump passes the server's messages to the client until the server goes
// away; then the session is over.
func (p *proxy) pump(s *Session) {
	for {
		raw, err := godap.ReadBaseMessage(p.br)
		if err != nil {
			s.console("hfls dap: the server closed the debug connection\n")
			s.send(&godap.TerminatedEvent{Event: event("terminated")})
			return
		}
		if err := s.sendRaw(raw); err != nil {
			return
		}
	}
}

func (p *proxy) close() { p.conn.Close() }
