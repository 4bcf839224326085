package pyre

import (
	"regexp"
	"strings"
	"testing"
)

// benchText is about 100 KB of ASCII prose with e-mail addresses and HTML.
var benchText = func() string {
	var b strings.Builder
	words := []string{"lorem", "ipsum", "dolor", "sit", "amet,", "consectetur", "adipiscing", "elit."}
	for i := 0; b.Len() < 100_000; i++ {
		b.WriteString(words[i%len(words)])
		b.WriteByte(' ')
		switch i % 37 {
		case 5:
			b.WriteString("<a href=\"https://example.com/x\">link</a> ")
		case 17:
			b.WriteString("mail jane.doe+news@mail.example.org now ")
		case 29:
			b.WriteString("<p class=\"note\">\n")
		}
	}
	return b.String()
}()

var benchPatterns = []struct{ name, pattern string }{
	{"Email", `[\w.+-]+@[\w-]+\.[\w.-]+`},
	{"WordSplit", `\W+`},
	{"TagStrip", `<[^>]+>`},
}

func BenchmarkFindAll(b *testing.B) {
	for _, bp := range benchPatterns {
		p, err := Compile(bp.pattern, 0)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(bp.name+"/pyre", func(b *testing.B) {
			b.SetBytes(int64(len(benchText)))
			for b.Loop() {
				in := NewInput(benchText)
				sc, _ := p.Scanner(in, 0, in.Len(), nil)
				for {
					m, _ := sc.Search()
					if m == nil {
						break
					}
				}
			}
		})
		re := regexp.MustCompile(bp.pattern)
		b.Run(bp.name+"/goregexp", func(b *testing.B) {
			b.SetBytes(int64(len(benchText)))
			for b.Loop() {
				re.FindAllStringIndex(benchText, -1)
			}
		})
	}
}

func BenchmarkSplitWords(b *testing.B) {
	p, _ := Compile(`\W+`, 0)
	b.Run("pyre", func(b *testing.B) {
		for b.Loop() {
			if _, err := p.Split(NewInput(benchText), 0, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	re := regexp.MustCompile(`\W+`)
	b.Run("goregexp", func(b *testing.B) {
		for b.Loop() {
			re.Split(benchText, -1)
		}
	})
}

func BenchmarkStripTags(b *testing.B) {
	p, _ := Compile(`<[^>]+>`, 0)
	t, _ := p.CompileTemplate("")
	b.Run("pyre", func(b *testing.B) {
		for b.Loop() {
			if _, _, err := p.Sub(t, NewInput(benchText), 0, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	re := regexp.MustCompile(`<[^>]+>`)
	b.Run("goregexp", func(b *testing.B) {
		for b.Loop() {
			re.ReplaceAllString(benchText, "")
		}
	})
}

func BenchmarkCompile(b *testing.B) {
	for b.Loop() {
		if _, err := Compile(`(?P<user>[\w.+-]+)@(?P<host>[\w-]+(?:\.[\w-]+)+)|<(?:[^>"]|"[^"]*")+>`, 0); err != nil {
			b.Fatal(err)
		}
	}
}
