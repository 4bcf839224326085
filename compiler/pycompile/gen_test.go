package pycompile

import (
	"fmt"
	"strings"
)

// progGen writes a random Python program that compiles: every statement
// and expression form of a small grammar (assignments, if/for/while, try,
// with, def, class, lambda, comprehensions, generators), nested at random.
// Its choices come from a byte string, so that a fuzzer can steer it; when
// the bytes run out every choice is 0, which always picks a form that ends
// the nesting. Programs may raise at run time (NameError, ZeroDivisionError
// …): only the compiler and the VM are on trial.
type progGen struct {
	data  []byte
	pos   int
	b     strings.Builder
	ind   int
	stmts int // statements left to write
	names int // fresh names made so far

	inLoop, inFunc, inGen bool
	// noYield and noWalrus count the enclosing forms where yield (a
	// lambda, a comprehension) or := (a class body) is a syntax error.
	noYield, noWalrus int
	depth             int // expression nesting
}

// genPrelude defines what generated programs use.
const genPrelude = `class CM:
    def __init__(self, v=0):
        self.v = v
    def __enter__(self):
        return self.v
    def __exit__(self, t, e, tb):
        return t is KeyError

class Obj:
    def __init__(self, v):
        self.v = v
    def m(self, x=1):
        return self.v + x

def fn(x=0, *args, k=1, **kw):
    return x

a = 1
b = 2
c = [1, 2, 3]
d = {'k': 1}
s = 'str'
o = Obj(3)
`

// genProgram returns the program that data selects.
func genProgram(data []byte) string {
	g := &progGen{data: data, stmts: 60}
	g.b.WriteString(genPrelude)
	// Each top-level statement reports its exception and lets the next
	// one run, so that one error does not end the program.
	for g.stmts > 0 && g.pos < len(g.data) {
		g.line("try:")
		g.ind++
		g.stmt()
		g.ind--
		g.line("except Exception as exc:")
		g.line("    print(type(exc).__name__, exc)")
	}
	return g.b.String()
}

func (g *progGen) choose(n int) int {
	if g.pos >= len(g.data) {
		return 0
	}
	c := int(g.data[g.pos]) % n
	g.pos++
	return c
}

func (g *progGen) line(format string, args ...any) {
	g.b.WriteString(strings.Repeat("    ", g.ind))
	fmt.Fprintf(&g.b, format, args...)
	g.b.WriteByte('\n')
}

func (g *progGen) fresh() string {
	g.names++
	return fmt.Sprintf("v%d", g.names)
}

// name returns a name that the program probably defines.
func (g *progGen) name() string {
	return [...]string{"a", "b", "c", "d", "s", "o"}[g.choose(6)]
}

// body writes an indented block of one to three statements.
func (g *progGen) body() {
	g.ind++
	n := 1 + g.choose(3)
	for i := 0; i < n; i++ {
		g.stmt()
	}
	g.ind--
}

