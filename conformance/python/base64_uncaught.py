import base64

token = base64.urlsafe_b64encode(b"user:42")
print(token, base64.urlsafe_b64decode(token))
print(base64.b64decode(b"bad=", validate=True))
