package triage

import (
	"slices"
	"testing"
)

// A report asked for over two sides, a financial one (financial controls or control
// objectives, the asker's SOX, P&L or auditors) and a security one (security criteria,
// the infosec review, a SOC 2), is both reports; so is an SSAE 18 listed beside a SOC
// 2 as a second report. Near misses: a SOC 2 over two SOC 2 subjects, a SOC 1 over two
// financial subjects, the SSAE 18 as the SOC 2's own standard, a refused SOC 1, the
// asker's reliance alone. The questions are written for this test, apart from the
// evaluation sets.
func TestFinancialAndSecurityScope(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "Could you send the SSAE 18 and the SOC 2 covering your premium billing service?", report: "both", areas: none},
		{q: "Does the SSAE 18 examination address both your financial control objectives and the Trust Services security criteria?", report: "both", areas: none, absent: "CC3.1"},
		{q: "Was the SOC examination of your benefits administration platform scoped to both financial controls and security?", report: "both", areas: none},
		{q: "Is there an audit that covers both our SOX needs and our security review of your hosting?", report: "both", areas: none, absent: "CC4.1"},
		{q: "Our controller relies on your rebate calculations for the P&L, and our infosec group assesses every supplier holding customer data. Which reports can you provide that serve both teams?", report: "both", areas: none},
		{q: "We need assurance over both the financial reporting controls and information security for the lease accounting service.", report: "both", areas: none},
		// Near misses.
		{q: "Does your SOC 2 cover both availability and security?", report: "soc2", areas: none},
		{q: "Does your SOC 1 cover both the financial controls and the IT general controls?", report: "soc1", areas: none},
		{q: "Provide your SSAE 18 SOC 2 Type II report for the claims platform.", report: "soc2", areas: none},
		{q: "Instead of a SOC 1, please send your SOC 2.", report: "soc2", areas: none},
		{q: "For SOX we rely on your billing; do you restrict access to the invoicing database?", report: "soc1"},
		{q: "Our auditors need the SSAE 18 report for the payroll service.", report: "soc1", areas: none},
		{q: "Is the SOC 2 enough for both our security team and procurement?", report: "soc2", areas: none},
		// Near misses: the two sides named before an audit that is only the
		// subject's setting, and the scope refused before a SOC 2 asked for.
		{q: "Are both finance and security teams involved in the audit of access reviews?", report: "soc2", areas: none, crit: "CC6.3"},
		{q: "Do finance as well as security staff take part in your annual audit?", report: "soc2", areas: none},
		{q: "We do not need a report covering both financial controls and security; just the SOC 2.", report: "soc2", areas: none},
	})
}

// The evidence of a report asked over both sides names a word of each side.
func TestFinancialAndSecurityScopeEvidence(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	v := e.Classify(Question{Text: "Was the SOC examination of your benefits administration platform scoped to both financial controls and security?"})
	for _, ev := range v.Evidence {
		if ev.Rule != "report_over_financial_and_security" {
			continue
		}
		if !slices.Contains(ev.Matched, "financial") || !slices.Contains(ev.Matched, "security") {
			t.Errorf("matched %v, want both sides named", ev.Matched)
		}
		return
	}
	t.Errorf("no report_over_financial_and_security evidence in %+v", v.Evidence)
}
