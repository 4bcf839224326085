package server

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestDocsAssets checks the code samples of docs/assets.md: each is the
// content of the file of the repository named on the line before it (the
// files of examples/widgets, which TestBrowser serves).
func TestDocsAssets(t *testing.T) {
	data, err := os.ReadFile("../../docs/assets.md")
	if err != nil {
		t.Fatal(err)
	}
	label := regexp.MustCompile("^`([^`]+)`:$")
	lines := strings.Split(string(data), "\n")
	samples := 0
	for i := 0; i < len(lines); i++ {
		if !strings.HasPrefix(lines[i], "```") {
			continue
		}
		start := i
		j := i + 1
		for j < len(lines) && lines[j] != "```" {
			j++
		}
		body := strings.Join(lines[i+1:j], "\n") + "\n"
		i = j
		prev := start - 1
		for prev >= 0 && strings.TrimSpace(lines[prev]) == "" {
			prev--
		}
		m := label.FindStringSubmatch(lines[max(prev, 0)])
		if m == nil {
			t.Errorf("docs/assets.md:%d: a code sample without the file it shows (a line \"`path`:\" before it)", start+1)
			continue
		}
		want, err := os.ReadFile(filepath.Join("../..", filepath.FromSlash(m[1])))
		if err != nil {
			t.Errorf("docs/assets.md:%d: %v", start+1, err)
			continue
		}
		if body != string(want) {
			t.Errorf("docs/assets.md:%d: the sample differs from %s:\n%s", start+1, m[1], body)
		}
		samples++
	}
	if samples == 0 {
		t.Error("no samples found")
	}
}
