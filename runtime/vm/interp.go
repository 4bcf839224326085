package vm

import (
	"unsafe"

	"github.com/hyperflask/hfc/compiler/bytecode"
)

// run executes fr until it returns, yields (fr.gen.yielded is set) or
// raises. The frame's operand stack and pc live in locals of this function
// while it runs and are written back when it yields.
func (th *Thread) run(fr *Frame) (Value, error) {
	// Few values stay live across the loop, so that the compiler keeps them
	// in registers: the instructions, the constants, the slots (locals then
	// the operand stack, sp indexing them), pc and the globals. Bytecode is
	// validated before it runs (every jump and fall-through stays inside the
	// code), which makes reading instructions without bounds checks safe.
	ip := unsafe.Pointer(unsafe.SliceData(fr.Code.quick))
	consts := fr.Code.Consts
	slots := fr.slots
	sp := fr.sp
	pc := fr.pc
	var globals []Value
	if fr.Module != nil {
		globals = fr.Module.Globals
	}
	// A traced frame runs a copy of its code in which every instruction is
	// traceIns (see traceStep): the hook sees each instruction before it
	// runs. An untraced frame pays nothing per instruction. Tracing is
	// checked at backward jumps and after calls, so a debugger attaching to
	// a running thread takes over at the next loop iteration or call at the
	// latest (run starts again on the frame).
	traced := th.traceOn()
	if traced {
		ip = th.traceCode(fr)
	}
	if fr.gen != nil && fr.gen.throwing != nil {
		exc := fr.gen.throwing
		fr.gen.throwing = nil
		fr.lastPC = pc - 1
		var ret error
		if pc, sp, ret = th.unwind(fr, exc, false, sp); ret != nil {
			return nil, ret
		}
	} else if traced {
		if fr.retraced {
			fr.retraced = false
		} else if err := th.traceEvent(fr, EventCall, None); err != nil {
			return nil, err
		}
	}

	for {
		var err error
		reraise := false
		{
			ins := *(*uint32)(unsafe.Add(ip, uintptr(pc)*4))
			pc++
		dispatch:
			arg := int(ins >> bytecode.OpBits)
			switch bytecode.Opcode(ins & 0xff) {
			case bytecode.NOP:
				continue

			case bytecode.POP_TOP:
				// Popped slots are not cleared: they are overwritten soon, or
				// cleared when the thread's outermost frame returns (see
				// allocSlots).
				sp--
				continue

			case bytecode.DUP_TOP:
				slots[sp] = slots[sp-1]
				sp++
				continue

			case bytecode.ROT_TWO:
				slots[sp-1], slots[sp-2] = slots[sp-2], slots[sp-1]
				continue

			case bytecode.ROT_THREE:
				top := slots[sp-1]
				slots[sp-1] = slots[sp-2]
				slots[sp-2] = slots[sp-3]
				slots[sp-3] = top
				continue

			case bytecode.COPY:
				slots[sp] = slots[sp-arg]
				sp++
				continue

			case bytecode.SWAP:
				slots[sp-1], slots[sp-arg] = slots[sp-arg], slots[sp-1]
				continue

			case bytecode.LOAD_CONST:
				slots[sp] = consts[arg]
				sp++
				continue

			case bytecode.LOAD_NONE:
				slots[sp] = None
				sp++
				continue

			case bytecode.LOAD_FAST:
				v := slots[arg]
				if v == nil {
					err = th.unboundLocal(fr.Code, arg)
					break
				}
				slots[sp] = v
				sp++
				continue

			case bytecode.STORE_FAST:
				sp--
				slots[arg] = slots[sp]
				continue

			case bytecode.LOAD_DEREF:
				v := fr.Cells[arg].V
				if v == nil {
					err = th.unboundCell(fr.Code, arg)
					break
				}
				slots[sp] = v
				sp++
				continue

			case bytecode.STORE_DEREF:
				sp--
				fr.Cells[arg].V = slots[sp]
				slots[sp] = nil
				continue

			case bytecode.LOAD_GLOBAL:
				v := globals[arg]
				if v == nil {
					v, err = th.globalFallback(fr.Module, fr.Module.Program.Globals[arg])
					if err != nil {
						break
					}
				}
				slots[sp] = v
				sp++
				continue

			case bytecode.LOAD_BUILTIN:
				v := builtinValues[arg]
				if v == nil {
					err = th.nameError(bytecode.Builtins[arg])
					break
				}
				slots[sp] = v
				sp++
				continue

			case bytecode.LOAD_ATTR:
				if x, ok := slots[sp-1].(*Instance); ok {
					if s := fr.Code.attrSiteFor(arg, x.cls); s.plainGet {
						if x.Dict != nil {
							if v, found := x.Dict.GetStrHinted(fr.Code.names[arg], fr.Code.nameHash[arg], &fr.Code.dictHints[arg]); found {
								slots[sp-1] = v
								continue
							}
						}
						if s.attr != nil {
							fr.lastPC = pc - 1
							var v Value
							if v, err = th.bindClassAttr(s.attr, x, x.cls); err != nil {
								break
							}
							slots[sp-1] = v
							continue
						}
					}
				}
				fr.lastPC = pc - 1
				var v Value
				v, err = th.GetAttr(slots[sp-1], fr.Code.names[arg])
				if err != nil {
					break
				}
				slots[sp-1] = v
				continue

			case bytecode.STORE_ATTR:
				if x, ok := slots[sp-1].(*Instance); ok {
					if s := fr.Code.attrSiteFor(arg, x.cls); s.plainSet {
						if x.Dict == nil {
							x.Dict = NewDict(0)
						}
						x.Dict.SetStrHinted(fr.Code.names[arg], fr.Code.nameValue[arg], fr.Code.nameHash[arg], slots[sp-2], &fr.Code.dictHints[arg])
						slots[sp-1], slots[sp-2] = nil, nil
						sp -= 2
						continue
					}
				}
				fr.lastPC = pc - 1
				err = th.SetAttr(slots[sp-1], fr.Code.names[arg], slots[sp-2])
				slots[sp-1], slots[sp-2] = nil, nil
				sp -= 2
				if err != nil {
					break
				}
				continue

			case bytecode.LOAD_METHOD:
				if x, ok := slots[sp-1].(*Instance); ok {
					if s := fr.Code.attrSiteFor(arg, x.cls); s.plainGet {
						if fn, isFn := s.attr.(*Function); isFn {
							if x.Dict == nil || x.Dict.findStr(fr.Code.names[arg], fr.Code.nameHash[arg]) == -1 {
								slots[sp] = x
								slots[sp-1] = fn
								sp++
								continue
							}
						}
					}
				}
				// A method of a list, dict or str (none has a GetAttr of its
				// own): the class's attribute comes from the site's cache
				// instead of a lookup along the class's MRO by name.
				var cls *Class
				switch x := slots[sp-1].(type) {
				case *List:
					cls = ListClass
				case *Dict:
					cls = x.Type()
				case Str:
					cls = StrClass
				}
				if cls != nil {
					if m, ok := fr.Code.attrSiteFor(arg, cls).attr.(*Method); ok {
						slots[sp] = slots[sp-1]
						slots[sp-1] = m
						sp++
						continue
					}
				}
				fr.lastPC = pc - 1
				var m, self Value
				m, self, err = th.LoadMethod(slots[sp-1], fr.Code.names[arg])
				if err != nil {
					break
				}
				slots[sp-1] = m
				slots[sp] = self
				sp++
				continue

			case bytecode.BINARY_SUBSCR:
				var v Value
				if l, ok := slots[sp-2].(*List); ok {
					if i, ok := slots[sp-1].(Int); ok && i >= 0 && int(i) < len(l.Elems) {
						v = l.Elems[i]
						sp--
						slots[sp] = nil
						slots[sp-1] = v
						continue
					}
				}
				fr.lastPC = pc - 1
				v, err = th.GetItem(slots[sp-2], slots[sp-1])
				if err != nil {
					break
				}
				sp--
				slots[sp-1] = v
				continue

			case bytecode.STORE_SUBSCR:
				fr.lastPC = pc - 1
				err = th.SetItem(slots[sp-2], slots[sp-1], slots[sp-3])
				slots[sp-1], slots[sp-2], slots[sp-3] = nil, nil, nil
				sp -= 3
				if err != nil {
					break
				}
				continue

			case bytecode.BINARY_OP:
				a, b := slots[sp-2], slots[sp-1]
				var v Value
				if x, ok := a.(Int); ok {
					if y, ok := b.(Int); ok {
						if c, ok := addSubInt(bytecode.BinaryOp(arg), x, y); ok {
							if v = th.fastInt(c); v == nil {
								v = th.boxInt(c)
							}
						}
					}
				}
				if v == nil {
					switch x := a.(type) {
					case Int, Float:
						v = th.binaryFast(bytecode.BinaryOp(arg), a, b)
					case Str:
						v, err = th.strAdd(bytecode.BinaryOp(arg), x, b)
					}
				}
				if v == nil && err == nil {
					fr.lastPC = pc - 1
					v, err = th.Binary(bytecode.BinaryOp(arg), a, b)
				}
				if err != nil {
					break
				}
				sp--
				slots[sp-1] = v
				continue

			case bytecode.UNARY_NEGATIVE, bytecode.UNARY_POSITIVE, bytecode.UNARY_INVERT:
				fr.lastPC = pc - 1
				var v Value
				v, err = th.Unary(bytecode.Opcode(ins&0xff), slots[sp-1])
				if err != nil {
					break
				}
				slots[sp-1] = v
				continue

			case bytecode.UNARY_NOT:
				fr.lastPC = pc - 1
				var t bool
				t, err = th.Truth(slots[sp-1])
				if err != nil {
					break
				}
				slots[sp-1] = MakeBool(!t)
				continue

			case bytecode.COMPARE_OP:
				a, b := slots[sp-2], slots[sp-1]
				var v Value
				if x, ok := a.(Int); ok {
					if y, ok := b.(Int); ok {
						v = MakeBool(cmpResult(bytecode.CompareOp(arg), cmp64(int64(x), int64(y))))
					}
				}
				if v == nil {
					fr.lastPC = pc - 1
					v, err = th.Compare(bytecode.CompareOp(arg), a, b)
					if err != nil {
						break
					}
				}
				sp--
				slots[sp-1] = v
				continue

			case bytecode.IS_OP:
				r := Is(slots[sp-2], slots[sp-1])
				sp--
				slots[sp] = nil
				slots[sp-1] = MakeBool(r != (arg == 1))
				continue

			case bytecode.CONTAINS_OP:
				fr.lastPC = pc - 1
				var r bool
				r, err = th.Contains(slots[sp-1], slots[sp-2])
				if err != nil {
					break
				}
				sp--
				slots[sp] = nil
				slots[sp-1] = MakeBool(r != (arg == 1))
				continue

			case bytecode.FORMAT_VALUE:
				fr.lastPC = pc - 1
				var spec string
				if arg&bytecode.FormatSpec != 0 {
					sp--
					spec = string(slots[sp].(Str))
					slots[sp] = nil
				}
				var s Value
				s, err = th.formatValue(slots[sp-1], arg&bytecode.ConvMask, spec)
				if err != nil {
					break
				}
				slots[sp-1] = s
				continue

			case bytecode.BUILD_STRING:
				slots[sp-arg] = th.buildString(slots[sp-arg : sp])
				clearValues(slots[sp-arg+1 : sp])
				sp -= arg - 1
				continue

			case bytecode.UNPACK_SEQUENCE:
				fr.lastPC = pc - 1
				err = th.unpack(slots[sp-1], arg, -1, slots[sp-1:sp-1+arg])
				if err != nil {
					break
				}
				// items were written in order; reverse so the first is on top
				items := slots[sp-1 : sp-1+arg]
				for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
					items[i], items[j] = items[j], items[i]
				}
				sp += arg - 1
				continue

			case bytecode.GET_ITER:
				// A list or range iterated by the for loop that follows
				// lives only on the stack: its iterator is recycled when the
				// loop exhausts it.
				if next := *(*uint32)(unsafe.Add(ip, uintptr(pc)*4)); bytecode.Opcode(next&0xff) == bytecode.FOR_ITER {
					switch x := slots[sp-1].(type) {
					case *List:
						slots[sp-1] = th.loopListIter(x)
						continue
					case *Range:
						slots[sp-1] = th.loopRangeIter(x)
						continue
					}
				}
				fr.lastPC = pc - 1
				var it Iterator
				it, err = th.Iter(slots[sp-1])
				if err != nil {
					break
				}
				slots[sp-1] = it
				continue

			case bytecode.JUMP:
				if arg < pc {
					if th.step() {
						if err = th.checkBudget(); err != nil {
							break
						}
					}
					if !traced && th.traceOn() {
						fr.pc, fr.sp, fr.retraced = arg, sp, true
						return th.run(fr)
					}
				}
				pc = arg
				continue

			case bytecode.POP_JUMP_IF_FALSE, bytecode.POP_JUMP_IF_TRUE:
				v := slots[sp-1]
				sp--
				var t bool
				if b, ok := v.(Bool); ok {
					t = bool(b)
				} else if i, ok := v.(Int); ok {
					t = i != 0
				} else {
					fr.lastPC = pc - 1
					if t, err = th.Truth(v); err != nil {
						break
					}
				}
				if t == (bytecode.Opcode(ins&0xff) == bytecode.POP_JUMP_IF_TRUE) {
					// A filter of a comprehension jumps back to its loop:
					// a step, as JUMP back is.
					if arg < pc {
						if th.step() {
							if err = th.checkBudget(); err != nil {
								break
							}
						}
					}
					pc = arg
				}
				continue

			case bytecode.POP_JUMP_IF_NONE, bytecode.POP_JUMP_IF_NOT_NONE:
				sp--
				_, isNone := slots[sp].(NoneType)
				slots[sp] = nil
				if isNone == (bytecode.Opcode(ins&0xff) == bytecode.POP_JUMP_IF_NONE) {
					if arg < pc {
						if th.step() {
							if err = th.checkBudget(); err != nil {
								break
							}
						}
					}
					pc = arg
				}
				continue

			case bytecode.JUMP_IF_FALSE_OR_POP, bytecode.JUMP_IF_TRUE_OR_POP:
				fr.lastPC = pc - 1
				var t bool
				t, err = th.Truth(slots[sp-1])
				if err != nil {
					break
				}
				if t == (bytecode.Opcode(ins&0xff) == bytecode.JUMP_IF_TRUE_OR_POP) {
					pc = arg
				} else {
					sp--
					slots[sp] = nil
				}
				continue

			case bytecode.FOR_ITER:
				var v Value
				switch it := slots[sp-1].(type) {
				case *rangeIter:
					if it.n > 0 {
						if v = th.fastInt(it.next); v == nil {
							v = th.boxInt(it.next)
						}
						it.next += it.step
						it.n--
					} else if it.loop {
						th.freeRangeIters = append(th.freeRangeIters, it)
					}
				case *listIter:
					if it.i < len(it.l.Elems) {
						v = it.l.Elems[it.i]
						it.i++
					} else if it.loop {
						it.l = nil
						th.freeListIters = append(th.freeListIters, it)
					}
				default:
					fr.lastPC = pc - 1
					v, err = slots[sp-1].(Iterator).Next(th)
					if err != nil {
						break
					}
				}
				if err != nil {
					break
				}
				if v == nil {
					sp--
					slots[sp] = nil
					pc = arg
					continue
				}
				slots[sp] = v
				sp++
				continue

			case bytecode.BUILD_TUPLE:
				t := make(Tuple, arg)
				copy(t, slots[sp-arg:sp])
				clear(slots[sp-arg : sp])
				sp -= arg
				slots[sp] = t
				sp++
				continue

			case bytecode.BUILD_LIST:
				elems := make([]Value, arg)
				copy(elems, slots[sp-arg:sp])
				clear(slots[sp-arg : sp])
				sp -= arg
				slots[sp] = NewList(elems)
				sp++
				continue

			case bytecode.LIST_APPEND:
				sp--
				l := slots[sp-arg].(*List)
				l.Elems = append(l.Elems, slots[sp])
				slots[sp] = nil
				continue

			case bytecode.MAP_ADD:
				fr.lastPC = pc - 1
				sp -= 2
				err = slots[sp-arg].(*Dict).SetItem(th, slots[sp], slots[sp+1])
				slots[sp], slots[sp+1] = nil, nil
				if err != nil {
					break
				}
				continue

			case bytecode.CALL, bytecode.CALL_KW:
				fr.lastPC = pc - 1
				var kwnames []string
				n := arg
				if bytecode.Opcode(ins&0xff) == bytecode.CALL_KW {
					sp--
					kwnames = kwNames(slots[sp])
					slots[sp] = nil
				}
				f := slots[sp-n-1]
				args := slots[sp-n : sp]
				fr.sp = sp
				var v Value
				if fn, ok := f.(*Function); ok {
					if th.step() {
						if err = th.checkBudget(); err != nil {
							break
						}
					}
					v, err = th.callFunction(fn, args, kwnames)
				} else {
					v, err = th.CallValue(f, args, kwnames)
				}
				sp -= n + 1
				if err != nil {
					break
				}
				slots[sp] = v
				sp++
				if !traced && th.traceOn() {
					fr.pc, fr.sp, fr.retraced = pc, sp, true
					return th.run(fr)
				}
				continue

			case bytecode.CALL_METHOD, bytecode.CALL_METHOD_KW:
				fr.lastPC = pc - 1
				var kwnames []string
				n := arg
				if bytecode.Opcode(ins&0xff) == bytecode.CALL_METHOD_KW {
					sp--
					kwnames = kwNames(slots[sp])
					slots[sp] = nil
				}
				m := slots[sp-n-2]
				self := slots[sp-n-1]
				fr.sp = sp
				var v Value
				if self == nil {
					v, err = th.CallValue(m, slots[sp-n:sp], kwnames)
				} else if meth, ok := m.(*Method); ok {
					v, err = meth.Fn(th, methodSelf(meth, self), slots[sp-n:sp], kwnames)
				} else {
					// self and the arguments are contiguous on the stack.
					th.steps++
					if fn, ok := m.(*Function); ok {
						v, err = th.callFunction(fn, slots[sp-n-1:sp], kwnames)
					} else {
						v, err = th.CallValue(m, slots[sp-n-1:sp], kwnames)
					}
				}
				sp -= n + 2
				if err != nil {
					break
				}
				slots[sp] = v
				sp++
				if !traced && th.traceOn() {
					fr.pc, fr.sp, fr.retraced = pc, sp, true
					return th.run(fr)
				}
				continue

			case bytecode.RETURN_VALUE:
				sp--
				v := slots[sp]
				slots[sp] = nil
				if fr.gen != nil {
					fr.gen.done = true
				}
				if th.traceOn() {
					if err = th.traceEvent(fr, EventReturn, v); err != nil {
						return nil, err
					}
				}
				fr.sp = sp
				return v, nil

			case bytecode.YIELD_VALUE:
				sp--
				v := slots[sp]
				slots[sp] = nil
				fr.sp = sp
				fr.pc = pc
				fr.gen.yielded = true
				return v, nil

			case bytecode.SEND:
				fr.lastPC = pc - 1
				// stack: it v
				var v Value
				var done bool
				v, done, err = th.send(slots[sp-2], slots[sp-1])
				if err != nil {
					break
				}
				if done {
					sp--
					slots[sp] = nil
					slots[sp-1] = v
					pc = arg
					continue
				}
				slots[sp-1] = v
				// Yield v to our caller; when resumed, the sent value replaces
				// it and SEND runs again.
				fr.sp = sp - 1
				slots[sp-1] = nil
				fr.pc = pc - 1
				fr.gen.yielded = true
				fr.gen.delegating = true
				return v, nil

			case bytecode.RERAISE:
				sp--
				err = slots[sp].(*Exception)
				slots[sp] = nil
				reraise = true

			case bytecode.RAISE_VARARGS:
				fr.lastPC = pc - 1
				err = th.raiseVarargs(slots[sp-arg:sp], arg)
				clear(slots[sp-arg : sp])
				sp -= arg
				// A bare raise re-raises the exception being handled
				// with its traceback, which already has this frame.
				reraise = arg == 0 && th.curExc != nil

			case bytecode.WRITE:
				fr.lastPC = pc - 1
				sp--
				if err = th.write(slots[sp], arg); err != nil {
					break
				}
				continue

			case bytecode.WRITE_TEXT:
				th.out = append(th.out, consts[arg].(Str)...)
				continue

			case bytecode.LOAD_CONTEXT:
				slots[sp] = th.tctx.Resolve(th, fr.Code.names[arg], fr.Code.nameHash[arg])
				sp++
				continue

			case bytecode.JINJA_GETATTR:
				fr.lastPC = pc - 1
				var v Value
				if d, ok := slots[sp-1].(*Dict); ok && d.sub == nil && !fr.Code.isDictAttr(arg) {
					if v, found := d.GetStrHash(fr.Code.names[arg], fr.Code.nameHash[arg]); found {
						slots[sp-1] = v
						continue
					}
				}
				if v, err = th.jinjaGetattr(slots[sp-1], fr.Code.names[arg]); err != nil {
					break
				}
				slots[sp-1] = v
				continue

			case qFOR_ITER_STORE:
				// FOR_ITER; STORE_FAST
				var v Value
				switch it := slots[sp-1].(type) {
				case *rangeIter:
					if it.n > 0 {
						v := th.fastInt(it.next)
						if v == nil {
							v = th.boxInt(it.next)
						}
						slots[argAt(ip, pc)] = v
						it.next += it.step
						it.n--
						pc++
						continue
					}
					if it.loop {
						th.freeRangeIters = append(th.freeRangeIters, it)
					}
				case *listIter:
					if it.i < len(it.l.Elems) {
						slots[argAt(ip, pc)] = it.l.Elems[it.i]
						it.i++
						pc++
						continue
					}
					if it.loop {
						it.l = nil
						th.freeListIters = append(th.freeListIters, it)
					}
				default:
					fr.lastPC = pc - 1
					v, err = slots[sp-1].(Iterator).Next(th)
				}
				if err != nil {
					break
				}
				if v == nil {
					sp--
					slots[sp] = nil
					pc = arg
					continue
				}
				slots[argAt(ip, pc)] = v
				pc++
				continue

			case qBINARY_FAST_FAST, qBINARY_FAST_CONST, qBINARY_FAST_FAST_STORE, qBINARY_FAST_CONST_STORE:
				// LOAD_FAST; LOAD_FAST|LOAD_CONST; BINARY_OP [; STORE_FAST]
				op := bytecode.Opcode(ins & 0xff)
				a := slots[arg]
				var b Value
				if op == qBINARY_FAST_FAST || op == qBINARY_FAST_FAST_STORE {
					if b = slots[argAt(ip, pc)]; b == nil {
						pc++
						err = th.unboundLocal(fr.Code, argAt(ip, pc-1))
						break
					}
				} else {
					b = consts[argAt(ip, pc)]
				}
				if a == nil {
					err = th.unboundLocal(fr.Code, arg)
					break
				}
				var v Value
				if x, ok := a.(Int); ok {
					if y, ok := b.(Int); ok {
						if c, ok := addSubInt(bytecode.BinaryOp(argAt(ip, pc+1)), x, y); ok {
							if v = th.fastInt(c); v == nil {
								v = th.boxInt(c)
							}
						}
					}
				}
				if v == nil {
					v = th.binaryFast(bytecode.BinaryOp(argAt(ip, pc+1)), a, b)
				}
				if v == nil {
					// The loads, then the plain BINARY_OP.
					slots[sp] = a
					slots[sp+1] = b
					sp += 2
					pc++
					continue
				}
				if op == qBINARY_FAST_FAST_STORE || op == qBINARY_FAST_CONST_STORE {
					slots[argAt(ip, pc+2)] = v
					pc += 3
					continue
				}
				slots[sp] = v
				sp++
				pc += 2
				continue

			case qCOMPARE_FAST_FAST_JUMP, qCOMPARE_FAST_CONST_JUMP:
				// LOAD_FAST; LOAD_FAST|LOAD_CONST; COMPARE_OP; POP_JUMP_IF_FALSE|TRUE
				a := slots[arg]
				var b Value
				if bytecode.Opcode(ins&0xff) == qCOMPARE_FAST_FAST_JUMP {
					if b = slots[argAt(ip, pc)]; b == nil {
						pc++
						err = th.unboundLocal(fr.Code, argAt(ip, pc-1))
						break
					}
				} else {
					b = consts[argAt(ip, pc)]
				}
				if a == nil {
					err = th.unboundLocal(fr.Code, arg)
					break
				}
				x, ok := a.(Int)
				y, ok2 := b.(Int)
				if !ok || !ok2 {
					// The loads, then the plain COMPARE_OP.
					slots[sp] = a
					slots[sp+1] = b
					sp += 2
					pc++
					continue
				}
				jump := insAt(ip, pc+2)
				pc += 3
				if cmpResult(bytecode.CompareOp(argAt(ip, pc-2)), cmp64(int64(x), int64(y))) == (bytecode.Opcode(jump&0xff) == bytecode.POP_JUMP_IF_TRUE) {
					target := int(jump >> bytecode.OpBits)
					if target < pc {
						if th.step() {
							if err = th.checkBudget(); err != nil {
								break
							}
						}
					}
					pc = target
				}
				continue

			case qLOADS:
				// LOAD_x; then the plain LOAD_x that follow. A load that
				// finds no value runs as the plain instruction (which
				// raises, or finds the global elsewhere).
				a, kind := arg&(1<<loadsKindShift-1), arg>>loadsKindShift
			loads:
				for {
					var v Value
					switch kind {
					case loadFast:
						v = slots[a]
					case loadConst:
						v = consts[a]
					case loadGlobal:
						v = globals[a]
					default:
						v = builtinValues[a]
					}
					if v == nil {
						ins = fr.Code.Code.Code[pc-1]
						goto dispatch
					}
					slots[sp] = v
					sp++
					next := insAt(ip, pc)
					switch bytecode.Opcode(next & 0xff) {
					case bytecode.LOAD_FAST:
						kind = loadFast
					case bytecode.LOAD_CONST:
						kind = loadConst
					case bytecode.LOAD_GLOBAL:
						kind = loadGlobal
					case bytecode.LOAD_BUILTIN:
						kind = loadBuiltin
					default:
						break loads
					}
					a = int(next >> bytecode.OpBits)
					pc++
				}
				continue

			case qRETURN_FAST:
				// LOAD_FAST; RETURN_VALUE
				v := slots[arg]
				if v == nil {
					err = th.unboundLocal(fr.Code, arg)
					break
				}
				if fr.gen != nil {
					fr.gen.done = true
				}
				if th.traceOn() {
					if err = th.traceEvent(fr, EventReturn, v); err != nil {
						return nil, err
					}
				}
				fr.sp = sp
				return v, nil

			case qCOMPARE_JUMP:
				// COMPARE_OP; POP_JUMP_IF_FALSE|TRUE
				x, ok := slots[sp-2].(Int)
				y, ok2 := slots[sp-1].(Int)
				if !ok || !ok2 {
					// The plain COMPARE_OP, then the plain jump.
					fr.lastPC = pc - 1
					var v Value
					if v, err = th.Compare(bytecode.CompareOp(arg), slots[sp-2], slots[sp-1]); err != nil {
						break
					}
					sp--
					slots[sp-1] = v
					continue
				}
				sp -= 2
				jump := insAt(ip, pc)
				pc++
				if cmpResult(bytecode.CompareOp(arg), cmp64(int64(x), int64(y))) == (bytecode.Opcode(jump&0xff) == bytecode.POP_JUMP_IF_TRUE) {
					target := int(jump >> bytecode.OpBits)
					if target < pc {
						if th.step() {
							if err = th.checkBudget(); err != nil {
								break
							}
						}
					}
					pc = target
				}
				continue

			default:
				if ins == traceIns {
					pc--
					fr.sp = sp
					if err = th.traceStep(fr, pc); err != nil {
						pc++
						break
					}
					continue
				}
				if sp, pc, err = th.runCold(fr, ins, sp, pc); err == nil {
					continue
				}
			}
		}

		// The instruction failed: find its handler.
		fr.lastPC = pc - 1
		var ret error
		if pc, sp, ret = th.unwind(fr, err, reraise, sp); ret != nil {
			return nil, ret
		}
	}
}

