def brk():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out

def cont():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out

def nested():
    out = []
    for i in range(3):
        for j in range(3):
            try:
                try:
                    if j == 1:
                        continue
                    if i == 2:
                        break
                    out.append((i, j))
                finally:
                    out.append('in')
            finally:
                out.append('out')
    return out

def while_finally():
    i = 0
    log = []
    while True:
        try:
            i += 1
            if i > 3:
                break
            if i == 2:
                continue
            log.append(i)
        finally:
            log.append(-i)
    return log

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return 'broke with', i

print(brk()); print(cont()); print(nested()); print(while_finally()); print(break_in_finally())
