module github.com/hyperflask/hfc

go 1.26

require (
	github.com/alecthomas/participle/v2 v2.1.4
	github.com/goccy/go-yaml v1.19.2
)

require (
	github.com/yuin/goldmark v1.8.7 // indirect
	golang.org/x/net v0.47.0 // indirect
	golang.org/x/text v0.31.0 // indirect
)
