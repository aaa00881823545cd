package triage

import (
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

func mustEngine(t testing.TB) *Engine {
	t.Helper()
	e, err := NewEngine()
	if err != nil {
		t.Fatalf("NewEngine: %v", err)
	}
	return e
}

// firedIDs returns the ids of the rules that fire (not negated) on text.
func firedIDs(e *Engine, text string) map[string]bool {
	s := e.pool.Get().(*scratch)
	defer e.pool.Put(s)
	out := map[string]bool{}
	for _, f := range e.fire(s, text) {
		if !f.negated {
			out[e.rules[f.rule].ID] = true
		}
	}
	return out
}

// matchesBeforeSuppression reports whether rule id fires on text, ignoring suppression.
func matchesRule(e *Engine, id, text string) bool {
	s := e.pool.Get().(*scratch)
	defer e.pool.Put(s)
	e.fire(s, text)
	for _, ri := range s.rules {
		r := &e.rules[ri]
		if r.ID == id && e.ruleMatches(s, ri) && (!r.Joined || e.listed(s, text, ri)) && (!r.Contact || contactAsked(s.toks)) &&
			(!r.Asked || askerAsks(s.toks)) && (!r.Fact || factAsked(s.toks)) &&
			!(r.Negatable && e.negated(s, ri)) {
			return true
		}
	}
	return false
}

func TestRuleExamples(t *testing.T) {
	e := mustEngine(t)
	for _, r := range e.Rules() {
		for _, ex := range r.Examples.Match {
			if !matchesRule(e, r.ID, ex) {
				t.Errorf("rule %s: example should match but does not: %q", r.ID, ex)
			}
		}
		for _, ex := range r.Examples.NoMatch {
			if matchesRule(e, r.ID, ex) {
				t.Errorf("rule %s: example should not match but does: %q", r.ID, ex)
			}
		}
	}
}

// Every criterion, SOC 1 area and artifact of the guide is reachable by some rule.
func TestVocabularyReachable(t *testing.T) {
	e := mustEngine(t)
	have := map[string]bool{}
	for _, r := range e.Rules() {
		for _, xs := range [][]string{r.Criteria, r.SOC1Areas, r.Artifacts, r.Categories} {
			for _, x := range xs {
				have[x] = true
			}
		}
	}
	for _, list := range [][]string{AllCriteria, AllSOC1Areas, AllArtifacts} {
		for _, x := range list {
			if !have[x] {
				t.Errorf("no rule concludes %s", x)
			}
		}
	}
}

func TestRuleValidationNamesTheRule(t *testing.T) {
	tests := []struct {
		name, json, want string
	}{
		{"unknown field", `{"rules":[{"id":"x","reason":"r","any":["a b"],"weight":0.5,"colour":1}]}`, "unknown field"},
		{"unknown criterion", `{"rules":[{"id":"bad_crit","reason":"r","any":["mfa"],"report":"soc2","criteria":["CC10.1"],"weight":0.5,"examples":{"match":["mfa","mfa"],"no_match":["x"]}}]}`, "rule 1 (bad_crit): unknown criterion"},
		{"unknown SOC 1 area", `{"rules":[{"id":"bad_area","reason":"r","any":["payroll"],"report":"soc1","soc1_areas":["payroll_processing"],"weight":0.5,"examples":{"match":["payroll","payroll"],"no_match":["x"]}}]}`, "rule 1 (bad_area): unknown SOC 1 area \"payroll_processing\""},
		{"few examples", `{"rules":[{"id":"thin","reason":"r","any":["mfa"],"report":"soc2","weight":0.5,"examples":{"match":["mfa"],"no_match":["x"]}}]}`, "rule 1 (thin): needs at least two examples"},
		{"bad weight", `{"rules":[{"id":"heavy","reason":"r","any":["mfa"],"report":"soc2","weight":2,"examples":{"match":["mfa","mfa"],"no_match":["x"]}}]}`, "rule 1 (heavy): weight"},
		{"unknown lexicon", `{"rules":[{"id":"lex","reason":"r","any":["@nope"],"report":"soc2","weight":0.5,"examples":{"match":["a","b"],"no_match":["x"]}}]}`, "rule 1 (lex): unknown lexicon entry @nope"},
		{"short prefix", `{"rules":[{"id":"pre","reason":"r","any":["ab*"],"report":"soc2","weight":0.5,"examples":{"match":["a","b"],"no_match":["x"]}}]}`, "rule 1 (pre): prefix"},
		{"unknown suppress", `{"rules":[{"id":"sup","reason":"r","any":["mfa"],"report":"soc2","weight":0.5,"suppresses":["ghost"],"examples":{"match":["a","b"],"no_match":["x"]}}]}`, "rule 1 (sup): suppresses unknown rule"},
		{"syntax", "{\"rules\":[\n{\"id\": }]}", "line 2"},
		{"skipped alternative", `{"rules":[{"id":"alt","reason":"r","any":["opt ~1 out|in"],"report":"soc2","weight":0.5,"examples":{"match":["a","b"],"no_match":["x"]}}]}`, "rule 1 (alt): alternative \"in\" in \"opt ~1 out|in\" is a skipped word"},
		{"split alternative", `{"rules":[{"id":"split","reason":"r","any":["financial statement*|financial reporting"],"report":"soc1","weight":0.5,"examples":{"match":["a","b"],"no_match":["x"]}}]}`, "rule 1 (split): phrase \"financial statement*|financial reporting\": alternative \"financial\" of \"statement*|financial\" repeats the word beside it"},
		{"split alternative in the lexicon", `{"lexicon":{"count":["how many|number of"]},"rules":[{"id":"cnt","reason":"r","any":["@count ~2 user*"],"report":"soc2","weight":0.5,"examples":{"match":["a","b"],"no_match":["x"]}}]}`, "rule 1 (cnt): in \"@count ~2 user*\": phrase \"how many|number of ~2 user*\": skipped word \"of\" beside \"many|number\""},
		{"one word once skipped", `{"rules":[{"id":"one","reason":"r","any":["which ~2 countr*"],"report":"soc2","weight":0.5,"examples":{"match":["a","b"],"no_match":["x"]}}]}`, "rule 1 (one): phrase \"which ~2 countr*\" is one word"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"rules/a.json": {Data: []byte(tc.json)}}
			_, err := NewEngineFS(fsys)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

// The domain package imports only the standard library.
func TestTriageImportsOnlyStandardLibrary(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		af, err := parser.ParseFile(gotoken.NewFileSet(), f, src, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, im := range af.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			if p == "github.com/socbot/socbot/internal/triage" && strings.HasSuffix(f, "_test.go") {
				continue // an external test of this package
			}
			if first := strings.Split(p, "/")[0]; strings.Contains(first, ".") {
				t.Errorf("%s imports %s: internal/triage must import only the standard library", f, p)
			}
		}
	}
}
