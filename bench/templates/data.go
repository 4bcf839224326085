// Package templates benchmarks hfc's template engine against Go template
// engines and Jinja2 on CPython, on the simple and complex cases of
// testdata/pages (copies of the shared bench cases, themselves the cases of
// the public goTemplateBenchmark). See ../README.md and templates_test.go.
//
// The package itself holds what the engines that compile templates to Go
// code need: the page data as Go types and the quicktemplate output.
package templates

//go:generate go tool qtc -dir=. -ext=qtpl

// User is the user of both pages.
type User struct {
	FirstName      string
	FavoriteColors []string
	RawContent     string `json:",omitempty"`
	EscapedContent string `json:",omitempty"`
}

// Navigation is a link of the complex page's navigation.
type Navigation struct {
	Item string
	Link string
}

// Message is a line of the complex page's content.
type Message struct {
	I      int
	Plural bool
}

// SimplePage holds the variables simple.jpy's frontmatter sets
// (page.u).
type SimplePage struct {
	U *User `json:"u"`
}

// ComplexPage holds the variables complex.jpy's frontmatter sets
// (page.User, page.Nav, page.Title, page.Messages).
type ComplexPage struct {
	User     *User
	Nav      []Navigation
	Title    string
	Messages []Message
}

// Simple is the data of simple.jpy:
//
//	page.u = {"FirstName": "Bob", "FavoriteColors": ["blue", "green", "mauve"]}
var Simple = &SimplePage{
	U: &User{
		FirstName:      "Bob",
		FavoriteColors: []string{"blue", "green", "mauve"},
	},
}

// Complex is the data of complex.jpy:
//
//	page.User = {
//	    "FirstName": "Bob",
//	    "FavoriteColors": ["blue", "green", "mauve"],
//	    "RawContent": "<div><p>Raw Content to be displayed</p></div>",
//	    "EscapedContent": "<div><div><div>Escaped</div></div></div>",
//	}
//	page.Nav = [{"Item": "Link %d" % i, "Link": "http://www.mytest.com/"} for i in (1, 2, 3)]
//	page.Title = page.User["FirstName"]
//	page.Messages = [{"I": i, "Plural": i != 1} for i in range(1, 6)]
var Complex = &ComplexPage{
	User: &User{
		FirstName:      "Bob",
		FavoriteColors: []string{"blue", "green", "mauve"},
		RawContent:     "<div><p>Raw Content to be displayed</p></div>",
		EscapedContent: "<div><div><div>Escaped</div></div></div>",
	},
	Nav: []Navigation{
		{Item: "Link 1", Link: "http://www.mytest.com/"},
		{Item: "Link 2", Link: "http://www.mytest.com/"},
		{Item: "Link 3", Link: "http://www.mytest.com/"},
	},
	Title: "Bob",
	Messages: []Message{
		{I: 1, Plural: false},
		{I: 2, Plural: true},
		{I: 3, Plural: true},
		{I: 4, Plural: true},
		{I: 5, Plural: true},
	},
}
