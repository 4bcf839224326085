class A:
    __secret = 1

    def __init__(self, __arg=0):
        self.__x = __arg
        __local = self.__secret
        self.__y__ = __local

    def __private(self):
        return [__v for __v in self.__x], lambda: self.__private


class __Dunder:
    def f(self):
        return self.__v
