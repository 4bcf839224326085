match x:
 case [,]: pass
