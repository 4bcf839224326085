from operator import itemgetter, attrgetter

records = [{"name": "a", "age": 3}, {"name": "b"}]
get_age = itemgetter("age")
print(get_age(records[0]))
print(attrgetter("__class__.__name__")(5))
print(get_age(records[1]))
