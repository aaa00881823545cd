package main

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// configHeading titles the README section with the configuration table.
const configHeading = "### Configuration reference"

// configVar is one variable of Config with its default.
type configVar struct{ name, def string }

// configVars lists every variable Config reads, with its default tag.
func configVars(t reflect.Type) []configVar {
	var out []configVar
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			out = append(out, configVars(f.Type)...)
			continue
		}
		if k := f.Tag.Get("envconfig"); k != "" {
			out = append(out, configVar{k, f.Tag.Get("default")})
		}
	}
	return out
}

// TestREADMEListsEveryVariable keeps the operator's configuration table in
// README.md complete: every variable Config reads has a row in the section
// under configHeading ("| `NAME` | default | meaning |"), and the row shows
// the default the code applies. It skips when README.md is absent (a partial checkout) or has
// not got its configuration section yet.
func TestREADMEListsEveryVariable(t *testing.T) {
	path := "../../README.md"
	if p := os.Getenv("SOCBOT_README"); p != "" { // check a draft
		path = p
	}
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skip("no README.md")
	}
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(b), configHeading+"\n")
	if !ok {
		t.Skipf("README.md has no %q section yet", configHeading)
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
	for _, v := range configVars(reflect.TypeOf(Config{})) {
		l, ok := rows[v.name]
		if !ok {
			t.Errorf("README.md has no table row for %s (default %q)", v.name, v.def)
			continue
		}
		cells := strings.Split(strings.Trim(l, "| "), "|")
		if v.def != "" && (len(cells) < 3 || !strings.Contains(cells[1], "`"+v.def+"`")) {
			t.Errorf("README.md row for %s does not show its default `%s` in its second cell: %s", v.name, v.def, l)
		}
	}
}

// TestConfigVarsSeesEveryField guards the reflection above: the variables it
// finds are exactly the ones loadConfig clears and reads.
func TestConfigVarsSeesEveryField(t *testing.T) {
	keys := envKeys(reflect.TypeOf(Config{}))
	vars := configVars(reflect.TypeOf(Config{}))
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
	files := []string{"../../deploy/docker-compose.yml", "../../deploy/.env.example", "../../deploy/Dockerfile"}
	k8s, _ := filepath.Glob("../../deploy/k8s/*.yaml")
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
	for _, v := range configVars(reflect.TypeOf(Config{})) {
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
