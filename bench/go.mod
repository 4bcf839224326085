module github.com/hyperflask/hfc/bench

go 1.26

replace github.com/hyperflask/hfc => ../

require (
	github.com/hyperflask/hfc v0.0.0-00010101000000-000000000000
	go.starlark.net v0.0.0-20260908191801-89a6a09411d5
)

require golang.org/x/sys v0.42.0 // indirect