func (g *progGen) stmt() {
	g.stmts--
	if g.stmts <= 0 || g.ind > 6 {
		g.line("%s = %s", g.name(), g.expr())
		return
	}
	switch g.choose(34) {
	case 30:
		g.genProtocol()
	case 31:
		g.privateClasses()
	case 32:
		g.finallyReturn()
	case 33:
		g.line("print(%s)", g.expr())
	case 0:
		g.line("%s = %s", g.name(), g.expr())
	case 1:
		g.line("%s %s= %s", g.name(), [...]string{"+", "-", "*", "//", "%", "|"}[g.choose(6)], g.expr())
	case 2:
		g.line("print(%s)", g.expr())
	case 3:
		g.line("if %s:", g.expr())
		g.body()
		if g.choose(2) == 1 {
			g.line("elif %s:", g.expr())
			g.body()
		}
		if g.choose(2) == 1 {
			g.line("else:")
			g.body()
		}
	case 4:
		g.line("for %s in %s:", g.target(), g.iterable())
		g.loopBody()
	case 5:
		n := g.fresh()
		g.line("%s = 0", n)
		g.line("while %s < %d:", n, 1+g.choose(4))
		g.ind++
		g.line("%s += 1", n)
		g.ind--
		g.loopBody()
	case 6:
		g.tryStmt()
	case 7:
		g.line("with CM(%s) as %s:", g.expr(), g.name())
		g.body()
	case 8:
		g.funcDef(false)
	case 9:
		g.classDef()
	case 10:
		g.funcDef(true)
	case 11:
		g.jump()
	case 12:
		g.line("%s, *%s = %s", g.name(), g.name(), g.iterable())
	case 13:
		g.line("assert %s, %s", g.expr(), g.expr())
	case 14:
		g.line("%s = lambda %s: %s", g.name(), g.params(), g.expr())
	case 15:
		g.closure()
	case 16:
		g.line("del %s", g.name())
	case 17:
		g.line("%s[%s] = %s", g.name(), g.expr(), g.expr())
	case 18:
		g.line("o.v = %s", g.expr())
	case 19:
		g.line("raise %s", [...]string{"ValueError(a)", "KeyError", "StopIteration", "TypeError('t') from None"}[g.choose(4)])
	case 20:
		g.line("%s[%s:%s] = %s", g.name(), g.expr(), g.expr(), g.iterable())
	case 21:
		g.line("%s %s= %s", [...]string{"o.v", "d['k']", "c[0]", "c[-1:]"}[g.choose(4)], [...]string{"+", "*", "-"}[g.choose(3)], g.expr())
	case 22:
		name := g.fresh()
		g.line("def %s():", name)
		g.ind++
		g.line("r = yield from %s", g.iterable())
		g.line("return r")
		g.ind--
		g.line("print(list(%s()))", name)
	case 23:
		g.dunderClass()
	case 24:
		g.noYield++
		g.line("print([%s for x, y in zip(%s, %s)])", g.expr(), g.iterable(), g.iterable())
		g.noYield--
	case 25:
		g.line("print(%q %% (%s, %s))", "%s-%r", g.expr(), g.expr())
	case 26:
		g.chain()
	case 27:
		g.line("with CM(%s) as %s, CM(%s):", g.expr(), g.name(), g.expr())
		g.body()
	case 28:
		g.line("print(fn(*%s, **%s), fn(%s, *c, k=%s))", g.iterable(), "d", g.expr(), g.expr())
	case 29:
		n := g.fresh()
		g.line("%s = 3", n)
		g.line("while (%s := %s - 1) > %s:", n, n, g.expr())
		g.loopBody()
	}
}

// dunderClass writes a class with operators and protocols, and uses them.
func (g *progGen) dunderClass() {
	name := "K" + g.fresh()
	g.line("class %s:", name)
	g.ind++
	saved := g.inGen
	g.inGen = false
	defer func() { g.inGen = saved }()
	g.line("def __init__(self, v):")
	g.line("    self.v = v")
	g.line("def __repr__(self):")
	g.line("    return 'K(%%r)' %% (self.v,)")
	g.line("def __eq__(self, other):")
	g.line("    return isinstance(other, %s) and self.v == other.v", name)
	g.line("def __lt__(self, other):")
	g.line("    return self.v < other.v if isinstance(other, %s) else NotImplemented", name)
	g.line("def __add__(self, other):")
	g.line("    return %s(self.v + (other.v if isinstance(other, %s) else other))", name, name)
	g.line("__radd__ = __add__")
	g.line("def __len__(self):")
	g.line("    return abs(int(self.v)) %% 5")
	g.line("def __iter__(self):")
	g.line("    yield from range(len(self))")
	g.line("def __getitem__(self, i):")
	g.line("    return %s", g.expr())
	g.line("def __bool__(self):")
	g.line("    return bool(self.v)")
	g.line("@property")
	g.line("def double(self):")
	g.line("    return self.v * 2")
	g.ind--
	k1, k2 := name+"("+g.expr()+")", name+"("+g.expr()+")"
	g.line("print(%s + %s, %s < %s, %s == %s, 1 + %s, len(%s), list(%s), bool(%s), %s[%s], %s.double, sorted([%s, %s]))",
		k1, k2, k1, k2, k1, k2, k1, k2, k1, k2, k1, g.expr(), k2, k1, k2)
}

