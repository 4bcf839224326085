package urllib

// QuoteFromBytes is urllib.parse.quote_from_bytes(bs, safe) for Go callers
// (the urlencode template filter): each byte that is not an ASCII letter,
// digit, one of "_.-~" or in safe becomes %XX.
func QuoteFromBytes(bs, safe string) string { return quoteFromBytes(bs, safe) }