// unwind handles an exception raised by the instruction at fr.lastPC: it
// records the frame in the traceback (unless the exception is re-raised),
// and either unwinds the operand stack to the handler's depth, pushes the
// exception and returns the handler's pc and stack depth, or, without a
// handler, ends the frame and returns the exception.
func (th *Thread) unwind(fr *Frame, err error, reraise bool, sp int) (int, int, error) {
	exc := AsException(err)
	slots := fr.slots
	if !reraise {
		th.chainContext(exc)
		exc.Traceback = append(exc.Traceback, th.traceEntry(fr))
		if th.traceOn() {
			fr.sp = sp
			if terr := th.traceEvent(fr, EventException, exc); terr != nil {
				return 0, 0, terr
			}
		}
	}
	base := len(fr.Locals)
	if h, ok := fr.Code.Handler(fr.lastPC); ok {
		for sp > base+h.Depth {
			sp--
			slots[sp] = nil
		}
		slots[sp] = exc
		sp++
		return h.Target, sp, nil
	}
	clear(slots[base:sp])
	fr.sp = base
	if fr.gen != nil {
		fr.gen.done = true
	}
	if th.traceOn() {
		if terr := th.traceEvent(fr, EventReturn, nil); terr != nil {
			return 0, 0, terr
		}
	}
	return 0, 0, exc
}