// genProtocol drives a generator with send, throw and close.
func (g *progGen) genProtocol() {
	name := g.fresh()
	g.line("def %s():", name)
	g.line("    try:")
	g.line("        x = yield %s", g.expr())
	g.line("        while True:")
	g.line("            try:")
	g.line("                x = yield x")
	g.line("            except %s as e:", [...]string{"ValueError", "Exception", "KeyError"}[g.choose(3)])
	g.line("                x = yield repr(e)")
	g.line("    finally:")
	g.line("        print('finally', %s)", [...]string{"1", "'f'"}[g.choose(2)])
	it := g.fresh()
	g.line("%s = %s()", it, name)
	g.line("print(next(%s), %s.send(%s), %s.throw(ValueError(%s)), %s.send(%s))", it, it, g.expr(), it, g.expr(), it, g.expr())
	if g.choose(2) == 1 {
		g.line("%s.close()", it)
	} else {
		g.line("%s.throw(TypeError('end'))", it)
	}
}

// privateClasses writes classes with private (mangled) names and super().
func (g *progGen) privateClasses() {
	a, b := "P"+g.fresh(), "Q"+g.fresh()
	g.line("class %s:", a)
	// A class body is no function: yield is a syntax error there, := too.
	g.noWalrus++
	g.noYield++
	g.line("    __shared = %s", g.expr())
	g.noYield--
	g.noWalrus--
	g.line("    def __init__(self):")
	g.line("        self.__v = %s", g.expr())
	g.line("    def get(self):")
	g.line("        return self.__v, self.__shared")
	g.line("class %s(%s):", b, a)
	g.line("    def __init__(self):")
	g.line("        super().__init__()")
	g.line("        self.__v = %s", g.expr())
	g.line("    def get(self):")
	g.line("        return super().get(), self.__v, sorted(vars(self))")
	g.line("print(%s().get())", b)
}

// finallyReturn writes a function whose finally block changes its result.
func (g *progGen) finallyReturn() {
	name := g.fresh()
	g.line("def %s(n):", name)
	g.line("    for i in range(n):")
	g.line("        try:")
	g.line("            if i == %d:", g.choose(3))
	g.line("                return %s", g.expr())
	g.line("            if i == %d:", g.choose(3))
	g.line("                %s", [...]string{"break", "continue", "raise ValueError(i)"}[g.choose(3)])
	g.line("        finally:")
	g.line("            %s", [...]string{"pass", "print('fin', i)", "return 'finally'", "continue"}[g.choose(4)])
	g.line("    return 'end'")
	g.line("print(%s(%d))", name, g.choose(4))
}

// chain writes exception chaining and reports the links.
func (g *progGen) chain() {
	e := g.fresh()
	g.line("try:")
	g.line("    try:")
	g.line("        %s", [...]string{"1 / 0", "[][1]", "{}['x']", "int('z')"}[g.choose(4)])
	g.line("    except Exception as inner:")
	g.line("        raise %s%s", [...]string{"ValueError('v')", "KeyError(1)", "RuntimeError"}[g.choose(3)], [...]string{"", " from inner", " from None"}[g.choose(3)])
	g.line("except Exception as %s:", e)
	g.line("    print(repr(%s), repr(%s.__cause__), repr(%s.__context__), %s.__suppress_context__)", e, e, e, e)
}

func (g *progGen) loopBody() {
	saved := g.inLoop
	g.inLoop = true
	g.body()
	g.inLoop = saved
	if g.choose(3) == 1 {
		g.line("else:")
		g.body()
	}
}

// jump writes a statement that leaves a block: return, yield, break,
// continue, or a plain statement where none of them is allowed.
func (g *progGen) jump() {
	switch {
	case g.inLoop && g.choose(2) == 1:
		g.line("%s", [...]string{"break", "continue"}[g.choose(2)])
	case g.inGen && g.choose(2) == 1:
		g.line("yield %s", g.expr())
	case g.inFunc:
		g.line("return %s", g.expr())
	default:
		g.line("pass")
	}
}

func (g *progGen) tryStmt() {
	g.line("try:")
	g.body()
	finally := g.choose(2) == 1
	n := g.choose(3)
	if n == 0 && !finally {
		n = 1
	}
	for i := 0; i < n; i++ {
		switch g.choose(3) {
		case 0:
			g.line("except Exception as %s:", g.fresh())
		case 1:
			g.line("except (ValueError, KeyError):")
		default:
			g.line("except ZeroDivisionError:")
		}
		g.body()
	}
	if n > 0 && g.choose(2) == 1 {
		g.line("else:")
		g.body()
	}
	if finally {
		g.line("finally:")
		g.body()
	}
}

