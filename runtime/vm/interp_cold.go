package vm

import "github.com/hyperflask/hfc/compiler/bytecode"

// runCold executes instruction ins of fr (pc is the index of the next
// one) for the opcodes that run's loop leaves to it: class bodies,
// imports, deletions, with and exception bookkeeping, building sets and
// dicts from displays, most template operations. They are rare enough that
// a call per instruction does not matter, and keeping them out of run keeps
// it under the size beyond which the compiler stops inlining into it. It
// returns the new stack depth and pc, and the instruction's error.
func (th *Thread) runCold(fr *Frame, ins uint32, sp, pc int) (int, int, error) {
	slots := fr.slots
	consts := fr.Code.Consts
	var globals []Value
	if fr.Module != nil {
		globals = fr.Module.Globals
	}
	arg := int(ins >> bytecode.OpBits)
	var err error
	switch bytecode.Opcode(ins & 0xff) {
	case bytecode.DUP_TOP_TWO:
		slots[sp] = slots[sp-2]
		slots[sp+1] = slots[sp-1]
		sp += 2
		return sp, pc, nil

	case bytecode.ROT_FOUR:
		top := slots[sp-1]
		slots[sp-1] = slots[sp-2]
		slots[sp-2] = slots[sp-3]
		slots[sp-3] = slots[sp-4]
		slots[sp-4] = top
		return sp, pc, nil

	case bytecode.DELETE_FAST:
		if slots[arg] == nil {
			err = th.unboundLocal(fr.Code, arg)
			break
		}
		slots[arg] = nil
		return sp, pc, nil

	case bytecode.DELETE_DEREF:
		if fr.Cells[arg].V == nil {
			err = th.unboundCell(fr.Code, arg)
			break
		}
		fr.Cells[arg].V = nil
		return sp, pc, nil

	case bytecode.LOAD_CLOSURE:
		slots[sp] = fr.Cells[arg]
		sp++
		return sp, pc, nil

	case bytecode.LOAD_CLASSDEREF:
		fr.lastPC = pc - 1
		name := cellName(fr.Code, arg)
		if v, ok := fr.NS.Get(name); ok {
			slots[sp] = v
			sp++
			return sp, pc, nil
		}
		v := fr.Cells[arg].V
		if v == nil {
			err = th.unboundCell(fr.Code, arg)
			break
		}
		slots[sp] = v
		sp++
		return sp, pc, nil

	case bytecode.STORE_GLOBAL:
		sp--
		globals[arg] = slots[sp]
		slots[sp] = nil
		return sp, pc, nil

	case bytecode.DELETE_GLOBAL:
		fr.lastPC = pc - 1
		if globals[arg] == nil {
			if !fr.Module.Extra.Delete(fr.Module.Program.Globals[arg]) {
				err = th.nameError(fr.Module.Program.Globals[arg])
				break
			}
		}
		globals[arg] = nil
		return sp, pc, nil

	case bytecode.LOAD_NAME:
		fr.lastPC = pc - 1
		name := fr.Code.names[arg]
		if v, ok := fr.NS.Get(name); ok {
			slots[sp] = v
			sp++
			return sp, pc, nil
		}
		var v Value
		if fr.Module != nil {
			if g, ok := fr.Module.Global(name); ok {
				v = g
			}
		}
		if v == nil {
			v, err = th.globalFallback(nil, name)
			if err != nil {
				break
			}
		}
		slots[sp] = v
		sp++
		return sp, pc, nil

	case bytecode.STORE_NAME:
		fr.lastPC = pc - 1
		sp--
		fr.NS.Set(fr.Code.names[arg], slots[sp])
		slots[sp] = nil
		return sp, pc, nil

	case bytecode.DELETE_NAME:
		fr.lastPC = pc - 1
		if !fr.NS.Delete(fr.Code.names[arg]) {
			err = th.nameError(fr.Code.names[arg])
			break
		}
		return sp, pc, nil

	case bytecode.DELETE_ATTR:
		fr.lastPC = pc - 1
		sp--
		err = th.DelAttr(slots[sp], fr.Code.names[arg])
		slots[sp] = nil
		if err != nil {
			break
		}
		return sp, pc, nil

	case bytecode.DELETE_SUBSCR:
		fr.lastPC = pc - 1
		err = th.DelItem(slots[sp-2], slots[sp-1])
		slots[sp-1], slots[sp-2] = nil, nil
		sp -= 2
		if err != nil {
			break
		}
		return sp, pc, nil

	case bytecode.BUILD_SLICE:
		fr.lastPC = pc - 1
		var s *SliceObj
		if arg == 3 {
			s = &SliceObj{slots[sp-3], slots[sp-2], slots[sp-1]}
		} else {
			s = &SliceObj{slots[sp-2], slots[sp-1], None}
		}
		for i := 1; i < arg; i++ {
			sp--
			slots[sp] = nil
		}
		slots[sp-1] = s
		return sp, pc, nil

	case bytecode.CHECK_EXC_MATCH:
		fr.lastPC = pc - 1
		var r bool
		r, err = th.excMatch(slots[sp-2], slots[sp-1])
		if err != nil {
			break
		}
		slots[sp-1] = MakeBool(r)
		return sp, pc, nil

	case bytecode.LOAD_ASSERTION:
		slots[sp] = AssertionErrorClass
		sp++
		return sp, pc, nil

	case bytecode.LIST_TO_TUPLE:
		slots[sp-1] = Tuple(slots[sp-1].(*List).Elems)
		return sp, pc, nil

	case bytecode.UNPACK_EX:
		fr.lastPC = pc - 1
		before, after := arg&0xff, arg>>8
		n := before + 1 + after
		err = th.unpack(slots[sp-1], before, after, slots[sp-1:sp-1+n])
		if err != nil {
			break
		}
		items := slots[sp-1 : sp-1+n]
		for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
			items[i], items[j] = items[j], items[i]
		}
		sp += n - 1
		return sp, pc, nil

	case bytecode.GET_YIELD_FROM:
		fr.lastPC = pc - 1
		if _, ok := slots[sp-1].(*Generator); !ok {
			var it Iterator
			it, err = th.Iter(slots[sp-1])
			if err != nil {
				break
			}
			slots[sp-1] = it
		}
		return sp, pc, nil

	case bytecode.BUILD_SET:
		fr.lastPC = pc - 1
		s := NewSet(false)
		for i := sp - arg; i < sp; i++ {
			if err = s.Add(th, slots[i]); err != nil {
				break
			}
		}
		if err != nil {
			break
		}
		clear(slots[sp-arg : sp])
		sp -= arg
		slots[sp] = s
		sp++
		return sp, pc, nil

	case bytecode.BUILD_MAP:
		fr.lastPC = pc - 1
		d := NewDict(arg)
		for i := sp - 2*arg; i < sp; i += 2 {
			if err = d.SetItem(th, slots[i], slots[i+1]); err != nil {
				break
			}
		}
		if err != nil {
			break
		}
		clear(slots[sp-2*arg : sp])
		sp -= 2 * arg
		slots[sp] = d
		sp++
		return sp, pc, nil

	case bytecode.SET_ADD:
		fr.lastPC = pc - 1
		sp--
		err = slots[sp-arg].(*Set).Add(th, slots[sp])
		slots[sp] = nil
		if err != nil {
			break
		}
		return sp, pc, nil

	case bytecode.LIST_EXTEND:
		fr.lastPC = pc - 1
		sp--
		err = th.listExtend(slots[sp-arg].(*List), slots[sp])
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Matches(TypeErrorClass) && !isIterable(slots[sp]) {
				err = th.TypeError("Value after * must be an iterable, not %s", slots[sp].Type().Name)
			}
			slots[sp] = nil
			break
		}
		slots[sp] = nil
		return sp, pc, nil

	case bytecode.SET_UPDATE:
		fr.lastPC = pc - 1
		sp--
		err = slots[sp-arg].(*Set).Update(th, slots[sp])
		slots[sp] = nil
		if err != nil {
			break
		}
		return sp, pc, nil

	case bytecode.DICT_UPDATE:
		fr.lastPC = pc - 1
		sp--
		// {**x} takes mappings only (PyDict_Update), not the
		// pairs that dict(x) accepts.
		if _, ok := slots[sp].(*Dict); !ok && slots[sp].Type().Lookup("keys") == nil {
			err = th.TypeError("'%s' object is not a mapping", slots[sp].Type().Name)
		} else {
			err = th.dictUpdate(slots[sp-arg].(*Dict), slots[sp])
		}
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Matches(AttributeErrorClass) {
				err = th.TypeError("'%s' object is not a mapping", slots[sp].Type().Name)
			}
			slots[sp] = nil
			break
		}
		slots[sp] = nil
		return sp, pc, nil

	case bytecode.DICT_MERGE:
		fr.lastPC = pc - 1
		sp--
		err = th.dictMerge(slots[sp-arg].(*Dict), slots[sp], slots[sp-arg-2])
		slots[sp] = nil
		if err != nil {
			break
		}
		return sp, pc, nil

	case bytecode.MAKE_FUNCTION:
		sp--
		fc := slots[sp].(*Code)
		slots[sp] = nil
		fn := &Function{Code: fc, Module: fr.Module, Name: fc.Name, QualName: fc.QualName}
		if fc.Doc != nil {
			fn.Doc, _ = fr.Module.Program.constValue(fc.Doc)
		}
		if arg&bytecode.MakeClosure != 0 {
			sp--
			t := slots[sp].(Tuple)
			slots[sp] = nil
			fn.Closure = make([]*Cell, len(t))
			for i, c := range t {
				fn.Closure[i] = c.(*Cell)
			}
		}
		if arg&bytecode.MakeAnnotations != 0 {
			sp--
			fn.Annotations, _ = slots[sp].(*Dict)
			slots[sp] = nil
		}
		if arg&bytecode.MakeKwDefaults != 0 {
			sp--
			fn.KwDefaults = slots[sp].(*Dict)
			slots[sp] = nil
		}
		if arg&bytecode.MakeDefaults != 0 {
			sp--
			fn.Defaults = slots[sp].(Tuple)
			slots[sp] = nil
		}
		slots[sp] = fn
		sp++
		return sp, pc, nil

	case bytecode.CALL_EX:
		fr.lastPC = pc - 1
		var kw Value
		if arg&1 != 0 {
			sp--
			kw = slots[sp]
			slots[sp] = nil
		}
		sp--
		posv := slots[sp]
		slots[sp] = nil
		f := slots[sp-1]
		fr.sp = sp
		var v Value
		v, err = th.callEx(f, posv, kw)
		slots[sp-1] = nil
		sp--
		if err != nil {
			break
		}
		slots[sp] = v
		sp++
		return sp, pc, nil

	case bytecode.LOAD_BUILD_CLASS:
		slots[sp] = builtinValues[buildClassIndex]
		sp++
		return sp, pc, nil

	case bytecode.PUSH_EXC_INFO:
		exc := slots[sp-1].(*Exception)
		var prev Value = None
		// A generator saves its own state only: what it
		// inherits from its caller is the caller's.
		if th.curExc != nil && (fr.gen == nil || th.curExc != fr.gen.callerExc) {
			prev = th.curExc
		}
		slots[sp-1] = prev
		slots[sp] = exc
		sp++
		th.curExc = exc
		return sp, pc, nil

	case bytecode.POP_EXCEPT:
		sp--
		if e, ok := slots[sp].(*Exception); ok {
			th.curExc = e
		} else if fr.gen != nil {
			th.curExc = fr.gen.callerExc
		} else {
			th.curExc = nil
		}
		slots[sp] = nil
		return sp, pc, nil

	case bytecode.BEFORE_WITH:
		fr.lastPC = pc - 1
		var exit, enter Value
		exit, enter, err = th.beforeWith(slots[sp-1])
		if err != nil {
			break
		}
		slots[sp-1] = exit
		slots[sp] = enter
		sp++
		return sp, pc, nil

	case bytecode.WITH_EXCEPT_START:
		fr.lastPC = pc - 1
		exc := slots[sp-1].(*Exception)
		exit := slots[sp-3]
		var r Value
		r, err = th.CallValue(exit, []Value{exc.cls, exc, tracebackOf(exc)}, nil)
		if err != nil {
			break
		}
		slots[sp] = r
		sp++
		return sp, pc, nil

	case bytecode.IMPORT_NAME:
		fr.lastPC = pc - 1
		var m Value
		m, err = th.importName(fr, fr.Code.names[arg], slots[sp-2], slots[sp-1])
		if err != nil {
			break
		}
		sp--
		slots[sp] = nil
		slots[sp-1] = m
		return sp, pc, nil

	case bytecode.IMPORT_FROM:
		fr.lastPC = pc - 1
		var v Value
		v, err = th.importFrom(slots[sp-1], fr.Code.names[arg])
		if err != nil {
			break
		}
		slots[sp] = v
		sp++
		return sp, pc, nil

	case bytecode.IMPORT_STAR:
		fr.lastPC = pc - 1
		sp--
		err = th.importStar(fr, slots[sp])
		slots[sp] = nil
		if err != nil {
			break
		}
		return sp, pc, nil

	case bytecode.SETUP_ANNOTATIONS:
		if fr.NS != nil {
			if _, ok := fr.NS.Get("__annotations__"); !ok {
				fr.NS.Set("__annotations__", NewDict(0))
			}
		} else if _, ok := fr.Module.Global("__annotations__"); !ok {
			fr.Module.SetGlobal("__annotations__", NewDict(0))
		}
		return sp, pc, nil

	case bytecode.STORE_CONTEXT:
		sp--
		th.tctx.Export(th, fr.Code.names[arg], slots[sp])
		return sp, pc, nil

	case bytecode.JINJA_GETITEM:
		fr.lastPC = pc - 1
		var v Value
		if v, err = th.jinjaGetitem(slots[sp-2], slots[sp-1]); err != nil {
			break
		}
		sp--
		slots[sp-1] = v
		return sp, pc, nil

	case bytecode.LOAD_FILTER:
		slots[sp] = fr.Code.filters[arg]
		sp++
		return sp, pc, nil

	case bytecode.LOAD_TEST:
		slots[sp] = fr.Code.tests[arg]
		sp++
		return sp, pc, nil

	case bytecode.PUSH_OUTPUT:
		th.PushOutput()
		return sp, pc, nil

	case bytecode.POP_OUTPUT:
		out := th.PopOutput()
		if th.escapes(arg) {
			slots[sp] = Markup(out)
		} else {
			slots[sp] = Str(out)
		}
		sp++
		return sp, pc, nil

	case bytecode.JINJA_CONCAT:
		fr.lastPC = pc - 1
		n := arg & bytecode.ConcatCount
		var v Value
		if v, err = th.concat(slots[sp-n:sp], th.escapes(arg>>bytecode.ConcatModeShift)); err != nil {
			break
		}
		sp -= n
		slots[sp] = v
		sp++
		return sp, pc, nil

	case bytecode.MAKE_CELL:
		slots[sp-1] = &Cell{V: slots[sp-1]}
		return sp, pc, nil

	case bytecode.IS_UNBOUND:
		slots[sp] = MakeBool(slots[arg] == nil)
		sp++
		return sp, pc, nil

	case bytecode.MAKE_MACRO:
		slots[sp-1] = newMacro(consts[arg].(Tuple), slots[sp-1].(*Function), th.tctx)
		return sp, pc, nil

	case bytecode.MAKE_LOOP:
		fr.lastPC = pc - 1
		var loop *Loop
		if arg&bytecode.LoopRecursive != 0 {
			depth, _ := AsInt64(slots[sp-1])
			loop, err = th.NewLoop(slots[sp-2], fr.Fn, int(depth))
			sp--
		} else {
			loop, err = th.NewLoop(slots[sp-1], nil, 0)
		}
		if err != nil {
			break
		}
		slots[sp-1] = loop
		return sp, pc, nil

	case bytecode.EXTENDS:
		fr.lastPC = pc - 1
		sp--
		if err = th.tctx.Extends(th, slots[sp]); err != nil {
			break
		}
		return sp, pc, nil

	case bytecode.HAS_PARENT:
		slots[sp] = MakeBool(th.tctx.HasParent())
		sp++
		return sp, pc, nil

	case bytecode.RENDER_BLOCK:
		fr.lastPC = pc - 1
		sp--
		locals, _ := slots[sp].(*Dict)
		if err = th.tctx.RenderBlock(th, fr.Code.names[arg], locals); err != nil {
			break
		}
		return sp, pc, nil

	case bytecode.LOAD_UNDEFINED:
		// Jinja always uses the default Undefined here.
		slots[sp] = &Undefined{Hint: string(consts[arg].(Str))}
		sp++
		return sp, pc, nil

	case bytecode.RENDER_PARENT:
		fr.lastPC = pc - 1
		if err = th.tctx.RenderParent(th); err != nil {
			break
		}
		return sp, pc, nil

	case bytecode.INCLUDE:
		fr.lastPC = pc - 1
		locals, _ := slots[sp-1].(*Dict)
		err = th.tctx.Include(th, slots[sp-2], locals, arg)
		sp -= 2
		if err != nil {
			break
		}
		return sp, pc, nil

	case bytecode.IMPORT:
		fr.lastPC = pc - 1
		var v Value
		if v, err = th.tctx.Import(th, slots[sp-1], arg == 1); err != nil {
			break
		}
		slots[sp-1] = v
		return sp, pc, nil

	case bytecode.FROM_IMPORT:
		fr.lastPC = pc - 1
		desc := consts[arg].(Tuple)
		var v Value
		if v, err = th.tctx.FromImport(th, slots[sp-1], string(desc[0].(Str)), string(desc[1].(Str))); err != nil {
			break
		}
		slots[sp-1] = v
		return sp, pc, nil

	case bytecode.LOAD_SUPER:
		var v Value
		if v, err = th.tctx.Super(th, fr.Code.names[arg]); err != nil {
			break
		}
		slots[sp] = v
		sp++
		return sp, pc, nil

	case bytecode.LOAD_SELF:
		slots[sp] = th.tctx.Self(th)
		sp++
		return sp, pc, nil

	case bytecode.SET_NSATTR:
		fr.lastPC = pc - 1
		ns, ok := slots[sp-1].(*Namespace)
		if !ok {
			err = th.Raise(TemplateRuntimeErrorClass, "cannot assign attribute on non-namespace object")
			break
		}
		err = ns.SetAttr(th, fr.Code.names[arg], slots[sp-2])
		sp -= 2
		if err != nil {
			break
		}
		return sp, pc, nil

	case bytecode.AUTOESCAPE:
		if arg == 1 {
			sp--
			var t bool
			if t, err = th.Truth(slots[sp]); err != nil {
				break
			}
			th.autoesc = append(th.autoesc, autoescape{fr, t})
		} else {
			th.autoesc = th.autoesc[:len(th.autoesc)-1]
		}
		return sp, pc, nil

	case bytecode.LOAD_COMPONENT:
		fr.lastPC = pc - 1
		var v Value
		if v, err = th.tctx.Component(th, fr.Code.names[arg]); err != nil {
			break
		}
		slots[sp] = v
		sp++
		return sp, pc, nil

	default:
		err = th.Raise(SystemErrorClass, "unknown opcode %s", opName(bytecode.Opcode(ins&0xff)))
	}
	return sp, pc, err
}
