package db

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/compiler/pycompile"
	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

// queryFunc is a function that runs SQL (sqlorm's sqlfunc and query
// decorators): its statement comes from its SQL docstring (a template)
// or from calling the function; the executor decides what the call
// returns (rows, one row, a scalar, nothing, or the updated object).
type queryFunc struct {
	fn       *vm.Function
	executor string // fetchall fetchone fetchscalar fetchscalars fetchcomposite execute update
	tmpl     []tmplPart
	isTmpl   bool
	isMethod bool
	model    vm.Value // the model= of the decorator, nil when none
	db       *Database
	locals   *vm.Dict // template_locals of @sqlfunc

	mu       sync.Mutex
	compiled *vm.Function // evaluates the template's expressions
	argNames []string     // the names compiled is called with
}

// QueryFuncClass is the class of SQL functions.
var QueryFuncClass = vm.NewGoClass("sqlfunc", "sqlorm.sqlfunc", nil, nil)

// Type implements vm.Value.
func (q *queryFunc) Type() *vm.Class { return QueryFuncClass }

// Repr implements repr().
func (q *queryFunc) Repr(*vm.Thread) (string, error) {
	return fmt.Sprintf("<sqlfunc %s (%s)>", q.fn.QualName, q.executor), nil
}

// GetAttr answers the function's attributes.
func (q *queryFunc) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "__name__":
		return vm.Str(q.fn.Name), true, nil
	case "__qualname__":
		return vm.Str(q.fn.QualName), true, nil
	case "__doc__":
		return orNone(q.fn.Doc), true, nil
	case "__wrapped__":
		return q.fn, true, nil
	case "query_decorator":
		return vm.Str(q.executor), true, nil
	case "sqlfunc":
		return vm.MakeBool(q.isTmpl), true, nil
	case "is_method":
		return vm.MakeBool(q.isMethod), true, nil
	case "sql":
		return vm.NewBuiltin("sql", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			return q.statement(th, args, kwnames)
		}), true, nil
	}
	return nil, false, nil
}

// DescrGet binds the function to an instance, as a method.
func (q *queryFunc) DescrGet(th *vm.Thread, obj vm.Value, cls *vm.Class) (vm.Value, error) {
	if obj == nil {
		return q, nil
	}
	return &vm.BoundMethod{Self: obj, Func: q}, nil
}

// isDocOnly reports whether a function's body is only its docstring (an
// SQL template): its code is the implicit `return None` of the def line.
func isDocOnly(fn *vm.Function) bool {
	if _, ok := fn.Doc.(vm.Str); !ok {
		return false
	}
	c := fn.Code.Code
	if len(c.Code) != 2 || len(c.Positions) < 1 || int(c.Positions[0].Line) != c.FirstLine {
		return false
	}
	op0, _ := bytecode.Decode(c.Code[0])
	op1, _ := bytecode.Decode(c.Code[1])
	return op0 == bytecode.LOAD_NONE && op1 == bytecode.RETURN_VALUE
}

// executorFor picks the executor of an SQL template as sqlfunc does:
// SELECT fetches all rows, INSERT/UPDATE … RETURNING updates an object,
// anything else executes.
func executorFor(doc string) string {
	up := strings.ToUpper(doc)
	switch {
	case strings.HasPrefix(up, "SELECT"):
		return "fetchall"
	case (strings.HasPrefix(up, "UPDATE") || strings.HasPrefix(up, "INSERT")) && strings.Contains(up, "RETURNING"):
		return "update"
	}
	return "execute"
}

// setTemplate makes a function's docstring its statement. For a model
// method the shorthands are applied and a statement that selects from the
// model fetches all its rows unless a decorator said otherwise.
func (q *queryFunc) setTemplate(th *vm.Thread, accessor string) error {
	doc := cleandoc(string(q.fn.Doc.(vm.Str)))
	if accessor != "" {
		doc = rewriteModelSQL(doc, accessor)
	}
	parts, err := parseTemplate(doc)
	if err != nil {
		line := q.fn.Code.FirstLine
		return th.Raise(SQLTemplateErrorClass, "%s (in the docstring of %s, %s:%d)", err.Error(), q.fn.QualName, q.fn.Code.File, line)
	}
	q.tmpl, q.isTmpl = parts, true
	if q.executor == "" {
		q.executor = executorFor(doc)
		for _, p := range parts {
			if p.kind == partSelect {
				q.executor = "fetchall"
			}
		}
	}
	return nil
}

