package db

import (
	"context"
	"testing"

	"github.com/hyperflask/hfc/runtime/vm"
)

// pgLike is a driver stub with PostgreSQL's numbered placeholders: the
// statements the models build render for it with $1, $2 … (the dialect
// seam of ADR 0007).
type pgLike struct{}

func (pgLike) conn(context.Context) (conn, error) { return nil, nil }
func (pgLike) placeholder(n int) string           { return "$" + itoa(int64(n)) }
func (pgLike) primaryKeyDef() string              { return "PRIMARY KEY GENERATED ALWAYS AS IDENTITY" }
func (pgLike) close() error                       { return nil }

func TestPlaceholdersFollowTheDriver(t *testing.T) {
	th := vm.NewThread(context.Background())
	cond := andSQL(op(sqlCol("title", "task"), "=", vm.Str("a")), op(sqlCol("rank", "task"), ">", vm.MakeInt(2)))
	stmt := rawSQL(vm.Str("SELECT * FROM task WHERE"), cond, vm.Str("LIMIT"), vm.MakeInt(1))
	for _, c := range []struct {
		drv  driver
		want string
	}{
		{pgLike{}, "SELECT * FROM task WHERE ( task.title = $1 AND task.rank > $2 ) LIMIT 1"},
		{&sqliteDriver{}, "SELECT * FROM task WHERE ( task.title = ? AND task.rank > ? ) LIMIT 1"},
	} {
		got, params, err := renderStmt(th, c.drv, stmt)
		if err != nil || got != c.want || len(params) != 2 {
			t.Errorf("got %q %v %v, want %q", got, params, err, c.want)
		}
	}
	d := &Database{drv: pgLike{}}
	m := &mapper{table: "task", cols: []*SQL{newColumn("id", &colInfo{typ: typeInteger, primaryKey: true, nullable: 0})}}
	s, _, err := renderStmt(th, d.drv, d.createTableSQL(m))
	if err != nil || s != "CREATE TABLE task (\n    id integer NOT NULL PRIMARY KEY GENERATED ALWAYS AS IDENTITY \n)" {
		t.Errorf("CREATE TABLE: %q %v", s, err)
	}
}
