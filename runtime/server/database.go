package server

import (
	"context"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/runtime/db"
	"github.com/hyperflask/hfc/runtime/vm"
)

// openDatabase opens the app's database (SQLORM_URI, sqlite://database/
// app.db by default, relative to the project root), makes it the db of
// `from hyperflask import db` and `from hyperflask.factory import db`,
// then imports the app's models and prepares the database as the
// reference does at startup (migrations when the folder exists, otherwise
// the missing tables). Problems are diagnostics: the pages that need no
// database still serve.
func (s *Server) openDatabase(pkg string) {
	root, appRoot := s.projectDir(), filepath.Join(s.projectDir(), pkg)
	uri := s.cfg.String("SQLORM_URI", db.DefaultURI)
	d, err := db.Open(db.Options{URI: uri, Root: root, Log: s.errorLog})
	if err != nil {
		b := diag.Builder{File: "config.yml"}
		b.Add(diag.DatabaseUnavailable, source.Span{}, "%v", err).
			WithHint("set sqlorm_uri in config.yml, such as sqlite://database/app.db")
		s.diags = append(s.diags, b.Diags...)
		return
	}
	s.db = d
	d.RunPython = func(th *vm.Thread, path string) error {
		_, err := s.app.Python.RunFile(th, path)
		return err
	}
	hf := flaskMembers()
	for k, v := range hyperflaskExtras() {
		hf[k] = v
	}
	hf["db"] = d
	s.app.Python.SetModule("hyperflask", vm.NewGoModule("hyperflask", hf))
	s.app.Python.SetModule("hyperflask.factory", d.Module(map[string]vm.Value{"app": s.appObj}))

	s.migrations = filepath.Join(root, "migrations")
	if f := s.cfg.String("SQLORM_MIGRATIONS_FOLDER", ""); f != "" {
		s.migrations = filepath.Join(appRoot, f)
	}
	if !s.cfg.BoolDefault("INIT_DATABASE", true) {
		return
	}
	if err := s.initDatabase(root, pkg); err != nil {
		b := diag.Builder{File: s.modelsFile(root, pkg)}
		b.Add(diag.DatabaseInitFailed, source.Span{}, "%s", strings.TrimSpace(err.Error()))
		s.diags = append(s.diags, b.Diags...)
	}
}

// modelsModule returns the dotted name of the app's models module, "" when
// the app has none (models.py or a models/ package).
func (s *Server) modelsModule(root, pkg string) string {
	base := "."
	name := "models"
	if pkg != "" {
		base, name = pkg, pkg+".models"
	}
	for _, p := range []string{filepath.Join(base, "models.py"), filepath.Join(base, "models", "__init__.py")} {
		if _, err := fs.Stat(s.proj.fsys, filepath.ToSlash(p)); err == nil {
			return name
		}
	}
	return ""
}

// projectDir is the folder relative database paths start from: the
// project folder, or the working directory for a bundle (as the
// reference resolves them).
func (s *Server) projectDir() string {
	if _, bundled := s.proj.cache.(*bundleCache); bundled {
		return "."
	}
	return s.proj.dir
}

func (s *Server) modelsFile(root, pkg string) string {
	if pkg != "" {
		return filepath.Join(pkg, "models.py")
	}
	return "models.py"
}

// initDatabase imports the models and runs init_db on a startup thread.
func (s *Server) initDatabase(root, pkg string) error {
	th := vm.NewThread(context.Background())
	th.MaxSteps = s.budget
	th.Stdout = s.errorLog
	th.Importer = s.app.Python
	th.Locals = map[string]any{}
	if mod := s.modelsModule(root, pkg); mod != "" {
		if _, err := s.app.Python.Import(th, mod); err != nil {
			return fmt.Errorf("importing %s: %s", mod, s.pyError(err))
		}
	}
	if _, err := s.db.InitDB(th, s.migrations); err != nil {
		return fmt.Errorf("preparing the database: %s", s.pyError(err))
	}
	return nil
}

// pyError is the text of an error: the traceback of a Python exception.
func (s *Server) pyError(err error) string {
	return vm.FormatTraceback(vm.AsException(err), s.sourceLine)
}

// Database returns the app's database (nil when it could not be opened).
func (s *Server) Database() *db.Database { return s.db }

// Migrations returns the app's migrations folder.
func (s *Server) Migrations() string { return s.migrations }

// Close closes the app's database connections.
func (s *Server) Close() error {
	if s.db != nil {
		return s.db.Close()
	}
	return nil
}
