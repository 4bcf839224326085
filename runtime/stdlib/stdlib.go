// Package stdlib links in every module of the standard library that hfc
// implements in Go (docs/python-stdlib.md, docs/python-stdlib-2.md): each
// registers itself with runtime/loader when its package is linked. Import it
// for its side effect.
package stdlib

import (
	_ "github.com/hyperflask/hfc/runtime/stdlib/abc"
	_ "github.com/hyperflask/hfc/runtime/stdlib/base64"
	_ "github.com/hyperflask/hfc/runtime/stdlib/binascii"
	_ "github.com/hyperflask/hfc/runtime/stdlib/collections"
	_ "github.com/hyperflask/hfc/runtime/stdlib/copy"
	_ "github.com/hyperflask/hfc/runtime/stdlib/dataclasses"
	_ "github.com/hyperflask/hfc/runtime/stdlib/datetime"
	_ "github.com/hyperflask/hfc/runtime/stdlib/functools"
	_ "github.com/hyperflask/hfc/runtime/stdlib/hashlib"
	_ "github.com/hyperflask/hfc/runtime/stdlib/html"
	_ "github.com/hyperflask/hfc/runtime/stdlib/itertools"
	_ "github.com/hyperflask/hfc/runtime/stdlib/json"
	_ "github.com/hyperflask/hfc/runtime/stdlib/math"
	_ "github.com/hyperflask/hfc/runtime/stdlib/operator"
	_ "github.com/hyperflask/hfc/runtime/stdlib/random"
	_ "github.com/hyperflask/hfc/runtime/stdlib/string"
	_ "github.com/hyperflask/hfc/runtime/stdlib/sys"
	_ "github.com/hyperflask/hfc/runtime/stdlib/time"
	_ "github.com/hyperflask/hfc/runtime/stdlib/typing"
	_ "github.com/hyperflask/hfc/runtime/stdlib/urllib"
	_ "github.com/hyperflask/hfc/runtime/stdlib/uuid"
)
