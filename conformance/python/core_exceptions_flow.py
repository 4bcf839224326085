def f(x):
    try:
        print("try", x)
        if x == 1:
            raise ValueError("one")
        if x == 2:
            return "returned"
    except ValueError as e:
        print("except", e)
        return "from except"
    else:
        print("else")
    finally:
        print("finally", x)
    return "end"
for i in range(3):
    print(f(i))
def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return i
print(g())
def h():
    try:
        return "try"
    finally:
        return "finally wins"
print(h())
def nested():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            raise ValueError("outer")
    except ValueError as e:
        print(repr(e), repr(e.__context__), e.__cause__)
nested()
def chained():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__), e.__suppress_context__)
chained()
