package pyre

// Budget bounds the work of matching, so that a catastrophic pattern cannot
// hang a server. The engine adds the steps it takes to Steps, so one Budget
// can bound many calls (a whole request); a Budget is not safe for
// concurrent use. A nil *Budget means no limit.
type Budget struct {
	// MaxSteps is the most steps Steps may reach; 0 means no limit. A
	// step is one instruction of the matcher; a call that would go past
	// the limit fails with ErrStepLimit.
	MaxSteps int64
	// Steps counts the steps taken so far.
	Steps int64
	// Check, if set, is called every CheckInterval steps; a non-nil error
	// stops the match and is returned as it is (for example ctx.Err()).
	Check func() error
	// MaxStack is the most backtracking frames one match may hold; 0 means
	// no limit. A match that needs more fails with ErrStackLimit.
	MaxStack int
}

// CheckInterval is how many steps pass between two calls of Budget.Check.
const CheckInterval = 1 << 12
