records = [{"name": "b", "age": 3}, {"name": "a"}]
print(sorted(records, key=lambda r: r["name"]))
print(sorted(records, key=lambda r: r["age"]))
