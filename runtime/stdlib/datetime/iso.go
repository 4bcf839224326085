package datetime

import (
	"errors"
	"strconv"
	"strings"

	"github.com/hyperflask/hfc/runtime/pyfmt"
	"github.com/hyperflask/hfc/runtime/vm"
)

// errSyntax marks a string that is not in ISO 8601 format: the callers
// report it as "Invalid isoformat string: '...'".
var errSyntax = errors.New("invalid isoformat")

func invalidISO(th *vm.Thread, s string) error {
	return th.ValueError("Invalid isoformat string: %s", pyfmt.StrRepr(s))
}

func isoError(th *vm.Thread, err error, s string) error {
	if errors.Is(err, errSyntax) {
		return invalidISO(th, s)
	}
	return err
}

func digits(s string) (int, error) {
	if s == "" {
		return 0, errSyntax
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, errSyntax
		}
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, errSyntax
	}
	return n, nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// separatorLocation is _find_isoformat_datetime_separator.
func separatorLocation(s string) (int, error) {
	n := len(s)
	if n == 7 {
		return 7, nil
	}
	if s[4] == '-' {
		if s[5] == 'W' {
			if n < 8 {
				return 0, errSyntax
			}
			if n > 8 && s[8] == '-' {
				if n == 9 {
					return 0, errSyntax
				}
				if n > 10 && isDigit(s[10]) {
					return 8, nil
				}
				return 10, nil
			}
			return 8, nil
		}
		return 10, nil
	}
	if s[4] == 'W' {
		idx := 7
		for idx < n && isDigit(s[idx]) {
			idx++
		}
		if idx < 9 {
			return idx, nil
		}
		if idx%2 == 0 {
			return 7, nil
		}
		return 8, nil
	}
	return 8, nil
}

// parseISODate is _parse_isoformat_date: YYYY-MM-DD, YYYYMMDD and the week
// forms YYYY-Www[-D], YYYYWww[D].
func parseISODate(th *vm.Thread, s string) ([3]int, error) {
	var out [3]int
	if len(s) < 7 {
		return out, errSyntax
	}
	year, err := digits(s[0:4])
	if err != nil {
		return out, err
	}
	hasSep := s[4] == '-'
	pos := 4
	if hasSep {
		pos++
	}
	if pos < len(s) && s[pos] == 'W' {
		pos++
		if pos+2 > len(s) {
			return out, errSyntax
		}
		week, err := digits(s[pos : pos+2])
		if err != nil {
			return out, err
		}
		pos += 2
		day := 1
		if len(s) > pos {
			if (s[pos] == '-') != hasSep {
				return out, errSyntax
			}
			if hasSep {
				pos++
			}
			if pos+1 > len(s) {
				return out, errSyntax
			}
			if day, err = digits(s[pos : pos+1]); err != nil {
				return out, err
			}
			if pos+1 != len(s) {
				return out, errSyntax
			}
		}
		d, err := isoToDate(th, int64(year), int64(week), int64(day))
		if err != nil {
			return out, errSyntax
		}
		return [3]int{d.Y, d.M, d.D}, nil
	}
	if pos+2 > len(s) {
		return out, errSyntax
	}
	month, err := digits(s[pos : pos+2])
	if err != nil {
		return out, err
	}
	pos += 2
	if (pos < len(s) && s[pos] == '-') != hasSep {
		return out, errSyntax
	}
	if hasSep {
		pos++
	}
	if pos+2 != len(s) {
		return out, errSyntax
	}
	day, err := digits(s[pos : pos+2])
	if err != nil {
		return out, err
	}
	return [3]int{year, month, day}, nil
}

var fractionCorrection = []int{100000, 10000, 1000, 100, 10}

