x = "\N{NO SUCH NAME}"
_after_error = 1
