// Package bundle is the file format of `hfc compile`: a whole app in one
// versioned file (.hfb) holding the app's files (pages, components,
// layouts, templates, macros, Python modules, configuration and static
// files) and the bytecode of its compiled Python and templates, so that
// `hfc serve app.hfb` runs without parsing or compiling anything.
//
// A bundle is a zip archive: hfb.json (the Manifest) first, then the
// project's files under files/, then one entry per compiled program or
// template under code/, in the serialised form of compiler/bytecode. The
// bytecode is keyed by what it was compiled from (see Key): the runtime's
// loaders look it up by the same key and compile the source themselves
// when it is missing.
//
// A bundle written by another version of the bundle format or of the
// instruction set is refused with an error saying so (ErrStale); a file
// that is not a bundle at all is refused too.
package bundle

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"

	"github.com/hyperflask/hfc/compiler/bytecode"
)

// Format names the file format in the manifest.
const Format = "hfc-bundle"

// FormatVersion is the version of the bundle's layout; bump it on any
// change to the manifest or the entries.
const FormatVersion = 1

// ManifestName is the name of the manifest entry.
const ManifestName = "hfb.json"

// Entry name prefixes.
const (
	filesPrefix = "files/"
	codePrefix  = "code/"
	dataPrefix  = "data/"
)

// Manifest describes a bundle.
type Manifest struct {
	Format        string `json:"format"`
	FormatVersion int    `json:"format_version"`
	// Bytecode is bytecode.Version, InstructionSet the fingerprint of the
	// opcodes and builtins (see InstructionSet) of the hfc that wrote it.
	Bytecode       int    `json:"bytecode_version"`
	InstructionSet string `json:"instruction_set"`
	// HFC names the hfc that wrote the bundle (module version and VCS
	// revision when known), for messages.
	HFC string `json:"hfc"`
	// Root is the project folder as it was given to hfc compile: the
	// paths that errors and tracebacks show start with it.
	Root string `json:"root"`
	// Package is "app" when the app lives in <project>/app, else "".
	Package string `json:"package"`
	// Static is the folder of the bundle's files that holds the static
	// files (public/ in most apps).
	Static string `json:"static"`
	// Template holds the template settings the bundle was compiled with
	// (autoescape …): serving uses them.
	Template TemplateOptions `json:"template"`
	// Files are the project's files, slash paths relative to the project
	// root, sorted.
	Files []string `json:"files"`
	// Code maps each compiled program's or template's key to its entry.
	Code map[string]string `json:"code"`
	// Data names the other things the bundle holds, built when it was
	// written (the app's assets, as JSON), under data/.
	Data []string `json:"data,omitempty"`
}

// TemplateOptions are the template settings recorded in a bundle (the
// fields of tmpl.Options that change compiled code or rendering).
type TemplateOptions struct {
	Autoescape          string   `json:"autoescape,omitempty"`
	Undefined           string   `json:"undefined,omitempty"`
	TrimBlocks          bool     `json:"trim_blocks,omitempty"`
	LstripBlocks        bool     `json:"lstrip_blocks,omitempty"`
	KeepTrailingNewline bool     `json:"keep_trailing_newline,omitempty"`
	Extensions          []string `json:"extensions,omitempty"`
	DefaultLayout       string   `json:"default_layout,omitempty"`
}

// ErrStale is returned (wrapped) for a bundle that another version of hfc
// wrote: its format, bytecode version or instruction set differ.
var ErrStale = errors.New("stale bundle")

// ErrForeign is returned (wrapped) for a file that is not an hfc bundle.
var ErrForeign = errors.New("not an hfc bundle")

// InstructionSet returns the fingerprint of this hfc's instruction set:
// the bytecode version, every opcode's name and the builtins' names, in
// order. Two hfc builds with the same fingerprint run each other's
// bytecode.
func InstructionSet() string {
	h := sha256.New()
	var buf [8]byte
	binary.LittleEndian.PutUint64(buf[:], bytecode.Version)
	h.Write(buf[:])
	for i := 0; i < bytecode.NumOpcodes; i++ {
		io.WriteString(h, bytecode.Opcode(i).String())
		h.Write([]byte{0})
	}
	for _, b := range bytecode.Builtins {
		io.WriteString(h, b)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// check refuses a manifest that this hfc cannot run; name is the bundle's
// path for the message.
func (m *Manifest) check(name string) error {
	if m.Format != Format {
		return fmt.Errorf("%s: %w (its manifest says format %q; expected %q)", name, ErrForeign, m.Format, Format)
	}
	by := ""
	if m.HFC != "" {
		by = " by " + m.HFC
	}
	again := "; compile the app again with this hfc (hfc compile APP -o " + name + ")"
	switch {
	case m.FormatVersion != FormatVersion:
		return fmt.Errorf("%s: %w: written%s in bundle format %d, this hfc reads format %d%s", name, ErrStale, by, m.FormatVersion, FormatVersion, again)
	case m.Bytecode != bytecode.Version:
		return fmt.Errorf("%s: %w: written%s with bytecode version %d, this hfc runs version %d%s", name, ErrStale, by, m.Bytecode, bytecode.Version, again)
	case m.InstructionSet != InstructionSet():
		return fmt.Errorf("%s: %w: written%s for instruction set %s, this hfc runs %s%s", name, ErrStale, by, m.InstructionSet, InstructionSet(), again)
	}
	return nil
}

// Key returns the key of compiled code: a digest of its kind and of every
// input that changes what the compiler produces.
func Key(kind string, parts ...string) string {
	h := sha256.New()
	io.WriteString(h, kind)
	for _, p := range parts {
		var n [binary.MaxVarintLen64]byte
		h.Write(n[:binary.PutUvarint(n[:], uint64(len(p)))])
		io.WriteString(h, p)
	}
	return kind + "-" + hex.EncodeToString(h.Sum(nil))[:32]
}
