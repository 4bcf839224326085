class Token:
    __slots__ = ('kind', 'value')
    def __init__(self, kind, value):
        self.kind = kind
        self.value = value
    def __repr__(self):
        return f'Token({self.kind!r}, {self.value!r})'

def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch in ' \t':
            i += 1
            continue
        if ch in '0123456789':
            j = i
            while j < len(src) and src[j] in '0123456789.':
                j += 1
            text = src[i:j]
            yield Token('num', float(text) if '.' in text else int(text))
            i = j
            continue
        if ch in '+-*/()%^':
            yield Token('op', ch)
            i += 1
            continue
        raise SyntaxError(f'unexpected {ch!r} at {i}')

class Parser:
    def __init__(self, tokens):
        self.tokens = list(tokens)
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None
    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok
    def expr(self):
        left = self.term()
        while (tok := self.peek()) is not None and tok.value in ('+', '-'):
            self.take()
            right = self.term()
            left = left + right if tok.value == '+' else left - right
        return left
    def term(self):
        left = self.factor()
        while (tok := self.peek()) is not None and tok.value in ('*', '/', '%'):
            self.take()
            right = self.factor()
            match_ops = {'*': lambda a, b: a * b, '/': lambda a, b: a / b, '%': lambda a, b: a % b}
            left = match_ops[tok.value](left, right)
        return left
    def factor(self):
        base = self.unary()
        if (tok := self.peek()) is not None and tok.value == '^':
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        tok = self.take()
        if tok is None:
            raise SyntaxError('unexpected end')
        if tok.value == '-':
            return -self.unary()
        if tok.value == '(':
            v = self.expr()
            closing = self.take()
            if closing is None or closing.value != ')':
                raise SyntaxError('missing )')
            return v
        if tok.kind == 'num':
            return tok.value
        raise SyntaxError(f'unexpected {tok!r}')

for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-4 + 10 % 3', '7 / 2', '1.5 * 4', '2 * (3 + 4) - -1', '1 +', '(2', '3 $ 4', '10 / 0', '2 ^ 100']:
    try:
        print(src, '=', Parser(tokenize(src)).expr())
    except (SyntaxError, ZeroDivisionError) as e:
        print(src, '->', type(e).__name__, e)
print(list(tokenize('12+3.5')))
