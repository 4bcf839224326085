class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__
        Plugin.registry.append(cls.plugin_name)

class A(Plugin):
    pass
class B(Plugin, name='bee'):
    pass
class C(B):
    pass
print(Plugin.registry, C.plugin_name)

class Strict:
    def __init_subclass__(cls):
        if not hasattr(cls, 'required'):
            raise TypeError(cls.__name__ + ' lacks required')
try:
    class Bad(Strict):
        pass
except TypeError as e:
    print('TypeError', e)
class Good(Strict):
    required = 1
print(Good.required)
try:
    class X(object, unknown=1):
        pass
except TypeError as e:
    print('TypeError', e)
