package devserver

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// debounce is how long the watcher waits for more changes before
// rebuilding: an editor's save is several events.
const debounce = 80 * time.Millisecond

// ignored reports whether a changed path of the app does not matter:
// hidden files (but .env files), caches, installed packages, bundles and
// databases.
func (d *Dev) ignored(path string) bool {
	if rel, err := filepath.Rel(d.root, path); err == nil {
		path = rel
	}
	for _, part := range strings.Split(filepath.ToSlash(path), "/") {
		switch {
		case part == "__pycache__", part == "node_modules", part == "venv":
			return true
		case strings.HasPrefix(part, ".") && part != "." && part != ".." && !strings.HasPrefix(part, ".env"):
			return true
		}
	}
	base := filepath.Base(path)
	for _, suffix := range []string{".hfb", ".db", ".sqlite", ".sqlite3", "-wal", "-shm", "-journal", "~", ".swp", ".tmp"} {
		if strings.HasSuffix(base, suffix) {
			return true
		}
	}
	return false
}

// Watch starts watching the app's folders and returns once every one is
// watched, so that no change made after it returns is missed. run then
// rebuilds after each burst of changes until ctx is done; it returns nil
// then, or the error that stopped the watcher.
func (d *Dev) Watch() (run func(ctx context.Context) error, err error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	if err := d.addTree(w, d.root); err != nil {
		w.Close()
		return nil, err
	}
	return func(ctx context.Context) error {
		defer w.Close()
		return d.watch(ctx, w)
	}, nil
}

// watch rebuilds after each burst of changes that w reports.
func (d *Dev) watch(ctx context.Context, w *fsnotify.Watcher) error {
	changed := map[string]bool{}
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				changed["(many files)"] = true
				timer.Reset(debounce)
			}
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if d.ignored(ev.Name) || ev.Op == fsnotify.Chmod {
				continue
			}
			if ev.Op.Has(fsnotify.Create) {
				if fi, err := os.Stat(ev.Name); err == nil && fi.IsDir() {
					_ = d.addTree(w, ev.Name)
				}
			}
			changed[ev.Name] = true
			timer.Reset(debounce)
		case <-timer.C:
			names := make([]string, 0, len(changed))
			for n := range changed {
				names = append(names, n)
			}
			sort.Strings(names)
			clear(changed)
			d.Rebuild(names)
		}
	}
}

// addTree watches a folder and the folders below it that matter.
func (d *Dev) addTree(w *fsnotify.Watcher, root string) error {
	return filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if !e.IsDir() {
			return nil
		}
		if p != root && d.ignored(p) {
			return filepath.SkipDir
		}
		return w.Add(p)
	})
}
