package conformance

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestCoverageLinks checks that every case COVERAGE.md links to, and
// every FOLDER/* it names, exists.
func TestCoverageLinks(t *testing.T) {
	data, err := os.ReadFile("COVERAGE.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	links := regexp.MustCompile(`\]\(([^)#]+)\)`).FindAllStringSubmatch(text, -1)
	if len(links) < 100 {
		t.Fatalf("only %d links in COVERAGE.md", len(links))
	}
	for _, m := range links {
		if strings.Contains(m[1], "://") {
			continue
		}
		if _, err := os.Stat(filepath.FromSlash(m[1])); err != nil {
			t.Errorf("COVERAGE.md links to %s: %v", m[1], err)
		}
	}
	for _, m := range regexp.MustCompile("`([a-z-]+(?:/[a-z_-]+)*)/\\*`").FindAllStringSubmatch(text, -1) {
		if fi, err := os.Stat(m[1]); err != nil || !fi.IsDir() {
			t.Errorf("COVERAGE.md names the folder %s/*, which does not exist", m[1])
		}
	}
	for _, m := range regexp.MustCompile("`((?:splitting|layouts|markdown)/[a-z_]+)\\*`").FindAllStringSubmatch(text, -1) {
		if files, _ := filepath.Glob(m[1] + "*.txtar"); len(files) == 0 {
			t.Errorf("COVERAGE.md names %s*, which matches no case", m[1])
		}
	}
}
