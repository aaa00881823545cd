package triage

import "testing"

// The asker's own auditors named in other words frame the question by its
// financial-statement reliance: auditors of ours (or of the controller, CFO or
// finance director asking) who use a report at year end, and our audit firm asking
// for a report on a money service. A report they want is the SOC 1, an SSAE 18 one
// included. The respondent's auditors, other companies' auditors and a named SOC 2
// are not that reliance.
func TestAskerAuditorsByOtherWords(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "The CFO wants the service auditor's report that his auditors will lean on at year end. Could you share it?", report: "soc1"},
		{q: "My auditors want your independent controls report in time for year end. Can you send it?", report: "soc1"},
		{q: "Our auditors will look at your assurance report again at this year end. Is the new one out?", report: "soc1"},
		{q: "Our audit firm wants an SSAE 18 report covering the rent collection service before fieldwork starts.", report: "soc1"},
		{q: "Our audit firm needs an SSAE 18 examination report on your treasury platform. Do you have one?", report: "soc1"},
		// Near misses: the respondent's auditors, other companies' auditors, a named
		// SOC 2, a security question the audit firm passes on.
		{q: "Do your auditors test controls at year end?", report: "soc2"},
		{q: "Their auditors will review the independent report on your controls at year end. Please send it to us.", report: "soc2"},
		{q: "Our auditors will use your SOC 2 report at year end. Please send it.", report: "soc2"},
		{q: "Our audit firm wants to know if you have a SOC 2.", report: "soc2"},
		{q: "Our audit firm asked whether you encrypt laptops.", report: "soc2"},
	})
}
