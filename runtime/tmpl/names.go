package tmpl

import "sort"

// FilterNames returns the names of the environment's filters, sorted (for
// checks and editors).
func (env *Environment) FilterNames() []string { return sortedKeys(env.filters) }

// TestNames returns the names of the environment's tests, sorted.
func (env *Environment) TestNames() []string { return sortedKeys(env.tests) }

// GlobalNames returns the names of the environment's globals, sorted.
func (env *Environment) GlobalNames() []string { return sortedKeys(env.globals) }

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
