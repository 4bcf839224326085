// Package txtar reads the txtar archives of data-driven tests: a comment,
// then files, each starting at a line "-- NAME --".
package txtar

import "strings"

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
