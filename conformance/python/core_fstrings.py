name, n, f = "Ada", 42, 3.14159
print(f"{name} is {n} years", f"{n:>6}|{n:<6}|{n:^6}|", f"{f:.2f} {f:10.3e} {f:%}")
print(f"{n:08b} {n:x} {n:#X} {n:,} {1234567.891:,.2f} {n!r} {name!r} {name!s}")
print(f"{'nested ' + name.upper() if hasattr(name, 'upper') else ''}")
width = 8
print(f"{name:{width}}|", f"{f:{width}.{2}f}|", f"{{literal}}", f"{n=}", f"{n = }", f"{f=:.1f}")
print(f"{[1, 2][0]} {dict(a=1)['a']} {n * 2}")
print(f"{None} {True!s} {3.0} {1e20} {-0.0}")
