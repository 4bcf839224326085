package assets

import (
	"encoding/json"
	"os"
	"path/filepath"
)

// packageJSON is what Build reads of the project's package.json.
type packageJSON struct {
	Dependencies    map[string]string `json:"dependencies"`
	DevDependencies map[string]string `json:"devDependencies"`
}

// npmProject is the project's package.json and node_modules.
type npmProject struct {
	root string
	pkg  *packageJSON // nil when there is no package.json
}

func readNPM(root string) (*npmProject, error) {
	p := &npmProject{root: root}
	data, err := os.ReadFile(filepath.Join(root, "package.json"))
	if os.IsNotExist(err) {
		return p, nil
	}
	if err != nil {
		return nil, err
	}
	var pkg packageJSON
	if err := json.Unmarshal(data, &pkg); err != nil {
		return nil, err
	}
	p.pkg = &pkg
	return p, nil
}

// declares reports whether package.json lists a package.
func (p *npmProject) declares(name string) bool {
	if p.pkg == nil {
		return false
	}
	_, dep := p.pkg.Dependencies[name]
	_, dev := p.pkg.DevDependencies[name]
	return dep || dev
}

// installed reports whether node_modules holds a package.
func (p *npmProject) installed(name string) bool {
	fi, err := os.Stat(filepath.Join(p.root, "node_modules", filepath.FromSlash(name), "package.json"))
	return err == nil && !fi.IsDir()
}

// bin returns the path of an installed package's command in
// node_modules/.bin ("" when absent).
func (p *npmProject) bin(name string) string {
	path := filepath.Join(p.root, "node_modules", ".bin", name)
	if fi, err := os.Stat(path); err == nil && !fi.IsDir() {
		return path
	}
	return ""
}
