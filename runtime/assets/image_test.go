package assets

import "testing"

// FuzzImageSize checks that no file makes the size readers panic.
func FuzzImageSize(f *testing.F) {
	for _, s := range []string{"RIFF\x00\x00\x00\x00WEBPVP8L\x00\x00\x00\x00\x2f\x00\x00\x00\x00", `<svg width="1" height="2">`, `<svg viewBox="0 0 3 4">`, "\x89PNG\r\n\x1a\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if w, h := imageSize(data); w < 0 || h < 0 {
			t.Fatalf("negative size %dx%d", w, h)
		}
	})
}
