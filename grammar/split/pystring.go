package split

// pyStringScanner follows Python string literals line by line, just enough
// to tell whether a line starts inside a string (a triple-quoted string, or a
// single-quoted one continued with a backslash). Comments are skipped.
type pyStringScanner struct {
	quote       byte // quote character of the open string, 0 when none
	triple      bool
	stringStart int // offset of the open string's first quote
}

func (s *pyStringScanner) inString() bool { return s.quote != 0 }

// quoteOrHash marks the bytes that start a string or a comment.
var quoteOrHash = [256]bool{'\'': true, '"': true, '#': true}

// line advances over text[start:end], one physical line including its break.
func (s *pyStringScanner) line(text string, start, end int) {
	i := start
	for i < end {
		if s.quote == 0 {
			// Outside strings only a quote or a '#' matters.
			for i < end && !quoteOrHash[text[i]] {
				i++
			}
			if i == end {
				return
			}
		}
		c := text[i]
		if s.quote != 0 {
			switch {
			case c == '\\':
				if i+2 < end && text[i+1] == '\r' && text[i+2] == '\n' {
					i++
				}
				i += 2
				continue
			case c == s.quote:
				if !s.triple {
					s.quote = 0
					i++
					continue
				}
				if i+2 < end && text[i+1] == c && text[i+2] == c {
					s.quote = 0
					i += 3
					continue
				}
			case (c == '\n' || c == '\r') && !s.triple:
				// An unterminated single-quoted string ends at the line break
				// (a syntax error the Python parser reports).
				s.quote = 0
			}
			i++
			continue
		}
		switch c {
		case '#':
			return
		case '\'', '"':
			s.stringStart = i
			s.quote = c
			if i+2 < len(text) && text[i+1] == c && text[i+2] == c {
				s.triple = true
				i += 3
				continue
			}
			s.triple = false
		}
		i++
	}
}
