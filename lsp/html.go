package lsp

// HTML elements and attributes offered in template text, and htmx's
// attributes (htmx 2, which Hyperflask targets) with their documentation.

// htmlElements are the elements of the HTML Living Standard that pages
// write.
var htmlElements = []string{
	"a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote",
	"body", "br", "button", "canvas", "caption", "cite", "code", "col", "colgroup", "data", "datalist", "dd",
	"del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure",
	"footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i",
	"iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "menu",
	"meta", "meter", "nav", "noscript", "object", "ol", "optgroup", "option", "output", "p", "picture", "pre",
	"progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "search", "section", "select", "slot", "small",
	"source", "span", "strong", "style", "sub", "summary", "sup", "table", "tbody", "td", "template",
	"textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "u", "ul", "var", "video", "wbr",
}

// htmlVoid are the void elements: they take no end tag.
var htmlVoid = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true, "input": true,
	"link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// htmlGlobalAttributes are the attributes every element takes.
var htmlGlobalAttributes = []string{
	"accesskey", "autocapitalize", "autofocus", "class", "contenteditable", "dir", "draggable", "enterkeyhint",
	"hidden", "id", "inert", "inputmode", "is", "itemid", "itemprop", "itemref", "itemscope", "itemtype", "lang",
	"nonce", "popover", "role", "slot", "spellcheck", "style", "tabindex", "title", "translate",
	"onclick", "onchange", "oninput", "onsubmit", "onload", "onkeydown", "onkeyup",
	// Alpine.js, which Hyperflask bundles for components that use it.
	"x-data", "x-init", "x-show", "x-bind", "x-on", "x-text", "x-html", "x-model", "x-for", "x-if", "x-ref",
	"x-cloak", "x-transition",
}

// htmlElementAttributes are the attributes of particular elements.
var htmlElementAttributes = map[string][]string{
	"a":        {"href", "target", "download", "rel", "hreflang", "type", "referrerpolicy"},
	"img":      {"src", "alt", "width", "height", "srcset", "sizes", "loading", "decoding", "crossorigin"},
	"form":     {"action", "method", "enctype", "novalidate", "target", "autocomplete", "name"},
	"input":    {"type", "name", "value", "placeholder", "required", "disabled", "readonly", "checked", "min", "max", "step", "pattern", "maxlength", "minlength", "multiple", "accept", "autocomplete", "list", "form"},
	"button":   {"type", "name", "value", "disabled", "form", "formaction", "formmethod"},
	"select":   {"name", "multiple", "required", "disabled", "size", "form"},
	"option":   {"value", "selected", "disabled", "label"},
	"textarea": {"name", "rows", "cols", "placeholder", "required", "disabled", "readonly", "maxlength", "wrap", "form"},
	"label":    {"for", "form"},
	"link":     {"href", "rel", "type", "media", "crossorigin", "integrity", "as"},
	"script":   {"src", "type", "async", "defer", "crossorigin", "integrity", "nomodule"},
	"meta":     {"name", "content", "charset", "http-equiv", "property"},
	"iframe":   {"src", "srcdoc", "name", "width", "height", "allow", "loading", "sandbox"},
	"video":    {"src", "controls", "autoplay", "loop", "muted", "poster", "preload", "width", "height"},
	"audio":    {"src", "controls", "autoplay", "loop", "muted", "preload"},
	"source":   {"src", "type", "srcset", "sizes", "media"},
	"td":       {"colspan", "rowspan", "headers"},
	"th":       {"colspan", "rowspan", "headers", "scope"},
	"ol":       {"reversed", "start", "type"},
	"li":       {"value"},
	"details":  {"open", "name"},
	"dialog":   {"open"},
	"html":     {"lang"},
	"time":     {"datetime"},
}

// htmxAttributes are htmx 2's attributes, with what they do.
var htmxAttributes = []struct{ name, doc string }{
	{"hx-get", "Issues a GET to the URL and swaps the response into the target."},
	{"hx-post", "Issues a POST to the URL and swaps the response into the target."},
	{"hx-put", "Issues a PUT to the URL and swaps the response into the target."},
	{"hx-patch", "Issues a PATCH to the URL and swaps the response into the target."},
	{"hx-delete", "Issues a DELETE to the URL and swaps the response into the target."},
	{"hx-trigger", "Specifies the event that triggers the request (click, submit, load, every 2s, …)."},
	{"hx-target", "Specifies the element the response is swapped into (a CSS selector, this, closest …, find …)."},
	{"hx-swap", "Controls how the response is swapped in: innerHTML, outerHTML, beforebegin, afterbegin, beforeend, afterend, delete, none."},
	{"hx-swap-oob", "Marks an element of the response to be swapped in by id, out of band."},
	{"hx-select", "Selects the part of the response to swap in."},
	{"hx-select-oob", "Selects parts of the response to swap in out of band."},
	{"hx-vals", "Adds values to the parameters of the request (JSON)."},
	{"hx-vars", "Adds values computed by JavaScript to the request (deprecated; use hx-vals)."},
	{"hx-include", "Includes the values of other elements in the request."},
	{"hx-params", "Filters the parameters submitted with the request."},
	{"hx-headers", "Adds headers to the request (JSON)."},
	{"hx-boost", "Turns links and forms into AJAX requests that swap the body."},
	{"hx-push-url", "Pushes a URL into the browser's history."},
	{"hx-replace-url", "Replaces the current URL in the browser's location bar."},
	{"hx-confirm", "Shows a confirm() dialog before the request."},
	{"hx-prompt", "Shows a prompt() before the request; the answer is sent in the HX-Prompt header."},
	{"hx-indicator", "The element that gets the htmx-request class while the request is in flight."},
	{"hx-disabled-elt", "Elements disabled while the request is in flight."},
	{"hx-sync", "Synchronises requests between elements (drop, abort, replace, queue)."},
	{"hx-ext", "Enables htmx extensions for the element and its children."},
	{"hx-on", "Handles an event with inline script: hx-on:click, hx-on::after-request …."},
	{"hx-encoding", "Changes the request encoding (multipart/form-data for file uploads)."},
	{"hx-preserve", "Keeps the element unchanged between requests (needs an id)."},
	{"hx-history", "Prevents sensitive data from being saved to the history cache (false)."},
	{"hx-history-elt", "The element to snapshot and restore for history navigation."},
	{"hx-disable", "Disables htmx processing for the element and its children."},
	{"hx-disinherit", "Stops the inheritance of attributes by children."},
	{"hx-inherit", "Enables the inheritance of attributes when it is off by default."},
	{"hx-request", "Configures the request: timeout, credentials, noHeaders."},
	{"hx-validate", "Validates the form element's inputs before the request."},
}

// hxSwapValues are the values of hx-swap.
var hxSwapValues = []string{"innerHTML", "outerHTML", "textContent", "beforebegin", "afterbegin", "beforeend", "afterend", "delete", "none"}
