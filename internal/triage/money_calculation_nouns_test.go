package triage

import (
	"slices"
	"strings"
	"testing"
)

// A calculation, computation or amount asked to be checked is a money item when the
// noun before it names what is paid or charged ("pension calculations", "freight
// computations", "401(k) calcs", "insurance amounts before they are paid"), also when
// that noun is no money word on its own: SOC 1 transaction processing, as for the
// payroll or interest calculation. The same nouns in a question of security, of fact,
// of price or of what the product can do, and a calculation whose noun has another
// sense (a cost-benefit, load distribution or SLA penalty calculation), do not move.
// The questions are written for this test.
func TestMoneyCalculationNouns(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	nouns := []string{"pension", "insurance", "benefit", "dues", "tolls", "fare", "freight", "utility",
		"grant", "subsidy", "allowance", "distribution", "duty", "surcharge", "penalty", "retirement",
		"401(k)", "claim"}
	forms := []string{
		"How are %s calculations reviewed?",
		"Describe how %s computations are verified.",
		"Are %s calculations independently checked?",
		"Who approves %s computations?",
		"Who reviews the %s calculation each month?",
	}
	for _, n := range nouns {
		for _, f := range forms {
			q := strings.Replace(f, "%s", n, 1)
			v := e.Classify(Question{Text: q})
			if v.Report != ReportSOC1 || !slices.Equal(v.SOC1Areas, []string{"transaction_processing"}) {
				t.Errorf("%q: %s %v, want soc1 [transaction_processing] (evidence %+v)", q, v.Report, v.SOC1Areas, v.Evidence)
			}
		}
	}
	v := e.Classify(Question{Text: "Who approves freight computations?"})
	if !slices.ContainsFunc(v.Evidence, func(ev Evidence) bool { return slices.Contains(ev.Matched, "freight computations") }) {
		t.Errorf("evidence %+v, want the pair \"freight computations\" named", v.Evidence)
	}

	tp := []string{"transaction_processing"}
	checkClass(t, []classCase{
		{q: "Who checks insurance amounts before they are paid?", report: "soc1", areas: tp, arts: []string{}},
		{q: "How do you ensure insurance amounts are calculated correctly?", report: "soc1", areas: tp, arts: []string{}},
		{q: "How are insurance calculations for members approved?", report: "soc1", areas: tp, arts: []string{}},
		{q: "Are freight computations reviewed by a second person?", report: "soc1", areas: tp},
		{q: "Explain how subsidy calculations are verified each quarter.", report: "soc1", areas: tp},
		{q: "Who approves allowance computations for field staff?", report: "soc1", areas: tp},
		{q: "Are retirement calculations recalculated by someone independent?", report: "soc1", areas: tp},
		{q: "How are duty calculations on imported goods checked?", report: "soc1", areas: tp},
		{q: "Who checks dues calculations for new members?", report: "soc1", areas: tp},
		{q: "What evidence shows utility calculations were reviewed?", report: "soc1", areas: tp},
		{q: "Describe the review of 401(k) calculations.", report: "soc1", areas: tp},
		// Near misses: the same nouns in questions of security, fact, price or
		// product, the vendor's own insurance, and calculations whose noun has
		// another sense.
		{q: "Do you calculate freight costs in the UI?", report: "none"},
		{q: "Is pension data encrypted?", report: "soc2", areas: []string{}},
		{q: "Which utility libraries do you use?", report: "none"},
		{q: "How are capacity calculations reviewed?", report: "soc2", areas: []string{}},
		{q: "Describe how hash computations are verified.", report: "soc2", areas: []string{}},
		{q: "Who can grant access to production?", report: "soc2", areas: []string{}},
		{q: "Who is on the security distribution list?", report: "none"},
		{q: "What insurance amounts do you carry?", report: "none", arts: []string{"insurance_certificate"}},
		{q: "What insurance rates do you pay?", report: "none", arts: []string{"insurance_certificate"}},
		{q: "Does the portal let users view pension calculations?", report: "none"},
		{q: "How are cost benefit calculations reviewed?", report: "none"},
		{q: "How are SLA penalty calculations reviewed?", report: "none"},
		{q: "How are load distribution calculations reviewed?", report: "none"},
		{q: "How are storage allowance calculations reviewed?", report: "none"},
		{q: "How is the probability distribution computation validated?", report: "none"},
	})
}
