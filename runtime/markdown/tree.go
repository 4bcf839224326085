package markdown

// element is the document tree that Python-Markdown's processors build and
// rewrite: an ElementTree element with its text (before the first child) and
// its tail (after the element, inside the parent). The processors are ported
// from Python-Markdown's and rely on those text/tail semantics, so the tree
// keeps them; render.go turns the finished tree into goldmark's AST.
type element struct {
	tag   string
	attrs []attr
	text  string
	tail  string
	// textAtomic and tailAtomic mark Python-Markdown's AtomicString: text
	// that inline patterns must leave alone.
	textAtomic bool
	tailAtomic bool
	children   []*element
}

type attr struct{ key, value string }

func newElement(tag string) *element { return &element{tag: tag} }

// subElement appends a new child with the given tag to parent.
func subElement(parent *element, tag string) *element {
	e := newElement(tag)
	parent.children = append(parent.children, e)
	return e
}

// last returns the last child of e, or nil.
func (e *element) last() *element {
	if len(e.children) == 0 {
		return nil
	}
	return e.children[len(e.children)-1]
}

// get returns the value of an attribute, "" when absent.
func (e *element) get(key string) string {
	for _, a := range e.attrs {
		if a.key == key {
			return a.value
		}
	}
	return ""
}

// set sets an attribute, keeping the position of an existing key.
func (e *element) set(key, value string) {
	for i := range e.attrs {
		if e.attrs[i].key == key {
			e.attrs[i].value = value
			return
		}
	}
	e.attrs = append(e.attrs, attr{key, value})
}

// insert inserts child at index i.
func (e *element) insert(i int, child *element) {
	e.children = append(e.children, nil)
	copy(e.children[i+1:], e.children[i:])
	e.children[i] = child
}

// index returns the position of child in e, or -1.
func (e *element) index(child *element) int {
	for i, c := range e.children {
		if c == child {
			return i
		}
	}
	return -1
}

// setText sets the text and clears its atomic mark.
func (e *element) setText(s string) { e.text, e.textAtomic = s, false }

// setTail sets the tail and clears its atomic mark.
func (e *element) setTail(s string) { e.tail, e.tailAtomic = s, false }

// iter calls f on e and every descendant in document order (ElementTree's
// iter), over a snapshot of each child list taken when it is reached.
func (e *element) iter(f func(*element)) {
	f(e)
	for _, c := range e.children {
		c.iter(f)
	}
}

// itertext appends the text of e and its descendants, with the descendants'
// tails (ElementTree's itertext).
func (e *element) itertext(b []byte) []byte {
	b = append(b, e.text...)
	for _, c := range e.children {
		b = c.itertext(b)
		b = append(b, c.tail...)
	}
	return b
}
