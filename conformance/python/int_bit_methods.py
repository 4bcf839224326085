for n in [0, 1, -1, 5, -5, 255, 256, 2**63 - 1, -2**63, 2**64, -2**100 + 1, True, False]:
    print(n, n.bit_length(), n.bit_count())
print((12).bit_length.__name__, int.bit_length(1024), int.bit_count(-7))
try:
    (5).bit_length(1)
except TypeError as e:
    print(e)
try:
    int.bit_count("5")
except TypeError as e:
    print(e)
