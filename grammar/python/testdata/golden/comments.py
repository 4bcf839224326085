#!/usr/bin/env python
# leading comment
x = 1  # trailing comment
y = [
    1,  # inside brackets
    # own line inside brackets
    2,
]
def f():
    # in a block
    return x  # after return
# final comment
