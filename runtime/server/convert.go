package server

import (
	"github.com/hyperflask/hfc/runtime/vm"
)

// makeResponse converts what a page or a method function returned into a
// response, as Flask's make_response does (reference §2.6): a str or bytes
// is an HTML body, a dict or list is JSON, a Response is itself, a
// generator or iterator is joined; a tuple adds a status and/or headers:
// (body, status, headers), (body, status) or (body, headers).
func (s *Server) makeResponse(th *vm.Thread, rv vm.Value) (*Response, error) {
	var status, headers vm.Value
	if t, ok := rv.(vm.Tuple); ok {
		switch len(t) {
		case 3:
			rv, status, headers = t[0], t[1], t[2]
		case 2:
			rv = t[0]
			switch t[1].(type) {
			case *Headers, *vm.Dict, vm.Tuple, *vm.List:
				headers = t[1]
			default:
				status = t[1]
			}
		default:
			return nil, th.TypeError("The view function did not return a valid response tuple. The tuple must have the form (body, status, headers), (body, status), or (body, headers).")
		}
	}
	if rv == nil || vm.Is(rv, vm.None) {
		return nil, th.TypeError("The view function did not return a valid response. The function either returned None or ended without a return statement.")
	}
	var resp *Response
	switch x := rv.(type) {
	case *Response:
		resp = x
	case vm.Str, vm.Markup, vm.Bytes:
		resp = &Response{Status: 200, Headers: &Headers{}}
		if headers != nil && !vm.Is(headers, vm.None) {
			pairs, err := headerItems(th, headers)
			if err != nil {
				return nil, err
			}
			if err := resp.Headers.extend(th, pairs, false); err != nil {
				return nil, err
			}
			headers = nil
		}
		if !resp.Headers.Has("Content-Type") {
			resp.Headers.Set("Content-Type", "text/html; charset=utf-8")
		}
		if err := resp.setData(th, x); err != nil {
			return nil, err
		}
	case *vm.Dict, *vm.List:
		r, err := s.jsonResponse(th, x)
		if err != nil {
			return nil, err
		}
		resp = r.(*Response)
	default:
		if _, ok := rv.(vm.Iterator); !ok {
			return nil, th.TypeError("The view function did not return a valid response. The return type must be a string, dict, list, tuple with headers or status, Response instance, or WSGI callable, but it was a %s.", rv.Type().Name)
		}
		resp = newResponse("")
		if err := resp.setData(th, rv); err != nil {
			return nil, err
		}
	}
	if status != nil && !vm.Is(status, vm.None) {
		if err := resp.setStatus(th, status); err != nil {
			return nil, err
		}
	}
	if headers != nil && !vm.Is(headers, vm.None) {
		pairs, err := headerItems(th, headers)
		if err != nil {
			return nil, err
		}
		if err := resp.Headers.extend(th, pairs, true); err != nil {
			return nil, err
		}
	}
	return resp, nil
}

// jsonResponse is Flask 2.2's JSON response: json.dumps with sorted keys,
// compact (indented by 2 in development), and a final newline.
func (s *Server) jsonResponse(th *vm.Thread, v vm.Value) (vm.Value, error) {
	text, err := s.jsonDumps(th, v, s.cfg.Debug(), true)
	if err != nil {
		return nil, err
	}
	r := &Response{Status: 200, Headers: &Headers{}, Body: []byte(text + "\n")}
	r.Headers.Set("Content-Type", "application/json")
	return r, nil
}

// jsonDumps is json.dumps(v) as Flask's JSON provider calls it: indented by
// 2 or compact, keys sorted or not, and a default that writes
// markupsafe-like objects (__html__) and UUIDs as strings and dates as HTTP
// dates.
func (s *Server) jsonDumps(th *vm.Thread, v vm.Value, indent, sortKeys bool) (string, error) {
	mod, err := s.app.Python.Import(th, "json")
	if err != nil {
		return "", err
	}
	dumps, err := th.GetAttr(mod, "dumps")
	if err != nil {
		return "", err
	}
	args := []vm.Value{v, vm.MakeBool(sortKeys), jsonDefaultB}
	names := []string{"sort_keys", "default"}
	if indent {
		args = append(args, vm.MakeInt(2))
		names = append(names, "indent")
	} else {
		args = append(args, vm.Tuple{vm.Str(","), vm.Str(":")})
		names = append(names, "separators")
	}
	r, err := th.CallValue(dumps, args, names)
	if err != nil {
		return "", err
	}
	return th.Str(r)
}

// jsonDefaultB is Flask's DefaultJSONProvider.default.
var jsonDefaultB = vm.NewBuiltin("default", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var o vm.Value
	if err := th.UnpackArgs("default", args, kwnames, "o", &o); err != nil {
		return nil, err
	}
	cls := o.Type()
	switch {
	case cls.Lookup("__html__") != nil:
		h, err := th.GetAttr(o, "__html__")
		if err != nil {
			return nil, err
		}
		r, err := th.CallValue(h, nil, nil)
		if err != nil {
			return nil, err
		}
		s, err := th.Str(r)
		return vm.Str(s), err
	case cls.Module == "uuid" && cls.Name == "UUID":
		s, err := th.Str(o)
		return vm.Str(s), err
	case cls.Module == "datetime" && (cls.Name == "date" || cls.Name == "datetime"):
		f, err := th.GetAttr(o, "strftime")
		if err != nil {
			return nil, err
		}
		return th.CallValue(f, []vm.Value{vm.Str("%a, %d %b %Y %H:%M:%S GMT")}, nil)
	}
	return nil, th.TypeError("Object of type %s is not JSON serializable", cls.Name)
})
