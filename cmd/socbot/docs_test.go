package main

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
)

// configDoc is the one page that lists every variable, under configHeading.
const (
	configDoc     = "../../docs/configuration.md"
	configHeading = "## Variables"
)

// configVar is one variable of Config with its default as written in the
// environment ("" for an empty string or list).
type configVar struct{ name, def string }

// configVars lists every variable a config struct reads, with the value it
// holds in v (a Config loaded from an empty environment: the defaults).
func configVars(v reflect.Value) []configVar {
	var out []configVar
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			out = append(out, configVars(v.Field(i))...)
			continue
		}
		if k := f.Tag.Get("envconfig"); k != "" {
			out = append(out, configVar{k, envValue(v.Field(i))})
		}
	}
	return out
}

// envValue writes a field's value as it would be set in the environment:
// 168h rather than 168h0m0s, lists comma separated.
func envValue(v reflect.Value) string {
	switch x := v.Interface().(type) {
	case time.Duration:
		s := x.String()
		if strings.HasSuffix(s, "m0s") {
			s = strings.TrimSuffix(s, "0s")
		}
		if strings.HasSuffix(s, "h0m") {
			s = strings.TrimSuffix(s, "0m")
		}
		return s
	case string:
		return x
	case []string:
		return strings.Join(x, ",")
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	}
	panic(fmt.Sprintf("envValue: no format for %s", v.Type()))
}

// loadedDefaults loads Config through loadEnv from an environment where every
// variable it reads is set to the empty string, which counts as unset: the
// defaults socbot really runs with.
func loadedDefaults(t *testing.T) Config {
	t.Helper()
	for _, k := range envKeys(reflect.TypeOf(Config{})) {
		t.Setenv(k, "")
	}
	var cfg Config
	if _, err := loadEnv(&cfg); err != nil {
		t.Fatal(err)
	}
	return cfg
}

// TestConfigDocListsEveryVariable keeps the operator's configuration table in
// docs/configuration.md complete: every variable Config reads has a row in the
// section under configHeading ("| `NAME` | default | meaning |"), and the row
// shows the default the code applies (read from a Config loaded from an empty
// environment, so a changed default fails here until the table follows). A missing page or heading is a failure:
// the table is the only place the variables are listed.
func TestConfigDocListsEveryVariable(t *testing.T) {
	path := configDoc
	if p := os.Getenv("SOCBOT_CONFIG_DOC"); p != "" { // check a draft
		path = p
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the configuration table must live in %s: %v", path, err)
	}
	_, section, ok := strings.Cut(string(b), "\n"+configHeading+"\n")
	if !ok {
		t.Fatalf("%s has no %q heading above its configuration table", path, configHeading)
	}
	if i := regexp.MustCompile(`(?m)^##+ `).FindStringIndex(section); i != nil {
		section = section[:i[0]]
	}
	rows := map[string]string{} // variable → its first table row
	row := regexp.MustCompile("^\\|\\s*`([A-Z][A-Z0-9_]+)`")
	for _, l := range strings.Split(section, "\n") {
		// A row may name several variables: | `A`, `B` | … |
		if !row.MatchString(l) {
			continue
		}
		first, _, _ := strings.Cut(strings.TrimPrefix(l, "|"), "|")
		for _, m := range regexp.MustCompile("`([A-Z][A-Z0-9_]+)`").FindAllStringSubmatch(first, -1) {
			if _, ok := rows[m[1]]; !ok {
				rows[m[1]] = l
			}
		}
	}
	for _, v := range configVars(reflect.ValueOf(loadedDefaults(t))) {
		l, ok := rows[v.name]
		if !ok {
			t.Errorf("%s has no table row for %s (default %q)", path, v.name, v.def)
			continue
		}
		cells := strings.Split(strings.Trim(l, "| "), "|")
		if v.def != "" && (len(cells) < 3 || !strings.Contains(cells[1], "`"+v.def+"`")) {
			t.Errorf("%s row for %s does not show its default `%s` in its second cell: %s", path, v.name, v.def, l)
		}
	}
}

// TestConfigVarsSeesEveryField guards the reflection above: the variables it
// finds are exactly the ones loadConfig clears and reads.
func TestConfigVarsSeesEveryField(t *testing.T) {
	keys := envKeys(reflect.TypeOf(Config{}))
	vars := configVars(reflect.ValueOf(Config{}))
	if len(keys) != len(vars) {
		t.Fatalf("%d keys, %d vars", len(keys), len(vars))
	}
	for i := range keys {
		if keys[i] != vars[i].name {
			t.Errorf("key %d: %s vs %s", i, keys[i], vars[i].name)
		}
	}
	for _, want := range []string{"SLACK_APP_TOKEN", "SOC_HTTP_ADDR", "SOC_LOG_FORMAT", "SOC_LOG_LEVEL"} {
		if !strings.Contains(strings.Join(keys, " "), want) {
			t.Errorf("Config does not read %s", want)
		}
	}
}

