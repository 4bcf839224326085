x = await
_after_error = 1
