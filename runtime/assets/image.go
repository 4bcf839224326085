package assets

import (
	"bytes"
	"encoding/binary"
	"image"
	_ "image/gif" // image sizes
	_ "image/jpeg"
	_ "image/png"
	"io/fs"
	"math"
	"regexp"
	"strconv"
	"strings"
)

// imageInfo is what Image found for a src.
type imageInfo struct {
	url           string
	width, height int
}

// Image implements app.Assets: the URL and size of an image. src is a file
// of app/assets/ (served under its content hash), else a file of the static
// folder, else used as it is (a URL: no size). The answer is cached.
func (r *Result) Image(src string) (string, int, int) {
	if v, ok := r.images.Load(src); ok {
		info := v.(imageInfo)
		return info.url, info.width, info.height
	}
	info := imageInfo{url: src}
	name := strings.TrimPrefix(src, "/")
	switch {
	case strings.Contains(src, "://") || strings.HasPrefix(src, "//") || strings.HasPrefix(src, "data:"):
	case r.Entries[name] != nil && r.Entries[name].File != "":
		file := r.Entries[name].File
		info.url = r.url(file)
		info.width, info.height = imageSize(r.Files[file])
	case r.Static != nil && fs.ValidPath(name):
		if data, err := fs.ReadFile(r.Static, name); err == nil {
			info.url = r.staticURL + "/" + name
			info.width, info.height = imageSize(data)
		}
	}
	r.images.Store(src, info)
	return info.url, info.width, info.height
}

// imageSize returns the size in pixels of a PNG, JPEG, GIF, WebP or SVG
// image (0, 0 when it is none of those or gives no size).
func imageSize(data []byte) (int, int) {
	if cfg, _, err := image.DecodeConfig(bytes.NewReader(data)); err == nil {
		return cfg.Width, cfg.Height
	}
	if w, h, ok := webpSize(data); ok {
		return w, h
	}
	return svgSize(data)
}

// webpSize reads the size from a WebP file's first chunk (VP8, VP8L or
// VP8X).
func webpSize(d []byte) (int, int, bool) {
	if len(d) < 30 || string(d[0:4]) != "RIFF" || string(d[8:12]) != "WEBP" {
		return 0, 0, false
	}
	switch string(d[12:16]) {
	case "VP8 ":
		return int(binary.LittleEndian.Uint16(d[26:28]) & 0x3fff), int(binary.LittleEndian.Uint16(d[28:30]) & 0x3fff), true
	case "VP8L":
		b0, b1, b2, b3 := int(d[21]), int(d[22]), int(d[23]), int(d[24])
		return 1 + ((b1&0x3f)<<8 | b0), 1 + ((b3&0xf)<<10 | b2<<2 | (b1&0xc0)>>6), true
	case "VP8X":
		le24 := func(b []byte) int { return int(b[0]) | int(b[1])<<8 | int(b[2])<<16 }
		return 1 + le24(d[24:27]), 1 + le24(d[27:30]), true
	}
	return 0, 0, false
}

var (
	svgTag     = regexp.MustCompile(`(?s)<svg\b[^>]*>`)
	svgAttr    = regexp.MustCompile(`\b(width|height|viewBox)\s*=\s*["']([^"']*)["']`)
	svgLengths = regexp.MustCompile(`^\s*([0-9.]+)\s*(px)?\s*$`)
)

// svgSize reads an SVG's size from the width and height of its root
// element (in pixels), else from its viewBox.
func svgSize(d []byte) (int, int) {
	tag := svgTag.Find(d)
	if tag == nil {
		return 0, 0
	}
	attrs := map[string]string{}
	for _, m := range svgAttr.FindAllSubmatch(tag, -1) {
		attrs[string(m[1])] = string(m[2])
	}
	px := func(s string) int {
		m := svgLengths.FindStringSubmatch(s)
		if m == nil {
			return 0
		}
		f, err := strconv.ParseFloat(m[1], 64)
		if err != nil || f > 1e6 {
			return 0
		}
		return int(math.Round(f))
	}
	if w, h := px(attrs["width"]), px(attrs["height"]); w > 0 && h > 0 {
		return w, h
	}
	if f := strings.Fields(strings.ReplaceAll(attrs["viewBox"], ",", " ")); len(f) == 4 {
		return px(f[2]), px(f[3])
	}
	return 0, 0
}
