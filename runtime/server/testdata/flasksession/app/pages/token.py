from hyperflask import csrf_token


def get():
    return csrf_token()
