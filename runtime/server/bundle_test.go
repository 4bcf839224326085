package server

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/compiler/bundle"
	"github.com/hyperflask/hfc/internal/golden"
	"github.com/hyperflask/hfc/internal/txtar"
)

// TestBundleServesAlike compiles every HTTP case's app (testdata/hfc and
// the HTTP cases of the conformance suite) into a bundle, serves the
// bundle, and compares its transcript with the one of the same app served
// from its folder: a bundle serves identically, from its compiled code (no
// cache misses). Apps with compile errors are refused by CompileBundle.
func TestBundleServesAlike(t *testing.T) {
	var cases []string
	for _, pattern := range []string{"testdata/hfc/*.txtar", "../../conformance/*/http_*.txtar"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, m...)
	}
	served := 0
	for _, path := range cases {
		name := strings.TrimSuffix(filepath.Base(path), ".txtar")
		t.Run(filepath.Base(filepath.Dir(path))+"/"+name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := txtar.Parse(string(data))
			if err := a.TrimNoEOL(); err != nil {
				t.Fatal(err)
			}
			// Bundles leave .env files out (secrets come from the
			// environment where a bundle runs): so do both runs here.
			files := a.Files[:0]
			for _, f := range a.Files {
				if !strings.HasPrefix(filepath.Base(f.Name), ".env") {
					files = append(files, f)
				}
			}
			a.Files = files
			fromDir := runCase(t, a, Open)
			var refused bool
			var misses *bundleCache
			fromBundle := runCase(t, a, func(dir string, opts Options) (*Server, error) {
				var buf bytes.Buffer
				diags, err := CompileBundle(dir, &buf, opts)
				if err != nil {
					return nil, err
				}
				if diags.HasErrors() {
					if buf.Len() != 0 {
						t.Errorf("CompileBundle wrote a bundle for an app with errors")
					}
					refused = true
					return nil, nil
				}
				file := filepath.Join(t.TempDir(), "app.hfb")
				if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
					return nil, err
				}
				s, err := OpenBundle(file, opts)
				if err == nil {
					misses = s.proj.cache.(*bundleCache)
				}
				return s, err
			})
			if refused {
				t.Skip("the app has compile errors: no bundle")
			}
			served++
			if got, want := withoutDiagnostics(fromBundle), withoutDiagnostics(fromDir); got != want {
				t.Errorf("the bundle serves differently from the folder:\n%s", golden.Diff(want, got))
			}
			if n := misses.misses.Load(); n != 0 {
				t.Errorf("%d programs or templates were compiled at run time: the bundle lacks them", n)
			}
		})
	}
	if served < len(cases)/2 {
		t.Errorf("only %d of %d apps were served from a bundle", served, len(cases))
	}
}

// withoutDiagnostics drops the diagnostic lines of a transcript: a bundle
// holds no misplaced files to warn about.
func withoutDiagnostics(s string) string {
	var out []string
	for _, line := range strings.SplitAfter(s, "\n") {
		if !strings.HasPrefix(line, "diagnostic: ") {
			out = append(out, line)
		}
	}
	return strings.Join(out, "")
}

// TestBundleRefused: files that are not bundles, and bundles of another
// bytecode or format version, are refused with a message that says what to
// do.
func TestBundleRefused(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "app", "pages"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "app", "pages", "index.jpy"), []byte("hi"), 0o644); err != nil {
		t.Fatal(err)
	}
	var good bytes.Buffer
	if _, err := CompileBundle(dir, &good, Options{}); err != nil {
		t.Fatal(err)
	}
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	if _, err := OpenBundle(write("good.hfb", good.Bytes()), Options{}); err != nil {
		t.Fatalf("a fresh bundle is refused: %v", err)
	}
	// stale rewrites the good bundle with its manifest edited.
	stale := func(edit func(m map[string]any)) []byte {
		zr, err := zip.NewReader(bytes.NewReader(good.Bytes()), int64(good.Len()))
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		zw := zip.NewWriter(&out)
		for _, f := range zr.File {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			data, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatal(err)
			}
			if f.Name == bundle.ManifestName {
				var m map[string]any
				if err := json.Unmarshal(data, &m); err != nil {
					t.Fatal(err)
				}
				edit(m)
				if data, err = json.Marshal(m); err != nil {
					t.Fatal(err)
				}
			}
			w, err := zw.Create(f.Name)
			if err != nil {
				t.Fatal(err)
			}
			w.Write(data)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		return out.Bytes()
	}
	for _, tc := range []struct {
		name string
		data []byte
		is   error
		want string
	}{
		{"text.hfb", []byte("hello"), bundle.ErrForeign, "not an hfc bundle"},
		{"other.hfb", stale(func(m map[string]any) { m["format"] = "something" }), bundle.ErrForeign, `format "something"`},
		{"old.hfb", stale(func(m map[string]any) { m["bytecode_version"] = 1 }), bundle.ErrStale, "bytecode version 1, this hfc runs version"},
		{"isa.hfb", stale(func(m map[string]any) { m["instruction_set"] = "0000000000000000" }), bundle.ErrStale, "instruction set 0000000000000000"},
		{"format.hfb", stale(func(m map[string]any) { m["format_version"] = 99 }), bundle.ErrStale, "bundle format 99"},
	} {
		_, err := OpenBundle(write(tc.name, tc.data), Options{})
		if err == nil || !errors.Is(err, tc.is) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v; want %v mentioning %q", tc.name, err, tc.is, tc.want)
		}
		if errors.Is(err, bundle.ErrStale) && !strings.Contains(err.Error(), "hfc compile") {
			t.Errorf("%s: the message does not say to compile again: %v", tc.name, err)
		}
	}
}

// TestBundleAssets: a bundle holds the app's built assets (bundle blocks,
// web components, app/assets/ files): its pages load the same files, which
// it serves, as the folder's.
func TestBundleAssets(t *testing.T) {
	files := map[string]string{}
	for name, text := range assetApp {
		if name != "app/pages/broken.html" {
			files[name] = text
		}
	}
	folder, ts := serveAssetApp(t, files, "")
	dir := folder.proj.dir
	var buf bytes.Buffer
	diags, err := CompileBundle(dir, &buf, Options{Environ: []string{}})
	if err != nil || diags.HasErrors() {
		t.Fatalf("CompileBundle: %v %v", err, diags)
	}
	file := filepath.Join(t.TempDir(), "app.hfb")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	bundled, err := OpenBundle(file, Options{Environ: []string{}})
	if err != nil {
		t.Fatal(err)
	}
	tb := httptest.NewServer(bundled)
	defer tb.Close()
	paths := []string{"/", "/about", "/static/robots.txt"}
	_, index := get(t, ts.URL+"/")
	for _, m := range regexp.MustCompile(`(?:href|src)="(/static/assets/[^"]+)"`).FindAllStringSubmatch(index, -1) {
		paths = append(paths, m[1])
	}
	if len(paths) < 6 {
		t.Fatalf("the index loads no assets:\n%s", index)
	}
	for _, p := range paths {
		r1, b1 := get(t, ts.URL+p)
		r2, b2 := get(t, tb.URL+p)
		if r1.StatusCode != 200 || r2.StatusCode != r1.StatusCode || b1 != b2 || r1.Header.Get("Content-Type") != r2.Header.Get("Content-Type") {
			t.Errorf("GET %s: folder %d %q, bundle %d %q", p, r1.StatusCode, b1, r2.StatusCode, b2)
		}
	}
}
