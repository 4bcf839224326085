x = = 1
y = 1 \ 2
z = "abc
