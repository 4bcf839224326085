module github.com/hyperflask/hfc/bench

go 1.26

replace github.com/hyperflask/hfc => ../

require (
	github.com/CloudyKit/jet/v6 v6.3.3
	github.com/flosch/pongo2/v6 v6.0.0
	github.com/hyperflask/hfc v0.0.0-00010101000000-000000000000
	github.com/valyala/quicktemplate v1.8.0
	go.starlark.net v0.0.0-20260908191801-89a6a09411d5
)

require (
	github.com/CloudyKit/fastprinter v0.0.0-20200109182630-33d98a066a53 // indirect
	github.com/valyala/bytebufferpool v1.0.0 // indirect
	golang.org/x/sys v0.42.0 // indirect
)

tool github.com/valyala/quicktemplate/qtc
