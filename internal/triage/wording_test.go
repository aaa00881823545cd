package triage

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"
)

// Abbreviations and calques read as the words the rules know: each question here
// was unmatched, or matched on a lesser word, before the wording table.
func TestWordingExpansions(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		text, report, criterion, area string
	}{
		{"Is FDE turned on for every corporate notebook?", "soc2", "CC6.1", ""},
		{"How is the pwd rotation policy enforced?", "soc2", "CC6.1", ""},
		{"Who signs off the monthly a/c recon?", "soc1", "", "reconciliation"},
		{"Is acct recon done by someone independent of posting?", "soc1", "", "reconciliation"},
		{"Describe the JML process for staff.", "soc2", "CC6.2", ""},
		{"Is SoD in A/P enforced between vendor creation and payment release?", "both", "", "segregation_of_duties"},
		{"Is infra in prod kept apart from the dev env?", "soc2", "CC8.1", ""},
		{"Do you crypt the data on the servers?", "soc2", "CC6.1", ""},
		{"Are habilitations reviewed each quarter?", "soc2", "CC6.3", ""},
		{"Is there a periodic UAR for the admin accounts?", "soc2", "CC6.3", ""},
		{"Is the sensibilisation of personnel to phishing done yearly?", "soc2", "CC2.2", ""},
		{"Do new hires get a formation on data protection?", "soc2", "CC1.4", ""},
		{"Is acces to the admin console logged?", "soc2", "CC7.2", ""},
		{"Bkup freq?", "soc2", "A1.2", ""},
		{"Emp bkgd checks?", "soc2", "CC1.4", ""},
		{"Is there a politic of security approved by the direction?", "soc2", "CC5.3", ""},
		{"Is there a cartography of the risks?", "soc2", "CC3.2", ""},
		{"In which country are the datas stocked?", "none", "", ""},
		{"Chg mgmt: who approves prod chgs?", "soc2", "CC8.1", ""},
		{"Are cust txns reconciled daily?", "soc1", "", "reconciliation"},
		{"Qtrly access reviews?", "soc2", "CC6.3", ""},
		// Slips of the keyboard in long words.
		{"Is the pasword changed every 90 days?", "soc2", "CC6.1", ""},
		{"Describe how an incidnet is escalated to the customer.", "soc2", "CC7.4", ""},
		{"Are staff given awarness training when they join?", "soc2", "CC2.2", ""},
	}
	for _, tc := range tests {
		v := e.Classify(Question{Text: tc.text})
		if v.Report != tc.report {
			t.Errorf("%q: report %s, want %s (criteria %v, areas %v)", tc.text, v.Report, tc.report, v.Criteria, v.SOC1Areas)
			continue
		}
		if tc.criterion != "" && !slices.Contains(v.Criteria, tc.criterion) {
			t.Errorf("%q: criteria %v, want %s among them", tc.text, v.Criteria, tc.criterion)
		}
		if tc.area != "" && !slices.Contains(v.SOC1Areas, tc.area) {
			t.Errorf("%q: areas %v, want %s among them", tc.text, v.SOC1Areas, tc.area)
		}
		if !hasReading(v) {
			t.Errorf("%q: no wording evidence in %v", tc.text, v.Evidence)
		}
	}
}

// A written form is not expanded where another word gives it another sense, and
// expansions do not turn facts or product questions into controls.
func TestWordingNearMisses(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		text, report string
		soc1         bool // whether SOC 1 may appear
	}{
		{"Are rogue wireless APs detected on the office network?", "soc2", false},
		{"Do pen testers perform recon against our external attack surface?", "", false},
		{"Is AV equipment in meeting rooms supplied by you?", "", false},
		{"Do you have a PO box for correspondence?", "none", false},
		{"How many devs work on the product?", "none", false},
		{"What is the date of formation of your company?", "none", false},
		{"Does your platform offer a sandbox env for trials?", "none", false},
	}
	for _, tc := range tests {
		v := e.Classify(Question{Text: tc.text})
		if tc.report != "" && v.Report != tc.report {
			t.Errorf("%q: report %s, want %s (criteria %v, evidence %v)", tc.text, v.Report, tc.report, v.Criteria, v.Evidence)
		}
		if !tc.soc1 && hasSOC1(v.Report) {
			t.Errorf("%q: report %s, want no SOC 1 (areas %v)", tc.text, v.Report, v.SOC1Areas)
		}
	}
}

func hasReading(v Verdict) bool {
	for _, ev := range v.Evidence {
		if ev.Rule == "wording" {
			return true
		}
	}
	return false
}