// processSQLMethods turns the model's methods whose body is an SQL
// docstring into SQL methods (class methods use cls, others self).
func processSQLMethods(th *vm.Thread, cls *vm.Class, d *Database) error {
	for i := 0; i < cls.Dict.Len(); i++ {
		name, v := cls.Dict.At(i)
		accessor := "self"
		var wrap func(vm.Value) vm.Value
		switch x := v.(type) {
		case *vm.ClassMethod:
			v, accessor = x.Func, "cls"
			wrap = func(f vm.Value) vm.Value { return &vm.ClassMethod{Func: f} }
		case *vm.StaticMethod:
			v = x.Func
			wrap = func(f vm.Value) vm.Value { return &vm.StaticMethod{Func: f} }
		}
		var q *queryFunc
		switch x := v.(type) {
		case *vm.Function:
			if !isDocOnly(x) {
				continue
			}
			q = &queryFunc{fn: x}
		case *queryFunc:
			if x.isTmpl || !isDocOnly(x.fn) {
				continue
			}
			q = x
		default:
			continue
		}
		q.isMethod, q.db = true, d
		if err := q.setTemplate(th, accessor); err != nil {
			return err
		}
		var nv vm.Value = q
		if wrap != nil {
			nv = wrap(q)
		}
		cls.SetAttr(name, nv)
	}
	return nil
}

// bindArgs maps a call's arguments to the function's parameter names, with
// the defaults of those not given (sqlorm binds without defaults; a
// parameter left out then fails to evaluate, which helps nobody).
func bindArgs(th *vm.Thread, fn *vm.Function, args []vm.Value, kwnames []string) (map[string]vm.Value, error) {
	c := fn.Code
	out := map[string]vm.Value{}
	npos := len(args) - len(kwnames)
	params := c.Locals[:c.ArgCount]
	i := 0
	for ; i < npos && i < len(params); i++ {
		out[params[i]] = args[i]
	}
	next := c.ArgCount + c.KwOnlyArgCount
	if c.Flags&bytecode.FlagVarArgs != 0 {
		out[c.Locals[next]] = vm.Tuple(append([]vm.Value(nil), args[i:npos]...))
		next++
	} else if npos > len(params) {
		return nil, th.TypeError("%s() takes %d positional arguments but %d were given", fn.Name, len(params), npos)
	}
	var extra *vm.Dict
	if c.Flags&bytecode.FlagVarKwArgs != 0 {
		extra = vm.NewDict(0)
		out[c.Locals[next]] = extra
	}
	named := c.Locals[:c.ArgCount+c.KwOnlyArgCount]
	for j, k := range kwnames {
		if contains(named[c.PosOnlyArgCount:], k) {
			out[k] = args[npos+j]
		} else if extra != nil {
			extra.SetStr(k, args[npos+j])
		} else {
			return nil, th.TypeError("%s() got an unexpected keyword argument '%s'", fn.Name, k)
		}
	}
	for j, p := range params {
		if _, ok := out[p]; ok {
			continue
		}
		if d := j - (len(params) - len(fn.Defaults)); d >= 0 {
			out[p] = fn.Defaults[d]
		}
	}
	for _, p := range c.Locals[c.ArgCount : c.ArgCount+c.KwOnlyArgCount] {
		if _, ok := out[p]; ok || fn.KwDefaults == nil {
			continue
		}
		if v, ok := fn.KwDefaults.GetStr(p); ok {
			out[p] = v
		}
	}
	return out, nil
}

// templateNames are the names an SQL template's expressions see: SQL,
// datetime and uuid, the models of the database (for model methods) or
// the template_locals (for @sqlfunc), then the call's arguments.
func (q *queryFunc) templateNames(th *vm.Thread, bound map[string]vm.Value) (map[string]vm.Value, error) {
	names := map[string]vm.Value{"SQL": SQLClass}
	for _, mod := range []string{"datetime", "uuid"} {
		if th.Importer != nil {
			if m, err := th.Importer.Import(th, mod); err == nil {
				names[mod] = m
			}
		}
	}
	if q.db != nil {
		for _, c := range q.db.Models() {
			names[c.Name] = c
		}
	}
	if q.locals != nil {
		q.locals.Items(func(k, v vm.Value) bool {
			if s, ok := k.(vm.Str); ok {
				names[string(s)] = v
			}
			return true
		})
	}
	for k, v := range bound {
		names[k] = v
	}
	return names, nil
}

