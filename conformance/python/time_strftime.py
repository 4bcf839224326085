import time
t = (2024, 3, 5, 7, 8, 9, 1, 65, 0)
for f in ['%a %A %b %B %c', '%d %e %D %F %g %G %h %H %I %j %k %l %m %M %n %p %P %r %R %S %t %T %u %U %V %w %W %x %X %y %Y %C %%',
          '%-d %_d %0e %^a %#Z %10Y %-H %5d %^B %#b %Ey %Od %Q %', '100%% %Y%', '%4C', 'plain text', '']:
    print(repr(time.strftime(f, t)))
for y in [1, 99, 999, 1000, 9999]:
    print(repr(time.strftime('%Y %G %C %y %g', (y, 1, 1, 0, 0, 0, 0, 1, 0))))
print(time.strftime('%U %W %V %j', (2021, 1, 1, 0, 0, 0, 4, 1, 0)), time.strftime('%U %W %V %G', (2021, 12, 31, 0, 0, 0, 4, 365, 0)))
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1234567890)))
print(time.strftime('%Y', (2020, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime('%Z|%z', time.gmtime(0)))