// parseHMSF is _parse_hh_mm_ss_ff.
func parseHMSF(s string) ([4]int, error) {
	var comps [4]int
	pos := 0
	hasSep := false
	for comp := 0; comp < 3; comp++ {
		if len(s)-pos < 2 {
			return comps, errSyntax
		}
		v, err := digits(s[pos : pos+2])
		if err != nil {
			return comps, err
		}
		comps[comp] = v
		pos += 2
		next := byte(0)
		if pos < len(s) {
			next = s[pos]
		}
		if comp == 0 {
			hasSep = next == ':'
		}
		if next == 0 || comp >= 2 {
			break
		}
		if hasSep && next != ':' {
			return comps, errSyntax
		}
		if hasSep {
			pos++
		}
	}
	if pos < len(s) {
		if s[pos] != '.' && s[pos] != ',' {
			return comps, errSyntax
		}
		pos++
		rem := len(s) - pos
		toParse := rem
		if rem >= 6 {
			toParse = 6
		}
		v, err := digits(s[pos : pos+toParse])
		if err != nil {
			return comps, err
		}
		if toParse < 6 {
			v *= fractionCorrection[toParse-1]
		}
		comps[3] = v
		for i := pos + toParse; i < len(s); i++ {
			if !isDigit(s[i]) {
				return comps, errSyntax
			}
		}
	}
	return comps, nil
}

// parseISOTime is _parse_isoformat_time: HH[:MM[:SS[.fff[fff]]]] with an
// optional offset or Z.
func parseISOTime(th *vm.Thread, s string) (*clock, error) {
	if len(s) < 2 {
		return nil, errSyntax
	}
	tzPos := strings.IndexByte(s, '-') + 1
	if tzPos == 0 {
		tzPos = strings.IndexByte(s, '+') + 1
	}
	if tzPos == 0 {
		tzPos = strings.IndexByte(s, 'Z') + 1
	}
	timeStr := s
	if tzPos > 0 {
		timeStr = s[:tzPos-1]
	}
	comps, err := parseHMSF(timeStr)
	if err != nil {
		return nil, err
	}
	k := &clock{H: comps[0], Mi: comps[1], S: comps[2], Us: comps[3]}
	if tzPos == len(s) && s[len(s)-1] == 'Z' {
		k.Tz = utc
	} else if tzPos > 0 {
		tzStr := s[tzPos:]
		if n := len(tzStr); n == 0 || n == 1 || n == 3 {
			return nil, errSyntax
		}
		tc, err := parseHMSF(tzStr)
		if err != nil {
			return nil, err
		}
		if tc == [4]int{} {
			k.Tz = utc
		} else {
			us := ((int64(tc[0])*60+int64(tc[1]))*60+int64(tc[2]))*usPerSecond + int64(tc[3])
			if s[tzPos-1] == '-' {
				us = -us
			}
			off, err := deltaFromInt64Us(th, us)
			if err != nil {
				return nil, err
			}
			tz, err := makeTimezone(th, off, nil)
			if err != nil {
				return nil, err
			}
			k.Tz = tz
		}
	}
	return k, nil
}

// dateTimeFromISO is datetime.fromisoformat(s).
func dateTimeFromISO(th *vm.Thread, s string) (vm.Value, error) {
	if len(s) < 7 {
		return nil, invalidISO(th, s)
	}
	sep, err := separatorLocation(s)
	if err != nil || sep > len(s) {
		return nil, invalidISO(th, s)
	}
	ymd, err := parseISODate(th, s[:sep])
	if err != nil {
		return nil, isoError(th, err, s)
	}
	k := &clock{}
	if sep < len(s) {
		if k, err = parseISOTime(th, s[sep+1:]); err != nil {
			return nil, isoError(th, err, s)
		}
	}
	if err := checkDate(th, int64(ymd[0]), int64(ymd[1]), int64(ymd[2])); err != nil {
		return nil, err
	}
	if err := checkTime(th, int64(k.H), int64(k.Mi), int64(k.S), int64(k.Us), 0); err != nil {
		return nil, err
	}
	return &DateTime{Date{ymd[0], ymd[1], ymd[2]}, *k}, nil
}
