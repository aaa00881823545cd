package triage

import (
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"testing"
)

// An alternative is one word: "financial statement*|financial reporting" reads as
// "financial (statement*|financial) reporting", not as two phrases. The checks below
// find alternations whose parts look like pieces of several phrases.
//
// altLintExceptions lists phrases (as written, before @lexicon expansion) that a
// check flags but that mean what they say; each needs a reason.
var altLintExceptions = map[string]string{
	"@asker_party ~3 @assess_act": "two lists side by side: \"penetration\" is the tester's kind in one (\"our own penetration testers\") and the act in the other",
	"payroll|billing|ledger|gl|accounting|claims|claim|loan|loans|lending|premium|rating|trading|treasury|erp|settlement|invoicing|disbursement*|banking|brokerage|custody|servicing|receivable*|payable*|remittance*|pension*|fund|calculation ~3 system*|application*|app|apps|platform*|engine|software|module*|program*|database*|tool*|screen*|routine*|logic|code|formula*|script* ~4 chang*|modif*|edit*|fix|fixes|hotfix*|upgrad*|patch*|deploy*|code|releas*": "\"code\" is a part of the financial system (\"payroll code changes\") and, after it, what is changed (\"payroll system code\")",
}

// phraseSource is one phrase of the rule table or a catalogue, with where it is.
type phraseSource struct {
	where string // "rule remote_mfa", "@bridge", "criterion CC6.1", "area custody"
	src   string // as written
}

// tablePhrases returns every phrase of the rules' any, all and not lists, of the
// lexicon and of both catalogues.
func tablePhrases(t *testing.T, fsys fs.FS) ([]phraseSource, map[string][]string) {
	t.Helper()
	rules, lex, err := LoadRules(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var out []phraseSource
	names := make([]string, 0, len(lex))
	for name := range lex {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, src := range lex[name] {
			out = append(out, phraseSource{"@" + name, src})
		}
	}
	for _, r := range rules {
		for _, src := range r.Any {
			out = append(out, phraseSource{"rule " + r.ID, src})
		}
		for _, group := range r.All {
			for _, src := range group {
				out = append(out, phraseSource{"rule " + r.ID, src})
			}
		}
		for _, src := range r.Not {
			out = append(out, phraseSource{"rule " + r.ID + " (not)", src})
		}
		for _, src := range r.ExceptWithin {
			out = append(out, phraseSource{"rule " + r.ID + " (except_within)", src})
		}
	}
	cat, err := LoadCatalogue(fsys)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cat {
		for src := range c.Terms {
			out = append(out, phraseSource{"criterion " + c.ID, src})
		}
	}
	areas, err := LoadAreas(fsys)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range areas {
		for src := range a.Terms {
			out = append(out, phraseSource{"area " + a.ID, src})
		}
	}
	return out, lex
}

func altString(a alt) string {
	if a.prefix {
		return a.word + "*"
	}
	return a.word
}

// covers reports whether alternative c matches the word w.
func covers(c alt, w string) bool {
	if c.prefix {
		return strings.HasPrefix(w, c.word)
	}
	return c.word == w || c.word == stem(w)
}

// lintAlternation returns what looks wrong in one compiled phrase:
//
//   - an alternative equal to the single word just before or after its
//     alternation: "financial statement*|financial reporting" has "financial" on
//     both sides, "pen test*|security test*" has "test*";
//   - two words side by side, one of them in an alternation, that join into
//     another alternative beside them: "set up|setup" ("set"+"up" is "setup"),
//     "data cent*|datacent*", "off site|offsite", "plugin*|plug ins", "life ~1
//     cycle|lifecycle". The author wrote the spaced form as if it were one
//     alternative.
func lintAlternation(terms []term) []string {
	var out []string
	for i, t := range terms {
		if len(t.alts) < 2 {
			continue
		}
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(terms) {
				continue
			}
			for _, a := range t.alts {
				for _, n := range terms[j].alts {
					if a.word == n.word && a.prefix == n.prefix && (j > i || len(terms[j].alts) == 1) {
						out = append(out, fmt.Sprintf("alternative %q repeats a word of the term beside it", altString(a)))
					}
				}
			}
		}
	}
	for i := 0; i+1 < len(terms); i++ {
		l, r := terms[i], terms[i+1]
		if len(l.alts) < 2 && len(r.alts) < 2 || r.gap > defaultGap {
			continue
		}
		for _, a := range l.alts {
			if a.prefix {
				continue
			}
			for _, b := range r.alts {
				joined := a.word + b.word
				for _, c := range slices.Concat(l.alts, r.alts) {
					if c != a && c != b && len(c.word) > max(len(a.word), len(b.word)) && covers(c, joined) {
						out = append(out, fmt.Sprintf("%q and %q join into the alternative %q: write %q %q as a phrase of its own",
							altString(a), altString(b), altString(c), a.word, altString(b)))
					}
				}
			}
		}
	}
	return out
}