func (g *progGen) funcDef(generator bool) {
	name := g.fresh()
	if g.choose(3) == 1 {
		g.line("@(lambda f: f)")
	}
	g.line("def %s(%s):", name, g.params())
	saved := [...]bool{g.inLoop, g.inFunc, g.inGen}
	g.inLoop, g.inFunc, g.inGen = false, true, generator
	g.ind++
	if g.choose(4) == 1 {
		g.line("global a")
	}
	if generator {
		g.line("yield %s", g.expr())
	}
	g.ind--
	g.body()
	g.inLoop, g.inFunc, g.inGen = saved[0], saved[1], saved[2]
	if generator {
		g.line("print(list(%s(%s)))", name, g.args())
	} else {
		g.line("print(%s(%s))", name, g.args())
	}
}

// closure writes a function that rebinds a variable of the enclosing
// function through nonlocal, and calls it.
func (g *progGen) closure() {
	outer, inner, v := g.fresh(), g.fresh(), g.fresh()
	g.line("def %s():", outer)
	g.ind++
	g.line("%s = %s", v, g.expr())
	g.line("def %s():", inner)
	g.ind++
	g.line("nonlocal %s", v)
	g.line("%s = %s", v, g.expr())
	g.line("return %s", v)
	g.ind--
	g.line("return %s(), %s", inner, v)
	g.ind--
	g.line("print(%s())", outer)
}

func (g *progGen) classDef() {
	name := "C" + g.fresh()
	base := ""
	if g.choose(2) == 1 {
		base = "(Obj)"
	}
	g.line("class %s%s:", name, base)
	g.ind++
	saved := [...]bool{g.inLoop, g.inFunc, g.inGen}
	g.inLoop, g.inFunc, g.inGen = false, false, false
	// The attribute and the default are evaluated in the class body.
	g.noWalrus++
	g.line("x = %s", g.expr())
	g.line("def meth(self, y=%s):", g.expr())
	g.noWalrus--
	g.inFunc = true
	g.body()
	if base != "" {
		g.line("def m(self, x=1):")
		g.ind++
		g.line("return super().m(x) + %s", g.expr())
		g.ind--
	}
	g.inLoop, g.inFunc, g.inGen = saved[0], saved[1], saved[2]
	g.ind--
	g.line("print(%s(%s).meth())", name, map[bool]string{true: "1", false: ""}[base != ""])
}

func (g *progGen) params() string {
	return [...]string{"", "x", "x, y=1", "*args", "x, *, k=2", "x=1, **kw", "x, /, y=0"}[g.choose(7)]
}

func (g *progGen) args() string {
	return [...]string{"", "1", "1, 2", "*c", "x=1", "**d"}[g.choose(6)]
}

func (g *progGen) target() string {
	return [...]string{"a", "(a, b)", "a, *b", "o.v", "c[0]"}[g.choose(5)]
}

func (g *progGen) iterable() string {
	return [...]string{"c", "range(3)", "s", "d", "[(1, 2), (3, 4)]", "(x for x in c)", "zip(c, s)"}[g.choose(7)]
}

