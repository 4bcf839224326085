class A:
    @property
y = 1
