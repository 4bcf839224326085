package server

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/yamlfm"
	"github.com/hyperflask/hfc/runtime/app"
	"github.com/hyperflask/hfc/runtime/stdlib/json"
	"github.com/hyperflask/hfc/runtime/vm"
)

// Config is an app's configuration (reference §7.4): Flask's and hfc's
// defaults, then config.yml, then config.<env>.yml (their keys upper-cased:
// `secret_key` is SECRET_KEY), then the FLASK_* environment variables
// (FLASK_SECRET_KEY is SECRET_KEY; a value that parses as JSON is that
// value), the environment being the process's over .env.<env> over .env.
// Pages see it as config and app.config.
type Config struct {
	// Env is the environment: "development" turns on debug (tracebacks in
	// error pages, indented JSON).
	Env string
	// Values maps the upper-case keys to their Python values.
	Values *vm.Dict
	// Files are the configuration files read, in order.
	Files []string
	// Diags are the problems found reading them.
	Diags diag.List
}

// configDefaults are the keys every app has (Flask 2.2's defaults that hfc
// reads, and hfc's own).
func configDefaults(env string) *vm.Dict {
	d := vm.NewDict(16)
	d.SetStr("ENV", vm.Str(env))
	d.SetStr("DEBUG", vm.MakeBool(env == "development"))
	d.SetStr("SECRET_KEY", vm.None)
	d.SetStr("SESSION_COOKIE_NAME", vm.Str("session"))
	d.SetStr("SESSION_COOKIE_DOMAIN", vm.None)
	d.SetStr("SESSION_COOKIE_PATH", vm.None)
	d.SetStr("SESSION_COOKIE_HTTPONLY", vm.True)
	d.SetStr("SESSION_COOKIE_SECURE", vm.False)
	d.SetStr("SESSION_COOKIE_SAMESITE", vm.Str("Lax"))
	d.SetStr("SESSION_REFRESH_EACH_REQUEST", vm.True)
	d.SetStr("PERMANENT_SESSION_LIFETIME", vm.MakeInt(31*24*3600))
	d.SetStr("SERVER_SECURED", vm.False)
	d.SetStr("MAX_CONTENT_LENGTH", vm.MakeInt(16<<20))
	d.SetStr("STATIC_FOLDER", vm.Str("public"))
	d.SetStr("STATIC_URL_PATH", vm.Str("/static"))
	d.SetStr("URL_FOR_SERVER_NAME", vm.None)
	d.SetStr("PREFERRED_URL_SCHEME", vm.Str("http"))
	d.SetStr("WTF_CSRF_ENABLED", vm.True)
	d.SetStr("WTF_CSRF_TIME_LIMIT", vm.MakeInt(3600))
	d.SetStr("WTF_CSRF_FIELD_NAME", vm.Str("csrf_token"))
	d.SetStr("WTF_CSRF_METHODS", vm.NewList([]vm.Value{vm.Str("POST"), vm.Str("PUT"), vm.Str("PATCH"), vm.Str("DELETE")}))
	d.SetStr("HSTS", vm.False)
	d.SetStr("CSP", vm.True)
	d.SetStr("STEP_BUDGET", vm.MakeInt(50_000_000))
	d.SetStr("REQUEST_TIMEOUT", vm.MakeInt(30))
	return d
}

// LoadConfig reads the configuration of the project whose files fsys holds
// for env; dir is the project folder as paths are shown, environ the
// process environment (os.Environ()). A file that cannot be read or parsed
// is a diagnostic; the rest still applies.
func LoadConfig(fsys fs.FS, dir, env string, environ []string) *Config {
	c := &Config{Env: env, Values: configDefaults(env)}
	th := vm.NewThread(context.Background())
	for _, name := range []string{"config.yml", "config." + env + ".yml"} {
		c.loadYAML(th, fsys, name, filepath.Join(dir, name))
	}
	vars := map[string]string{}
	for _, name := range []string{".env", ".env." + env} {
		c.loadDotenv(fsys, name, filepath.Join(dir, name), vars)
	}
	for _, kv := range environ {
		if k, v, ok := strings.Cut(kv, "="); ok {
			vars[k] = v
		}
	}
	for _, k := range sortedKeys(vars) {
		key, ok := strings.CutPrefix(k, "FLASK_")
		if !ok || key == "" || key == "ENV" || key == "APP" {
			continue
		}
		var v vm.Value = vm.Str(vars[k])
		if parsed, err := json.Loads(th, vars[k]); err == nil {
			v = parsed
		}
		c.Values.SetStr(key, v)
	}
	return c
}

