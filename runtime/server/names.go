package server

import "sort"

// RequestAttributes are the attributes of the request object that pages
// and templates can read (Flask's Request as far as hfc provides it, and
// request.htmx); its methods are those of RequestClass. Editors complete
// and document them.
var RequestAttributes = []string{
	"args", "base_url", "content_length", "content_type", "cookies", "data", "endpoint", "files", "form",
	"full_path", "headers", "host", "host_url", "htmx", "is_json", "is_secure", "json", "method", "mimetype",
	"path", "query_string", "referrer", "remote_addr", "root_url", "scheme", "url", "url_root", "user_agent",
	"values", "view_args",
}

// TemplateGlobalNames returns the names of the globals the server adds to
// every template it renders (Flask's and Hyperflask's, reference §7.5),
// sorted: editors treat them as defined.
func TemplateGlobalNames() []string {
	s := &Server{cfg: &Config{}}
	var names []string
	for k := range s.templateGlobals() {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// PageGlobalNames returns the names the server injects into the module of
// every page (reference §1.4), sorted.
func PageGlobalNames() []string {
	s := &Server{cfg: &Config{}}
	var names []string
	for k := range s.injected() {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}
