del f'{x}'