// lintPhrases runs lintAlternation over every phrase, @lexicon entries expanded.
func lintPhrases(t *testing.T, fsys fs.FS) []string {
	t.Helper()
	phrases, lex := tablePhrases(t, fsys)
	var out []string
	done := map[string]bool{}
	for _, p := range phrases {
		if !strings.Contains(p.src, "|") && !strings.Contains(p.src, "@") {
			continue
		}
		if _, ok := altLintExceptions[p.src]; ok || done[p.where+"\x00"+p.src] {
			continue
		}
		done[p.where+"\x00"+p.src] = true
		expanded, err := expandLexicon(p.src, lex, 0)
		if err != nil {
			t.Fatalf("%s: %v", p.where, err)
		}
		var found []string
		for _, ph := range expanded {
			terms, err := compilePhrase(ph)
			if err != nil {
				t.Fatalf("%s: %v", p.where, err)
			}
			for _, msg := range lintAlternation(terms) {
				if !slices.Contains(found, msg) {
					found = append(found, msg)
				}
			}
		}
		for _, msg := range found {
			out = append(out, fmt.Sprintf("%s: %q: %s", p.where, p.src, msg))
		}
	}
	return out
}

// TestAlternativesAreOneWord fails on phrases written as if an alternative could be
// several words. Write each multi-word alternative as a phrase of its own, or add
// the phrase to altLintExceptions with the reason it is right.
func TestAlternativesAreOneWord(t *testing.T) {
	t.Parallel()
	for _, msg := range lintPhrases(t, ruleFiles) {
		t.Error(msg)
	}
	for src := range altLintExceptions {
		if altLintExceptions[src] == "" {
			t.Errorf("exception %q has no reason", src)
		}
	}
}

func TestLintAlternation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		phrase string
		flag   bool
	}{
		{"relevant ~3 our ~2 financial statement*|financial reporting", true},
		{"our ~3 own ~3 penetration|pen test*|security test*|scan*", true},
		{"client ~2 set up|setup|onboarding ~3 approv*", true},
		{"support* ~4 connector*|plugin*|plug ins|file format*", true},
		{"entr* ~4 data cent*|datacent*|building*", true},
		{"taken ~2 off site|offsite", true},
		{"key ~2 lifecycle|life ~1 cycle|generation", true},
		{"signs ~1 off|sign ~1 off", true},
		{"relevant ~3 our ~2 financial statement*|reporting", false},
		{"penetration|pen test*", false},
		{"bridge|bridging|gap letter*|statement*|ltr|ltrs", false},
		{"past|last|previous|prior 12|twelve|6|six month*", false},
		{"payroll|ledger|calculation ~3 system*|code ~4 chang*|code", true},
		{"training ~2 customer*|user*|end ~0 user*|course*", true},
		{"factsheet*|fact ~0 sheet*", true},
	}
	for _, tc := range tests {
		terms, err := compilePhrase(tc.phrase)
		if err != nil {
			t.Fatalf("%q: %v", tc.phrase, err)
		}
		got := lintAlternation(terms)
		if (len(got) > 0) != tc.flag {
			t.Errorf("lintAlternation(%q) = %q, want flagged %v", tc.phrase, got, tc.flag)
		}
	}
}
