if x:
	pass
if y:
	if z:
		pass
	else:
		pass
def f():
	x = 1
	return x
class A:
	def m(self):
		if self:
			return 1
		return 2
x = [
	1,
		2,
]
y = 1	+	2