// expr returns an expression; deep nesting ends in literals and names.
func (g *progGen) expr() string {
	g.depth++
	defer func() { g.depth-- }()
	if g.depth > 4 {
		return [...]string{"1", "a", "s"}[g.choose(3)]
	}
	switch g.choose(30) {
	case 0:
		return fmt.Sprint(g.choose(10))
	case 22:
		return [...]string{"-2", "2.5", "-0.0", "1e300", "7 // -2", "-7 % 3", "2**64", "0.1"}[g.choose(8)]
	case 23:
		return [...]string{"min", "max", "sorted", "sum", "any", "all", "tuple", "list", "set", "enumerate", "reversed", "bool", "int", "float", "round", "abs", "hash"}[g.choose(17)] + "(" + g.expr() + ")"
	case 24:
		return [...]string{"d.get(", "d.pop(", "d.setdefault(", "c.count(", "c.index(", "getattr(o, 'v', ", "isinstance(", "divmod(7, ", "pow(3, ", "round(2.5, "}[g.choose(10)] + g.expr() + ")"
	case 25:
		return [...]string{"c.append(", "c.insert(0, ", "c.extend(", "c.remove(", "d.update(", "s.__contains__("}[g.choose(6)] + g.expr() + ")"
	case 26:
		return g.name() + "[" + g.expr() + ":" + g.expr() + ":" + [...]string{"1", "-1", "2", "-2"}[g.choose(4)] + "]"
	case 27:
		return "f'{" + g.name() + [...]string{":>8", ":.3", ":x", ":,", ":08.2f", "!r", ":^5", ":+"}[g.choose(8)] + "}'"
	case 28:
		return "sorted(" + g.iterable() + ", key=" + [...]string{"repr", "str", "lambda v: -hash(v)", "len"}[g.choose(4)] + ", reverse=" + [...]string{"True", "False"}[g.choose(2)] + ")"
	case 29:
		wrap := [...][2]string{{"list(map(abs, ", "))"}, {"list(filter(None, ", "))"}, {"list(zip(c, ", "))"}, {"dict(zip(c, ", "))"}, {"list(map(str, ", "))"}}[g.choose(5)]
		return wrap[0] + g.iterable() + wrap[1]
	case 1:
		return g.name()
	case 2:
		return [...]string{"'x'", "''", "None", "True", "1.5", "10**20", "b'by'"}[g.choose(7)]
	case 3:
		ops := [...]string{"+", "-", "*", "/", "//", "%", "**", "&", "|", "^", "<<", ">>", "@"}
		return "(" + g.expr() + " " + ops[g.choose(len(ops))] + " " + g.expr() + ")"
	case 4:
		cmps := [...]string{"<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not"}
		return "(" + g.expr() + " " + cmps[g.choose(len(cmps))] + " " + g.expr() + " " + cmps[g.choose(len(cmps))] + " " + g.expr() + ")"
	case 5:
		return "(" + g.expr() + [...]string{" and ", " or "}[g.choose(2)] + g.expr() + ")"
	case 6:
		return "(" + [...]string{"not ", "-", "~", "+"}[g.choose(4)] + g.expr() + ")"
	case 7:
		return [...]string{"fn", "len", "abs", "str", "repr", "list", "sorted", "o.m"}[g.choose(8)] + "(" + g.expr() + ")"
	case 8:
		switch g.choose(4) {
		case 0:
			return "[" + g.expr() + ", *" + g.iterable() + "]"
		case 1:
			return "(" + g.expr() + ", " + g.expr() + ")"
		case 2:
			return "{" + g.expr() + ": " + g.expr() + ", **d}"
		default:
			return "{" + g.expr() + ", " + g.expr() + "}"
		}
	case 9:
		return g.comprehension()
	case 10:
		g.noYield++
		defer func() { g.noYield-- }()
		return "(lambda " + g.params() + ": " + g.expr() + ")"
	case 11:
		return "(" + g.expr() + " if " + g.expr() + " else " + g.expr() + ")"
	case 12:
		return g.name() + "[" + g.expr() + "]"
	case 13:
		return [...]string{"o.v", "o.m()", "o.m(x=2)", "s[1:]", "c[::-1]"}[g.choose(5)]
	case 14:
		if g.noWalrus > 0 {
			return "b"
		}
		return "(" + g.fresh() + " := " + g.expr() + ")"
	case 15:
		if g.inGen && g.noYield == 0 {
			return "(yield " + g.expr() + ")"
		}
		return "a"
	case 16:
		return "f'{" + g.name() + "!r:>4}-{" + g.name() + ":3}'"
	case 17:
		return "fn(" + g.expr() + ", " + g.expr() + ", k=" + g.expr() + ")"
	case 18:
		g.noYield++
		defer func() { g.noYield-- }()
		return "[" + g.expr() + " for _ in range(2) if " + g.expr() + "]"
	case 19:
		return "sum(" + g.comprehension() + ")"
	case 20:
		return "(" + g.expr() + ")(" + g.args() + ")"
	default:
		return "CM(" + g.expr() + ").v"
	}
}

func (g *progGen) comprehension() string {
	g.noYield++
	defer func() { g.noYield-- }()
	v := g.fresh()
	it := g.iterable()
	cond := ""
	if g.choose(2) == 1 {
		cond = " if " + g.expr()
	}
	switch g.choose(4) {
	case 0:
		return "[" + v + " for " + v + " in " + it + cond + "]"
	case 1:
		return "{" + v + " for " + v + " in " + it + cond + "}"
	case 2:
		return "{" + v + ": " + g.expr() + " for " + v + " in " + it + cond + "}"
	default:
		return "(" + g.expr() + " for " + v + " in " + it + cond + ")"
	}
}
