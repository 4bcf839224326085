package assets

import (
	"crypto/sha256"
	"encoding/json"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/evanw/esbuild/pkg/api"
)

// Cache keeps the esbuild runs of the builds that used it, so that hfc dev,
// which builds the assets again after every change of the app, runs
// esbuild only when something it would read changed. A run is reused when
// its entry points, options, virtual modules (hfc's scripts, bundle
// blocks), replaced contents (Tailwind's output) and every file it read
// (from its metafile, node_modules included) are as they were, and
// package.json and node_modules/.package-lock.json (npm install) have not
// changed. Runs that failed are not kept. A Cache keeps the runs of the
// last build only. Its methods are safe for concurrent use.
type Cache struct {
	mu   sync.Mutex
	runs map[[sha256.Size]byte]*cachedRun
	// hits and misses count lookups (tests).
	hits, misses int
}

// NewCache returns an empty Cache.
func NewCache() *Cache { return &Cache{runs: map[[sha256.Size]byte]*cachedRun{}} }

// cachedRun is a successful esbuild run and the state of what it read.
type cachedRun struct {
	res    api.BuildResult
	stamps []fileStamp
	used   bool // by the current build
}

// fileStamp is what tells a file changed: its size and modification time.
type fileStamp struct {
	path string
	size int64
	mod  time.Time
}

func stampOf(path string) fileStamp {
	st := fileStamp{path: path, size: -1}
	if fi, err := os.Stat(path); err == nil {
		st.size, st.mod = fi.Size(), fi.ModTime()
	}
	return st
}

// begin starts a build: the runs the previous build did not use go.
func (c *Cache) begin() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, r := range c.runs {
		if !r.used {
			delete(c.runs, k)
		}
		r.used = false
	}
}

// lookup returns the run stored under key when none of the files it read
// changed since.
func (c *Cache) lookup(key [sha256.Size]byte) (api.BuildResult, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r := c.runs[key]
	if r == nil {
		c.misses++
		return api.BuildResult{}, false
	}
	for _, st := range r.stamps {
		if now := stampOf(st.path); now.size != st.size || !now.mod.Equal(st.mod) {
			delete(c.runs, key)
			c.misses++
			return api.BuildResult{}, false
		}
	}
	c.hits++
	r.used = true
	return r.res, true
}

// store keeps a successful run with the state of the files it read.
func (c *Cache) store(key [sha256.Size]byte, res api.BuildResult, stamps []fileStamp) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.runs[key] = &cachedRun{res: res, stamps: stamps, used: true}
}

// runKey hashes everything of a run that is not a file on disk: its entry
// points, the options that vary between builds, the virtual modules and
// the replaced contents.
func (b *builder) runKey(inputs []string) [sha256.Size]byte {
	h := sha256.New()
	field := func(s string) {
		io.WriteString(h, strconv.Itoa(len(s)))
		io.WriteString(h, ":")
		io.WriteString(h, s)
	}
	field(b.p.Root)
	field(b.res.URLPath)
	field(strconv.FormatBool(b.opts.Dev) + strconv.FormatBool(b.opts.Minify))
	for _, in := range inputs {
		e := b.entries[in]
		field(in)
		field(e.out)
		field(strconv.FormatBool(e.module))
	}
	for _, p := range slices.Sorted(maps.Keys(b.virtual)) {
		v := b.virtual[p]
		field(p)
		field(v.contents)
		field(v.resolveDir)
		field(v.loader)
	}
	for _, p := range slices.Sorted(maps.Keys(b.overrides)) {
		field(p)
		field(b.overrides[p])
	}
	var key [sha256.Size]byte
	h.Sum(key[:0])
	return key
}

// inputStamps returns the state of the files a run read (its metafile's
// inputs that are files), with package.json and npm's lock of
// node_modules, which decide how imports resolve.
func (b *builder) inputStamps(metafile string) ([]fileStamp, bool) {
	var meta struct {
		Inputs map[string]json.RawMessage `json:"inputs"`
	}
	if err := json.Unmarshal([]byte(metafile), &meta); err != nil {
		return nil, false
	}
	stamps := []fileStamp{
		stampOf(b.packageFile()),
		stampOf(filepath.Join(b.p.Root, "node_modules", ".package-lock.json")),
	}
	for in := range meta.Inputs {
		if strings.HasPrefix(in, "hfc:") {
			continue
		}
		stamps = append(stamps, stampOf(b.absPath(in)))
	}
	return stamps, true
}
