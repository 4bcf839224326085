match command:
    case "quit":
        pass
    case 1:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 0j:
        pass
    case b"bytes":
        pass
    case "a" "b":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case x:
        pass
    case _:
        pass
match point:
    case Point.ORIGIN:
        pass
    case a.b.c:
        pass
    case (x):
        pass
    case (x as y):
        pass
    case [x, y]:
        pass
    case [x, y,]:
        pass
    case []:
        pass
    case ():
        pass
    case (x,):
        pass
    case (x, y):
        pass
    case x, y:
        pass
    case x, *rest:
        pass
    case *rest, x:
        pass
    case [*_]:
        pass
    case [1, *_, 2]:
        pass
    case {}:
        pass
    case {"a": 1}:
        pass
    case {"a": 1, "b": x,}:
        pass
    case {1: x, -2: y, 3 + 4j: z, None: a, True: b, False: c, K.v: d}:
        pass
    case {**rest}:
        pass
    case {"a": _, **rest}:
        pass
    case Point():
        pass
    case Point(1, 2):
        pass
    case Point(x=1, y=2):
        pass
    case Point(1, y=2,):
        pass
    case mod.Point(x, y=[1, *z]):
        pass
    case 1 | 2 | 3:
        pass
    case [1 | 2] | (3 | 4):
        pass
    case (1 | 2) as x:
        pass
    case [x] as y if y:
        pass
    case x if x > 0:
        pass
    case {"k": [Point(x=0) as p, *_]} if p:
        pass
    case Point(x=0) | Point(y=0) as p:
        pass
    case "a" | "b" as s:
        pass
match x, y:
    case a, b:
        pass
match x,:
    case _:
        pass
match *a, b:
    case _:
        pass
match (x):
    case _:
        pass
match [x]:
    case _:
        pass
match -x:
    case _:
        pass
match x := 1:
    case _:
        pass
match f(x):
    case _:
        pass
match x:
    case y: pass
    case z: pass
