package main

// The modules of hfc's standard library written in Go register themselves
// with the loader when their package is linked in.
import (
	_ "github.com/hyperflask/hfc/runtime/stdlib/datetime"
	_ "github.com/hyperflask/hfc/runtime/stdlib/json"
	_ "github.com/hyperflask/hfc/runtime/stdlib/math"
	_ "github.com/hyperflask/hfc/runtime/stdlib/random"
	_ "github.com/hyperflask/hfc/runtime/stdlib/string"
	_ "github.com/hyperflask/hfc/runtime/stdlib/time"
)
