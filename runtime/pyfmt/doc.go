// Package pyfmt implements CPython 3.11's number and string formatting and
// parsing on plain Go values (int64, *big.Int, float64, string), byte for
// byte, including error messages.
//
//   - repr: FloatRepr (repr and str of a float), StrRepr, EscapeASCII.
//   - format(x, spec): ParseSpec, FormatInt, FormatBigInt, FormatBool,
//     FormatFloat, FormatStr, FormatObject.
//   - str % args: Percent, driven through PercentArgs and PercentValue.
//   - str.format: ParseFormatString, and FormatString, which evaluates the
//     fields through a FormatEnv in CPython's order.
//   - int() and float(): ParseInt, ParseFloat; str(int): IntToString;
//     IntToFloat, FloatToInt.
//   - round(): Round, RoundToInt, RoundInt.
//   - Arithmetic: FloatDivMod, FloatFloorDiv, FloatMod, FloatPow, IntPow
//     (negative exponents), IntTrueDiv, IntDivMod, IntFloorDiv, IntMod.
//   - float methods: FloatHex, FloatFromHex, AsIntegerRatio, IsInteger.
//   - hash(): HashInt, HashBigInt, HashFloat, HashTuple.
//
// The package does not know the VM. Where CPython calls back into an object
// (str(), repr(), __getitem__, getattr, format()), the functions take an
// interface that the VM implements, and the errors it returns are passed
// through unchanged.
//
// # Errors
//
// Every error this package produces is an *Error: Class names the Python
// exception to raise (ValueError, TypeError, OverflowError,
// ZeroDivisionError, IndexError, MemoryError) and Msg is CPython's message,
// the exception's only argument. The one exception is ErrComplexResult from
// FloatPow and IntPow, where CPython returns a complex number.
//
// # Strings
//
// Strings are Go strings holding UTF-8. Widths, precisions and the indexes
// in error messages count code points, as in CPython. Lone surrogates cannot
// be represented in UTF-8 and are out of scope. The Unicode properties
// (decimal digits, whitespace, printable) are Python 3.11's (Unicode 14.0),
// generated into unicode_tables.go by gen_unicode.py.
//
// # Split of responsibilities with the VM
//
// format(x, "") is str(x) in CPython. FormatInt, FormatBigInt, FormatFloat
// and FormatStr return str(x) for an empty spec; bool uses FormatBool
// ('True'/'False' for an empty spec, int formatting with 'bool' in messages
// otherwise); None and any object without its own __format__ use
// FormatObject. The VM picks the function from the value's type.
//
// # Tests
//
// testdata/gen.py, run with CPython 3.11 (/usr/bin/python3 gen.py in
// testdata), writes the reference tables that the table tests compare with.
package pyfmt
