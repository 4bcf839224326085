import datetime
print(datetime.date(2024, 2, 29))
datetime.date(2023, 2, 29)
