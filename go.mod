module github.com/hyperflask/hfc

go 1.26

require (
	github.com/alecthomas/participle/v2 v2.1.4
	github.com/go-chi/chi/v5 v5.5.0
	github.com/goccy/go-yaml v1.19.2
	github.com/google/go-dap v0.12.0
	github.com/yuin/goldmark v1.8.7
	golang.org/x/net v0.47.0
	golang.org/x/text v0.31.0
)

require github.com/fsnotify/fsnotify v1.10.1

require (
	github.com/evanw/esbuild v0.28.2
	golang.org/x/sys v0.38.0 // indirect
)
