package main

// The re module registers itself with the loader.
import _ "github.com/hyperflask/hfc/runtime/stdlib/re"
