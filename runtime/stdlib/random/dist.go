package random

import (
	"crypto/rand"
	"math"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/libm"
	"github.com/hyperflask/hfc/runtime/vm"
)

// The constants of random.py, computed with the C library as CPython does.
var (
	nvMagic     = 4 * libm.Exp(-0.5) / math.Sqrt(2.0)
	log4        = libm.Log(4.0)
	sgMagic     = 1.0 + libm.Log(4.5)
	twoPi       = 2 * math.Pi
	floatOne    = vm.Float(1.0)
	floatZero   = vm.Float(0.0)
	floatLog4   = vm.Float(log4)
	floatMagic  = vm.Float(sgMagic)
	floatFourHf = vm.Float(4.5)
)

func systemBytes(n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return b
}

func domainError(th *vm.Thread) error { return th.Raise(vm.ValueErrorClass, "math domain error") }

// The math functions random.py imports, with math's error checks.

func (a *arith) log(x vm.Value) float64 {
	f := a.float(x)
	if a.err != nil {
		return 0
	}
	if f <= 0 || math.IsInf(f, -1) {
		a.err = domainError(a.th)
		return 0
	}
	return libm.Log(f)
}

func (a *arith) exp(x vm.Value) float64 {
	f := a.float(x)
	if a.err != nil {
		return 0
	}
	r := libm.Exp(f)
	if math.IsInf(r, 0) && !math.IsInf(f, 0) && !math.IsNaN(f) {
		a.err = a.th.Raise(vm.OverflowErrorClass, "math range error")
	}
	return r
}

func (a *arith) sqrt(x vm.Value) float64 {
	f := a.float(x)
	if a.err != nil {
		return 0
	}
	if f < 0 {
		a.err = domainError(a.th)
		return 0
	}
	return math.Sqrt(f)
}

func (a *arith) acos(x vm.Value) float64 {
	f := a.float(x)
	if a.err != nil {
		return 0
	}
	r := libm.Acos(f)
	if math.IsNaN(r) && !math.IsNaN(f) {
		a.err = domainError(a.th)
	}
	return r
}

// powFloat is float ** float for a positive base (CPython's float_pow).
func powFloat(th *vm.Thread, x, y float64, errp *error) vm.Value {
	r := libm.Pow(x, y)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		*errp = th.Raise(vm.OverflowErrorClass, "(34, 'Numerical result out of range')")
		return vm.None
	}
	return vm.Float(r)
}

func (r *Random) rnd() vm.Value { return vm.Float(r.random()) }

func addDistributions(c *vm.Class) {
	dist := func(name string, params []param, fn func(a *arith, r *Random, p []vm.Value) vm.Value) {
		method(c, name, func(th *vm.Thread, r *Random, args []vm.Value, kwnames []string) (vm.Value, error) {
			p, err := bind(th, "Random."+name, args, kwnames, params)
			if err != nil {
				return nil, err
			}
			a := &arith{th: th}
			v := fn(a, r, p)
			if a.err != nil {
				return nil, a.err
			}
			return v, nil
		})
	}
	dist("uniform", []param{{name: "a"}, {name: "b"}}, func(a *arith, r *Random, p []vm.Value) vm.Value {
		d := a.sub(p[1], p[0])
		if a.err != nil {
			return nil
		}
		return a.add(p[0], a.mul(d, r.rnd()))
	})
	dist("triangular", []param{{name: "low", def: vm.Float(0)}, {name: "high", def: floatOne}, {name: "mode", def: vm.None}},
		func(a *arith, r *Random, p []vm.Value) vm.Value {
			low, high, mode := p[0], p[1], p[2]
			u := r.rnd()
			var c vm.Value = vm.Float(0.5)
			if !vm.Is(mode, vm.None) {
				c = a.div(a.sub(mode, low), a.sub(high, low))
				if e, ok := a.err.(*vm.Exception); ok && e.Matches(vm.ZeroDivisionErrorClass) {
					a.err = nil
					return low
				}
			}
			if a.cmp(bytecode.CmpGT, u, c) {
				u = a.sub(floatOne, u)
				c = a.sub(floatOne, c)
				low, high = high, low
			}
			return a.add(low, a.mul(a.sub(high, low), vm.Float(a.sqrt(a.mul(u, c)))))
		})
	dist("normalvariate", []param{{name: "mu", def: vm.Float(0)}, {name: "sigma", def: floatOne}}, func(a *arith, r *Random, p []vm.Value) vm.Value {
		return a.add(p[0], a.mul(vm.Float(r.normal()), p[1]))
	})
	dist("gauss", []param{{name: "mu", def: vm.Float(0)}, {name: "sigma", def: floatOne}}, func(a *arith, r *Random, p []vm.Value) vm.Value {
		z := r.gaussNext
		r.gaussNext = vm.None
		if vm.Is(z, vm.None) {
			x2pi := r.random() * twoPi
			g2rad := math.Sqrt(-2.0 * a.log(vm.Float(1.0-r.random())))
			z = vm.Float(libm.Cos(x2pi) * g2rad)
			r.gaussNext = vm.Float(libm.Sin(x2pi) * g2rad)
		}
		return a.add(p[0], a.mul(z, p[1]))
	})
	dist("lognormvariate", []param{{name: "mu"}, {name: "sigma"}}, func(a *arith, r *Random, p []vm.Value) vm.Value {
		n := a.add(p[0], a.mul(vm.Float(r.normal()), p[1]))
		return vm.Float(a.exp(n))
	})
	dist("expovariate", []param{{name: "lambd"}}, func(a *arith, r *Random, p []vm.Value) vm.Value {
		return a.div(vm.Float(-a.log(vm.Float(1.0-r.random()))), p[0])
	})
	dist("vonmisesvariate", []param{{name: "mu"}, {name: "kappa"}}, func(a *arith, r *Random, p []vm.Value) vm.Value {
		mu, kappa := p[0], p[1]
		if a.cmp(bytecode.CmpLE, kappa, vm.Float(1e-06)) {
			return vm.Float(twoPi * r.random())
		}
		s := a.div(vm.Float(0.5), kappa)
		rr := a.add(s, vm.Float(a.sqrt(a.add(floatOne, a.mul(s, s)))))
		if a.err != nil {
			return nil
		}
		var z, q vm.Value
		for a.err == nil {
			u1 := r.random()
			z = vm.Float(libm.Cos(math.Pi * u1))
			d := a.div(z, a.add(rr, z))
			u2 := r.rnd()
			if a.cmp(bytecode.CmpLT, u2, a.sub(floatOne, a.mul(d, d))) ||
				a.cmp(bytecode.CmpLE, u2, a.mul(a.sub(floatOne, d), vm.Float(a.exp(d)))) {
				break
			}
		}
		q = a.div(floatOne, rr)
		f := a.div(a.add(q, z), a.add(floatOne, a.mul(q, z)))
		if a.err != nil {
			return nil
		}
		u3 := r.random()
		if u3 > 0.5 {
			return a.mod(a.add(mu, vm.Float(a.acos(f))), vm.Float(twoPi))
		}
		return a.mod(a.sub(mu, vm.Float(a.acos(f))), vm.Float(twoPi))
	})
	dist("gammavariate", []param{{name: "alpha"}, {name: "beta"}}, func(a *arith, r *Random, p []vm.Value) vm.Value {
		return r.gamma(a, p[0], p[1])
	})
	dist("betavariate", []param{{name: "alpha"}, {name: "beta"}}, func(a *arith, r *Random, p []vm.Value) vm.Value {
		y := r.gamma(a, p[0], floatOne)
		if a.err != nil {
			return vm.None
		}
		t, err := a.th.Truth(y)
		if err != nil {
			a.err = err
		}
		if t {
			return a.div(y, a.add(y, r.gamma(a, p[1], floatOne)))
		}
		return floatZero
	})
	dist("paretovariate", []param{{name: "alpha"}}, func(a *arith, r *Random, p []vm.Value) vm.Value {
		u := vm.Float(1.0 - r.random())
		return a.pow(u, a.div(vm.Float(-1.0), p[0]))
	})
	dist("weibullvariate", []param{{name: "alpha"}, {name: "beta"}}, func(a *arith, r *Random, p []vm.Value) vm.Value {
		u := vm.Float(1.0 - r.random())
		return a.mul(p[0], a.pow(vm.Float(-a.log(u)), a.div(floatOne, p[1])))
	})
}

