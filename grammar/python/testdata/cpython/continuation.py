x = 1 + \
    2
if a and \
   b:
    pass
y = (1 +
     2)
z = [1,
     2,  # comment
     3]
# a comment
   # indented comment


	# tab comment
w = {  # comment after brace
    "a": 1,
}
v = 1
u = 1    + 2
if x:
    pass

    # comment in block
    t = 1
for i in (
        range(3)):
    pass
s = 1;  # trailing semicolon
assert x, \
    "message"
