package dap

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"

	godap "github.com/google/go-dap"

	hfdebug "github.com/hyperflask/hfc/runtime/debug"
)

// capabilities are what the adapter does, honestly.
func capabilities() godap.Capabilities {
	return godap.Capabilities{
		SupportsConfigurationDoneRequest:  true,
		SupportsConditionalBreakpoints:    true,
		SupportsHitConditionalBreakpoints: true,
		SupportsEvaluateForHovers:         true,
		SupportsSetVariable:               true,
		SupportsLogPoints:                 true,
		SupportsExceptionInfoRequest:      true,
		SupportsTerminateRequest:          true,
		ExceptionBreakpointFilters: []godap.ExceptionBreakpointsFilter{
			{Filter: "raised", Label: "Raised Exceptions", Description: "Stop where any exception is raised"},
			{Filter: "uncaught", Label: "Uncaught Exceptions", Description: "Stop where an exception that no code of the request handles is raised", Default: true},
		},
	}
}

// errNoProgram answers requests that need a launched or attached app.
var errNoProgram = errors.New("no app is being debugged: launch or attach first")

// handle answers one request.
func (s *Session) handle(msg godap.Message, raw []byte) error {
	switch r := msg.(type) {
	case *godap.InitializeRequest:
		return s.initialize(r, raw)
	case *godap.LaunchRequest:
		return s.onLaunch(r)
	case *godap.AttachRequest:
		return s.onAttach(r, raw)
	case *godap.ConfigurationDoneRequest:
		if s.launch != nil {
			s.launch.serve(s)
		}
		s.send(&godap.ConfigurationDoneResponse{Response: response(&r.Request)})
	case *godap.SetBreakpointsRequest:
		return s.setBreakpoints(r)
	case *godap.SetExceptionBreakpointsRequest:
		raised, uncaught := false, false
		for _, f := range r.Arguments.Filters {
			switch f {
			case "raised":
				raised = true
			case "uncaught":
				uncaught = true
			default:
				return fmt.Errorf("unknown exception filter %q; expected raised or uncaught", f)
			}
		}
		if s.eng == nil {
			return errNoProgram
		}
		s.eng.SetExceptionFilters(raised, uncaught)
		s.send(&godap.SetExceptionBreakpointsResponse{Response: response(&r.Request)})
	case *godap.ThreadsRequest:
		threads := []godap.Thread{}
		if s.eng != nil {
			for _, t := range s.eng.Threads() {
				threads = append(threads, godap.Thread{Id: t.ID, Name: t.Name})
			}
		}
		s.send(&godap.ThreadsResponse{Response: response(&r.Request), Body: godap.ThreadsResponseBody{Threads: threads}})
	case *godap.StackTraceRequest:
		return s.stackTrace(r)
	case *godap.ScopesRequest:
		return s.scopes(r)
	case *godap.VariablesRequest:
		return s.variables(r)
	case *godap.SetVariableRequest:
		if s.eng == nil {
			return errNoProgram
		}
		v, err := s.eng.SetVariable(r.Arguments.VariablesReference, r.Arguments.Name, r.Arguments.Value)
		if err != nil {
			return err
		}
		s.send(&godap.SetVariableResponse{Response: response(&r.Request), Body: godap.SetVariableResponseBody{Value: v.Value, Type: v.Type, VariablesReference: v.Ref}})
	case *godap.EvaluateRequest:
		return s.evaluate(r)
	case *godap.ContinueRequest:
		if err := s.drive(s.eng.Continue, r.Arguments.ThreadId); err != nil {
			return err
		}
		s.send(&godap.ContinueResponse{Response: response(&r.Request)})
	case *godap.NextRequest:
		if err := s.drive(s.eng.Next, r.Arguments.ThreadId); err != nil {
			return err
		}
		s.send(&godap.NextResponse{Response: response(&r.Request)})
	case *godap.StepInRequest:
		if err := s.drive(s.eng.StepIn, r.Arguments.ThreadId); err != nil {
			return err
		}
		s.send(&godap.StepInResponse{Response: response(&r.Request)})
	case *godap.StepOutRequest:
		if err := s.drive(s.eng.StepOut, r.Arguments.ThreadId); err != nil {
			return err
		}
		s.send(&godap.StepOutResponse{Response: response(&r.Request)})
	case *godap.PauseRequest:
		if err := s.drive(s.eng.Pause, r.Arguments.ThreadId); err != nil {
			return err
		}
		s.send(&godap.PauseResponse{Response: response(&r.Request)})
	case *godap.ExceptionInfoRequest:
		if s.eng == nil {
			return errNoProgram
		}
		info, err := s.eng.ExceptionInfo(r.Arguments.ThreadId)
		if err != nil {
			return err
		}
		mode := godap.ExceptionBreakMode("always")
		if info.Uncaught {
			mode = "unhandled"
		}
		s.send(&godap.ExceptionInfoResponse{Response: response(&r.Request), Body: godap.ExceptionInfoResponseBody{
			ExceptionId: info.Class, Description: info.Message, BreakMode: mode,
			Details: &godap.ExceptionDetails{Message: info.Message, TypeName: info.Class, StackTrace: info.Traceback},
		}})
	case *godap.TerminateRequest:
		if s.launch == nil {
			return errors.New("the server was not launched by this session: disconnect to detach from it")
		}
		s.launch.stop(s)
		s.launch = nil
		s.send(&godap.TerminateResponse{Response: response(&r.Request)})
	case *godap.DisconnectRequest:
		s.end()
		s.send(&godap.DisconnectResponse{Response: response(&r.Request)})
		s.done = true
	default:
		return fmt.Errorf("request %q is not supported", msg.(godap.RequestMessage).GetRequest().Command)
	}
	return nil
}

