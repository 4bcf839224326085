match x:
 case (,): pass
