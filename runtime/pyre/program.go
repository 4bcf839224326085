package pyre

// The opcodes of a compiled program. Their layout follows sre's, with
// offsets ("skip") counted from the word that holds them:
//
//	LITERAL c, NOT_LITERAL c (and the IGNORE and UNI_IGNORE variants: c is lowercase)
//	IN set, IN_IGNORE set, IN_UNI_IGNORE set (set indexes program.sets)
//	ANY, ANY_ALL, AT code, MARK i, FAILURE, SUCCESS, JUMP skip
//	BRANCH skip alt JUMP skip skip alt JUMP ... 0
//	REPEAT_ONE skip min max item SUCCESS tail (also MIN_ and POSSESSIVE_REPEAT_ONE)
//	REPEAT skip min max item MAX_UNTIL|MIN_UNTIL tail
//	ATOMIC_GROUP skip body SUCCESS tail
//	ASSERT skip back body SUCCESS, ASSERT_NOT skip back body SUCCESS
//	GROUPREF g (and IGNORE, UNI_IGNORE), GROUPREF_EXISTS g skip yes [JUMP skip no]
const (
	opFailure uint32 = iota
	opSuccess
	opAny
	opAnyAll
	opAt
	opBranch
	opJump
	opLiteral
	opNotLiteral
	opLiteralIgnore
	opNotLiteralIgnore
	opLiteralUniIgnore
	opNotLiteralUniIgnore
	opIn
	opInIgnore
	opInUniIgnore
	opMark
	opRepeatOne
	opMinRepeatOne
	opPossessiveRepeatOne
	opRepeat
	opMaxUntil
	opMinUntil
	opAtomicGroup
	opGroupRef
	opGroupRefIgnore
	opGroupRefUniIgnore
	opGroupRefExists
	opAssert
	opAssertNot
)

// program is a compiled pattern.
type program struct {
	code []uint32
	sets []*charset
	// minWidth is the least number of characters a match takes.
	minWidth int
	// prefix holds characters every match starts with.
	prefix []rune
	// firstSet, when not nil, holds every character a match can start
	// with (only set when prefix is empty).
	firstSet *charset
	// anchored is true when a match can only start where the search
	// starts (the program begins with ^ or \A without MULTILINE).
	anchored bool
}
