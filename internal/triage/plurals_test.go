package triage

import (
	"slices"
	"testing"
)

// A question's plural in -es or -ies reads as the singular a phrase knows
// ("processes", "batches", "policies", "entries", "taxes", "statuses"), as a plural
// in -s does; words that only end like one ("databases", "purchases") keep their
// stem, plurals with a sense of their own ("securities", "equities") are not folded,
// and a phrase written in the plural ("companies ~2 use": the firms a vendor hires)
// does not read the singular. Written for this test.
func TestPluralsInEsAndIes(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for plural, singular := range map[string]string{
		"processes": "process", "batches": "batch", "policies": "policy", "entries": "entry",
		"taxes": "tax", "statuses": "status", "addresses": "address", "parties": "party",
		"inventories": "inventory", "copies": "copy",
	} {
		id := e.ix.word(singular)
		if id < 0 {
			t.Fatalf("%q is no word of the phrases", singular)
		}
		if f, _ := e.ix.forms.find(plural); f.id != id && f.sid != id {
			t.Errorf("%q does not read as %q: %+v", plural, singular, f)
		}
	}
	for plural, not := range map[string]string{
		"securities": "security", "equities": "equity", "databases": "databas", "purchases": "purchas",
	} {
		if id := e.ix.word(not); id >= 0 {
			if f, _ := e.ix.forms.find(plural); f.id == id || f.sid == id {
				t.Errorf("%q reads as %q", plural, not)
			}
		}
	}

	// The same question in the singular and in the plural gets the same verdict.
	pairs := [][2]string{
		{"Do you keep an inventory of the servers, laptops and cloud accounts that make up the service?", "Do you keep inventories of the servers, laptops and cloud accounts that make up the service?"},
		{"In your offices, how is the entry of visitors controlled and recorded?", "In your offices, how are the entries of visitors controlled and recorded?"},
		{"Is a hard copy holding customer data shredded when no longer needed?", "Are hard copies holding customer data shredded when no longer needed?"},
		{"How is a failed batch detected and rerun?", "How are failed batches detected and rerun?"},
		{"Who approves an emergency change outside the window?", "Who approves emergencies changes outside the window?"},
		{"Is a summary of the latest penetration test available?", "Are summaries of the latest penetration tests available?"},
		{"Is the directory of user accounts synchronised with HR leavers daily?", "Are the directories of user accounts synchronised with HR leavers daily?"},
		{"Is each data entry validated before it is saved?", "Are data entries validated before they are saved?"},
	}
	for _, p := range pairs {
		a, b := e.Classify(Question{Text: p[0]}), e.Classify(Question{Text: p[1]})
		if a.Report != b.Report || !slices.Equal(a.Criteria[:min(2, len(a.Criteria))], b.Criteria[:min(2, len(b.Criteria))]) ||
			!slices.Equal(a.SOC1Areas, b.SOC1Areas) || !slices.Equal(a.Artifacts, b.Artifacts) {
			t.Errorf("%q: %s %v %v %v\n%q: %s %v %v %v", p[0], a.Report, a.Criteria, a.SOC1Areas, a.Artifacts, p[1], b.Report, b.Criteria, b.SOC1Areas, b.Artifacts)
		}
	}

	// Near miss: "companies ~2 use" names the firms a vendor hires; "your company
	// uses" is the respondent.
	if v := e.Classify(Question{Text: "Does your company use a web application firewall in front of the customer portal?"}); v.Report != ReportSOC2 {
		t.Errorf("company use: %s %v %v", v.Report, v.Criteria, v.Artifacts)
	}
}
