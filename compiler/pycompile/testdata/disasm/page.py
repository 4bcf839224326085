page.title = "Hello"
items = [1, 2, 3]
page.items = [i * 2 for i in items]
page = None
print(undefined_name, eval("1"))