// evaluator returns the compiled function that evaluates the template's
// expressions, taking names as parameters (compiled again when the set of
// names changes, as it does when models are added).
func (q *queryFunc) evaluator(th *vm.Thread, names []string) (*vm.Function, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.compiled != nil && strings.Join(q.argNames, ",") == strings.Join(names, ",") {
		return q.compiled, nil
	}
	var b strings.Builder
	b.WriteString("def __sql__(" + strings.Join(names, ", ") + "):\n    return [\n")
	for _, p := range q.tmpl {
		if p.kind == partExpr || p.kind == partParam {
			b.WriteString("        (" + p.text + "\n        ),\n")
		}
	}
	b.WriteString("    ]\n")
	path := fmt.Sprintf("<SQL of %s>", q.fn.QualName)
	prog, diags := loader.New().CompileSource(path, b.String(), pycompile.Options{})
	if prog == nil {
		msg := "invalid Python expression"
		if len(diags) > 0 {
			msg = diags[0].Message
		}
		return nil, th.Raise(vm.SyntaxErrorClass, "%s in an expression of the SQL of %s (%s:%d)", msg, q.fn.QualName, q.fn.Code.File, q.fn.Code.FirstLine)
	}
	mod := vm.NewModule(path, prog)
	sub := vm.NewThread(th.Context())
	if _, err := sub.RunModule(mod); err != nil {
		return nil, err
	}
	fv, _ := mod.Global("__sql__")
	fn, ok := fv.(*vm.Function)
	if !ok {
		return nil, th.Raise(vm.RuntimeErrorClass, "cannot compile the SQL of %s", q.fn.QualName)
	}
	q.compiled, q.argNames = fn, names
	return fn, nil
}

// statement builds the call's statement: the template with its
// expressions evaluated, or what the function returns.
func (q *queryFunc) statement(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if !q.isTmpl {
		return th.CallValue(q.fn, args, kwnames)
	}
	bound, err := bindArgs(th, q.fn, args, kwnames)
	if err != nil {
		return nil, err
	}
	var values []vm.Value
	hasExpr := false
	for _, p := range q.tmpl {
		if p.kind == partExpr || p.kind == partParam {
			hasExpr = true
			break
		}
	}
	if hasExpr {
		env, err := q.templateNames(th, bound)
		if err != nil {
			return nil, err
		}
		names := make([]string, 0, len(env))
		for k := range env {
			if isIdentifier(k) {
				names = append(names, k)
			}
		}
		sort.Strings(names)
		fn, err := q.evaluator(th, names)
		if err != nil {
			return nil, err
		}
		callArgs := make([]vm.Value, len(names))
		for i, n := range names {
			callArgs[i] = env[n]
		}
		res, err := th.CallValue(fn, callArgs, nil)
		if err != nil {
			return nil, err
		}
		if values, err = th.ToSlice(res); err != nil {
			return nil, err
		}
	}
	var self vm.Value
	if q.isMethod && len(args) > 0 {
		self = args[0]
	}
	parts := make([]vm.Value, 0, len(q.tmpl))
	vi := 0
	for _, p := range q.tmpl {
		switch p.kind {
		case partText:
			parts = append(parts, vm.Str(p.text))
		case partExpr:
			parts = append(parts, values[vi])
			vi++
		case partParam:
			parts = append(parts, param(values[vi], ""))
			vi++
		case partTable, partSelect, partSelfPK:
			m, err := mapperOf(th, self)
			if err != nil {
				return nil, err
			}
			switch p.kind {
			case partTable:
				parts = append(parts, ident(m.table, ""))
			case partSelect:
				s, err := m.selectFrom(th, nil, "", vm.None, vm.None, vm.False)
				if err != nil {
					return nil, err
				}
				parts = append(parts, s)
			default:
				cond, err := m.pkCondition(th, self, "")
				if err != nil {
					return nil, err
				}
				parts = append(parts, cond)
			}
		}
	}
	return rawSQL(parts...), nil
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 || i > 0 && r >= '0' && r <= '9' {
			continue
		}
		return false
	}
	return true
}

// Call runs the function: its statement on the database of the model (or
// of the thread), then the executor.
func (q *queryFunc) Call(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	stmt, err := q.statement(th, args, kwnames)
	if err != nil {
		return nil, err
	}
	if ok, err := th.Truth(stmt); err != nil || !ok {
		return vm.None, err
	}
	var target vm.Value
	d := q.db
	if q.isMethod && len(args) > 0 {
		target = args[0]
		cls, ok := target.(*vm.Class)
		if !ok {
			cls = target.Type()
		}
		if md, ok := cls.Lookup("__engine__").(*Database); ok {
			d = md
		}
	} else if q.model != nil {
		target = q.model
		if cls, ok := target.(*vm.Class); ok {
			if md, ok := cls.Lookup("__engine__").(*Database); ok {
				d = md
			}
		}
	}
	if d == nil {
		if ts := stateOf(th); ts != nil {
			if ts.sess != nil {
				d = ts.sess.db
			} else {
				d = ts.db
			}
		}
	}
	if d == nil {
		return nil, th.Raise(MissingSessionErrorClass, "%s() has no database to run on: call it inside a request or `with db:`", q.fn.Name)
	}
	r, err := d.run(th, stmt, nil)
	if err != nil {
		return nil, err
	}
	return q.execute(th, r, target)
}