// The evidence quotes the words as written and names what they were read as.
func TestWordingEvidence(t *testing.T) {
	e := mustEngine(t)
	v := e.Classify(Question{Text: "Is SoD enforced in AP, and is the pasword of admins rotated?"})
	var got *Evidence
	for i := range v.Evidence {
		if v.Evidence[i].Rule == "wording" {
			got = &v.Evidence[i]
		}
	}
	if got == nil {
		t.Fatalf("no wording evidence: %v", v.Evidence)
	}
	if want := []string{"AP", "pasword"}; !slices.Equal(got.Matched, want) {
		t.Errorf("matched %q, want %q", got.Matched, want)
	}
	if want := "read as: AP = accounts payable; pasword = password"; got.Reason != want {
		t.Errorf("reason %q, want %q", got.Reason, want)
	}
	for _, ev := range v.Evidence {
		for _, m := range ev.Matched {
			if strings.Contains(m, "payable") || strings.Contains(m, "password") {
				t.Errorf("evidence %s quotes %q, not the question's own words", ev.Rule, m)
			}
		}
	}
}

// A slip of the keyboard in a long word is read as the one word the rules read one
// edit away; real words, short words and ambiguous slips are left alone.
func TestSpelling(t *testing.T) {
	e := mustEngine(t)
	tests := []struct{ written, want string }{
		{"ecnryption", "encryption"}, // two letters swapped
		{"pasword", "password"},      // a letter dropped
		{"passwrod", "password"},
		{"passsword", "password"}, // a letter doubled
		{"awarness", "awareness"},
		{"retenion", "retention"},
		{"incidnet", "incident"},
		{"segragation", "segregation"}, // a letter changed
		{"market", ""},                 // a real word, not "marked"
		{"police", ""},                 // a real word, not "policy"
		{"logss", ""},                  // too short
		{"xncryption", ""},             // the first letter is never corrected
		{"qwertyuiop", ""},             // nothing near
	}
	var buf []byte
	for _, tc := range tests {
		if e.ix.reads(tc.written) {
			if tc.want != "" {
				t.Errorf("%q is read by the rules already; the test wants a slip", tc.written)
			}
			continue
		}
		if got := e.wd.correct(tc.written, &buf); got != tc.want {
			t.Errorf("correct(%q) = %q, want %q", tc.written, got, tc.want)
		}
	}
}

func TestOneEdit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"encrpytion", "encryption", true},
		{"pasword", "password", true},
		{"passwordd", "password", true},
		{"passwerd", "password", true},
		{"password", "password", false},
		{"pasword", "passwords", false},
		{"psaswrod", "password", false},
		{"ab", "ba", true},
	}
	for _, tc := range tests {
		if got := oneEdit(tc.a, tc.b); got != tc.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// Every written form is a word the rules do not read (else the table would change
// what they already match), and every word it reads as is one they do.
func TestWordingTable(t *testing.T) {
	e := mustEngine(t)
	doc, err := loadWording(ruleFiles)
	if err != nil {
		t.Fatal(err)
	}
	// Forms a phrase reads only by accident of a prefix, in another sense.
	accidental := map[string]string{
		"formation":  "format* (a file format)",
		"formations": "format* (a file format)",
		// Phrases list "accesses" as the stem "accesse", which only a veto reads;
		// read as "access" it meets every phrase about access, the veto's too.
		"accesses": "the veto vocabulary's accesse",
	}
	var tz scratch
	for _, en := range doc.Expand {
		for _, w := range en.Write {
			for _, part := range strings.Split(w, "/") {
				if _, ok := accidental[part]; ok {
					continue
				}
				// A form read only in capitals ("IDS") leaves the rules their
				// reading of its other cases ("user IDs").
				if len(part) > 2 && !en.Capitals && e.ix.reads(strings.ToLower(part)) {
					t.Errorf("written form %q is read by the rules already", w)
				}
			}
		}
		tz.tokenize(en.Read)
		for _, tk := range tz.toks {
			if !tk.stop && !e.ix.reads(tk.text) {
				t.Errorf("%q reads as %q, which no phrase reads", strings.Join(en.Write, ", "), tk.text)
			}
		}
	}
}

// not_slips must list every real word the spelling would otherwise correct. The
// check needs a word list (/usr/share/dict/words, Debian's wamerican); without one
// it is skipped. SOCBOT_LIST_SLIPS=1 prints the missing words.
func TestNotSlips(t *testing.T) {
	f, err := os.Open("/usr/share/dict/words")
	if err != nil {
		t.Skip("no word list")
	}
	defer f.Close()
	e := mustEngine(t)
	var missing []string
	var buf []byte
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := sc.Text()
		if !isLowerWord(w) || e.ix.reads(w) {
			continue
		}
		if c := e.wd.correct(w, &buf); c != "" {
			missing = append(missing, w)
		}
	}
	if len(missing) == 0 {
		return
	}
	if os.Getenv("SOCBOT_LIST_SLIPS") != "" {
		t.Logf("missing: %q", missing)
	}
	t.Errorf("%d real words would be corrected; add them to not_slips in %s (SOCBOT_LIST_SLIPS=1 lists them): %v", len(missing), wordingFile, missing[:min(20, len(missing))])
}