// normal is the Kinderman and Monahan loop of normalvariate.
func (r *Random) normal() float64 {
	for {
		u1 := r.random()
		u2 := 1.0 - r.random()
		z := nvMagic * (u1 - 0.5) / u2
		zz := z * z / 4.0
		if zz <= -libm.Log(u2) {
			return z
		}
	}
}

// gamma is gammavariate(alpha, beta).
func (r *Random) gamma(a *arith, alpha, beta vm.Value) vm.Value {
	if a.cmp(bytecode.CmpLE, alpha, floatZero) || a.cmp(bytecode.CmpLE, beta, floatZero) {
		if a.err == nil {
			a.err = a.th.ValueError("gammavariate: alpha and beta must be > 0.0")
		}
		return vm.None
	}
	switch {
	case a.err != nil:
		return vm.None
	case a.cmp(bytecode.CmpGT, alpha, floatOne):
		ainv := vm.Float(a.sqrt(a.sub(a.mul(vm.Float(2.0), alpha), floatOne)))
		bbb := a.sub(alpha, floatLog4)
		ccc := a.add(alpha, ainv)
		for a.err == nil {
			u1 := r.random()
			if !(1e-07 < u1 && u1 < 0.9999999) {
				continue
			}
			u2 := 1.0 - r.random()
			v := a.div(vm.Float(a.log(vm.Float(u1/(1.0-u1)))), ainv)
			x := a.mul(alpha, vm.Float(a.exp(v)))
			z := vm.Float(u1 * u1 * u2)
			rr := a.sub(a.add(bbb, a.mul(ccc, v)), x)
			if a.cmp(bytecode.CmpGE, a.sub(a.add(rr, floatMagic), a.mul(floatFourHf, z)), floatZero) ||
				a.cmp(bytecode.CmpGE, rr, vm.Float(a.log(z))) {
				return a.mul(x, beta)
			}
		}
		return vm.None
	case a.cmp(bytecode.CmpEQ, alpha, floatOne):
		return a.mul(vm.Float(-a.log(vm.Float(1.0-r.random()))), beta)
	}
	var x vm.Value
	for a.err == nil {
		u := r.rnd()
		b := a.div(a.add(vm.Float(math.E), alpha), vm.Float(math.E))
		p := a.mul(b, u)
		if a.cmp(bytecode.CmpLE, p, floatOne) {
			x = a.pow(p, a.div(floatOne, alpha))
		} else {
			x = vm.Float(-a.log(a.div(a.sub(b, p), alpha)))
		}
		if a.err != nil {
			break
		}
		u1 := r.rnd()
		if a.cmp(bytecode.CmpGT, p, floatOne) {
			if a.cmp(bytecode.CmpLE, u1, a.pow(x, a.sub(alpha, floatOne))) {
				break
			}
		} else if a.cmp(bytecode.CmpLE, u1, vm.Float(a.exp(a.op(bytecode.OpSub, floatZero, x)))) {
			break
		}
	}
	return a.mul(x, beta)
}
