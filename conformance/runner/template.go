package runner

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/hyperflask/hfc/runtime/tmpl"
)

// templateOptions is options.json of a template case.
type templateOptions struct {
	Autoescape          any      `json:"autoescape"` // true, false or "select"
	Undefined           string   `json:"undefined"`
	TrimBlocks          bool     `json:"trim_blocks"`
	LstripBlocks        bool     `json:"lstrip_blocks"`
	KeepTrailingNewline bool     `json:"keep_trailing_newline"`
	Extensions          []string `json:"extensions"`
	Sandbox             bool     `json:"sandbox"`
}

// templateOptions decodes options.json into the engine's options
// (autoescape true → "on", false → "off", "select" = Jinja's
// select_autoescape()).
func (c *Case) templateOptions() (tmpl.Options, error) {
	var o templateOptions
	if text, ok := c.Get("options.json"); ok {
		dec := json.NewDecoder(strings.NewReader(text))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&o); err != nil {
			return tmpl.Options{}, fmt.Errorf("options.json: %v", err)
		}
	}
	opts := tmpl.Options{
		Undefined:           o.Undefined,
		TrimBlocks:          o.TrimBlocks,
		LstripBlocks:        o.LstripBlocks,
		KeepTrailingNewline: o.KeepTrailingNewline,
		Extensions:          o.Extensions,
		Sandbox:             o.Sandbox,
	}
	switch v := o.Autoescape.(type) {
	case nil:
		opts.Autoescape = "off"
	case bool:
		opts.Autoescape = map[bool]string{true: "on", false: "off"}[v]
	case string:
		if v != "select" {
			return opts, fmt.Errorf("options.json: autoescape %q: want true, false or \"select\"", v)
		}
		opts.Autoescape = v
	default:
		return opts, fmt.Errorf("options.json: autoescape %v: want true, false or \"select\"", v)
	}
	switch opts.Undefined {
	case "":
		opts.Undefined = "default"
	case "default", "strict", "chainable", "debug":
	default:
		return opts, fmt.Errorf("options.json: undefined %q", opts.Undefined)
	}
	for _, e := range opts.Extensions {
		if e != "do" && e != "loopcontrols" {
			return opts, fmt.Errorf("options.json: extension %q", e)
		}
	}
	return opts, nil
}

// runTemplate renders main.* with the templates/* files (loaded by the
// name after templates/) and context.json, and compares the output or the
// error's class and message.
func runTemplate(c *Case) Outcome {
	opts, err := c.templateOptions()
	if err != nil {
		return broken(err)
	}
	files := map[string]string{}
	main := ""
	for name, text := range c.Files() {
		if strings.HasPrefix(name, "main.") {
			main = name
			files[name] = text
		} else {
			files[strings.TrimPrefix(name, "templates/")] = text
		}
	}
	ctx := []byte("{}")
	if text, ok := c.Get("context.json"); ok {
		ctx = []byte(text)
	}
	got, err := tmpl.RenderCase(files, main, ctx, opts)
	return compareRender(c, "output", got, err)
}

// compareRender compares a render's result with the case's want section
// (output or intended-output) or its error section.
func compareRender(c *Case, want string, got string, err error) Outcome {
	if w, ok := c.Get(want); ok {
		if err != nil {
			return differs("%s: want %q, got %s: %s", want, w, tmpl.ErrorClass(err), tmpl.ErrorMessage(err))
		}
		return compareText(want, w, got)
	}
	wantText, _ := c.Get("error")
	if err == nil {
		return differs("error: want %s, got the output %q", strings.TrimSpace(strings.ReplaceAll(wantText, "\n", ": ")), got)
	}
	return compareText("error", wantText, tmpl.ErrorClass(err)+"\n"+tmpl.ErrorMessage(err)+"\n")
}
