x = ‘hello’
