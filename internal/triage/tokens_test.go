package triage

import (
	"slices"
	"strings"
	"testing"
)

// The fast look-ups of the tokenizer answer as the tables and switches they stand for.
func TestTokenizerShortcuts(t *testing.T) {
	words := []string{"", "é", "ab", "AND", "vendors", "oems", "bidders", "sub", "your"}
	for w := range skipWords {
		words = append(words, w, w+"s", w[:len(w)-1])
	}
	for _, q := range questionnaire300(t) {
		for _, f := range strings.FieldsFunc(strings.ToLower(q.Text), func(r rune) bool { return r < 'a' || r > 'z' }) {
			words = append(words, f, f+"s")
		}
	}
	for _, w := range words {
		if got := isSkipWord(w); got != skipWords[w] {
			t.Errorf("isSkipWord(%q) = %v, skipWords says %v", w, got, skipWords[w])
		}
		party := partyWord(w) || partyWord(stem(w)) || otherParty(w) || makerWord(w)
		if party && !partyShaped(w) {
			t.Errorf("partyShaped(%q) is false for a party word", w)
		}
	}
	for _, w := range []string{"vendor", "suppliers", "provider", "contractors", "bidder", "offeror", "proposer",
		"licensor", "seller", "subcontractor", "subprocessors", "processor", "outsourcer", "manufacturer", "oem"} {
		if !partyShaped(w) {
			t.Errorf("partyShaped(%q) is false for a party word", w)
		}
	}
}

// Clause numbers never fall from one token to the next, wording read or not, so that
// clauseSpan finds a clause as one run of tokens.
func TestClausesAreRunsOfTokens(t *testing.T) {
	e := mustEngine(t)
	s := e.pool.Get().(*scratch)
	defer e.pool.Put(s)
	for _, path := range labelledSets(t) {
		for _, q := range readEvalSet(t, path) {
			for _, text := range []string{q.Text, q.Section + ": " + q.Text} {
				s.tokenize(text)
				for k := 1; k < len(s.toks); k++ {
					if s.toks[k].cl < s.toks[k-1].cl {
						t.Fatalf("%q: clause %d after %d at %q", text, s.toks[k].cl, s.toks[k-1].cl, s.toks[k].text)
					}
				}
				for k := range s.toks {
					lo, hi := clauseSpan(s.toks, k)
					for j := range s.toks {
						if (s.toks[j].cl == s.toks[k].cl) != (lo <= j && j < hi) {
							t.Fatalf("%q: clauseSpan(%d) = %d, %d, which token %d belies", text, k, lo, hi, j)
						}
					}
				}
			}
		}
	}
}

// hasWord compares lengths before it folds case: the words it is given are lower-case
// ASCII, which fold to a word of their own length only.
func TestProcessingActsAreLowerASCII(t *testing.T) {
	for _, w := range processingActs {
		if !isLowerWord(w) {
			t.Errorf("processing act %q is not a lower-case ASCII word", w)
		}
	}
}

// clauseBefore and clauseAfter stop at the clause's edge and at their reach.
func TestClauseBeforeAfter(t *testing.T) {
	e := mustEngine(t)
	s := e.pool.Get().(*scratch)
	defer e.pool.Put(s)
	tests := []struct {
		name, text, word string
		reach            int
		before, after    string
	}{
		{"whole clause", "sales proposed a type one report; we refused", "type", 99, "sales proposed a", "one report"},
		{"reach of two", "sales proposed a type one report; we refused", "type", 2, "proposed a", "one report"},
		{"clause edge", "we refused; a type one was offered", "type", 99, "a", "one was offered"},
		{"first word", "type one report", "type", 99, "", "one report"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s.tokenize(tt.text)
			k := slices.IndexFunc(s.toks, func(tk token) bool { return tk.text == tt.word })
			join := func(toks []token) string {
				var ws []string
				for _, tk := range toks {
					ws = append(ws, tk.text)
				}
				return strings.Join(ws, " ")
			}
			if got := join(s.toks[clauseBefore(s.toks, k, tt.reach):k]); got != tt.before {
				t.Errorf("before %q: got %q, want %q", tt.word, got, tt.before)
			}
			if got := join(s.toks[k+1 : clauseAfter(s.toks, k, tt.reach)]); got != tt.after {
				t.Errorf("after %q: got %q, want %q", tt.word, got, tt.after)
			}
		})
	}
}

// "log into" is a login when people do the logging; logs sent into a tool stay logs.
func TestLogIntoReadAsLogin(t *testing.T) {
	e := mustEngine(t)
	s := e.pool.Get().(*scratch)
	defer e.pool.Put(s)
	for _, c := range []struct {
		q     string
		login bool
	}{
		{"Do you ingest firewall logs into your monitoring platform?", false},
		{"Do you forward application logs into a central SIEM?", false},
		{"Do you stream system logs into a log management tool?", false},
		{"Are audit logs written into an immutable bucket?", false},
		{"Do users log into the payroll app with MFA?", true},
		{"Is MFA required for admins logging into the ledger?", true},
		{"Is MFA required for everyone who logs into the billing console?", true},
		{"Is MFA required for everyone logging into the loan servicing system?", true},
		{"Do you log into the payroll system with a hardware key?", true},
		{"Can programmers log in to the live payroll database?", true},
	} {
		s.tokenize(c.q)
		got := false
		for _, tk := range s.toks {
			got = got || tk.text == "login"
		}
		if got != c.login {
			t.Errorf("%q: read as login = %v, want %v", c.q, got, c.login)
		}
	}
}
