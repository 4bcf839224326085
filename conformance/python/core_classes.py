class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + " (woof)"
d = Dog("rex")
a = Animal("generic")
print(d.speak(), a.speak(), d.kind, a.kind, Animal.count, d)
print(isinstance(d, Animal), isinstance(a, Dog), issubclass(Dog, Animal), type(d) is Dog)
print(Dog.__name__, Dog.__mro__, Dog.__bases__, d.__class__.__name__)
d.extra = 5
print(d.__dict__, hasattr(d, "extra"), getattr(d, "missing", "default"))
try:
    d.missing
except AttributeError as e:
    print(e)
try:
    Animal.nope
except AttributeError as e:
    print(e)
class Empty:
    pass
e = Empty()
print(type(e).__name__, isinstance(e, object))
try:
    Empty(1)
except TypeError as err:
    print(err)
