package pycompile

import (
	"strings"

	"github.com/hyperflask/hfc/compiler/asm"
	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/grammar/python"
)

// with compiles the items of a with statement from index i on, nesting one
// context manager per item (CPython's compiler_with).
func (c *compiler) with(n *python.With, i int) error {
	item := n.Items[i]
	if err := c.expr(item.ContextExpr); err != nil {
		return err
	}
	c.setPos(item.ContextExpr.Span())
	cleanup, exit := c.b.NewLabel(), c.b.NewLabel()
	c.emit(bytecode.BEFORE_WITH, 0) // exit enter_result
	// An exception in the block finds __exit__ below it: the handler's depth
	// excludes the enter result, which the target assignment consumes.
	c.b.PushHandlerDepth(cleanup, -1)
	fb := c.pushFblock(fbWith, nil, nil)
	fb.outside = c.b.OpenHandlers() - 1
	if item.OptionalVars != nil {
		if err := c.store(item.OptionalVars); err != nil {
			return err
		}
	} else {
		c.emit(bytecode.POP_TOP, 0)
	}
	var err error
	if i+1 < len(n.Items) {
		err = c.with(n, i+1)
	} else {
		err = c.stmts(n.Body)
	}
	if err != nil {
		return err
	}
	c.popFblock()
	c.b.PopHandler()
	// Normal exit: exit(None, None, None).
	c.setPos(n.Loc)
	c.emit(bytecode.LOAD_NONE, 0)
	c.emit(bytecode.LOAD_NONE, 0)
	c.emit(bytecode.LOAD_NONE, 0)
	c.emit(bytecode.CALL, 3)
	c.emit(bytecode.POP_TOP, 0)
	c.b.EmitJump(bytecode.JUMP, exit)

	// Exceptional exit: [exit, exc].
	c.b.Bind(cleanup)
	cleanup2 := c.b.NewLabel()
	c.b.PushHandler(cleanup2)
	c.emit(bytecode.PUSH_EXC_INFO, 0)     // exit prev exc
	c.emit(bytecode.WITH_EXCEPT_START, 0) // exit prev exc result
	suppress := c.b.NewLabel()
	c.b.EmitJump(bytecode.POP_JUMP_IF_TRUE, suppress)
	c.emit(bytecode.RERAISE, 0)
	c.b.Bind(suppress) // exit prev exc
	c.emit(bytecode.POP_TOP, 0)
	c.b.PopHandler()
	c.emit(bytecode.POP_EXCEPT, 0) // exit
	c.emit(bytecode.POP_TOP, 0)
	c.b.EmitJump(bytecode.JUMP, exit)
	c.cleanupHandler(cleanup2)
	c.b.Bind(exit)
	return nil
}

// cleanupHandler emits the handler that restores the previously handled
// exception when an exception escapes a handler body: [prev, exc].
func (c *compiler) cleanupHandler(l *asm.Label) {
	c.b.Bind(l)
	c.emit(bytecode.COPY, 2)
	c.emit(bytecode.POP_EXCEPT, 0)
	c.emit(bytecode.RERAISE, 0)
}

// tryExcept compiles try/except/else (CPython's compiler_try_except).
func (c *compiler) tryExcept(n *python.Try) error {
	handler, end, orelse := c.b.NewLabel(), c.b.NewLabel(), c.b.NewLabel()
	c.b.PushHandler(handler)
	c.pushFblock(fbTryExcept, nil, nil).outside = c.b.OpenHandlers() - 1
	if err := c.stmts(n.Body); err != nil {
		return err
	}
	c.popFblock()
	c.b.PopHandler()
	c.b.EmitJump(bytecode.JUMP, orelse)

	c.b.Bind(handler) // exc
	cleanup := c.b.NewLabel()
	cleanupRegion := c.b.PushHandler(cleanup)
	c.setPos(n.Loc)
	c.emit(bytecode.PUSH_EXC_INFO, 0) // prev exc
	for _, h := range n.Handlers {
		c.setPos(h.Loc)
		next := c.b.NewLabel()
		if h.Type != nil {
			if err := c.expr(h.Type); err != nil {
				return err
			}
			c.setPos(h.Loc)
			c.emit(bytecode.CHECK_EXC_MATCH, 0)
			c.b.EmitJump(bytecode.POP_JUMP_IF_FALSE, next)
		}
		if h.Name != "" {
			c.nameOp(h.Name, python.Store) // prev
			cleanupBody := c.b.NewLabel()
			c.b.PushHandler(cleanupBody)
			fb := c.pushFblock(fbHandlerCleanup, nil, nil)
			fb.name = h.Name
			fb.outside = c.b.OpenHandlers() - 2
			if err := c.stmts(h.Body); err != nil {
				return err
			}
			c.popFblock()
			c.b.PopHandler()
			c.b.PopHandler()
			c.setPos(h.Loc)
			c.emit(bytecode.POP_EXCEPT, 0)
			c.emit(bytecode.LOAD_NONE, 0)
			c.nameOp(h.Name, python.Store)
			c.nameOp(h.Name, python.Del)
			c.b.EmitJump(bytecode.JUMP, end)
			// An exception in the body: clear the name, then reraise through
			// the outer cleanup. [prev, exc2]
			c.b.Bind(cleanupBody)
			c.b.Reopen(cleanupRegion)
			c.emit(bytecode.LOAD_NONE, 0)
			c.nameOp(h.Name, python.Store)
			c.nameOp(h.Name, python.Del)
			c.emit(bytecode.RERAISE, 0)
		} else {
			c.emit(bytecode.POP_TOP, 0) // prev
			fb := c.pushFblock(fbHandlerCleanup, nil, nil)
			fb.outside = c.b.OpenHandlers() - 1
			if err := c.stmts(h.Body); err != nil {
				return err
			}
			c.popFblock()
			c.b.PopHandler()
			c.setPos(h.Loc)
			c.emit(bytecode.POP_EXCEPT, 0)
			c.b.EmitJump(bytecode.JUMP, end)
			c.b.Reopen(cleanupRegion)
		}
		c.b.Bind(next)
	}
	// No clause matched: reraise. [prev, exc]
	c.emit(bytecode.RERAISE, 0)
	c.b.PopHandler()
	c.cleanupHandler(cleanup)

	c.b.Bind(orelse)
	if err := c.stmts(n.Orelse); err != nil {
		return err
	}
	c.b.Bind(end)
	return nil
}

