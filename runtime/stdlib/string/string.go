// Package string is Python's string module for hfc: the character-class
// constants, capwords, Template ($-substitution) and Formatter (the
// overridable str.format engine), with CPython 3.11's behaviour and messages.
//
// Template and Formatter are classes of the kind a class statement makes,
// so Python code can subclass them and override their hooks (delimiter,
// idpattern, get_value, format_field …).
package string

import (
	"context"

	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

func init() {
	loader.RegisterGoModule("string", build)
}

// The constants of the module.
const (
	whitespace     = " \t\n\r\v\f"
	asciiLowercase = "abcdefghijklmnopqrstuvwxyz"
	asciiUppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	asciiLetters   = asciiLowercase + asciiUppercase
	digits         = "0123456789"
	hexdigits      = digits + "abcdef" + "ABCDEF"
	octdigits      = "01234567"
	punctuation    = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
	printable      = digits + asciiLetters + punctuation + whitespace
)

// build makes the module; each loader gets its own classes.
func build() *vm.Module {
	th := vm.NewThread(context.Background())
	members := map[string]vm.Value{
		"whitespace":      vm.Str(whitespace),
		"ascii_lowercase": vm.Str(asciiLowercase),
		"ascii_uppercase": vm.Str(asciiUppercase),
		"ascii_letters":   vm.Str(asciiLetters),
		"digits":          vm.Str(digits),
		"hexdigits":       vm.Str(hexdigits),
		"octdigits":       vm.Str(octdigits),
		"punctuation":     vm.Str(punctuation),
		"printable":       vm.Str(printable),
		"capwords":        &vm.Builtin{Name: "capwords", Module: "string", Fn: capwords},
		"Template":        newTemplateClass(th),
		"Formatter":       newFormatterClass(th),
		"__all__": vm.NewList([]vm.Value{
			vm.Str("ascii_letters"), vm.Str("ascii_lowercase"), vm.Str("ascii_uppercase"), vm.Str("capwords"),
			vm.Str("digits"), vm.Str("hexdigits"), vm.Str("octdigits"), vm.Str("printable"),
			vm.Str("punctuation"), vm.Str("whitespace"), vm.Str("Formatter"), vm.Str("Template"),
		}),
	}
	return vm.NewGoModule("string", members)
}

var capwordsSig = &signature{qual: "capwords", names: []string{"s", "sep"}, required: 1}

// capwords is string.capwords(s, sep=None):
// (sep or ' ').join(map(str.capitalize, s.split(sep))).
func capwords(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	p, err := capwordsSig.bind(th, args, kwnames)
	if err != nil {
		return nil, err
	}
	s, sep := p.args[0], p.args[1]
	if sep == nil {
		sep = vm.None
	}
	joiner := sep
	if t, err := th.Truth(sep); err != nil {
		return nil, err
	} else if !t {
		joiner = vm.Str(" ")
	}
	join, err := th.GetAttr(joiner, "join")
	if err != nil {
		return nil, err
	}
	words, err := callMethod(th, s, "split", sep)
	if err != nil {
		return nil, err
	}
	capitalize, err := th.GetAttr(vm.StrClass, "capitalize")
	if err != nil {
		return nil, err
	}
	var caps []vm.Value
	err = th.ForEach(words, func(w vm.Value) error {
		c, err := th.Call(capitalize, w)
		caps = append(caps, c)
		return err
	})
	if err != nil {
		return nil, err
	}
	return th.Call(join, vm.NewList(caps))
}

// callMethod is obj.name(args...).
func callMethod(th *vm.Thread, obj vm.Value, name string, args ...vm.Value) (vm.Value, error) {
	m, err := th.GetAttr(obj, name)
	if err != nil {
		return nil, err
	}
	return th.CallValue(m, args, nil)
}
