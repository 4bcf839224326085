match = 1
case = 2
_ = 3
match.x = 1
match[0] = 1
match(x)
match(x, y)
match -x
match * x
match, case = 1, 2
case(1)
print(match, case, _)
def match(case): return case
class case: pass
match: int = 1
x = match
match = case = _ = 0
import match
from case import _
for match in case: pass
match x:
    case case:
        pass
    case match:
        pass
match match:
    case _:
        pass
match(a)[b]
match[a]
