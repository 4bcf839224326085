package markdown

import (
	"fmt"
	"strings"
)

// Options selects the Python-Markdown extensions and settings of a
// conversion, as Python-Markdown's keyword arguments do. The zero value
// converts plain Markdown; DefaultOptions gives Hyperflask's settings.
type Options struct {
	// Extensions lists extension names: fenced_code, nl2br, attr_list,
	// admonition and codehilite, optionally spelled
	// markdown.extensions.NAME.
	Extensions []string
	// ExtensionConfigs holds each extension's settings, keyed by the name
	// used in Extensions. fenced_code reads lang_prefix; codehilite reads
	// css_class, lang_prefix, linenums and use_pygments and accepts (and
	// ignores, as without Pygments) its other settings.
	ExtensionConfigs map[string]map[string]any
	// OutputFormat is "xhtml" (the default: <br />) or "html" (<br>).
	OutputFormat string
	// TabLength is the width of a tab and of one level of indent; 0 means 4.
	TabLength int
}

// DefaultOptions returns Hyperflask's MARKDOWN_OPTIONS: the extensions
// fenced_code, nl2br, attr_list, admonition and codehilite.
func DefaultOptions() Options {
	return Options{Extensions: []string{"fenced_code", "nl2br", "attr_list", "admonition", "codehilite"}}
}

// OptionsFromMap reads a markdown_options dictionary (config
// PAGES_MARKDOWN_OPTIONS merged with a page's markdown_options): the keys
// extensions, extension_configs, output_format and tab_length, as
// Python-Markdown's keyword arguments.
func OptionsFromMap(m map[string]any) (Options, error) {
	var o Options
	for k, v := range m {
		switch k {
		case "extensions":
			list, ok := v.([]any)
			if !ok {
				if s, isStrings := v.([]string); isStrings {
					o.Extensions = append(o.Extensions, s...)
					continue
				}
				return o, fmt.Errorf("markdown: extensions must be a list, not %T", v)
			}
			for _, e := range list {
				s, ok := e.(string)
				if !ok {
					return o, fmt.Errorf("markdown: extension names must be strings, not %T", e)
				}
				o.Extensions = append(o.Extensions, s)
			}
		case "extension_configs":
			cfgs, ok := v.(map[string]any)
			if !ok {
				return o, fmt.Errorf("markdown: extension_configs must be a mapping, not %T", v)
			}
			o.ExtensionConfigs = map[string]map[string]any{}
			for name, cfg := range cfgs {
				c, ok := cfg.(map[string]any)
				if !ok {
					return o, fmt.Errorf("markdown: extension_configs[%q] must be a mapping, not %T", name, cfg)
				}
				o.ExtensionConfigs[name] = c
			}
		case "output_format":
			s, ok := v.(string)
			if !ok {
				return o, fmt.Errorf("markdown: output_format must be a string, not %T", v)
			}
			o.OutputFormat = s
		case "tab_length":
			switch n := v.(type) {
			case int:
				o.TabLength = n
			case int64:
				o.TabLength = int(n)
			case float64: // a number decoded from JSON
				if n != float64(int(n)) {
					return o, fmt.Errorf("markdown: tab_length must be an int, not %v", n)
				}
				o.TabLength = int(n)
			default:
				return o, fmt.Errorf("markdown: tab_length must be an int, not %T", v)
			}
		default:
			return o, fmt.Errorf("markdown: unknown option %q", k)
		}
	}
	return o, nil
}

// settings are Options resolved for one conversion.
type settings struct {
	tab              int
	html             bool // output_format "html"
	fencedCode       bool
	fencedLangPrefix string
	nl2br, attrList  bool
	admonition       bool
	codehilite       *codehilite // nil when the extension is off
}

// resolve checks o and fills in Python-Markdown's defaults.
func (o Options) resolve() (*settings, error) {
	s := &settings{tab: o.TabLength, fencedLangPrefix: "language-"}
	if s.tab == 0 {
		s.tab = 4
	}
	if s.tab < 1 {
		return nil, fmt.Errorf("markdown: tab_length must be positive, not %d", o.TabLength)
	}
	switch strings.TrimRight(strings.ToLower(o.OutputFormat), "145") {
	case "", "xhtml":
	case "html":
		s.html = true
	default:
		return nil, fmt.Errorf("markdown: invalid output format %q: use one of \"html\", \"xhtml\"", o.OutputFormat)
	}
	for _, name := range o.Extensions {
		cfg := o.ExtensionConfigs[name]
		switch strings.TrimPrefix(name, "markdown.extensions.") {
		case "fenced_code":
			s.fencedCode = true
			for k, v := range cfg {
				if k != "lang_prefix" {
					return nil, fmt.Errorf("markdown: fenced_code has no setting %q", k)
				}
				s.fencedLangPrefix = fmt.Sprint(v)
			}
		case "nl2br":
			s.nl2br = true
		case "attr_list":
			s.attrList = true
		case "admonition":
			s.admonition = true
		case "codehilite":
			h, err := newCodehilite(cfg)
			if err != nil {
				return nil, err
			}
			s.codehilite = h
		default:
			return nil, fmt.Errorf("markdown: unknown extension %q", name)
		}
	}
	return s, nil
}

// newCodehilite reads codehilite's settings as CodeHiliteExtension does:
// booleans may be given as Python's boolean words.
func newCodehilite(cfg map[string]any) (*codehilite, error) {
	h := &codehilite{cssClass: "codehilite", langPrefix: "language-", usePygments: true}
	for k, v := range cfg {
		switch k {
		case "linenums":
			if s, ok := v.(string); ok {
				v = parseBool(s)
			}
			h.linenums = v
		case "css_class":
			h.cssClass = pyRepr(v)
		case "lang_prefix":
			h.langPrefix = pyRepr(v)
		case "use_pygments":
			b, err := toBool(v)
			if err != nil {
				return nil, err
			}
			h.usePygments = b
		case "guess_lang", "noclasses":
			if _, err := toBool(v); err != nil {
				return nil, err
			}
		}
		// The other settings (pygments_style, pygments_formatter and
		// formatter options) only matter to Pygments.
	}
	return h, nil
}

// toBool is util.parseBoolValue(v) for a boolean setting.
func toBool(v any) (bool, error) {
	switch v := v.(type) {
	case bool:
		return v, nil
	case nil:
		return false, nil
	case string:
		switch strings.ToLower(v) {
		case "true", "yes", "y", "on", "1":
			return true, nil
		case "false", "no", "n", "off", "0", "none":
			return false, nil
		}
		return false, fmt.Errorf("markdown: cannot parse bool value: %q", v)
	case int:
		return v != 0, nil
	}
	return true, nil
}
