package triage

import "testing"

// An asker that names its own SOX, ICFR or financial-reporting work only to set it
// aside ("unrelated to our SOX testing", "separate from the ICFR review", "outside
// the scope of our SOX programme", "not related to financial reporting") frames
// nothing: the question after it is judged on its own subject, and no
// financial_reporting area is added. The questions are written for this test, apart
// from the evaluation sets.
func TestRelianceSetAside(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "Separate from our SOX work, do you encrypt customer data in transit?", report: "soc2", areas: none, crit: "CC6.7"},
		{q: "Not related to financial reporting: how do you manage vulnerabilities on staff laptops?", report: "soc2", areas: none, crit: "CC7.1"},
		{q: "Outside the scope of our ICFR review, please describe your incident response plan.", report: "soc2", areas: none, crit: "CC7.4"},
		{q: "This one is unrelated to Sarbanes-Oxley: are new hires screened before they start?", report: "soc2", areas: none, crit: "CC1.4"},
		{q: "Apart from our ICFR scoping, is there a written information security policy reviewed each year?", report: "soc2", areas: none, crit: "CC5.3"},
		{q: "SOX aside, how do you protect the office network with firewalls?", report: "soc2", areas: none, crit: "CC6.6"},
		{q: "Our vendor team asks, independently of our SOX scope, whether you keep an asset inventory.", report: "soc2", areas: none, crit: "CC6.1"},
		{q: "Non-SOX question: how long are security logs kept?", report: "soc2", areas: none, crit: "CC7.2"},
		{q: "This review is for infosec rather than SOX: how often are firewall rules reviewed?", report: "soc2", areas: none, crit: "CC6.6"},
		{q: "Not SOX, just our security due diligence: is MFA required for admin access?", report: "soc2", areas: none, crit: "CC6.1"},
		{q: "Instead of ICFR, this is for our privacy office: do you keep a record of processing activities?", report: "soc2", areas: none},
		// Near misses: reliance that is kept, or named beside the set-aside words
		// without being set aside, still frames the question as SOC 1.
		{q: "For our SOX testing, how are user access reviews on the billing platform performed?", report: "soc1", areas: []string{"access_financial", "financial_reporting"}},
		{q: "Our outside auditors rely on your controls for our ICFR assessment; please send the report.", report: "soc1", areas: none},
		{q: "Separately, please send the SOC 1 Type 2 our SOX team needs.", report: "soc1", areas: none},
		{q: "In addition to our ICFR work, our auditors need your report on controls relevant to our financial statements.", report: "soc1", areas: none},
		// "Independent" before the work names who does it, not that it is set aside.
		{q: "Our independent SOX testing relies on your controls over payroll; which report covers them?", report: "soc1"},
		{q: "As part of our independent ICFR assessment, please provide the relevant report on your controls.", report: "soc1"},
	})
}
