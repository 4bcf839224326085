// Package html is Python's html module for the hfc VM: escape, and
// unescape with the full table of HTML5 named character references (and
// the html.entities module that holds it).
package html

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

//go:generate /usr/bin/python3 gen_entities.py

type entity struct {
	name, text string
}

// html5 maps the entity names to their text.
var html5 = func() map[string]string {
	m := make(map[string]string, len(html5Entities))
	for _, e := range html5Entities {
		m[e.name] = e.text
	}
	return m
}()

func init() {
	loader.RegisterGoModule("html", func() *vm.Module {
		return vm.NewGoModule("html", map[string]vm.Value{
			"escape":   vm.NewBuiltin("escape", escapeFn),
			"unescape": vm.NewBuiltin("unescape", unescapeFn),
		})
	})
	loader.RegisterGoModule("html.entities", func() *vm.Module {
		h5 := vm.NewDict(len(html5Entities))
		for _, e := range html5Entities {
			h5.SetStr(e.name, vm.Str(e.text))
		}
		n2c := vm.NewDict(len(name2codepoint))
		c2n := vm.NewDict(len(name2codepoint))
		defs := vm.NewDict(len(name2codepoint))
		th := vm.NewThread(nil)
		for _, e := range name2codepoint {
			n2c.SetStr(e.name, vm.MakeInt(int64(e.code)))
			_ = c2n.SetItem(th, vm.MakeInt(int64(e.code)), vm.Str(e.name))
			defs.SetStr(e.name, vm.Str(string(e.code)))
		}
		return vm.NewGoModule("html.entities", map[string]vm.Value{
			"html5":          h5,
			"name2codepoint": n2c,
			"codepoint2name": c2n,
			"entitydefs":     defs,
		})
	})
}

// Escape is html.escape(s, quote).
func Escape(s string, quote bool) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		var r string
		switch s[i] {
		case '&':
			r = "&amp;"
		case '<':
			r = "&lt;"
		case '>':
			r = "&gt;"
		case '"':
			if quote {
				r = "&quot;"
			}
		case '\'':
			if quote {
				r = "&#x27;"
			}
		}
		if r == "" {
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(r)
		last = i + 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func escapeFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var s vm.Value
	quote := vm.True
	if err := th.UnpackArgs("escape", args, kwnames, "s", &s, "quote?", &quote); err != nil {
		return nil, err
	}
	str, ok := s.(vm.Str)
	if !ok {
		return nil, th.Raise(vm.AttributeErrorClass, "'%s' object has no attribute 'replace'", s.Type().Name)
	}
	q, err := th.Truth(quote)
	if err != nil {
		return nil, err
	}
	return vm.Str(Escape(string(str), q)), nil
}

func unescapeFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var s vm.Value
	if err := th.UnpackArgs("unescape", args, kwnames, "s", &s); err != nil {
		return nil, err
	}
	str, ok := s.(vm.Str)
	if !ok {
		return nil, th.TypeError("argument of type '%s' is not iterable", s.Type().Name)
	}
	return vm.Str(Unescape(string(str))), nil
}

// Unescape is html.unescape: it replaces the character references of s
// (&name; &#NNN; &#xHHH;, some without semicolon) as HTML5 does.
func Unescape(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	var b strings.Builder
	i := 0
	for i < len(s) {
		j := strings.IndexByte(s[i:], '&')
		if j < 0 {
			b.WriteString(s[i:])
			break
		}
		b.WriteString(s[i : i+j])
		i += j
		ref, n := charref(s[i+1:])
		if n == 0 {
			b.WriteByte('&')
			i++
			continue
		}
		b.WriteString(ref)
		i += 1 + n
	}
	return b.String()
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isHex(c byte) bool { return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'f') }

// charref reads the reference after an '&' (as CPython's _charref
// pattern matches it) and returns its replacement and the length read; 0
// when nothing matches.
func charref(s string) (string, int) {
	if len(s) > 0 && s[0] == '#' {
		n := 1
		hex := false
		if n < len(s) && isDigit(s[n]) {
			for n < len(s) && isDigit(s[n]) {
				n++
			}
		} else if n+1 < len(s) && (s[n] == 'x' || s[n] == 'X') && isHex(s[n+1]) {
			hex = true
			n++
			for n < len(s) && isHex(s[n]) {
				n++
			}
		} else {
			return "", 0
		}
		digits := s[1:n]
		if hex {
			digits = digits[1:]
		}
		if n < len(s) && s[n] == ';' {
			n++
		}
		return numericRef(digits, hex), n
	}
	// [^\t\n\f <&#;]{1,32};?
	n, count := 0, 0
	for n < len(s) && count < 32 {
		r, size := utf8.DecodeRuneInString(s[n:])
		if strings.ContainsRune("\t\n\f <&#;", r) {
			break
		}
		n += size
		count++
	}
	if count == 0 {
		return "", 0
	}
	if n < len(s) && s[n] == ';' {
		n++
	}
	return namedRef(s[:n]), n
}

// numericRef is the text of &#digits; (base 16 when hex).
func numericRef(digits string, hex bool) string {
	base := int64(10)
	if hex {
		base = 16
	}
	var num int64
	for i := 0; i < len(digits); i++ {
		c := digits[i]
		d := int64(c - '0')
		if c > '9' {
			d = int64(c|0x20-'a') + 10
		}
		if num > (math.MaxInt64-d)/base {
			num = math.MaxInt64
			break
		}
		num = num*base + d
	}
	if r, ok := invalidCharrefs[num]; ok {
		return r
	}
	if (num >= 0xD800 && num <= 0xDFFF) || num > 0x10FFFF {
		return "\uFFFD"
	}
	if invalidCodepoints[num] {
		return ""
	}
	return string(rune(num))
}

// namedRef is the text of a named reference: the longest entity name
// that prefixes it, followed by the rest.
func namedRef(name string) string {
	if t, ok := html5[name]; ok {
		return t
	}
	runes := []rune(name)
	for x := len(runes) - 1; x > 1; x-- {
		if t, ok := html5[string(runes[:x])]; ok {
			return t + string(runes[x:])
		}
	}
	return "&" + name
}
