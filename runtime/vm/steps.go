package vm

// ChargeSteps counts n steps of work done outside the interpreter loop
// (a regular-expression match, a long loop of a Go module) against the
// thread's budget, and checks it as the loop does every 1024 steps: it
// returns the RuntimeError of an exceeded MaxSteps or of a cancelled
// context.
func (th *Thread) ChargeSteps(n uint64) error {
	th.steps += n
	return th.checkBudget()
}
