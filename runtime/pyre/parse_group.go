package pyre

import "strconv"

// parseGroup parses what follows '('. It returns the item to append, or nil
// for a comment or global flags. verbose is updated by global flags.
func (p *parser) parseGroup(sub *seq, verbose *bool, nested int, first bool) *node {
	src, st := p.src, p.st
	start := src.tell() - 1
	capture, atomic, named := true, false, false
	var name []rune
	var add, del Flags
	if src.match('?') {
		char, ok := src.get()
		if !ok {
			panic(src.error("unexpected end of pattern", 0))
		}
		switch {
		case char.is('P'):
			switch {
			case src.match('<'):
				name = src.getUntil('>', "group name")
				src.checkGroupName(name, 1)
				named = true
			case src.match('='):
				name = src.getUntil(')', "group name")
				src.checkGroupName(name, 1)
				gid, ok := st.groupIndex[string(name)]
				if !ok {
					panic(src.error("unknown group name "+pyRepr(name), len(name)+1))
				}
				if !st.checkGroup(gid) {
					panic(src.error("cannot refer to an open group", len(name)+1))
				}
				st.checkLookbehindGroup(gid, src)
				return &node{kind: nGroupRef, group: gid}
			default:
				char, ok := src.get()
				if !ok {
					panic(src.error("unexpected end of pattern", 0))
				}
				panic(src.error("unknown extension ?P"+char.String(), char.width()+2))
			}
		case char.is(':'):
			capture = false
		case char.is('#'):
			for {
				if !src.hasNext {
					panic(src.error("missing ), unterminated comment", src.tell()-start))
				}
				if t, _ := src.get(); t.is(')') {
					break
				}
			}
			return nil
		case char.is('=') || char.is('!') || char.is('<'):
			return p.parseLookaround(char, start, *verbose, nested)
		case char.is('('):
			return p.parseConditional(start, *verbose, nested)
		case char.is('>'):
			capture, atomic = false, true
		default:
			if _, isFlag := flagLetter(char.c); char.esc || !isFlag && char.c != '-' {
				panic(src.error("unknown extension ?"+char.String(), char.width()+1))
			}
			var global bool
			add, del, global = p.parseFlags(char)
			if global {
				if !first || len(sub.items) > 0 {
					panic(src.error("global flags not at the start of the expression", src.tell()-start))
				}
				*verbose = st.flags&Verbose != 0
				return nil
			}
			capture = false
		}
	}
	group := 0
	if capture {
		gid, msg := st.openGroup(name, named)
		if msg != "" {
			panic(src.error(msg, len(name)+1))
		}
		group = gid
	}
	subVerbose := (*verbose || add&Verbose != 0) && del&Verbose == 0
	body := p.parseSub(subVerbose, nested+1)
	if !src.match(')') {
		panic(src.error("missing ), unterminated subpattern", src.tell()-start))
	}
	if group != 0 {
		st.closeGroup(group, body)
	}
	if atomic {
		return &node{kind: nAtomic, body: body}
	}
	return &node{kind: nSubpattern, group: group, add: add, del: del, body: body}
}

// parseLookaround parses (?=...), (?!...), (?<=...) and (?<!...); char is
// the token after '?'.
func (p *parser) parseLookaround(char token, start int, verbose bool, nested int) *node {
	src, st := p.src, p.st
	behind := false
	outer := st.lookbehindGroups
	if char.is('<') {
		c, ok := src.get()
		if !ok {
			panic(src.error("unexpected end of pattern", 0))
		}
		if !c.is('=') && !c.is('!') {
			panic(src.error("unknown extension ?<"+c.String(), c.width()+2))
		}
		char = c
		behind = true
		if outer < 0 {
			st.lookbehindGroups = st.groups()
		}
	}
	body := p.parseSub(verbose, nested+1)
	if behind && outer < 0 {
		st.lookbehindGroups = -1
	}
	if !src.match(')') {
		panic(src.error("missing ), unterminated subpattern", src.tell()-start))
	}
	if char.is('=') {
		return &node{kind: nAssert, behind: behind, body: body}
	}
	return &node{kind: nAssertNot, behind: behind, body: body}
}

