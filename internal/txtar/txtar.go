// Package txtar reads the txtar archives of data-driven tests: a comment,
// then files, each starting at a line "-- NAME --".
package txtar

import (
	"fmt"
	"strings"
)

// File is one file of an archive.
type File struct {
	Name string
	Data string // the file's text, its final newline kept
}

// Archive is a parsed archive.
type Archive struct {
	Comment string
	Files   []File
}

// Parse reads an archive. Text before the first file marker is the
// comment.
func Parse(s string) *Archive {
	a := &Archive{}
	var b strings.Builder
	name, inFile := "", false
	flush := func() {
		if inFile {
			a.Files = append(a.Files, File{Name: name, Data: b.String()})
		} else {
			a.Comment = b.String()
		}
		b.Reset()
	}
	for _, line := range strings.SplitAfter(s, "\n") {
		trimmed := strings.TrimSuffix(line, "\n")
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") && len(trimmed) > 6 {
			flush()
			name, inFile = trimmed[3:len(trimmed)-3], true
			continue
		}
		b.WriteString(line)
	}
	flush()
	return a
}

// Get returns the text of the file named name and whether it exists.
func (a *Archive) Get(name string) (string, bool) {
	for _, f := range a.Files {
		if f.Name == name {
			return f.Data, true
		}
	}
	return "", false
}

// Format writes an archive back as text.
func Format(a *Archive) string {
	var b strings.Builder
	b.WriteString(a.Comment)
	for _, f := range a.Files {
		b.WriteString("-- " + f.Name + " --\n")
		b.WriteString(f.Data)
		if f.Data != "" && !strings.HasSuffix(f.Data, "\n") {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// TrimNoEOL makes the files listed on a line "noeol: A B …" of the comment
// exact: txtar cannot hold a file that does not end in a newline, so the
// conformance suite's case files list those files there, and the one
// newline the archive added to each is removed here. It fails when a listed
// file is missing or does not end in a newline.
func (a *Archive) TrimNoEOL() error {
	for _, line := range strings.Split(a.Comment, "\n") {
		rest, ok := strings.CutPrefix(line, "noeol:")
		if !ok {
			continue
		}
		for _, n := range strings.Fields(rest) {
			found := false
			for i := range a.Files {
				if a.Files[i].Name == n && strings.HasSuffix(a.Files[i].Data, "\n") {
					a.Files[i].Data = strings.TrimSuffix(a.Files[i].Data, "\n")
					found = true
					break
				}
			}
			if !found {
				return fmt.Errorf("noeol names %q, which is no file ending in a newline", n)
			}
		}
	}
	return nil
}
