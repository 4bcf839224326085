class O: pass
for obj in [O(), 'abc', (1,), range(3), 5, None]:
    for key in [10**20, 1, 'k']:
        try:
            obj[key] = 1
        except Exception as e: print('set', type(obj).__name__, repr(key)[:5], type(e).__name__, e)
        try:
            del obj[key]
        except Exception as e: print('del', type(obj).__name__, repr(key)[:5], type(e).__name__, e)
