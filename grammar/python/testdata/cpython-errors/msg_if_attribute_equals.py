if user.active = True:
    pass
