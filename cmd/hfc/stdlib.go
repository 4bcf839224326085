package main

import (
	_ "github.com/hyperflask/hfc/runtime/db"     // sqlite3, sqlorm and hyperflask.factory (an in-memory db) for hfc run
	_ "github.com/hyperflask/hfc/runtime/stdlib" // the modules hfc implements in Go
)
