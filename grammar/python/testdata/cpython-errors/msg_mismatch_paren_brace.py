print(x}
