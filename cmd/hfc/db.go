package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"strings"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/runtime/db"
	"github.com/hyperflask/hfc/runtime/server"
)

func init() {
	var env, version string
	var setVersion bool
	register(&command{
		name:         "db",
		args:         "init|migrate|status|create-all|init-migrations APP [MODEL...]",
		summary:      "manage an app's database (tables, migrations)",
		interspersed: true,
		help: `init     prepare the database as the app does at startup: apply the migrations
         when the migrations folder exists, otherwise create the missing tables
         of the models (imported from models.py)
migrate  apply the migrations of the migrations folder (NNN_name.sql, in
         order) newer than the version recorded in the schema_version table;
         each migration is one transaction with its version
status   print the database, its schema version and the pending migrations
create-all
         create the tables of the models that do not exist yet
init-migrations
         write a migration that creates the tables of the MODELs named (class
         or table names; all the models when none) into the migrations folder:
         NNN_initial.sql or NNN_create_TABLES.sql, NNN the next free version
         (--version to choose it); an existing file is never replaced;
         --set-version records the version as applied (the tables exist)

The database is SQLORM_URI of the configuration (sqlite://database/app.db
by default, relative to APP; postgresql://USER:PASSWORD@HOST/DATABASE for
PostgreSQL; FLASK_SQLORM_URI in the environment overrides it); the
migrations folder is SQLORM_MIGRATIONS_FOLDER (relative to the app root),
MIGRATIONS_FOLDER (relative to APP) or APP/migrations. See
docs/database.md.`,
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&env, "env", envDefault(), "configuration environment: production or development")
			fs.StringVar(&version, "version", "", "init-migrations: the version of the migration written (default: the next free one)")
			fs.BoolVar(&setVersion, "set-version", false, "init-migrations: record the migration's version in the database as applied")
		},
		run: func(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) int {
			if len(args) < 2 {
				fmt.Fprintln(stderr, "hfc db: expected a subcommand (init, migrate, status, create-all or init-migrations) and the APP folder")
				return 2
			}
			sub, dir, models := args[0], args[1], args[2:]
			switch sub {
			case "init", "migrate", "status", "create-all", "init-migrations":
			default:
				fmt.Fprintf(stderr, "hfc db: unknown subcommand %q; expected init, migrate, status, create-all or init-migrations\n", sub)
				return 2
			}
			if len(models) > 0 && sub != "init-migrations" {
				fmt.Fprintf(stderr, "hfc db %s: unexpected arguments after APP: %s\n", sub, strings.Join(models, " "))
				return 2
			}
			if (version != "" || setVersion) && sub != "init-migrations" {
				fmt.Fprintf(stderr, "hfc db %s: --version and --set-version are flags of init-migrations\n", sub)
				return 2
			}
			srv, err := server.Open(dir, server.Options{Env: env, Environ: os.Environ(), ErrorLog: stderr, NoDatabaseInit: true})
			if err != nil {
				fmt.Fprintf(stderr, "hfc db: %v\n", err)
				return 1
			}
			defer srv.Close()
			for _, d := range srv.Diagnostics() {
				if d.Code == diag.DatabaseUnavailable {
					fmt.Fprintln(stderr, d.Error())
					return 1
				}
			}
			d := srv.Database()
			switch sub {
			case "init":
				did, err := srv.InitDatabase()
				if err != nil {
					fmt.Fprintf(stderr, "hfc db init: %v\n", err)
					return 1
				}
				fmt.Fprintf(stdout, "%s: %s\n", d.Path(), did)
			case "migrate":
				applied, err := srv.MigrateDatabase()
				for _, m := range applied {
					fmt.Fprintf(stdout, "applied %s\n", path.Base(m.Path))
				}
				if err != nil {
					fmt.Fprintf(stderr, "hfc db migrate: %v\n", err)
					return 1
				}
				if v, ok := srv.DatabaseVersion(); ok {
					fmt.Fprintf(stdout, "%s: schema version %d\n", d.Path(), v)
				} else {
					fmt.Fprintf(stdout, "%s: no migrations in %s\n", d.Path(), srv.Migrations())
				}
			case "status":
				return dbStatus(srv, d, stdout)
			case "create-all":
				created, err := srv.CreateTables()
				if err != nil {
					fmt.Fprintf(stderr, "hfc db create-all: %v\n", err)
					return 1
				}
				if len(created) == 0 {
					fmt.Fprintf(stdout, "%s: every table exists\n", d.Path())
				} else {
					fmt.Fprintf(stdout, "%s: created %s\n", d.Path(), strings.Join(created, ", "))
				}
			case "init-migrations":
				file, header, err := srv.InitMigrations(models, version, setVersion)
				if file != "" {
					fmt.Fprintf(stdout, "created migration %s (%s)\n", file, header)
				}
				if err != nil {
					fmt.Fprintf(stderr, "hfc db init-migrations: %v\n", err)
					return 1
				}
			}
			return 0
		},
	})
}

// dbStatus prints the database, its schema version and the migrations.
func dbStatus(srv *server.Server, d *db.Database, stdout io.Writer) int {
	fmt.Fprintf(stdout, "database: %s\n", d.URI())
	v, ok := srv.DatabaseVersion()
	if ok {
		fmt.Fprintf(stdout, "schema version: %d\n", v)
	} else {
		fmt.Fprintln(stdout, "schema version: none (no migration applied)")
	}
	migs, err := srv.MigrationFiles()
	if err != nil {
		fmt.Fprintf(stdout, "migrations: none (%s does not exist)\n", srv.Migrations())
		return 0
	}
	pending := 0
	for _, m := range migs {
		state := "applied"
		if !ok || m.Version > v {
			state = "pending"
			pending++
		}
		fmt.Fprintf(stdout, "  %-8s %s\n", state, path.Base(m.Path))
	}
	fmt.Fprintf(stdout, "%d migration(s), %d pending\n", len(migs), pending)
	return 0
}
