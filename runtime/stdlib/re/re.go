package re

import (
	"math"
	"sync"

	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/pyre"
	"github.com/hyperflask/hfc/runtime/vm"
)

func init() {
	loader.RegisterGoModule("re", newModule)
}

// flagConstants are the flags of the module. They are plain ints (CPython's
// are members of the IntFlag re.RegexFlag).
var flagConstants = map[string]pyre.Flags{
	"NOFLAG": 0,
	"A":      pyre.ASCII, "ASCII": pyre.ASCII,
	"DEBUG": pyre.Debug,
	"I":     pyre.IgnoreCase, "IGNORECASE": pyre.IgnoreCase,
	"L": pyre.Locale, "LOCALE": pyre.Locale,
	"M": pyre.Multiline, "MULTILINE": pyre.Multiline,
	"S": pyre.DotAll, "DOTALL": pyre.DotAll,
	"T": pyre.TemplateFlag, "TEMPLATE": pyre.TemplateFlag,
	"U": pyre.Unicode, "UNICODE": pyre.Unicode,
	"X": pyre.Verbose, "VERBOSE": pyre.Verbose,
}

func newModule() *vm.Module {
	members := map[string]vm.Value{
		"error":   errorClass(),
		"Pattern": patternClass,
		"Match":   matchClass,
		"compile": builtin("compile", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			var pattern, flags vm.Value
			if err := th.UnpackArgs("compile", args, kwnames, "pattern", &pattern, "flags?", &flags); err != nil {
				return nil, err
			}
			return compile(th, pattern, flags)
		}),
		"purge": builtin("purge", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs("purge", args, kwnames, 0); err != nil {
				return nil, err
			}
			cache.purge()
			return vm.None, nil
		}),
		"escape": builtin("escape", escape),
		"findall": builtin("findall", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			p, s, err := patternAndString(th, "findall", args, kwnames)
			if err != nil {
				return nil, err
			}
			return p.findall(th, s, 0, math.MaxInt)
		}),
		"finditer": builtin("finditer", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			p, s, err := patternAndString(th, "finditer", args, kwnames)
			if err != nil {
				return nil, err
			}
			sc, err := p.newScanner(th, s, 0, math.MaxInt)
			if err != nil {
				return nil, err
			}
			return &matchIter{sc: sc}, nil
		}),
		"split": builtin("split", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			var pattern, s, maxsplit, flags vm.Value
			if err := th.UnpackArgs("split", args, kwnames, "pattern", &pattern, "string", &s, "maxsplit?", &maxsplit, "flags?", &flags); err != nil {
				return nil, err
			}
			p, err := compile(th, pattern, flags)
			if err != nil {
				return nil, err
			}
			n, err := intArg(th, maxsplit, 0)
			if err != nil {
				return nil, err
			}
			return p.split(th, s, n)
		}),
	}
	for _, kind := range []string{"match", "search", "fullmatch"} {
		members[kind] = builtin(kind, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			p, s, err := patternAndString(th, kind, args, kwnames)
			if err != nil {
				return nil, err
			}
			return p.matchAt(th, kind, s, 0, math.MaxInt)
		})
	}
	for _, kind := range []string{"sub", "subn"} {
		members[kind] = builtin(kind, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			var pattern, repl, s, count, flags vm.Value
			if err := th.UnpackArgs(kind, args, kwnames, "pattern", &pattern, "repl", &repl, "string", &s, "count?", &count, "flags?", &flags); err != nil {
				return nil, err
			}
			p, err := compile(th, pattern, flags)
			if err != nil {
				return nil, err
			}
			n, err := intArg(th, count, 0)
			if err != nil {
				return nil, err
			}
			r, done, err := p.subn(th, repl, s, n)
			if err != nil || kind == "sub" {
				return r, err
			}
			return vm.Tuple{r, vm.MakeInt(int64(done))}, nil
		})
	}
	for name, f := range flagConstants {
		members[name] = vm.MakeInt(int64(f))
	}
	return vm.NewGoModule("re", members)
}

// patternAndString reads the (pattern, string, flags=0) arguments of the
// module's functions and compiles the pattern.
func patternAndString(th *vm.Thread, fname string, args []vm.Value, kwnames []string) (*Pattern, vm.Value, error) {
	var pattern, s, flags vm.Value
	if err := th.UnpackArgs(fname, args, kwnames, "pattern", &pattern, "string", &s, "flags?", &flags); err != nil {
		return nil, nil, err
	}
	p, err := compile(th, pattern, flags)
	return p, s, err
}

// compile is re.compile: a compiled pattern is returned as it is (flags
// are then an error), a str or bytes pattern is compiled once and cached.
func compile(th *vm.Thread, pattern, flagsArg vm.Value) (*Pattern, error) {
	flags, err := intArg(th, flagsArg, 0)
	if err != nil {
		return nil, err
	}
	var key cacheKey
	switch x := pattern.(type) {
	case *Pattern:
		if flags != 0 {
			return nil, th.ValueError("cannot process flags argument with a compiled pattern")
		}
		return x, nil
	case vm.Str:
		key = cacheKey{src: string(x), flags: flags}
	case vm.Bytes:
		key = cacheKey{src: string(x), flags: flags, isBytes: true}
	default:
		return nil, th.TypeError("first argument must be string or compiled pattern")
	}
	if p, ok := cache.get(key); ok {
		return p, nil
	}
	var re *pyre.Pattern
	if key.isBytes {
		re, err = pyre.CompileBytes([]byte(key.src), pyre.Flags(flags))
	} else {
		re, err = pyre.Compile(key.src, pyre.Flags(flags))
	}
	if err != nil {
		return nil, convertError(th, err, pattern)
	}
	p := &Pattern{re: re, source: pattern}
	if pyre.Flags(flags)&pyre.Debug == 0 {
		cache.put(key, p)
	}
	return p, nil
}

// escape is re.escape.
func escape(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var pattern vm.Value
	if err := th.UnpackArgs("escape", args, kwnames, "pattern", &pattern); err != nil {
		return nil, err
	}
	switch x := pattern.(type) {
	case vm.Str:
		return vm.Str(pyre.Escape(string(x))), nil
	case vm.Bytes:
		return vm.Bytes(pyre.EscapeBytes([]byte(x))), nil
	}
	return nil, th.TypeError("'%s' object is not iterable", pattern.Type().Name)
}

// maxCache is the size of the cache of compiled patterns (re._MAXCACHE).
const maxCache = 512

type cacheKey struct {
	src     string
	flags   int
	isBytes bool
}

// patternCache holds the patterns compiled by the module's functions. When
// it is full the oldest entry goes, as in CPython 3.11. It is shared by all
// threads.
type patternCache struct {
	mu    sync.Mutex
	m     map[cacheKey]*Pattern
	order []cacheKey
}

var cache = &patternCache{m: map[cacheKey]*Pattern{}}

func (c *patternCache) get(k cacheKey) (*Pattern, bool) {
	c.mu.Lock()
	p, ok := c.m[k]
	c.mu.Unlock()
	return p, ok
}

func (c *patternCache) put(k cacheKey, p *Pattern) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.m[k]; ok {
		return
	}
	if len(c.order) >= maxCache {
		delete(c.m, c.order[0])
		c.order = append(c.order[:0], c.order[1:]...)
	}
	c.m[k] = p
	c.order = append(c.order, k)
}

func (c *patternCache) purge() {
	c.mu.Lock()
	clear(c.m)
	c.order = c.order[:0]
	c.mu.Unlock()
}
