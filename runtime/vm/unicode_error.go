package vm

import (
	"fmt"
	"unicode/utf8"
)

// UnicodeEncodeError and UnicodeDecodeError carry CPython's five arguments
// (encoding, object, start, end, reason), expose them as attributes, and
// format their message from them.

func newUnicodeError(cls *Class, codec string, object Value, start, end int, reason string) *Exception {
	return NewException(cls, Str(codec), object, MakeInt(int64(start)), MakeInt(int64(end)), Str(reason))
}

// unicodeErrorArgs returns the arguments of a UnicodeEncodeError or
// UnicodeDecodeError made with the five arguments of CPython's
// constructor.
func unicodeErrorArgs(e *Exception) (encoding string, object Value, start, end int64, reason string, ok bool) {
	if len(e.Args) != 5 || !(e.cls.IsSubclass(UnicodeEncodeErrorClass) || e.cls.IsSubclass(UnicodeDecodeErrorClass)) {
		return
	}
	enc, ok1 := e.Args[0].(Str)
	s, ok2 := AsInt64(e.Args[2])
	en, ok3 := AsInt64(e.Args[3])
	r, ok4 := e.Args[4].(Str)
	if !(ok1 && ok2 && ok3 && ok4) {
		return
	}
	return string(enc), e.Args[1], s, en, string(r), true
}

// unicodeErrorMessage is UnicodeEncodeError.__str__ and
// UnicodeDecodeError.__str__.
func unicodeErrorMessage(e *Exception) (string, bool) {
	enc, obj, start, end, reason, ok := unicodeErrorArgs(e)
	if !ok {
		return "", false
	}
	switch o := obj.(type) {
	case Str:
		if e.cls.IsSubclass(UnicodeEncodeErrorClass) {
			if start >= 0 && start < int64(strLen(string(o))) && end == start+1 {
				r, _ := utf8.DecodeRuneInString(string(o)[cpOffset(string(o), int(start)):])
				return fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", enc, escapeRune(r), start, reason), true
			}
			return fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", enc, start, end-1, reason), true
		}
	case Bytes:
		if e.cls.IsSubclass(UnicodeDecodeErrorClass) {
			if start >= 0 && start < int64(len(o)) && end == start+1 {
				return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, o[start], start, reason), true
			}
			return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end-1, reason), true
		}
	}
	return "", false
}

// unicodeErrorAttr returns the attributes encoding, object, start, end and
// reason.
func unicodeErrorAttr(e *Exception, name string) (Value, bool) {
	if _, _, _, _, _, ok := unicodeErrorArgs(e); !ok {
		return nil, false
	}
	switch name {
	case "encoding":
		return e.Args[0], true
	case "object":
		return e.Args[1], true
	case "start":
		return e.Args[2], true
	case "end":
		return e.Args[3], true
	case "reason":
		return e.Args[4], true
	}
	return nil, false
}
