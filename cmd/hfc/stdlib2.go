package main

// The second half of hfc's standard library (see docs/python-stdlib-2.md).
import (
	_ "github.com/hyperflask/hfc/runtime/stdlib/abc"
	_ "github.com/hyperflask/hfc/runtime/stdlib/base64"
	_ "github.com/hyperflask/hfc/runtime/stdlib/binascii"
	_ "github.com/hyperflask/hfc/runtime/stdlib/collections"
	_ "github.com/hyperflask/hfc/runtime/stdlib/copy"
	_ "github.com/hyperflask/hfc/runtime/stdlib/dataclasses"
	_ "github.com/hyperflask/hfc/runtime/stdlib/functools"
	_ "github.com/hyperflask/hfc/runtime/stdlib/hashlib"
	_ "github.com/hyperflask/hfc/runtime/stdlib/html"
	_ "github.com/hyperflask/hfc/runtime/stdlib/itertools"
	_ "github.com/hyperflask/hfc/runtime/stdlib/operator"
	_ "github.com/hyperflask/hfc/runtime/stdlib/sys"
	_ "github.com/hyperflask/hfc/runtime/stdlib/typing"
	_ "github.com/hyperflask/hfc/runtime/stdlib/urllib"
	_ "github.com/hyperflask/hfc/runtime/stdlib/uuid"
)
