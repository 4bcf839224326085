package timefmt

import (
	"errors"
	"testing"
)

var zones = []string{"utc", "gmt"}

// FuzzStrptime checks that any data and format either fail with an *Error
// or give a valid date and time.
func FuzzStrptime(f *testing.F) {
	for _, c := range [][2]string{
		{"2024-03-05 10:11:12", "%Y-%m-%d %H:%M:%S"}, {"Tue Mar  5 07:08:09 2024", "%c"}, {"1112", "%d%m"},
		{"2024 W10 3", "%G W%V %u"}, {"+05:30:15.5", "%z"}, {"12 pm", "%I %p"}, {"2024 0 0", "%Y %U %w"},
		{"x", "%"}, {"a(c", "a(c"}, {"10:11:12.123456789", "%H:%M:%S.%f"}, {"UTC", "%Z"}, {"2024 366", "%Y %j"},
	} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, data, format string) {
		r, err := Strptime(data, format, zones, false, [2]string{"UTC", "UTC"})
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Strptime(%q, %q): error %v is not an *Error", data, format, err)
			}
			return
		}
		if r.Month < 1 || r.Month > 12 || r.Day < 1 || r.Day > DaysInMonth(r.Year, r.Month) && !(r.Year == 1900 && r.Month == 2 && r.Day == 29) {
			t.Fatalf("Strptime(%q, %q) = invalid date %d-%d-%d", data, format, r.Year, r.Month, r.Day)
		}
		if r.Hour < 0 || r.Hour > 23 || r.Minute < 0 || r.Minute > 59 || r.Second < 0 || r.Second > 61 || r.Fraction < 0 || r.Fraction > 999999 {
			t.Fatalf("Strptime(%q, %q) = invalid time %+v", data, format, r)
		}
		if r.Weekday < 0 || r.Weekday > 6 || r.Julian < 1 {
			t.Fatalf("Strptime(%q, %q) = invalid weekday or julian %+v", data, format, r)
		}
	})
}

func TestCalendar(t *testing.T) {
	for _, c := range []struct{ y, m, d, ord, wd int }{
		{1, 1, 1, 1, 0}, {1970, 1, 1, 719163, 3}, {2000, 2, 29, 730179, 1}, {9999, 12, 31, 3652059, 4},
	} {
		if o := Ordinal(c.y, c.m, c.d); o != c.ord {
			t.Errorf("Ordinal(%d, %d, %d) = %d, want %d", c.y, c.m, c.d, o, c.ord)
		}
		if y, m, d := FromOrdinal(c.ord); y != c.y || m != c.m || d != c.d {
			t.Errorf("FromOrdinal(%d) = %d-%d-%d", c.ord, y, m, d)
		}
		if w := Weekday(c.y, c.m, c.d); w != c.wd {
			t.Errorf("Weekday(%d, %d, %d) = %d, want %d", c.y, c.m, c.d, w, c.wd)
		}
	}
	if y, w, d := ISOCalendar(2021, 1, 3); y != 2020 || w != 53 || d != 7 {
		t.Errorf("ISOCalendar(2021-01-03) = %d %d %d", y, w, d)
	}
}