// tryFinally compiles try/…/finally (CPython's compiler_try_finally): the
// finally body is emitted once for the normal path and once for the
// exceptional one.
func (c *compiler) tryFinally(n *python.Try) error {
	handler, end := c.b.NewLabel(), c.b.NewLabel()
	c.b.PushHandler(handler)
	fb := c.pushFblock(fbFinallyTry, nil, nil)
	fb.outside = c.b.OpenHandlers() - 1
	fb.finalBody = n.Finalbody
	var err error
	if len(n.Handlers) > 0 {
		inner := *n
		inner.Finalbody = nil
		err = c.tryExcept(&inner)
	} else {
		err = c.stmts(n.Body)
	}
	if err != nil {
		return err
	}
	c.popFblock()
	c.b.PopHandler()
	if err := c.stmts(n.Finalbody); err != nil {
		return err
	}
	c.b.EmitJump(bytecode.JUMP, end)

	c.b.Bind(handler) // exc
	cleanup := c.b.NewLabel()
	c.b.PushHandler(cleanup)
	c.setPos(n.Loc)
	c.emit(bytecode.PUSH_EXC_INFO, 0) // prev exc
	fe := c.pushFblock(fbFinallyEnd, nil, nil)
	fe.outside = c.b.OpenHandlers() - 1
	if err := c.stmts(n.Finalbody); err != nil {
		return err
	}
	c.popFblock()
	c.emit(bytecode.RERAISE, 0)
	c.b.PopHandler()
	c.cleanupHandler(cleanup)
	c.b.Bind(end)
	return nil
}

// importStmt compiles `import a.b [as c], …`.
func (c *compiler) importStmt(n *python.Import) error {
	for _, a := range n.Names {
		c.setPos(a.Loc)
		c.loadConst(int64(0))
		c.loadConst(nil)
		c.emit(bytecode.IMPORT_NAME, c.b.Name(a.Name))
		if a.Asname == "" {
			first, _, _ := strings.Cut(a.Name, ".")
			c.nameOp(first, python.Store)
			continue
		}
		parts := strings.Split(a.Name, ".")
		for _, p := range parts[1:] {
			c.emit(bytecode.IMPORT_FROM, c.b.Name(p))
			c.emit(bytecode.ROT_TWO, 0)
			c.emit(bytecode.POP_TOP, 0)
		}
		c.nameOp(a.Asname, python.Store)
	}
	return nil
}

// importFrom compiles `from m import x [as y], …` and `from m import *`.
func (c *compiler) importFrom(n *python.ImportFrom) error {
	c.setPos(n.Loc)
	c.loadConst(int64(n.Level))
	names := make(bytecode.Tuple, len(n.Names))
	for i, a := range n.Names {
		names[i] = a.Name
	}
	c.loadConst(names)
	c.emit(bytecode.IMPORT_NAME, c.b.Name(n.Module))
	for _, a := range n.Names {
		c.setPos(a.Loc)
		if a.Name == "*" {
			c.emit(bytecode.IMPORT_STAR, 0)
			return nil
		}
		c.emit(bytecode.IMPORT_FROM, c.b.Name(a.Name))
		name := a.Name
		if a.Asname != "" {
			name = a.Asname
		}
		c.nameOp(name, python.Store)
	}
	c.emit(bytecode.POP_TOP, 0)
	return nil
}