// drive applies a thread command of the engine.
func (s *Session) drive(f func(id int) error, id int) error {
	if s.eng == nil {
		return errNoProgram
	}
	return f(id)
}

// initialize answers with the capabilities and notes the client's
// numbering (which go-dap decodes as false when absent: read it again).
func (s *Session) initialize(r *godap.InitializeRequest, raw []byte) error {
	var args struct {
		Arguments struct {
			LinesStartAt1   *bool `json:"linesStartAt1"`
			ColumnsStartAt1 *bool `json:"columnsStartAt1"`
		} `json:"arguments"`
	}
	if err := json.Unmarshal(raw, &args); err == nil {
		if p := args.Arguments.LinesStartAt1; p != nil {
			s.lines1 = *p
		}
		if p := args.Arguments.ColumnsStartAt1; p != nil {
			s.cols1 = *p
		}
	}
	s.initRaw = append([]byte(nil), raw...)
	s.send(&godap.InitializeResponse{Response: response(&r.Request), Body: capabilities()})
	return nil
}

func (s *Session) setBreakpoints(r *godap.SetBreakpointsRequest) error {
	path := r.Arguments.Source.Path
	if path == "" {
		return errors.New("setBreakpoints: the source has no path")
	}
	specs := make([]hfdebug.BreakpointSpec, len(r.Arguments.Breakpoints))
	for i, b := range r.Arguments.Breakpoints {
		specs[i] = hfdebug.BreakpointSpec{Line: s.engineLine(b.Line), Condition: b.Condition, HitCondition: b.HitCondition, LogMessage: b.LogMessage}
	}
	out := make([]godap.Breakpoint, len(specs))
	if s.eng == nil {
		for i, sp := range specs {
			out[i] = godap.Breakpoint{Verified: false, Line: s.clientLine(sp.Line), Message: errNoProgram.Error()}
		}
	} else {
		for i, bp := range s.eng.SetBreakpoints(path, specs) {
			out[i] = godap.Breakpoint{Id: bp.ID, Verified: bp.Verified, Line: s.clientLine(bp.Line), Message: bp.Message, Source: source(path)}
		}
	}
	s.send(&godap.SetBreakpointsResponse{Response: response(&r.Request), Body: godap.SetBreakpointsResponseBody{Breakpoints: out}})
	return nil
}

func source(path string) *godap.Source {
	return &godap.Source{Name: filepath.Base(path), Path: path}
}

func (s *Session) stackTrace(r *godap.StackTraceRequest) error {
	if s.eng == nil {
		return errNoProgram
	}
	frames, err := s.eng.StackTrace(r.Arguments.ThreadId)
	if err != nil {
		return err
	}
	total := len(frames)
	start := min(max(r.Arguments.StartFrame, 0), total)
	end := total
	if r.Arguments.Levels > 0 {
		end = min(start+r.Arguments.Levels, total)
	}
	out := make([]godap.StackFrame, 0, end-start)
	for _, f := range frames[start:end] {
		sf := godap.StackFrame{Id: f.ID, Name: f.Name, Source: source(f.Path), Line: s.clientLine(f.Line), Column: s.clientColumn(f.Path, f.Line, f.Col)}
		if f.EndLine > 0 {
			sf.EndLine = s.clientLine(f.EndLine)
			sf.EndColumn = s.clientColumn(f.Path, f.EndLine, f.EndCol)
		}
		out = append(out, sf)
	}
	s.send(&godap.StackTraceResponse{Response: response(&r.Request), Body: godap.StackTraceResponseBody{StackFrames: out, TotalFrames: total}})
	return nil
}

func (s *Session) scopes(r *godap.ScopesRequest) error {
	if s.eng == nil {
		return errNoProgram
	}
	scopes, err := s.eng.Scopes(r.Arguments.FrameId)
	if err != nil {
		return err
	}
	out := make([]godap.Scope, len(scopes))
	for i, sc := range scopes {
		out[i] = godap.Scope{Name: sc.Name, VariablesReference: sc.Ref}
		switch sc.Name {
		case "Locals":
			out[i].PresentationHint = "locals"
		case "Globals":
			out[i].Expensive = true
		}
	}
	s.send(&godap.ScopesResponse{Response: response(&r.Request), Body: godap.ScopesResponseBody{Scopes: out}})
	return nil
}

func (s *Session) variables(r *godap.VariablesRequest) error {
	if s.eng == nil {
		return errNoProgram
	}
	vars, err := s.eng.Variables(r.Arguments.VariablesReference)
	if err != nil {
		return err
	}
	start := min(max(r.Arguments.Start, 0), len(vars))
	end := len(vars)
	if r.Arguments.Count > 0 {
		end = min(start+r.Arguments.Count, end)
	}
	out := make([]godap.Variable, 0, end-start)
	for _, v := range vars[start:end] {
		out = append(out, godap.Variable{Name: v.Name, Value: v.Value, Type: v.Type, VariablesReference: v.Ref, EvaluateName: v.EvaluateName})
	}
	s.send(&godap.VariablesResponse{Response: response(&r.Request), Body: godap.VariablesResponseBody{Variables: out}})
	return nil
}

func (s *Session) evaluate(r *godap.EvaluateRequest) error {
	if s.eng == nil {
		return errNoProgram
	}
	if r.Arguments.FrameId == 0 {
		return errors.New("evaluate needs a frame: expressions run in a stopped thread")
	}
	v, err := s.eng.Evaluate(r.Arguments.FrameId, r.Arguments.Expression, r.Arguments.Context == "repl")
	if err != nil {
		return err
	}
	s.send(&godap.EvaluateResponse{Response: response(&r.Request), Body: godap.EvaluateResponseBody{Result: v.Value, Type: v.Type, VariablesReference: v.Ref}})
	return nil
}
