// Package astjson writes syntax trees as JSON for `hfc parse --json` and for
// golden tests. Every struct is written as an object whose first key is
// "type" (the Go type name); a source.Span is written as "line:col-line:col"
// and a source.Pos as "line:col". Field names come from `json` tags (or the
// field name with a lower-case first letter); `json:"-"` hides a field and
// `omitempty` drops zero values. Embedded structs are flattened.
package astjson

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hyperflask/hfc/grammar/source"
)

var (
	spanType = reflect.TypeOf(source.Span{})
	posType  = reflect.TypeOf(source.Pos{})
)

// Marshal returns the indented JSON form of the tree v.
func Marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	w := writer{b: &b}
	if err := w.value(reflect.ValueOf(v), 0); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

type writer struct{ b *bytes.Buffer }

func (w writer) indent(n int) {
	w.b.WriteByte('\n')
	for i := 0; i < n; i++ {
		w.b.WriteString("  ")
	}
}

type field struct {
	name      string
	omitEmpty bool
	value     reflect.Value
}

func fields(v reflect.Value, out []field) []field {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		fv := v.Field(i)
		if sf.Anonymous && name == "" && sf.Type.Kind() == reflect.Struct && sf.Type != spanType && sf.Type != posType {
			out = fields(fv, out)
			continue
		}
		if name == "" {
			r, n := utf8.DecodeRuneInString(sf.Name)
			name = string(unicode.ToLower(r)) + sf.Name[n:]
		}
		out = append(out, field{name: name, omitEmpty: strings.Contains(opts, "omitempty"), value: fv})
	}
	return out
}

func (w writer) value(v reflect.Value, depth int) error {
	if !v.IsValid() {
		w.b.WriteString("null")
		return nil
	}
	switch v.Type() {
	case spanType:
		s := v.Interface().(source.Span)
		w.str(s.String())
		return nil
	case posType:
		w.str(v.Interface().(source.Pos).String())
		return nil
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			w.b.WriteString("null")
			return nil
		}
		return w.value(v.Elem(), depth)
	case reflect.Struct:
		fs := fields(v, nil)
		w.b.WriteString("{")
		w.indent(depth + 1)
		w.str("type")
		w.b.WriteString(": ")
		w.str(v.Type().Name())
		for _, f := range fs {
			if f.omitEmpty && f.value.IsZero() {
				continue
			}
			if f.omitEmpty && (f.value.Kind() == reflect.Slice || f.value.Kind() == reflect.Map) && f.value.Len() == 0 {
				continue
			}
			w.b.WriteString(",")
			w.indent(depth + 1)
			w.str(f.name)
			w.b.WriteString(": ")
			if err := w.value(f.value, depth+1); err != nil {
				return err
			}
		}
		w.indent(depth)
		w.b.WriteString("}")
		return nil
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 {
			w.str(string(v.Bytes()))
			return nil
		}
		if v.Len() == 0 {
			w.b.WriteString("[]")
			return nil
		}
		w.b.WriteString("[")
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				w.b.WriteString(",")
			}
			w.indent(depth + 1)
			if err := w.value(v.Index(i), depth+1); err != nil {
				return err
			}
		}
		w.indent(depth)
		w.b.WriteString("]")
		return nil
	case reflect.Map:
		return fmt.Errorf("astjson: maps are not supported in syntax trees (%s)", v.Type())
	}
	if m, ok := v.Interface().(json.Marshaler); ok {
		data, err := m.MarshalJSON()
		if err != nil {
			return err
		}
		w.b.Write(data)
		return nil
	}
	return w.plain(v.Interface())
}

func (w writer) str(s string) { _ = w.plain(s) }

// plain writes a scalar without json's HTML escaping, which would turn the
// "<" of every template into "\u003c".
func (w writer) plain(x any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(x); err != nil {
		return err
	}
	w.b.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	return nil
}
