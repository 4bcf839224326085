def search(items, target):
    for i, item in enumerate(items):
        if item == target:
            break
        if item is None:
            continue
    else:
        return -1
    while i > 0 and items[i - 1] != target:
        i -= 1
    return i


def safe(d, k):
    try:
        v = d[k]
    except KeyError as e:
        return repr(e)
    except (TypeError, ValueError):
        raise
    else:
        return v
    finally:
        print("done")


def managed(lock):
    with lock as held, open_other() as o:
        return held, o
