package server

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
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
	root := s.projectDir()
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

	s.locateMigrations(pkg)
	d.MigrationsFS, d.MigrationsDir = s.migrationsFS, s.migrationsDir
	s.root, s.pkg = root, pkg
	if s.skipDBInit || !s.cfg.BoolDefault("INIT_DATABASE", true) {
		return
	}
	if _, err := s.InitDatabase(); err != nil {
		file := s.modelsFile(root, pkg)
		b := diag.Builder{File: file}
		b.Add(diag.DatabaseInitFailed, s.errorSpan(err, file), "%s", strings.TrimSpace(err.Error()))
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
// project folder, or the folder of a bundle (app.hfb next to its
// database/).
func (s *Server) projectDir() string { return s.proj.dataDir }

func (s *Server) modelsFile(root, pkg string) string {
	if pkg != "" {
		return filepath.Join(pkg, "models.py")
	}
	return "models.py"
}

// startupThread is a thread for work outside requests: the app's
// importer, the step budget, print() to the error log.
func (s *Server) startupThread() *vm.Thread {
	th := vm.NewThread(context.Background())
	th.MaxSteps = s.budget
	th.Stdout = s.errorLog
	th.Importer = s.app.Python
	th.Locals = map[string]any{}
	return th
}

// importModels imports the app's models module, if it has one.
func (s *Server) importModels(th *vm.Thread) error {
	if mod := s.modelsModule(s.root, s.pkg); mod != "" {
		if _, err := s.app.Python.Import(th, mod); err != nil {
			return &startupError{what: "importing " + mod, exc: vm.AsException(err), text: s.pyError(err)}
		}
	}
	return nil
}

// InitDatabase imports the models and prepares the database as the
// reference's init_db does: the migrations when the folder exists,
// otherwise the models' missing tables. It says what it did.
func (s *Server) InitDatabase() (string, error) {
	if s.db == nil {
		return "", fmt.Errorf("the app has no database")
	}
	th := s.startupThread()
	if err := s.importModels(th); err != nil {
		return "", err
	}
	did, err := s.db.InitDB(th, s.migrationsFS, s.migrationsDir)
	if err != nil {
		return "", &startupError{what: "preparing the database", exc: vm.AsException(err), text: s.pyError(err)}
	}
	return did, nil
}

// startupError is a failure of the app's models or database at startup,
// with the Python exception and its traceback.
type startupError struct {
	what string
	exc  *vm.Exception
	text string
}

func (e *startupError) Error() string { return e.what + ": " + e.text }

// errorSpan returns the line of the models file where a startup error was
// raised (the innermost frame in that file), or no position.
func (s *Server) errorSpan(err error, file string) source.Span {
	se, ok := err.(*startupError)
	if !ok || se.exc == nil {
		return source.Span{}
	}
	abs := filepath.Join(s.proj.dir, filepath.FromSlash(file))
	for _, fr := range se.exc.Traceback {
		if fr.File != abs && fr.File != file {
			continue
		}
		data, err := fs.ReadFile(s.proj.fsys, file)
		if err != nil || fr.Line < 1 {
			break
		}
		f := source.NewFile(file, string(data))
		start := f.LineStart(fr.Line)
		end := start
		for end < len(data) && data[end] != '\n' {
			end++
		}
		return f.Span(start, end)
	}
	return source.Span{}
}

// MigrateDatabase applies the pending migrations of the migrations folder.
func (s *Server) MigrateDatabase() ([]db.Migration, error) {
	if s.db == nil {
		return nil, fmt.Errorf("the app has no database")
	}
	th := s.startupThread()
	applied, err := s.db.Migrate(th, s.migrationsFS, s.migrationsDir)
	if err != nil {
		if _, ok := err.(*vm.Exception); ok {
			return applied, fmt.Errorf("%s", strings.TrimSpace(s.pyError(err)))
		}
		return applied, err
	}
	return applied, nil
}

// DatabaseVersion returns the schema version recorded in the database
// (ok false when no migration ran).
func (s *Server) DatabaseVersion() (int, bool) {
	if s.db == nil {
		return 0, false
	}
	return s.db.SchemaVersion(s.startupThread())
}

// pyError is the text of an error: the traceback of a Python exception.
func (s *Server) pyError(err error) string {
	return vm.FormatTraceback(vm.AsException(err), s.sourceLine)
}

// Database returns the app's database (nil when it could not be opened).
func (s *Server) Database() *db.Database { return s.db }

// Migrations returns the app's migrations folder, as shown to users.
func (s *Server) Migrations() string { return s.migrations }

// MigrationFiles lists the app's migrations in order (an error when the
// folder does not exist).
func (s *Server) MigrationFiles() ([]db.Migration, error) {
	return db.Migrations(s.migrationsFS, s.migrationsDir)
}

// locateMigrations finds the migrations folder: SQLORM_MIGRATIONS_FOLDER
// relative to the app root, else MIGRATIONS_FOLDER relative to the project
// root, else migrations/ in the project; inside the
// project's files (a folder or a bundle) when it is there, else on disk.
func (s *Server) locateMigrations(pkg string) {
	rel := "migrations"
	if f := s.cfg.String("MIGRATIONS_FOLDER", ""); f != "" {
		// Hyperflask's own key, relative to the project root.
		rel = path.Clean(filepath.ToSlash(f))
	}
	if f := s.cfg.String("SQLORM_MIGRATIONS_FOLDER", ""); f != "" {
		rel = path.Clean(path.Join(pkg, filepath.ToSlash(f)))
		if path.IsAbs(rel) || filepath.IsAbs(f) {
			rel = filepath.Clean(f)
		}
	}
	s.migrationsFS, s.migrationsDir = s.proj.fsys, rel
	s.migrations = filepath.Join(s.proj.dir, filepath.FromSlash(rel))
	if !fs.ValidPath(rel) {
		dir := filepath.FromSlash(rel)
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(s.projectDir(), dir)
		}
		s.migrationsFS, s.migrationsDir, s.migrations = os.DirFS(dir), ".", dir
	}
}

