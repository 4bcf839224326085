package bundle

import (
	"sync"

	"github.com/hyperflask/hfc/compiler/bytecode"
)

// MemCache keeps compiled code in memory by key, across the servers that
// hfc dev opens on an app as its files change: code whose source and
// settings did not change is found again, the rest compiles. It counts
// lookups that missed, and is safe for concurrent use.
type MemCache struct {
	mu        sync.Mutex
	programs  map[string]*bytecode.Program
	templates map[string]*bytecode.Template
	misses    int
}

// NewMemCache returns an empty cache.
func NewMemCache() *MemCache {
	return &MemCache{programs: map[string]*bytecode.Program{}, templates: map[string]*bytecode.Template{}}
}

// Program returns the program of a key.
func (c *MemCache) Program(key string) (*bytecode.Program, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.programs[key]
	if !ok {
		c.misses++
	}
	return p, ok
}

// PutProgram stores a program.
func (c *MemCache) PutProgram(key string, p *bytecode.Program) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.programs[key] = p
}

// Template returns the template of a key.
func (c *MemCache) Template(key string) (*bytecode.Template, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	t, ok := c.templates[key]
	if !ok {
		c.misses++
	}
	return t, ok
}

// PutTemplate stores a template.
func (c *MemCache) PutTemplate(key string, t *bytecode.Template) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.templates[key] = t
}

// Misses returns how many lookups found nothing so far (each one was then
// compiled).
func (c *MemCache) Misses() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.misses
}
