package vm

import (
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"

	"github.com/hyperflask/hfc/compiler/bytecode"
)

const (
	flagVarArgs    = bytecode.FlagVarArgs
	flagVarKwArgs  = bytecode.FlagVarKwArgs
	flagGenerator  = bytecode.FlagGenerator
	flagAutoescape = bytecode.FlagAutoescape
)

// Code is a bytecode.Code ready to run: its constants are Values.
type Code struct {
	*bytecode.Code
	Consts  []Value
	Program *Program
	nslots  int // len(Locals) + MaxStack
	ncells  int // len(Cells) + len(Frees)
	// simpleArgs is set when a call with ArgCount positional arguments
	// binds them to the first locals and nothing else (no *args, **kwargs or
	// keyword-only parameters).
	simpleArgs bool
	// filters and tests are the values of Code.Filters and Code.Tests in the
	// environment the template was loaded into.
	filters []Value
	tests   []Value
	// nameHash holds the dict hash of each name (templates look names up
	// in dicts); dictAttr caches whether a name is an attribute of dict,
	// as (classVersion+1)<<1 | found, 0 when not known yet.
	nameHash []uint64
	dictAttr []uint64
	// names is Code.Names, interned: a name is the same Go string in every
	// code object loaded, so comparing it with a dict key that was stored
	// through another code object compares pointers, not bytes.
	names     []string
	nameValue []Value // the names as Str values (dict keys without boxing)
	attrSites attrSiteTable
	// dictHints holds, per name, the entry of an instance dict where the
	// name was last found (see Dict.findStrHinted).
	dictHints []atomic.Uint32
	// quick is Code.Code with superinstructions (see quicken.go); frames
	// that are not traced run it (a traced frame runs a copy in which each
	// instruction is traceIns, and traceStep puts the compiled instruction,
	// not the quickened one, in place before it runs).
	quick []uint32
}

// BindTemplate gives a template code object (and the code objects nested
// in it) the values of its filters and tests; lookup returns the filter or
// test of a name, or an error for an unknown one.
func (c *Code) BindTemplate(filter, test func(name string) (Value, error)) error {
	c.filters = make([]Value, len(c.Filters))
	for i, n := range c.Filters {
		v, err := filter(n)
		if err != nil {
			return err
		}
		c.filters[i] = v
	}
	c.tests = make([]Value, len(c.Tests))
	for i, n := range c.Tests {
		v, err := test(n)
		if err != nil {
			return err
		}
		c.tests[i] = v
	}
	for _, k := range c.Consts {
		if nested, ok := k.(*Code); ok {
			if err := nested.BindTemplate(filter, test); err != nil {
				return err
			}
		}
	}
	return nil
}

// Type implements Value.
func (c *Code) Type() *Class { return CodeClass }

// isDictAttr reports whether the name of index i is an attribute of dict
// (a method), which Jinja's getattr prefers to the item.
func (c *Code) isDictAttr(i int) bool {
	v := classVersion.Load() + 1
	if e := atomic.LoadUint64(&c.dictAttr[i]); e>>1 == v {
		return e&1 == 1
	}
	found := DictClass.Lookup(c.names[i]) != nil
	atomic.StoreUint64(&c.dictAttr[i], v<<1|uint64(b2i(found)))
	return found
}

// Program is a loaded bytecode.Program.
type Program struct {
	*bytecode.Program
	Body *Code
	// index maps a global's name to its slot.
	index map[string]int
}

// LoadProgram prepares a compiled program for running. It validates the
// program first, so a damaged one is an error, not a crash.
func LoadProgram(p *bytecode.Program) (*Program, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	prog := &Program{Program: p, index: make(map[string]int, len(p.Globals))}
	for i, g := range p.Globals {
		prog.index[g] = i
	}
	body, err := prog.loadCode(p.Body)
	if err != nil {
		return nil, err
	}
	prog.Body = body
	return prog, nil
}

func (p *Program) loadCode(c *bytecode.Code) (*Code, error) {
	code := &Code{Code: c, Program: p, Consts: make([]Value, len(c.Consts))}
	if len(c.Names) > 0 {
		code.nameHash = make([]uint64, len(c.Names))
		code.names = make([]string, len(c.Names))
		code.nameValue = make([]Value, len(c.Names))
		for i, n := range c.Names {
			n = internName(n)
			code.names[i] = n
			code.nameHash[i] = strHash(n)
			code.nameValue[i] = Str(n)
		}
		code.dictAttr = make([]uint64, len(c.Names))
		code.attrSites = make(attrSiteTable, len(c.Names))
		code.dictHints = make([]atomic.Uint32, len(c.Names))
	}
	code.quick = quicken(c)
	code.nslots = len(c.Locals) + c.MaxStack
	code.ncells = len(c.Cells) + len(c.Frees)
	code.simpleArgs = c.Flags&(flagVarArgs|flagVarKwArgs) == 0 && c.KwOnlyArgCount == 0
	for i, k := range c.Consts {
		v, err := p.constValue(k)
		if err != nil {
			return nil, err
		}
		code.Consts[i] = v
	}
	return code, nil
}

func (p *Program) constValue(k bytecode.Const) (Value, error) {
	switch k := k.(type) {
	case nil:
		return None, nil
	case bool:
		return MakeBool(k), nil
	case int64:
		return MakeInt(k), nil
	case *big.Int:
		return MakeBigInt(k), nil
	case float64:
		return Float(k), nil
	case string:
		return Str(k), nil
	case bytecode.Bytes:
		return Bytes(k), nil
	case bytecode.EllipsisType:
		return Ellipsis, nil
	case bytecode.Tuple:
		t := make(Tuple, len(k))
		for i, x := range k {
			v, err := p.constValue(x)
			if err != nil {
				return nil, err
			}
			t[i] = v
		}
		return t, nil
	case *bytecode.Code:
		return p.loadCode(k)
	case bytecode.FrozenSet:
		s := NewSet(true)
		for _, x := range k {
			v, err := p.constValue(x)
			if err != nil {
				return nil, err
			}
			if err := s.Add(nil, v); err != nil {
				return nil, err
			}
		}
		return s, nil
	}
	return nil, fmt.Errorf("vm: constant of type %T is not supported", k)
}

// GlobalIndex returns the slot of a global name.
func (p *Program) GlobalIndex(name string) (int, bool) {
	i, ok := p.index[name]
	return i, ok
}

// interned holds one copy of every name of the code objects loaded.
var interned struct {
	sync.Mutex
	m map[string]string
}

// internName returns the interned copy of name.
func internName(name string) string {
	interned.Lock()
	defer interned.Unlock()
	if s, ok := interned.m[name]; ok {
		return s
	}
	if interned.m == nil {
		interned.m = map[string]string{}
	}
	interned.m[name] = name
	return name
}
