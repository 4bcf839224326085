package vm

// Traceback is a traceback object (exc.__traceback__, the third argument
// of __exit__): the entry of one frame of an exception's traceback, linked
// by tb_next to the frames it passed through further in. hfc has no frame
// objects, so tb_frame is absent.
type Traceback struct {
	entries []TraceEntry // innermost first, as Exception.Traceback
	i       int          // this object's entry
}

// TracebackClass is the class of traceback objects.
var TracebackClass = newBuiltinClass("traceback", ObjectClass, classFinal|classAbstract)

// Type implements Value.
func (tb *Traceback) Type() *Class { return TracebackClass }

// tracebackOf returns exc.__traceback__: the object of the outermost frame
// the exception has passed through so far, or None.
func tracebackOf(e *Exception) Value {
	n := len(e.Traceback)
	if n == 0 {
		return None
	}
	return &Traceback{entries: e.Traceback[:n:n], i: n - 1}
}

// setTraceback is exc.__traceback__ = tb (and exc.with_traceback(tb)).
func (th *Thread) setTraceback(e *Exception, tb Value) error {
	switch t := tb.(type) {
	case NoneType:
		e.Traceback = nil
	case *Traceback:
		e.Traceback = append([]TraceEntry(nil), t.entries[:t.i+1]...)
	default:
		return th.TypeError("__traceback__ must be a traceback or None")
	}
	return nil
}

func init() {
	TracebackClass.attr = func(v Value, name string) (Value, bool) {
		tb := v.(*Traceback)
		switch name {
		case "tb_lineno":
			return MakeInt(int64(tb.entries[tb.i].Line)), true
		case "tb_next":
			if tb.i == 0 {
				return None, true
			}
			return &Traceback{entries: tb.entries, i: tb.i - 1}, true
		}
		return nil, false
	}
}
