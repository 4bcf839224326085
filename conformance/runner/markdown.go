package runner

import (
	"encoding/json"

	"github.com/hyperflask/hfc/runtime/markdown"
)

// runMarkdown converts document.md with options.json (Hyperflask's
// MARKDOWN_OPTIONS without it) and compares the HTML with Python-Markdown's,
// or checks that the conversion fails where Python-Markdown raises (the
// classes are Python's, so only the failure is compared); filter-output is
// the markdown filter's result: the sanitizer over the default conversion.
func runMarkdown(c *Case) Outcome {
	doc, _ := c.Get("document.md")
	opts := markdown.DefaultOptions()
	if text, ok := c.Get("options.json"); ok {
		var m map[string]any
		if err := json.Unmarshal([]byte(text), &m); err != nil {
			return broken(err)
		}
		var err error
		if opts, err = markdown.OptionsFromMap(m); err != nil {
			return broken(err)
		}
	}
	got, err := markdown.Convert(doc, opts)
	var outs []Outcome
	if want, ok := c.Get("error"); ok {
		if err == nil {
			outs = append(outs, differs("error: Python-Markdown raises %s; hfc converts the document to\n%s", want, got))
		}
	} else if err != nil {
		outs = append(outs, differs("output: hfc fails: %v", err))
	} else {
		want, _ := c.Get("output")
		outs = append(outs, compareText("output", want, got))
	}
	if want, ok := c.Get("filter-output"); ok {
		html, err := markdown.Convert(doc, markdown.DefaultOptions())
		if err != nil {
			outs = append(outs, differs("filter-output: hfc fails: %v", err))
		} else {
			outs = append(outs, compareText("filter-output", want, markdown.Sanitize(html)))
		}
	}
	return all(outs...)
}

// runSanitize compares the sanitizer's output with html-sanitizer's.
func runSanitize(c *Case) Outcome {
	in, _ := c.Get("input.html")
	want, _ := c.Get("output")
	return compareText("output", want, markdown.Sanitize(in))
}
