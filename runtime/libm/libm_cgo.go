//go:build cgo

package libm

// #cgo LDFLAGS: -lm
// #include <math.h>
import "C"

// Acos is the C library's acos(x).
func Acos(x float64) float64 { return float64(C.acos(C.double(x))) }

// Acosh is the C library's acosh(x).
func Acosh(x float64) float64 { return float64(C.acosh(C.double(x))) }

// Asin is the C library's asin(x).
func Asin(x float64) float64 { return float64(C.asin(C.double(x))) }

// Asinh is the C library's asinh(x).
func Asinh(x float64) float64 { return float64(C.asinh(C.double(x))) }

// Atan is the C library's atan(x).
func Atan(x float64) float64 { return float64(C.atan(C.double(x))) }

// Atanh is the C library's atanh(x).
func Atanh(x float64) float64 { return float64(C.atanh(C.double(x))) }

// Cbrt is the C library's cbrt(x).
func Cbrt(x float64) float64 { return float64(C.cbrt(C.double(x))) }

// Cos is the C library's cos(x).
func Cos(x float64) float64 { return float64(C.cos(C.double(x))) }

// Cosh is the C library's cosh(x).
func Cosh(x float64) float64 { return float64(C.cosh(C.double(x))) }

// Erf is the C library's erf(x).
func Erf(x float64) float64 { return float64(C.erf(C.double(x))) }

// Erfc is the C library's erfc(x).
func Erfc(x float64) float64 { return float64(C.erfc(C.double(x))) }

// Exp is the C library's exp(x).
func Exp(x float64) float64 { return float64(C.exp(C.double(x))) }

// Exp2 is the C library's exp2(x).
func Exp2(x float64) float64 { return float64(C.exp2(C.double(x))) }

// Expm1 is the C library's expm1(x).
func Expm1(x float64) float64 { return float64(C.expm1(C.double(x))) }

// Log is the C library's log(x).
func Log(x float64) float64 { return float64(C.log(C.double(x))) }

// Log10 is the C library's log10(x).
func Log10(x float64) float64 { return float64(C.log10(C.double(x))) }

// Log1p is the C library's log1p(x).
func Log1p(x float64) float64 { return float64(C.log1p(C.double(x))) }

// Log2 is the C library's log2(x).
func Log2(x float64) float64 { return float64(C.log2(C.double(x))) }

// Sin is the C library's sin(x).
func Sin(x float64) float64 { return float64(C.sin(C.double(x))) }

// Sinh is the C library's sinh(x).
func Sinh(x float64) float64 { return float64(C.sinh(C.double(x))) }

// Tan is the C library's tan(x).
func Tan(x float64) float64 { return float64(C.tan(C.double(x))) }

// Tanh is the C library's tanh(x).
func Tanh(x float64) float64 { return float64(C.tanh(C.double(x))) }

// Atan2 is the C library's atan2(x, y).
func Atan2(x, y float64) float64 { return float64(C.atan2(C.double(x), C.double(y))) }

// Exact reports whether the functions are the C library's (cgo builds).
const Exact = true

// Pow is the C library's pow(x, y).
func Pow(x, y float64) float64 { return float64(C.pow(C.double(x), C.double(y))) }

// Mod is the C library's fmod(x, y).
func Mod(x, y float64) float64 { return float64(C.fmod(C.double(x), C.double(y))) }
