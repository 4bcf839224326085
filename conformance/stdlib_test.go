package conformance

// The conformance programs import modules of the standard library, which
// register themselves with the loader when linked in (as cmd/hfc does).
import (
	_ "github.com/hyperflask/hfc/runtime/stdlib/datetime"
	_ "github.com/hyperflask/hfc/runtime/stdlib/json"
	_ "github.com/hyperflask/hfc/runtime/stdlib/math"
	_ "github.com/hyperflask/hfc/runtime/stdlib/random"
	_ "github.com/hyperflask/hfc/runtime/stdlib/time"
)
