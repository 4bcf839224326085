f'{a $ b}'