// Close closes the app's database connections.
func (s *Server) Close() error {
	if s.db != nil {
		return s.db.Close()
	}
	return nil
}

// CreateTables imports the models and creates their missing tables
// (hfc db create-all). It returns the tables created.
func (s *Server) CreateTables() ([]string, error) {
	if s.db == nil {
		return nil, fmt.Errorf("the app has no database")
	}
	th := s.startupThread()
	if err := s.importModels(th); err != nil {
		return nil, err
	}
	created, err := s.db.CreateAll(th, true)
	if err != nil {
		return created, &startupError{what: "creating the tables", exc: vm.AsException(err), text: s.pyError(err)}
	}
	return created, nil
}

// InitMigrations writes a migration that creates the tables of the models
// named (all when none) into the migrations folder, as sqlorm's
// init-migrations does: NNN_initial.sql, or NNN_create_TABLES.sql, with
// version the next free one unless given. An existing file is never
// replaced. With setVersion the database records that version as applied
// (its tables exist already). It returns the file written and its header.
func (s *Server) InitMigrations(models []string, version string, setVersion bool) (file, header string, err error) {
	if s.db == nil {
		return "", "", fmt.Errorf("the app has no database")
	}
	if _, bundled := s.proj.cache.(*bundleCache); bundled {
		return "", "", fmt.Errorf("the migrations of a bundle cannot change: run init-migrations on the app's folder")
	}
	if version == "" {
		version = db.NextMigrationVersion(s.migrationsFS, s.migrationsDir)
	}
	v, err := strconv.Atoi(version)
	if err != nil || v < 0 {
		return "", "", fmt.Errorf("version %q is not a migration version: expected digits, such as 001", version)
	}
	th := s.startupThread()
	if err := s.importModels(th); err != nil {
		return "", "", err
	}
	header, name, text, err := s.db.InitialMigration(th, models)
	if err != nil {
		return "", "", err
	}
	if err := os.MkdirAll(s.migrations, 0o755); err != nil {
		return "", "", err
	}
	file = filepath.Join(s.migrations, version+"_"+name+".sql")
	// O_EXCL: an existing migration is the user's, never overwritten.
	f, err := os.OpenFile(file, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return "", "", fmt.Errorf("%s exists already; give another --version", file)
		}
		return "", "", err
	}
	if _, err := f.WriteString(text); err != nil {
		f.Close()
		os.Remove(file)
		return "", "", err
	}
	if err := f.Close(); err != nil {
		os.Remove(file)
		return "", "", err
	}
	if setVersion {
		if err := s.db.SetSchemaVersion(th, v); err != nil {
			return file, header, fmt.Errorf("%s written, but the schema version was not recorded: %s", file, strings.TrimSpace(s.pyError(err)))
		}
	}
	return file, header, nil
}
