package triage

import (
	"slices"
	"testing"
)

// How the card brands class the respondent (a merchant and its level, a service
// provider, a listing among the brands' approved providers) is answered with the PCI
// Attestation of Compliance, like other PCI rows: no SOC report. Near-misses: a
// merchant's profile figures, the respondent's own list of providers it uses, and
// providers sorted by risk, which are not the brands' classing of the respondent.
func TestCardBrandStandingOfRespondent(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	cases := []struct {
		question string
		aoc      bool
	}{
		{"Are you classified as a merchant? If so, what level are you (1, 2, 3 or 4)?", true},
		{"Which merchant level does your company fall under?", true},
		{"Are you a level 2 merchant?", true},
		{"Is your company classified as a service provider by the card brands?", true},
		{"Are you classified as a service provider?", true},
		{"Does your firm appear on Visa's list of approved service providers?", true},
		{"Are you on the Mastercard list of compliant service providers?", true},
		{"What is your merchant level and when was it last validated?", true},
		// Near-misses.
		{"What is your merchant category code and average ticket size?", false},
		{"Do you keep a list of approved service providers that you use?", false},
		{"Are service providers classified by risk?", false},
		{"How is a new merchant approved before it can take payments?", false},
	}
	for _, tc := range cases {
		v := e.Classify(Question{Text: tc.question})
		got := slices.Contains(v.Artifacts, "pci_aoc")
		if got != tc.aoc || tc.aoc && v.Report != "none" {
			rules := []string{}
			for _, ev := range v.Evidence {
				rules = append(rules, ev.Rule)
			}
			t.Errorf("%q: report %s artifacts %v (rules %v), want pci_aoc %v", tc.question, v.Report, v.Artifacts, rules, tc.aoc)
		}
	}
}
