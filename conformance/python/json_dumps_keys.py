import json
print(json.dumps({1: 1, 2.5: 2, True: 3, None: 4, False: 5, -0.0: 6, float("inf"): 7}))
print(json.dumps({3: "a", 1: "b", 2: "c"}, sort_keys=True))
print(json.dumps({"b": 1, "a": 2, "c": {"y": 1, "x": 2}}, sort_keys=True))
print(json.dumps({10**20: 1, -5: 2, 0.1: 3}))
print(json.dumps({(1, 2): 1, "a": 2, b"x": 3, frozenset(): 4}, skipkeys=True))
for d in [{(1, 2): 1}, {b"x": 1}, {1: 2, "a": 3}]:
    for kw in [{}, {"indent": 2}]:
        try:
            print(json.dumps(d, sort_keys=True, **kw))
        except TypeError as e:
            print("TypeError", e)
print(json.dumps({"z": 1, "y": 2, "x": 3, "w": 4, "b": 5, "a": 6}, sort_keys=True))
print(json.dumps({5: 1, 3: 2, 9: 3, 1: 4, 7: 5, 2: 6, 8: 7}, sort_keys=True))
