// Package dap is hfls's debug adapter: the Debug Adapter Protocol
// (github.com/google/go-dap for the messages) over the debugger of package
// runtime/debug.
//
// A session either launches the app in its own process (serving it over
// HTTP with runtime/server, requests stopping at breakpoints), or attaches
// to a server already running with a debug address (hfc serve
// --debug-addr): that server answers the protocol itself on a loopback
// port (see Listen) and the session passes messages through.
package dap

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"runtime/debug"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	godap "github.com/google/go-dap"

	hfdebug "github.com/hyperflask/hfc/runtime/debug"
)

// Session is one client's debug session.
type Session struct {
	r   *bufio.Reader
	w   io.Writer
	wmu sync.Mutex
	seq int
	log io.Writer

	// eng is the debugger: the launched app's, or the serving process's
	// own for a session of Listen (local).
	eng      *hfdebug.Engine
	local    bool
	attached bool
	launch   *launched
	proxy    *proxy

	// lines1 and cols1 are the client's numbering (1-based unless it says
	// otherwise).
	lines1, cols1 bool
	// initRaw is the client's initialize request, replayed to a server
	// the session attaches to.
	initRaw []byte
	done    bool
}

func newSession(r io.Reader, w io.Writer, log io.Writer) *Session {
	if log == nil {
		log = io.Discard
	}
	return &Session{r: bufio.NewReader(r), w: w, log: log, lines1: true, cols1: true}
}

// ServeStdio runs a session on the given streams (stdin and stdout for
// `hfls dap`) until the client disconnects or closes the input. log
// receives the adapter's own problems.
func ServeStdio(in io.Reader, out io.Writer, log io.Writer) error {
	s := newSession(in, out, log)
	defer s.end()
	return s.serve()
}

// serve reads and answers messages until the session is over.
func (s *Session) serve() error {
	for !s.done {
		raw, err := godap.ReadBaseMessage(s.r)
		if err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				return nil
			}
			return err
		}
		if s.proxy != nil {
			if err := s.proxy.forward(raw); err != nil {
				return err
			}
			continue
		}
		s.dispatch(raw)
	}
	return nil
}

// end releases what the session holds when it is over.
func (s *Session) end() {
	if s.proxy != nil {
		s.proxy.close()
	}
	if s.launch != nil {
		s.launch.stop(s)
	}
	if s.attached {
		s.eng.Detach()
		s.attached = false
	}
}

// envelope is the part of a message every request has.
type envelope struct {
	Seq     int    `json:"seq"`
	Type    string `json:"type"`
	Command string `json:"command"`
}

// dispatch decodes a request and answers it; a malformed or unknown
// request, and a handler that panics, get an error response.
func (s *Session) dispatch(raw []byte) {
	var env envelope
	if err := json.Unmarshal(raw, &env); err != nil {
		fmt.Fprintf(s.log, "hfls dap: a message that is not JSON: %v\n", err)
		return
	}
	if env.Type != "request" {
		return
	}
	req := &godap.Request{ProtocolMessage: godap.ProtocolMessage{Seq: env.Seq, Type: "request"}, Command: env.Command}
	msg, err := godap.DecodeProtocolMessage(raw)
	if err != nil {
		s.fail(req, fmt.Errorf("request %q is not supported or malformed: %v", env.Command, err))
		return
	}
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(s.log, "hfls dap: panic answering %s: %v\n%s", env.Command, p, debug.Stack())
			s.fail(req, fmt.Errorf("internal error of the debug adapter answering %s: %v", env.Command, p))
		}
	}()
	if err := s.handle(msg, raw); err != nil {
		s.fail(req, err)
	}
}

// send writes a message with the session's next sequence number.
func (s *Session) send(m godap.Message) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	s.seq++
	if f := reflect.ValueOf(m).Elem().FieldByName("Seq"); f.IsValid() && f.CanSet() {
		f.SetInt(int64(s.seq))
	}
	if err := godap.WriteProtocolMessage(s.w, m); err != nil {
		fmt.Fprintf(s.log, "hfls dap: cannot write to the client: %v\n", err)
	}
}

// sendRaw writes a message as it came (from a server the session is
// attached to).
func (s *Session) sendRaw(raw []byte) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	return godap.WriteBaseMessage(s.w, raw)
}

// response returns the header of the response to req.
func response(req *godap.Request) godap.Response {
	return godap.Response{ProtocolMessage: godap.ProtocolMessage{Type: "response"}, RequestSeq: req.Seq, Success: true, Command: req.Command}
}

func event(name string) godap.Event {
	return godap.Event{ProtocolMessage: godap.ProtocolMessage{Type: "event"}, Event: name}
}

// fail answers req with an error the client shows.
func (s *Session) fail(req *godap.Request, err error) {
	r := response(req)
	r.Success = false
	r.Message = err.Error()
	s.send(&godap.ErrorResponse{Response: r, Body: godap.ErrorResponseBody{Error: &godap.ErrorMessage{Id: 1, Format: err.Error(), ShowUser: true}}})
}

// Client side of the engine: what it reports becomes events.

// Stopped implements debug.Client.
func (s *Session) Stopped(st hfdebug.Stop) {
	s.send(&godap.StoppedEvent{Event: event("stopped"), Body: godap.StoppedEventBody{
		Reason: st.Reason, Description: st.Description, ThreadId: st.Thread, Text: st.Text, HitBreakpointIds: st.Breakpoints,
	}})
}

// ThreadStarted implements debug.Client.
func (s *Session) ThreadStarted(id int, name string) {
	s.send(&godap.ThreadEvent{Event: event("thread"), Body: godap.ThreadEventBody{Reason: "started", ThreadId: id}})
}

// ThreadExited implements debug.Client.
func (s *Session) ThreadExited(id int) {
	s.send(&godap.ThreadEvent{Event: event("thread"), Body: godap.ThreadEventBody{Reason: "exited", ThreadId: id}})
}

// Output implements debug.Client.
func (s *Session) Output(o hfdebug.Output) {
	body := godap.OutputEventBody{Category: o.Category, Output: o.Text}
	if o.File != "" {
		body.Source = source(o.File)
		body.Line = s.clientLine(o.Line)
	}
	s.send(&godap.OutputEvent{Event: event("output"), Body: body})
}

// console writes a message of the adapter to the debug console.
func (s *Session) console(format string, args ...any) {
	s.Output(hfdebug.Output{Category: "console", Text: fmt.Sprintf(format, args...)})
}

// Numbering: the engine counts lines from 1 and columns in bytes from 1;
// the client counts columns in UTF-16 code units, from 0 or 1.

func (s *Session) clientLine(line int) int {
	if !s.lines1 {
		return line - 1
	}
	return line
}

func (s *Session) engineLine(line int) int {
	if !s.lines1 {
		return line + 1
	}
	return line
}

// clientColumn converts a byte column of a line of path.
func (s *Session) clientColumn(path string, line, col int) int {
	text := s.eng.LineText(path, line)
	n := 1
	for i, r := range text {
		if i >= col-1 {
			break
		}
		if r == utf8.RuneError {
			n++
			continue
		}
		n += len(utf16.Encode([]rune{r}))
	}
	if col-1 > len(text) {
		n += col - 1 - len(text)
	}
	if !s.cols1 {
		n--
	}
	return n
}