// TestDeployFilesNameKnownVariables: every socbot variable the deployment
// files set or mention is one Config reads, so a renamed or retired variable
// (SOC_CONVERSATION_TTL, say) cannot linger in a manifest.
func TestDeployFilesNameKnownVariables(t *testing.T) {
	known := map[string]bool{}
	for _, k := range envKeys(reflect.TypeOf(Config{})) {
		known[k] = true
	}
	known["SOC_CONVERSATION_TTL"] = false // read only to reject it
	name := regexp.MustCompile(`\b(?:SOC|SLACK|REDIS|OPENAI)_[A-Z0-9_]+\b`)
	files := []string{"../../deploy/docker-compose.yml", "../../deploy/compose.reports.yml", "../../deploy/.env.example", "../../deploy/Dockerfile"}
	k8s, _ := filepath.Glob("../../deploy/k8s/*.yaml")
	components, _ := filepath.Glob("../../deploy/k8s/components/*/*.yaml")
	k8s = append(k8s, components...)
	for _, f := range append(files, k8s...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range name.FindAllString(string(b), -1) {
			if !known[n] {
				t.Errorf("%s names %s, which socbot does not read", filepath.Base(f), n)
			}
		}
	}
}

// TestEnvExampleShowsDefaults: an optional variable shown commented out in
// deploy/.env.example shows the default the code applies, so uncommenting it
// changes nothing until the value is edited.
func TestEnvExampleShowsDefaults(t *testing.T) {
	defs := map[string]string{}
	for _, v := range configVars(reflect.ValueOf(loadedDefaults(t))) {
		defs[v.name] = v.def
	}
	b, err := os.ReadFile("../../deploy/.env.example")
	if err != nil {
		t.Fatal(err)
	}
	line := regexp.MustCompile(`^#\s*([A-Z][A-Z0-9_]+)=(\S*)$`)
	for _, l := range strings.Split(string(b), "\n") {
		m := line.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			continue
		}
		if def := defs[m[1]]; def != "" && m[2] != def {
			t.Errorf(".env.example shows %s=%s; the default is %s", m[1], m[2], def)
		}
	}
}

// TestDocsLinksResolve: every relative link in README.md and docs/*.md names a
// file that exists and, when it has one, a heading of that file, so moving a
// section cannot leave a dead link behind.
func TestDocsLinksResolve(t *testing.T) {
	pages, err := filepath.Glob("../../docs/*.md")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no docs/*.md pages (%v)", err)
	}
	pages = append(pages, "../../README.md")
	link := regexp.MustCompile(`\]\(([^)\s]+)\)`)
	for _, page := range pages {
		b, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range link.FindAllStringSubmatch(string(b), -1) {
			target := m[1]
			if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			file, anchor, _ := strings.Cut(target, "#")
			path := page
			if file != "" {
				path = filepath.Join(filepath.Dir(page), file)
			}
			body, err := os.ReadFile(path)
			if err != nil {
				t.Errorf("%s links to %s, which does not exist", filepath.Base(page), target)
				continue
			}
			if anchor != "" && !headingAnchors(string(body))[anchor] {
				t.Errorf("%s links to %s: %s has no heading with that anchor", filepath.Base(page), target, file)
			}
		}
	}
}

// headingAnchors returns the anchors a Markdown renderer gives the headings of
// a page: lower case, punctuation dropped, spaces as hyphens.
func headingAnchors(page string) map[string]bool {
	anchors := map[string]bool{}
	inCode := false
	for _, l := range strings.Split(page, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			inCode = !inCode
			continue
		}
		if inCode || !strings.HasPrefix(l, "#") {
			continue
		}
		title := strings.TrimSpace(strings.TrimLeft(l, "#"))
		var a strings.Builder
		for _, r := range strings.ToLower(title) {
			switch {
			case r == ' ':
				a.WriteRune('-')
			case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
				a.WriteRune(r)
			}
		}
		anchors[a.String()] = true
	}
	return anchors
}

// TestREADMEIsShort keeps README.md the front door: at most 200 lines, with the
// detail in docs/, and the configuration table only in docs/configuration.md.
func TestREADMEIsShort(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), "\n"); n > 200 {
		t.Errorf("README.md has %d lines; keep it to 200 and move the detail to docs/", n)
	}
}

// TestVariablesTabledOnce: only docs/configuration.md has table rows for the
// variables, so a default is written down in one place.
func TestVariablesTabledOnce(t *testing.T) {
	pages, _ := filepath.Glob("../../docs/*.md")
	pages = append(pages, "../../README.md")
	row := regexp.MustCompile("(?m)^\\|\\s*`(?:SOC|SLACK|REDIS|OPENAI)_[A-Z0-9_]+`")
	for _, page := range pages {
		if filepath.Base(page) == filepath.Base(configDoc) {
			continue
		}
		b, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		if m := row.FindString(string(b)); m != "" {
			t.Errorf("%s has a configuration table row (%s…); variables are listed only in %s", filepath.Base(page), m, filepath.Base(configDoc))
		}
	}
}
