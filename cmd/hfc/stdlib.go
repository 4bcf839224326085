package main

import _ "github.com/hyperflask/hfc/runtime/stdlib" // the modules hfc implements in Go
