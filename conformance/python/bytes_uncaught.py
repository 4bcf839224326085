data = b'key=value;other=thing'
pairs = [p.partition(b'=') for p in data.split(b';')]
print([(k, v) for k, _, v in pairs])
print(b'%s:%d' % (b'count', len(pairs)))
b'\xe4\xb8'.decode()
