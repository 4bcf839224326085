class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(f'{item}: wanted {wanted}, have {have}')
        self.item = item

class Item:
    count = 0
    def __init__(self, name, price, qty=0):
        Item.count += 1
        self.name, self.price, self.qty = name, price, qty
    def __repr__(self):
        return f'Item({self.name!r}, {self.price}, qty={self.qty})'
    def __eq__(self, other):
        return isinstance(other, Item) and (self.name, self.price) == (other.name, other.price)
    def __hash__(self):
        return hash((self.name, self.price))
    def __lt__(self, other):
        return (self.price, self.name) < (other.price, other.name)

class Inventory:
    def __init__(self, *items):
        self.items = {i.name: i for i in items}
    def __len__(self):
        return sum(i.qty for i in self.items.values())
    def __contains__(self, name):
        return name in self.items and self.items[name].qty > 0
    def __iter__(self):
        return iter(sorted(self.items.values()))
    def __getitem__(self, name):
        try:
            return self.items[name]
        except KeyError:
            raise KeyError(f'no item {name!r}') from None
    def take(self, name, n=1):
        item = self[name]
        if item.qty < n:
            raise OutOfStock(name, n, item.qty)
        item.qty -= n
        return item.price * n
    def total_value(self):
        return round(sum(i.price * i.qty for i in self), 2)

inv = Inventory(Item('apple', 0.5, 10), Item('pear', 0.75, 4), Item('fig', 2.0), Item('kiwi', 0.5, 3))
print(len(inv), 'apple' in inv, 'fig' in inv, 'plum' in inv)
print(list(inv))
print(inv.take('apple', 3), inv.take('kiwi'), inv.total_value())
for name, n in [('pear', 10), ('plum', 1), ('fig', 1)]:
    try:
        inv.take(name, n)
    except OutOfStock as e:
        print('OutOfStock', e, e.item, isinstance(e, Exception))
    except KeyError as e:
        print('KeyError', e, e.__suppress_context__)
print(Item.count, len({Item('a', 1), Item('a', 1), Item('b', 1)}), Item('a', 1) == Item('a', 1.0))
by_price = {}
for item in inv:
    by_price.setdefault(item.price, []).append(item.name)
print(by_price, max(inv), min(inv, key=lambda i: -i.qty))
