package diag

import "strings"

// Closest returns the candidate nearest to name by edit distance, for "did
// you mean" hints, or "" when none is close enough: a candidate that differs
// only in case wins; otherwise the distance must be at most a third of the
// name's length (at least 1). Ties go to the first candidate in order.
func Closest(name string, candidates []string) string {
	best, bestDist := "", -1
	limit := len(name) / 3
	if limit < 1 {
		limit = 1
	}
	lower := strings.ToLower(name)
	for _, c := range candidates {
		if c == name {
			continue
		}
		if strings.ToLower(c) == lower {
			return c
		}
		d := editDistance(name, c, limit)
		if d <= limit && (bestDist < 0 || d < bestDist) {
			best, bestDist = c, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance of a and b, with transpositions
// counting as one edit; it gives up (returning limit+1) once every path
// exceeds limit.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
