//go:build !cgo

package libm

import "math"

// Acos is the C library's acos(x) (here math.Acos).
func Acos(x float64) float64 { return math.Acos(x) }

// Acosh is the C library's acosh(x) (here math.Acosh).
func Acosh(x float64) float64 { return math.Acosh(x) }

// Asin is the C library's asin(x) (here math.Asin).
func Asin(x float64) float64 { return math.Asin(x) }

// Asinh is the C library's asinh(x) (here math.Asinh).
func Asinh(x float64) float64 { return math.Asinh(x) }

// Atan is the C library's atan(x) (here math.Atan).
func Atan(x float64) float64 { return math.Atan(x) }

// Atanh is the C library's atanh(x) (here math.Atanh).
func Atanh(x float64) float64 { return math.Atanh(x) }

// Cbrt is the C library's cbrt(x) (here math.Cbrt).
func Cbrt(x float64) float64 { return math.Cbrt(x) }

// Cos is the C library's cos(x) (here math.Cos).
func Cos(x float64) float64 { return math.Cos(x) }

// Cosh is the C library's cosh(x) (here math.Cosh).
func Cosh(x float64) float64 { return math.Cosh(x) }

// Erf is the C library's erf(x) (here math.Erf).
func Erf(x float64) float64 { return math.Erf(x) }

// Erfc is the C library's erfc(x) (here math.Erfc).
func Erfc(x float64) float64 { return math.Erfc(x) }

// Exp is the C library's exp(x) (here math.Exp).
func Exp(x float64) float64 { return math.Exp(x) }

// Exp2 is the C library's exp2(x) (here math.Exp2).
func Exp2(x float64) float64 { return math.Exp2(x) }

// Expm1 is the C library's expm1(x) (here math.Expm1).
func Expm1(x float64) float64 { return math.Expm1(x) }

// Log is the C library's log(x) (here math.Log).
func Log(x float64) float64 { return math.Log(x) }

// Log10 is the C library's log10(x) (here math.Log10).
func Log10(x float64) float64 { return math.Log10(x) }

// Log1p is the C library's log1p(x) (here math.Log1p).
func Log1p(x float64) float64 { return math.Log1p(x) }

// Log2 is the C library's log2(x) (here math.Log2).
func Log2(x float64) float64 { return math.Log2(x) }

// Sin is the C library's sin(x) (here math.Sin).
func Sin(x float64) float64 { return math.Sin(x) }

// Sinh is the C library's sinh(x) (here math.Sinh).
func Sinh(x float64) float64 { return math.Sinh(x) }

// Tan is the C library's tan(x) (here math.Tan).
func Tan(x float64) float64 { return math.Tan(x) }

// Tanh is the C library's tanh(x) (here math.Tanh).
func Tanh(x float64) float64 { return math.Tanh(x) }

// Atan2 is the C library's atan2(x, y) (here math.Atan2).
func Atan2(x, y float64) float64 { return math.Atan2(x, y) }

// Exact reports whether the functions are the C library's (cgo builds).
const Exact = false

// Pow is the C library's pow(x, y) (here math.Pow).
func Pow(x, y float64) float64 { return math.Pow(x, y) }

// Mod is the C library's fmod(x, y) (here math.Mod).
func Mod(x, y float64) float64 { return math.Mod(x, y) }
