package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/runtime/db"
	"github.com/hyperflask/hfc/runtime/server"
)

func init() {
	var env string
	register(&command{
		name:    "db",
		args:    "init|migrate|status APP",
		summary: "manage an app's database (tables, migrations)",
		help: `init     prepare the database as the app does at startup: apply the migrations
         when the migrations folder exists, otherwise create the missing tables
         of the models (imported from models.py)
migrate  apply the migrations of the migrations folder (NNN_name.sql, in
         order) newer than the version recorded in the schema_version table;
         each migration is one transaction with its version
status   print the database, its schema version and the pending migrations

The database is SQLORM_URI of the configuration (sqlite://database/app.db
by default, relative to APP; postgresql://USER:PASSWORD@HOST/DATABASE for
PostgreSQL; FLASK_SQLORM_URI in the environment overrides it); the
migrations folder is SQLORM_MIGRATIONS_FOLDER (relative to the app root),
MIGRATIONS_FOLDER (relative to APP) or APP/migrations. See
docs/database.md.`,
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&env, "env", envDefault(), "configuration environment: production or development")
		},
		run: func(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) int {
			if len(args) != 2 {
				fmt.Fprintln(stderr, "hfc db: expected a subcommand (init, migrate or status) and the APP folder")
				return 2
			}
			sub, dir := args[0], args[1]
			switch sub {
			case "init", "migrate", "status":
			default:
				fmt.Fprintf(stderr, "hfc db: unknown subcommand %q; expected init, migrate or status\n", sub)
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
