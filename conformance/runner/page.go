package runner

import (
	"fmt"
	"strings"

	"github.com/hyperflask/hfc/internal/httpcase"
	"github.com/hyperflask/hfc/runtime/app"
	"github.com/hyperflask/hfc/runtime/tmpl"
)

// pageOptions reads the optional `options` section of a page case. By
// default a page renders as the reference does (autoescape=hyperflask,
// split=reference): the expectations are the reference's, accidents
// included. A case pinning hfc's own choice says `autoescape=on` or
// `split=intent`.
func (c *Case) pageOptions() (app.Options, error) {
	opts := app.Options{
		Template:       tmpl.Options{Autoescape: "hyperflask", Undefined: "default"},
		ReferenceSplit: true,
	}
	text, _ := c.Get("options")
	for k, v := range httpcase.ParseOptions(text) {
		switch k {
		case "autoescape":
			opts.Template.Autoescape = v
		case "split":
			if v != "reference" && v != "intent" {
				return opts, fmt.Errorf("options: split=%s: want reference or intent", v)
			}
			opts.ReferenceSplit = v == "reference"
		default:
			return opts, fmt.Errorf("options: unknown option %q (want autoescape, split)", k)
		}
	}
	return opts, nil
}

// runPage renders the page named by `render` with data.json set on the
// page object, and compares the output (intended-output when the case has
// one: hfc never re-parses page.layout output, reference §10.7) or the
// error.
func runPage(c *Case) Outcome {
	opts, err := c.pageOptions()
	if err != nil {
		return broken(err)
	}
	page, _ := c.Get("render")
	var data []byte
	if text, ok := c.Get("data.json"); ok {
		data = []byte(text)
	}
	got, err := app.RenderFiles(c.Files(), strings.TrimSpace(page), data, opts)
	if _, ok := c.Get("intended-output"); ok {
		return compareRender(c, "intended-output", got, err)
	}
	return compareRender(c, "output", got, err)
}
