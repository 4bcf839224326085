package main

import (
	"crypto/rand"
	"embed"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// starter is the app that hfc new writes; __NAME__ in its files becomes the
// app's name, gitignore is written as .gitignore.
//
//go:embed starter
var starter embed.FS

func init() {
	register(&command{
		name:    "new",
		args:    "NAME",
		summary: "create a starter app that runs at once",
		help: `NAME is the folder to create (it must not exist, or be empty); its last element
names the app. The app has a page using the default layout and a component, a
Markdown page, a layout built on the stock one, a stylesheet in public/, a
package.json listing htmx and Alpine (which hfc bundles once npm install has
put them in node_modules; the app runs without them), and a .env file holding
a random FLASK_SECRET_KEY (listed in .gitignore). Then:

    cd NAME && npm install && hfc dev .`,
		run: func(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) int {
			if len(args) != 1 {
				fmt.Fprintln(stderr, "hfc new: expected the NAME of the app's folder")
				return 2
			}
			if err := newApp(args[0]); err != nil {
				fmt.Fprintf(stderr, "hfc new: %v\n", err)
				return 1
			}
			fmt.Fprintf(stdout, "Created the app %s. Run it with:\n\n    cd %s && npm install && hfc dev .\n", filepath.Base(args[0]), args[0])
			return 0
		},
	})
}

// newApp writes the starter app into dir.
func newApp(dir string) error {
	name := filepath.Base(filepath.Clean(dir))
	if name == "." || name == string(filepath.Separator) || strings.ContainsAny(name, `"\`) {
		return fmt.Errorf("%q does not name a folder; expected a name such as myapp", dir)
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s already exists and is not empty; expected a new folder", dir)
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	err := fs.WalkDir(starter, "starter", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel := strings.TrimPrefix(strings.TrimPrefix(p, "starter"), "/")
		if path.Base(rel) == "gitignore" {
			rel = path.Join(path.Dir(rel), ".gitignore")
		}
		target := filepath.Join(dir, filepath.FromSlash(rel))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := starter.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, []byte(strings.ReplaceAll(string(data), "__NAME__", name)), 0o644)
	})
	if err != nil {
		return err
	}
	var key [32]byte
	if _, err := rand.Read(key[:]); err != nil {
		return err
	}
	env := "# Secrets of " + name + ": not committed (see .gitignore).\nFLASK_SECRET_KEY=" + hex.EncodeToString(key[:]) + "\n"
	return os.WriteFile(filepath.Join(dir, ".env"), []byte(env), 0o600)
}
