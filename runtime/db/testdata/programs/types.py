# Column types and the Python values read back (reference §8: str → text,
# int → integer, float → decimal, bool → boolean, datetime.* → date, time,
# datetime, dict → json). On SQLite values come back as SQLite stores
# them (booleans 0/1, dates as text); on PostgreSQL as its driver reads
# them (bool, datetime objects); whole decimals are ints on both.
# Expected output: hfc's.
import datetime
from hyperflask.factory import db


class Sample(db.Model):
    name: str
    count: int
    ratio: float
    flag: bool
    day: datetime.date
    at: datetime.time
    stamp: datetime.datetime
    data: dict
    raw: "blob"


db.create_all()
with db:
    Sample.create(name="a", count=2**40, ratio=2.5, flag=True, day=datetime.date(2024, 2, 29),
                  at="10:11:12", stamp=datetime.datetime(2024, 1, 2, 3, 4, 5, 6), data={"k": [1, None]},
                  raw=b"\x00\xff")
    Sample.create(name="b", ratio=3.0, flag=False)
    Sample.create()
for s in Sample.find_all(order_by="id"):
    print([(k, type(getattr(s, k)).__name__, str(getattr(s, k))) for k in Sample.c.names])
print(Sample.find_all(Sample.flag == True).first().name, Sample.find_all(count=2**40).first().name)
print([r.name for r in Sample.find_all("ratio > 2.7")], [r.name for r in Sample.find_all(Sample.name.in_(["a", "b"]))])


@db.sqlfunc
def stats():
    "SELECT COUNT(*) AS n, SUM(count) AS total, MAX(ratio) AS top FROM sample"


row = stats()[0]
print(row["n"], row["total"], row["top"])
# Parameters of another type than their column: SQLite converts them by
# the column's affinity, PostgreSQL types them from their place.
print([s.name for s in Sample.find_all(Sample.flag == 1)], [s.name for s in Sample.find_all(Sample.count > "5")])
