def encode(n):
    return n.to_bytes(1, "big")
print(encode(200))
print(encode(300))
