match yield:
 case _: pass
