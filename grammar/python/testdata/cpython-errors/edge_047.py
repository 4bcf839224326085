@a.b.c
