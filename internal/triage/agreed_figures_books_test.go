package triage

import (
	"encoding/json"
	"io/fs"
	"strconv"
	"strings"
	"testing"
)

// TestBooksRecordInReconNoun pins booksRecord and booksReach to the @recon_noun
// phrases of 50_soc1.json they follow: every record of the books is a word of
// @recon_noun, and the phrases that read a record beside "agreed" allow booksReach
// words between them.
func TestBooksRecordInReconNoun(t *testing.T) {
	data, err := fs.ReadFile(ruleFiles, "rules/50_soc1.json")
	if err != nil {
		t.Fatal(err)
	}
	var f ruleFile
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	exact, prefixes := map[string]bool{}, []string(nil)
	for _, ph := range f.Lexicon["recon_noun"] {
		if strings.Contains(ph, " ") {
			continue // a phrase of several words
		}
		for _, a := range strings.Split(ph, "|") {
			if p, ok := strings.CutSuffix(a, "*"); ok {
				prefixes = append(prefixes, p)
			} else {
				exact[a] = true
			}
		}
	}
	for w := range booksRecord {
		ok := exact[w]
		for _, p := range prefixes {
			ok = ok || strings.HasPrefix(w, p)
		}
		if !ok {
			t.Errorf("booksRecord word %q is not a word of @recon_noun", w)
		}
	}
	gaps := 0
	for _, r := range f.Rules {
		for _, ph := range append(append([]string{}, r.Any...), r.ExceptWithin...) {
			fields := strings.Fields(ph)
			if len(fields) < 3 || fields[0] != "@recon_noun" || !strings.Contains("|"+fields[2]+"|", "|agreed|") {
				continue
			}
			gaps++
			if fields[1] != "~"+strconv.Itoa(booksReach) {
				t.Errorf("rule %s reads %q; booksReach is %d", r.ID, ph, booksReach)
			}
		}
	}
	if gaps == 0 {
		t.Error(`no "@recon_noun ~N agreed" phrase found in 50_soc1.json`)
	}
}
