greeting = f"Hello {name!r:>{width}} and {other=}, {{literal}}"
multi = ("a" f"b{c}"
         f"d{e:%Y}")
