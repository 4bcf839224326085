def f():
    x = "f x"

    class C:
        y = x
        x = "C x"

        def m(self):
            return x

    return C
