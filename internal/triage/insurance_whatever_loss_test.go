package triage

import (
	"slices"
	"strings"
	"testing"
)

// Cover the respondent carries is shown by its insurance certificate, whatever loss
// the cover is for: a policy against processing errors, payroll mistakes, funds lost
// in transit, staff theft of client money, wire fraud, trust disbursements, breaches
// or customers' claims asks for the certificate, not about the process whose losses
// it pays. The grid crosses kinds of cover with losses and ways of asking; the
// questions are written for this test, apart from the evaluation sets.
func TestInsuranceWhateverLossItCovers(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	covers := []string{
		"insurance", "insurance coverage", "cover", "E&O insurance", "E&O cover",
		"errors and omissions policy", "professional indemnity insurance", "PI cover",
		"cyber insurance", "crime policy", "fidelity bond", "commercial crime coverage",
		"D&O policy", "general liability policy", "umbrella policy",
	}
	losses := []string{
		"processing errors", "mistakes in the payroll you run", "funds lost in transit",
		"employee theft of client money", "wire fraud losses",
		"trust disbursements made in error", "data breaches", "claims by customers",
	}
	forms := []string{
		"Do you carry %c for %l?",
		"Does your %c cover %l?",
		"What are the limits of your %c for %l?",
		"Provide a certificate showing your %c for %l.",
		"Are we named as additional insured on your %c for %l?",
	}
	var qs []string
	for _, f := range forms {
		for _, c := range covers {
			for _, l := range losses {
				if c == "cover" && strings.HasPrefix(f, "Does your") {
					continue // "Does your cover extend to" below
				}
				qs = append(qs, strings.NewReplacer("%c", c, "%l", l).Replace(f))
			}
		}
	}
	for _, l := range losses {
		qs = append(qs,
			"Send a certificate of insurance showing cover for "+l+".",
			"Please attach a COI evidencing coverage for "+l+".",
			"What are your policy limits for "+l+"?",
			"Does your cover extend to "+l+"?",
		)
	}
	wrong := 0
	for _, q := range qs {
		v := e.Classify(Question{Text: q})
		if v.Report != "none" || !slices.Equal(v.Artifacts, []string{"insurance_certificate"}) {
			wrong++
			rules := make([]string, 0, len(v.Evidence))
			for _, ev := range v.Evidence {
				rules = append(rules, ev.Rule)
			}
			t.Errorf("%q: %s %v, want none [insurance_certificate] (rules %v)", q, v.Report, v.Artifacts, rules)
		}
	}
	if wrong > 0 {
		t.Logf("%d of %d cells wrong", wrong, len(qs))
	}
}

// Near misses: insurance as the customer's business, "cover" as a report's or a
// test's scope, "policy" as a document or a spending limit, a bond as a holding, a
// financial crime policy (a policy to attach, not cover) and cover required of the
// respondent's own suppliers (vendor oversight); then the cover itself in other
// words than the grid's, alone or beside a report asked for.
func TestInsuranceWhateverLossNearMisses(t *testing.T) {
	t.Parallel()
	none := []string{}
	cert := []string{"insurance_certificate"}
	tp := []string{"transaction_processing"}
	checkClass(t, []classCase{
		{q: "How are insurance claims adjudicated?", report: "soc1", areas: tp, arts: none},
		{q: "How are premium calculations checked before policies are billed?", report: "soc1", arts: none},
		{q: "Are claims paid within policy limits?", report: "soc1", areas: tp, arts: none},
		{q: "How are professional liability claims adjudicated for our members?", report: "soc1", arts: none},
		{q: "Is each claim checked against the member's coverage and deductible before payment?", report: "soc1", areas: tp, arts: none},
		{q: "Is claims data encrypted at rest?", report: "soc2", crit: "CC6.1", arts: none},
		{q: "Does your SOC 1 cover the claims process?", report: "soc1", arts: none},
		{q: "Does the pen test cover the API?", report: "soc2", arts: []string{"pentest_letter"}},
		{q: "Provide your access control policy.", report: "none", arts: []string{"policy_document"}},
		{q: "Provide your financial crime policy.", report: "none", arts: []string{"policy_document"}},
		{q: "Provide your cyber security policy.", report: "none", arts: []string{"policy_document"}},
		{q: "Do you carry out access reviews according to policy?", report: "soc2", arts: none},
		{q: "Does the scope of your ISO 27001 certificate cover the hosting service?", report: "none", arts: []string{"iso27001_certificate"}},
		{q: "How are the fund's bond holdings priced and reconciled to the custodian?", report: "soc1", arts: none},
		{q: "Are bond coupon payments posted to the right accounts?", report: "soc1", areas: tp, arts: none},
		{q: "How do you verify a patient's insurance coverage before a claim is submitted?", report: "soc1", areas: tp, arts: none},
		{q: "Is payroll processed within policy limits set by the client?", report: "soc1", areas: tp, arts: none},
		{q: "Does your data retention policy cover payroll records?", report: "soc2", arts: none},
		{q: "Are directors and officers required to complete security awareness training?", report: "soc2", arts: none},
		{q: "Do your subcontractors carry E&O insurance, and how do you check it?", report: "soc2", crit: "CC9.2", arts: none},
		// The cover itself, in other words than the grid's.
		{q: "Are losses from payroll processing errors covered by insurance?", report: "none", arts: cert},
		{q: "Is there a fidelity bond in place for staff who handle our payroll funds?", report: "none", arts: cert},
		{q: "What is the per-claim limit of your D&O cover?", report: "none", arts: cert},
		{q: "Does your commercial crime policy respond to social engineering wire fraud?", report: "none", arts: cert},
		{q: "Are you insured against employee theft of client money held in your trust account?", report: "none", arts: cert},
		{q: "Provide your SOC 2 report and your E&O certificate.", report: "soc2", arts: cert},
		{q: "Send your SOC 1 Type 2 and a certificate of insurance for your crime policy.", report: "soc1", arts: cert},
	})
}
