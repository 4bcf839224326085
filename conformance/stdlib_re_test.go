package conformance

// The re module, which `hfc run` imports through cmd/hfc.
import _ "github.com/hyperflask/hfc/runtime/stdlib/re"