// A catalogue term of two words is found in the other order too ("plan of
// continuity"), but only to answer a question no rule decides.
func TestReversedTerms(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		text, criterion, words string
	}{
		{"It exists a plan of continuity of the activity?", "CC9.1", "plan of continuity"},
		{"The management of the changes is formalised?", "CC8.1", "management of the changes"},
		{"Is there a policy of retention for the data?", "C1.2", "policy of retention"},
		{"Is there a committee of security which meets regularly?", "CC1.2", "committee of security"},
		{"Are the accounts of service inventoried?", "CC6.2", "accounts of service"},
	}
	for _, tc := range tests {
		v := e.Classify(Question{Text: tc.text})
		if v.Report != ReportSOC2 || len(v.Criteria) == 0 || v.Criteria[0] != tc.criterion {
			t.Errorf("%q: %s %v, want soc2 with %s first", tc.text, v.Report, v.Criteria, tc.criterion)
			continue
		}
		var quoted bool
		for _, ev := range v.Evidence {
			if ev.Rule == "criteria_vocabulary" && slices.Contains(ev.Matched, tc.words) {
				quoted = true
			}
		}
		if !quoted {
			t.Errorf("%q: evidence %v, want %q quoted", tc.text, v.Evidence, tc.words)
		}
	}
	// Facts stay facts, and a verdict the rules decide gains nothing from the
	// other order.
	for _, text := range []string{
		"How many people work in the company?",
		"What is the price of the premium plan per seat?",
		"In which year was the company founded?",
	} {
		if v := e.Classify(Question{Text: text}); v.Report == ReportSOC2 {
			t.Errorf("%q: %s %v, want no SOC 2 answer", text, v.Report, v.Criteria)
		}
	}
}

func TestReversedTerm(t *testing.T) {
	tests := []struct {
		phrase string
		want   string // the reversed words, or "" when the term keeps its order
	}{
		{"continuity plan*", "plan* continuity"},
		{"access ~3 review*", "review* access"},
		{"data ~0 entry", ""},
		{"change* ~4 affect*", ""},
		{"root cause* analysis", ""},
		{"log|logs ~1 log|logs", ""},
	}
	for _, tc := range tests {
		terms, err := compilePhrase(tc.phrase)
		if err != nil {
			t.Fatal(err)
		}
		rev, ok := reversedTerm(terms)
		got := ""
		if ok {
			var ws []string
			for _, tm := range rev {
				w := tm.alts[0].word
				if tm.alts[0].prefix {
					w += "*"
				}
				ws = append(ws, w)
			}
			got = strings.Join(ws, " ")
			if rev[1].gap != terms[1].gap {
				t.Errorf("%q: reversed gap %d, want %d", tc.phrase, rev[1].gap, terms[1].gap)
			}
		}
		if got != tc.want {
			t.Errorf("reversedTerm(%q) = %q, want %q", tc.phrase, got, tc.want)
		}
	}
}

// The word a form of the senses table is read as is a word the rules read. The
// form itself is one they read too (else it needs no other sense), unless it is a
// false friend, a word no phrase reads that means the other word beside its cues
// ("sensible data" for sensitive data, "politics of security" for security
// policies, "approved by the direction" for management, "the putting (passage) in
// production" for the deployment).
func TestSensesTable(t *testing.T) {
	e := mustEngine(t)
	doc, err := loadWording(ruleFiles)
	if err != nil {
		t.Fatal(err)
	}
	falseFriends := map[string]bool{"sensible": true, "politics": true, "direction": true, "putting": true, "passage": true}
	for _, en := range doc.Senses {
		for _, w := range en.Write {
			if !e.ix.reads(w) && !falseFriends[w] {
				t.Errorf("sense form %q is read by no phrase", w)
			}
		}
		if !e.ix.reads(en.Read) {
			t.Errorf("%q reads as %q, which no phrase reads", strings.Join(en.Write, ", "), en.Read)
		}
	}
}