func (c *Config) loadYAML(th *vm.Thread, fsys fs.FS, name, path string) {
	data, err := fs.ReadFile(fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	b := diag.Builder{File: path}
	if err != nil {
		b.Add(diag.ConfigUnreadable, source.Span{}, "cannot read the configuration: %v", err)
		c.Diags = append(c.Diags, b.Diags...)
		return
	}
	c.Files = append(c.Files, path)
	f := source.NewFile(path, string(data))
	doc, diags := yamlfm.Parse(f, 0, len(data))
	if diags.HasErrors() {
		c.Diags = append(c.Diags, diags...)
		return
	}
	v, err := app.YAMLValue(th, doc)
	if err != nil {
		b.Add(diag.ConfigUnreadable, f.Span(0, 0), "cannot read the configuration: %v", err)
		c.Diags = append(c.Diags, b.Diags...)
		return
	}
	d, ok := v.(*vm.Dict)
	if !ok {
		if !vm.Is(v, vm.None) {
			b.Add(diag.ConfigUnreadable, f.Span(0, 0), "the configuration is a %s; expected a mapping of keys to values", v.Type().Name)
			c.Diags = append(c.Diags, b.Diags...)
		}
		return
	}
	d.Items(func(k, val vm.Value) bool {
		if s, ok := k.(vm.Str); ok {
			c.Values.SetStr(strings.ToUpper(string(s)), val)
		}
		return true
	})
}

// loadDotenv reads KEY=VALUE lines (with an optional `export `, quotes and
// # comments) into vars; earlier files do not override later ones' keys.
func (c *Config) loadDotenv(fsys fs.FS, name, path string, vars map[string]string) {
	data, err := fs.ReadFile(fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		b := diag.Builder{File: path}
		b.Add(diag.ConfigUnreadable, source.Span{}, "cannot read the environment file: %v", err)
		c.Diags = append(c.Diags, b.Diags...)
		return
	}
	c.Files = append(c.Files, path)
	f := source.NewFile(path, string(data))
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(strings.TrimSuffix(line, "\r"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.TrimPrefix(line, "export ")
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			b := diag.Builder{File: path}
			off := f.LineStart(i + 1)
			b.Add(diag.ConfigUnreadable, f.Span(off, off+len(line)), "expected KEY=VALUE, found %q", line)
			c.Diags = append(c.Diags, b.Diags...)
			continue
		}
		v = strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
			v = v[1 : len(v)-1]
		} else if j := strings.Index(v, " #"); j >= 0 {
			v = strings.TrimSpace(v[:j])
		}
		vars[strings.TrimSpace(k)] = v
	}
}

// Get returns a configuration value (nil when absent).
func (c *Config) Get(key string) vm.Value {
	v, _ := c.Values.GetStr(key)
	return v
}

// String returns a value as a string; def when absent or None.
func (c *Config) String(key, def string) string {
	switch v := c.Get(key).(type) {
	case vm.Str:
		return string(v)
	case nil, vm.NoneType:
		return def
	default:
		return fmt.Sprint(v)
	}
}

// Int returns an integer value (a numeric string counts); def otherwise.
func (c *Config) Int(key string, def int64) int64 {
	switch v := c.Get(key).(type) {
	case vm.Int:
		return int64(v)
	case vm.Str:
		if n, err := strconv.ParseInt(string(v), 10, 64); err == nil {
			return n
		}
	}
	return def
}

// Bool returns a boolean value: Python truth, or "1"/"true"/"yes"/"on"
// for strings.
func (c *Config) Bool(key string) bool {
	switch v := c.Get(key).(type) {
	case vm.Bool:
		return bool(v)
	case vm.Int:
		return v != 0
	case vm.Str:
		switch strings.ToLower(string(v)) {
		case "1", "true", "yes", "on":
			return true
		}
	}
	return false
}

// BoolDefault is Bool with a default for an absent key.
func (c *Config) BoolDefault(key string, def bool) bool {
	if c.Get(key) == nil {
		return def
	}
	return c.Bool(key)
}

// Seconds returns a duration given in seconds.
func (c *Config) Seconds(key string, def time.Duration) time.Duration {
	n := c.Int(key, -1)
	if n < 0 {
		return def
	}
	return time.Duration(n) * time.Second
}

// Debug reports whether the app runs in development.
func (c *Config) Debug() bool { return c.Bool("DEBUG") }
