def post():
    page.csrf_protect
    return "valid"