// execute turns a statement's rows into the executor's result.
func (q *queryFunc) execute(th *vm.Thread, r *rows, target vm.Value) (vm.Value, error) {
	var m *mapper
	var inst *vm.Instance
	switch x := target.(type) {
	case *vm.Class:
		m, _ = mapperOf(th, x)
	case *vm.Instance:
		if mm, err := mapperOf(th, x); err == nil {
			m, inst = mm, x
		}
	}
	hydrateInto := func() (vm.Value, error) {
		if len(r.vals) > 0 {
			if err := m.hydrate(th, inst, r.cols, r.vals[0]); err != nil {
				return nil, err
			}
		}
		return inst, nil
	}
	switch q.executor {
	case "fetchall", "fetchcomposite":
		switch {
		case inst != nil:
			return hydrateInto()
		case m != nil:
			return newResultSet(m, r), nil
		}
		rs := newResultSet(nil, r)
		items, err := rs.all(th)
		return vm.NewList(items), err
	case "fetchone":
		switch {
		case inst != nil:
			return hydrateInto()
		case m != nil:
			return newResultSet(m, r).first(th)
		}
		return newResultSet(nil, r).first(th)
	case "fetchscalar":
		if len(r.vals) == 0 || len(r.vals[0]) == 0 {
			return vm.None, nil
		}
		return r.vals[0][0], nil
	case "fetchscalars":
		return vm.NewList(newResultSet(nil, r).firstColumn()), nil
	case "update":
		if inst != nil {
			return hydrateInto()
		}
		var row []vm.Value
		if len(r.vals) > 0 {
			row = r.vals[0]
		}
		cols := r.cols
		return vm.NewBuiltin("update", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs("update", args, kwnames, 1); err != nil {
				return nil, err
			}
			for i, c := range cols {
				if i < len(row) {
					if err := th.SetAttr(args[0], c, row[i]); err != nil {
						return nil, err
					}
				}
			}
			return vm.None, nil
		}), nil
	}
	return vm.None, nil
}

// decorator builds db.sqlfunc and the query decorators (db.fetchall …):
// usable bare (@fetchone) or with options (@fetchone(model=Task)).
func decorator(name, executor string) *vm.Builtin {
	var apply func(th *vm.Thread, f vm.Value, model, locals vm.Value) (vm.Value, error)
	apply = func(th *vm.Thread, f vm.Value, model, locals vm.Value) (vm.Value, error) {
		var q *queryFunc
		switch x := f.(type) {
		case *vm.Function:
			q = &queryFunc{fn: x, executor: executor}
			if len(x.Code.Locals) > 0 && x.Code.ArgCount > 0 {
				first := x.Code.Locals[0]
				q.isMethod = first == "self" || first == "cls"
			}
		case *queryFunc:
			q = x
			if executor != "" && !q.isTmpl {
				q.executor = executor
			}
		default:
			return nil, th.TypeError("%s() decorates a function, not %s", name, f.Type().Name)
		}
		if model != nil && !vm.Is(model, vm.None) {
			q.model = model
		}
		if d, ok := locals.(*vm.Dict); ok {
			q.locals = d
		}
		if executor == "" || name != executor {
			// @sqlfunc (and sqlfunc's forms): the docstring is the statement.
			if !q.isTmpl && isDocOnly(q.fn) && !q.isMethod {
				if err := q.setTemplate(th, ""); err != nil {
					return nil, err
				}
			}
		}
		if executor == "" && q.executor == "" {
			q.executor = "execute"
		}
		return q, nil
	}
	return vm.NewBuiltin(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		var f, model, locals vm.Value = vm.None, vm.None, vm.None
		npos := len(args) - len(kwnames)
		if npos > 0 {
			f = args[0]
		}
		for i, k := range kwnames {
			switch k {
			case "func":
				f = args[npos+i]
			case "model":
				model = args[npos+i]
			case "template_locals":
				locals = args[npos+i]
			case "engine", "is_method", "engine_in_kwargs":
			default:
				return nil, th.TypeError("%s() got an unexpected keyword argument '%s'", name, k)
			}
		}
		if !vm.Is(f, vm.None) {
			return apply(th, f, model, locals)
		}
		return vm.NewBuiltin(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs(name, args, kwnames, 1); err != nil {
				return nil, err
			}
			return apply(th, args[0], model, locals)
		}), nil
	})
}

// The decorators: sqlfunc picks its executor from the statement; the
// others force theirs.
var (
	sqlfuncB      = decorator("sqlfunc", "")
	fetchallB     = decorator("fetchall", "fetchall")
	fetchoneB     = decorator("fetchone", "fetchone")
	fetchscalarB  = decorator("fetchscalar", "fetchscalar")
	fetchscalarsB = decorator("fetchscalars", "fetchscalars")
	fetchcompB    = decorator("fetchcomposite", "fetchcomposite")
	executeB      = decorator("execute", "execute")
	updateB       = decorator("update", "update")
)