var buildClassIndex, _ = bytecode.BuiltinIndex("__build_class__")

func (th *Thread) unboundLocal(code *Code, i int) error {
	return th.Raise(UnboundLocalErrorClass, "cannot access local variable '%s' where it is not associated with a value", code.Locals[i])
}

func cellName(code *Code, i int) string {
	if i < len(code.Cells) {
		return code.Cells[i]
	}
	return code.Frees[i-len(code.Cells)]
}

func (th *Thread) unboundCell(code *Code, i int) error {
	name := cellName(code, i)
	if i < len(code.Cells) {
		return th.Raise(UnboundLocalErrorClass, "cannot access local variable '%s' where it is not associated with a value", name)
	}
	return th.Raise(NameErrorClass, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}

// globalFallback finds a name that has no value in its global slot: a
// dynamically added global, then a builtin.
func (th *Thread) globalFallback(m *Module, name string) (Value, error) {
	if m != nil {
		if v, ok := m.Extra.Get(name); ok {
			return v, nil
		}
	}
	if i, ok := bytecode.BuiltinIndex(name); ok {
		return builtinValues[i], nil
	}
	return nil, th.nameError(name)
}

func kwNames(v Value) []string {
	t := v.(Tuple)
	names := make([]string, len(t))
	for i, x := range t {
		names[i] = string(x.(Str))
	}
	return names
}

func isIterable(v Value) bool {
	switch x := v.(type) {
	case *List, Tuple, Str, Bytes, *Dict, *Set, *Range, Iterator:
		return true
	case *Instance:
		return x.cls.Lookup("__iter__") != nil || x.cls.Lookup("__getitem__") != nil
	}
	_, ok := v.(interface {
		Iter(*Thread) (Iterator, error)
	})
	return ok
}

// traceEntry describes fr's current instruction for a traceback.
func (th *Thread) traceEntry(fr *Frame) TraceEntry {
	s := fr.Code.Position(fr.lastPC)
	return TraceEntry{File: fr.Code.File, Function: fr.Code.Name, Line: int(s.Line), Col: int(s.Col), EndLine: int(s.EndLine), EndCol: int(s.EndCol)}
}

// chainContext sets the implicit __context__ of a newly raised exception
// to the exception being handled, avoiding cycles as CPython does.
func (th *Thread) chainContext(exc *Exception) {
	cur := th.curExc
	if cur == nil || cur == exc || exc.Context != nil {
		return
	}
	for e := cur; e != nil; e = e.Context {
		if e.Context == exc {
			e.Context = nil
			break
		}
	}
	exc.Context = cur
}

// excMatch is the test of an except clause: exc against a class or a tuple
// of classes.
func (th *Thread) excMatch(exc, typ Value) (bool, error) {
	e, ok := exc.(*Exception)
	if !ok {
		return false, nil
	}
	switch t := typ.(type) {
	case *Class:
		if !t.IsException() {
			return false, th.TypeError("catching classes that do not inherit from BaseException is not allowed")
		}
		return e.cls.IsSubclass(t), nil
	case Tuple:
		for _, x := range t {
			if ok, err := th.excMatch(exc, x); err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, th.TypeError("catching classes that do not inherit from BaseException is not allowed")
}

// raiseVarargs implements raise, raise exc and raise exc from cause.
func (th *Thread) raiseVarargs(args []Value, n int) error {
	if n == 0 {
		if th.curExc == nil {
			return th.Raise(RuntimeErrorClass, "No active exception to reraise")
		}
		return th.curExc
	}
	exc, err := th.makeException(args[0])
	if err != nil {
		return err
	}
	if n == 2 {
		if Is(args[1], None) {
			exc.Cause = nil
		} else {
			cause, err := th.makeException(args[1])
			if err != nil {
				return th.TypeError("exception causes must derive from BaseException")
			}
			exc.Cause = cause
		}
		exc.SuppressContext = true
	}
	return exc
}

// makeException turns the operand of raise into an exception instance.
func (th *Thread) makeException(v Value) (*Exception, error) {
	switch x := v.(type) {
	case *Exception:
		return x, nil
	case *Class:
		if x.IsException() {
			r, err := th.callClass(x, nil, nil)
			if err != nil {
				return nil, err
			}
			if e, ok := r.(*Exception); ok {
				return e, nil
			}
			return nil, th.TypeError("calling %s should have returned an instance of BaseException, not %s", x.Name, r.Type().Name)
		}
	}
	return nil, th.TypeError("exceptions must derive from BaseException")
}

// beforeWith calls mgr.__enter__ and returns mgr.__exit__ and its result.
func (th *Thread) beforeWith(mgr Value) (Value, Value, error) {
	cls := mgr.Type()
	enter := cls.Lookup("__enter__")
	exit := cls.Lookup("__exit__")
	if enter == nil {
		return nil, nil, th.TypeError("'%s' object does not support the context manager protocol", cls.Name)
	}
	if exit == nil {
		return nil, nil, th.TypeError("'%s' object does not support the context manager protocol (missed __exit__ method)", cls.Name)
	}
	boundExit, err := th.bindClassAttr(exit, mgr, cls)
	if err != nil {
		return nil, nil, err
	}
	boundEnter, err := th.bindClassAttr(enter, mgr, cls)
	if err != nil {
		return nil, nil, err
	}
	r, err := th.CallValue(boundEnter, nil, nil)
	return boundExit, r, err
}

// unpack writes the items of v into out: exactly n items, or (after >= 0)
// n items, a list of the middle and `after` items.
func (th *Thread) unpack(v Value, n, after int, out []Value) error {
	var items []Value
	switch x := v.(type) {
	case Tuple:
		items = x
	case *List:
		items = x.Elems
	default:
		var err error
		items, err = th.ToSlice(v)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Matches(TypeErrorClass) && !isIterable(v) {
				return th.TypeError("cannot unpack non-iterable %s object", v.Type().Name)
			}
			return err
		}
	}
	if after < 0 {
		if len(items) != n {
			if len(items) > n {
				return th.ValueError("too many values to unpack (expected %d)", n)
			}
			return th.ValueError("not enough values to unpack (expected %d, got %d)", n, len(items))
		}
		copy(out, items)
		return nil
	}
	if len(items) < n+after {
		return th.ValueError("not enough values to unpack (expected at least %d, got %d)", n+after, len(items))
	}
	copy(out, items[:n])
	out[n] = NewList(append([]Value(nil), items[n:len(items)-after]...))
	copy(out[n+1:], items[len(items)-after:])
	return nil
}

// callEx calls f(*posv, **kw).
func (th *Thread) callEx(f, posv, kw Value) (Value, error) {
	var args []Value
	switch p := posv.(type) {
	case Tuple:
		args = append(args, p...)
	case *List:
		args = append(args, p.Elems...)
	default:
		if !isIterable(posv) {
			return nil, th.TypeError("%s argument after * must be an iterable, not %s", funcName(f), posv.Type().Name)
		}
		s, err := th.ToSlice(posv)
		if err != nil {
			return nil, err
		}
		args = s
	}
	var kwnames []string
	if kw != nil {
		if !IsCallable(f) {
			// Checked before the keywords, as PyObject_Call does.
			return nil, th.TypeError("'%s' object is not callable", f.Type().Name)
		}
		d, ok := kw.(*Dict)
		if !ok {
			return nil, th.TypeError("%s argument after ** must be a mapping, not %s", funcName(f), kw.Type().Name)
		}
		for _, e := range d.entries {
			if e.key == nil {
				continue
			}
			k, ok := e.key.(Str)
			if !ok {
				return nil, th.TypeError("keywords must be strings")
			}
			kwnames = append(kwnames, string(k))
			args = append(args, e.val)
		}
	}
	return th.CallValue(f, args, kwnames)
}

// funcName names a callable in the errors of calls as CPython's
// _PyObject_FunctionStr does: its qualified name, after its module unless
// that is builtins.
func funcName(f Value) string {
	switch x := f.(type) {
	case *Function:
		if x.Module != nil {
			return x.Module.Name + "." + x.QualName + "()"
		}
		return x.QualName + "()"
	case *Builtin:
		if x.Module != "" && x.Module != "builtins" {
			return x.Module + "." + x.Name + "()"
		}
		return x.Name + "()"
	case *Method:
		return x.Class.Name + "." + x.Name + "()"
	case *BoundMethod:
		return funcName(x.Func)
	case *Class:
		if x.Module != "builtins" {
			return x.Module + "." + x.QualName + "()"
		}
		return x.QualName + "()"
	case *Generator:
		if x.fn != nil {
			return x.fn.QualName + "()"
		}
	}
	// Objects without a __qualname__ are named by their str().
	return strNoThread(f)
}