// parseConditional parses (?(group)yes|no); "(?(" has been read.
func (p *parser) parseConditional(start int, verbose bool, nested int) *node {
	src, st := p.src, p.st
	condname := src.getUntil(')', "group name")
	var condgroup int
	if isIdentifier(condname) {
		src.checkGroupName(condname, 1)
		gid, ok := st.groupIndex[string(condname)]
		if !ok {
			panic(src.error("unknown group name "+pyRepr(condname), len(condname)+1))
		}
		condgroup = gid
	} else {
		digits, ok := pyInt(condname)
		if !ok {
			panic(src.error("bad character in group name "+pyRepr(condname), len(condname)+1))
		}
		if digits == "0" {
			panic(src.error("bad group number", len(condname)+1))
		}
		if len(digits) > 10 || len(digits) == 10 && digits >= "1073741823" {
			panic(src.error("invalid group reference "+digits, len(condname)+1))
		}
		condgroup, _ = strconv.Atoi(digits)
		if _, seen := st.grouprefPos[condgroup]; !seen {
			st.grouprefPos[condgroup] = src.tell() - len(condname) - 1
			st.grouprefOrder = append(st.grouprefOrder, condgroup)
		}
	}
	st.checkLookbehindGroup(condgroup, src)
	yes := p.parse(verbose, nested+1, false)
	var no *seq
	if src.match('|') {
		no = p.parse(verbose, nested+1, false)
		if src.nextIs('|') {
			panic(src.error("conditional backref with more than two branches", 0))
		}
	}
	if !src.match(')') {
		panic(src.error("missing ), unterminated subpattern", src.tell()-start))
	}
	return &node{kind: nGroupRefExists, group: condgroup, body: yes, no: no}
}

// parseFlags parses inline flags (re._parser._parse_flags); char is the
// first flag letter or '-'. global is true for (?flags) without a colon,
// whose flags it adds to the state.
func (p *parser) parseFlags(char token) (add, del Flags, global bool) {
	src, st := p.src, p.st
	if !char.is('-') {
		for {
			flag, _ := flagLetter(char.c)
			if src.isText {
				if char.c == 'L' {
					panic(src.error("bad inline flags: cannot use 'L' flag with a str pattern", 0))
				}
			} else if char.c == 'u' {
				panic(src.error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0))
			}
			add |= flag
			if flag&typeFlags != 0 && add&typeFlags != flag {
				panic(src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0))
			}
			var ok bool
			char, ok = src.get()
			if !ok {
				panic(src.error("missing -, : or )", 0))
			}
			if char.is(')') || char.is('-') || char.is(':') {
				break
			}
			if _, isFlag := flagLetter(char.c); char.esc || !isFlag {
				msg := "missing -, : or )"
				if isAlpha(char) {
					msg = "unknown flag"
				}
				panic(src.error(msg, char.width()))
			}
		}
	}
	if char.is(')') {
		st.flags |= add
		return 0, 0, true
	}
	if add&globalFlags != 0 {
		panic(src.error("bad inline flags: cannot turn on global flag", 1))
	}
	if char.is('-') {
		var ok bool
		char, ok = src.get()
		if !ok {
			panic(src.error("missing flag", 0))
		}
		if _, isFlag := flagLetter(char.c); char.esc || !isFlag {
			msg := "missing flag"
			if isAlpha(char) {
				msg = "unknown flag"
			}
			panic(src.error(msg, char.width()))
		}
		for {
			flag, _ := flagLetter(char.c)
			if flag&typeFlags != 0 {
				panic(src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0))
			}
			del |= flag
			char, ok = src.get()
			if !ok {
				panic(src.error("missing :", 0))
			}
			if char.is(':') {
				break
			}
			if _, isFlag := flagLetter(char.c); char.esc || !isFlag {
				msg := "missing :"
				if isAlpha(char) {
					msg = "unknown flag"
				}
				panic(src.error(msg, char.width()))
			}
		}
	}
	if del&globalFlags != 0 {
		panic(src.error("bad inline flags: cannot turn off global flag", 1))
	}
	if add&del != 0 {
		panic(src.error("bad inline flags: flag turned on and off", 1))
	}
	return add, del, false
}

// isAlpha is Python's str.isalpha() on a token's text.
func isAlpha(t token) bool {
	return !t.esc && isLetter(t.c)
}
