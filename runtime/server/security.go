package server

import (
	"net/http"
	"strings"

	"github.com/hyperflask/hfc/runtime/vm"
)

// cspDirectives are the directives of the default Content-Security-Policy,
// in order; config CSP_<DIRECTIVE> (CSP_SCRIPT_SRC …) replaces one, and
// CSP set to a string replaces the whole policy (False: none).
var cspDirectives = [][2]string{
	{"default-src", "'self'"},
	{"script-src", "'self' 'unsafe-inline'"},
	{"style-src", "'self' 'unsafe-inline'"},
	{"img-src", "'self' data:"},
	{"object-src", "'none'"},
	{"base-uri", "'self'"},
	{"frame-ancestors", "'self'"},
}

// contentSecurityPolicy returns the CSP header's value ("" for none).
func (s *Server) contentSecurityPolicy() string { return s.contentSecurityPolicyWith("", "") }

// contentSecurityPolicyWith returns the CSP header's value with a source
// added to a directive of the default policy, unless the configuration
// sets that directive or the whole policy ("" for none).
func (s *Server) contentSecurityPolicyWith(directive, source string) string {
	switch v := s.cfg.Get("CSP").(type) {
	case vm.Str:
		return string(v)
	case vm.Bool:
		if !v {
			return ""
		}
	case vm.NoneType:
		return ""
	}
	parts := make([]string, 0, len(cspDirectives))
	for _, d := range cspDirectives {
		key := "CSP_" + strings.ToUpper(strings.ReplaceAll(d[0], "-", "_"))
		value := d[1]
		if d[0] == directive && source != "" {
			value += " " + source
		}
		parts = append(parts, d[0]+" "+s.cfg.String(key, value))
	}
	return strings.Join(parts, "; ")
}

// securityHeaderValues returns the headers of reference §7.8, from the
// configuration: CSP, X-XSS-Protection, X-Content-Type-Options,
// Referrer-Policy, and HSTS when the app is served over HTTPS (config HSTS
// or SERVER_SECURED). The server computes them once.
func (s *Server) securityHeaderValues() [][2]string {
	var out [][2]string
	add := func(k, v string) {
		if v != "" {
			out = append(out, [2]string{http.CanonicalHeaderKey(k), v})
		}
	}
	add("Content-Security-Policy", s.contentSecurityPolicy())
	add("X-XSS-Protection", "1; mode=block")
	add("X-Content-Type-Options", "nosniff")
	add("Referrer-Policy", s.cfg.String("REFERRER_POLICY", "strict-origin-when-cross-origin"))
	if s.cfg.Bool("HSTS") || s.cfg.Bool("SERVER_SECURED") {
		add("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
	}
	return out
}

// securityHeaders adds the security headers that a response did not set
// itself.
func (s *Server) securityHeaders(h http.Header) {
	for _, kv := range s.security {
		if _, ok := h[kv[0]]; !ok {
			h[kv[0]] = []string{kv[1]}
		}
	}
}
