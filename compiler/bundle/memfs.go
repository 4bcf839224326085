package bundle

import (
	"bytes"
	"io"
	"io/fs"
	"path"
	"sort"
	"time"
)

// MemFS is a read-only file system in memory: the files of a bundle. Its
// files are seekable, as http.ServeContent needs.
type MemFS struct {
	files map[string]*memFile
	dirs  map[string][]string // folder → the names of its entries, sorted
}

type memFile struct {
	name    string
	data    []byte
	modTime time.Time
}

func newMemFS() *MemFS {
	return &MemFS{files: map[string]*memFile{}, dirs: map[string][]string{".": nil}}
}

func (m *MemFS) add(name string, data []byte, modTime time.Time) {
	m.files[name] = &memFile{name: path.Base(name), data: data, modTime: modTime}
	for p := name; p != "."; {
		dir := path.Dir(p)
		_, known := m.dirs[dir]
		entries := m.dirs[dir]
		base := path.Base(p)
		i := sort.SearchStrings(entries, base)
		if i == len(entries) || entries[i] != base {
			entries = append(entries, "")
			copy(entries[i+1:], entries[i:])
			entries[i] = base
		}
		m.dirs[dir] = entries
		if known {
			break
		}
		p = dir
	}
}

// Open implements fs.FS.
func (m *MemFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if f, ok := m.files[name]; ok {
		return &openFile{memFile: f, r: bytes.NewReader(f.data)}, nil
	}
	if entries, ok := m.dirs[name]; ok {
		return &openDir{m: m, name: name, entries: entries}, nil
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// ReadFile implements fs.ReadFileFS.
func (m *MemFS) ReadFile(name string) ([]byte, error) {
	if f, ok := m.files[name]; ok && fs.ValidPath(name) {
		return bytes.Clone(f.data), nil
	}
	return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrNotExist}
}

// Stat implements fs.StatFS.
func (m *MemFS) Stat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrInvalid}
	}
	if f, ok := m.files[name]; ok {
		return fileInfo{f}, nil
	}
	if _, ok := m.dirs[name]; ok {
		return dirInfo(path.Base(name)), nil
	}
	return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrNotExist}
}

// ReadDir implements fs.ReadDirFS.
func (m *MemFS) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, ok := m.dirs[name]
	if !ok || !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	return m.dirEntries(name, entries), nil
}

func (m *MemFS) dirEntries(dir string, names []string) []fs.DirEntry {
	out := make([]fs.DirEntry, 0, len(names))
	for _, n := range names {
		full := n
		if dir != "." {
			full = dir + "/" + n
		}
		if f, ok := m.files[full]; ok {
			out = append(out, fs.FileInfoToDirEntry(fileInfo{f}))
		} else {
			out = append(out, fs.FileInfoToDirEntry(dirInfo(n)))
		}
	}
	return out
}

type fileInfo struct{ f *memFile }

func (i fileInfo) Name() string       { return i.f.name }
func (i fileInfo) Size() int64        { return int64(len(i.f.data)) }
func (i fileInfo) Mode() fs.FileMode  { return 0o444 }
func (i fileInfo) ModTime() time.Time { return i.f.modTime }
func (i fileInfo) IsDir() bool        { return false }
func (i fileInfo) Sys() any           { return nil }

type dirInfo string

func (d dirInfo) Name() string       { return string(d) }
func (d dirInfo) Size() int64        { return 0 }
func (d dirInfo) Mode() fs.FileMode  { return fs.ModeDir | 0o555 }
func (d dirInfo) ModTime() time.Time { return time.Time{} }
func (d dirInfo) IsDir() bool        { return true }
func (d dirInfo) Sys() any           { return nil }

// openFile is an open file: readable and seekable.
type openFile struct {
	*memFile
	r *bytes.Reader
}

func (f *openFile) Stat() (fs.FileInfo, error)                { return fileInfo{f.memFile}, nil }
func (f *openFile) Read(p []byte) (int, error)                { return f.r.Read(p) }
func (f *openFile) Seek(off int64, whence int) (int64, error) { return f.r.Seek(off, whence) }
func (f *openFile) ReadAt(p []byte, off int64) (int, error)   { return f.r.ReadAt(p, off) }
func (f *openFile) Close() error                              { return nil }

var _ io.ReadSeeker = (*openFile)(nil)

// openDir is an open folder.
type openDir struct {
	m       *MemFS
	name    string
	entries []string
	off     int
}

func (d *openDir) Stat() (fs.FileInfo, error) { return dirInfo(path.Base(d.name)), nil }
func (d *openDir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.name, Err: fs.ErrInvalid}
}
func (d *openDir) Close() error { return nil }

// ReadDir implements fs.ReadDirFile.
func (d *openDir) ReadDir(n int) ([]fs.DirEntry, error) {
	rest := d.entries[d.off:]
	if n > 0 && len(rest) == 0 {
		return nil, io.EOF
	}
	if n > 0 && n < len(rest) {
		rest = rest[:n]
	}
	d.off += len(rest)
	return d.m.dirEntries(d.name, rest), nil
}
