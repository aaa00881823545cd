package triage

import "testing"

// How the respondent oversees its own providers (a hosting company, a colocation
// facility, suppliers, subprocessors) is vendor management or a privacy commitment
// it binds them to, not a written fact, a right the asker wants or a document: a
// hosting fact said only as the setting of that oversight, on-site audits listed as
// one of the means of assessing suppliers, and processors "contractually" bound to a
// duty ask for no custom answer and no DPA. The hosting fact asked, the asker's own
// audit of the respondent or of its subprocessors, and the agreement itself keep
// their documents. The questions are written for this test, apart from the
// evaluation sets.
func TestSupplierOversightIsNoDocument(t *testing.T) {
	t.Parallel()
	none := []string{}
	sec, priv := []string{"security"}, []string{"privacy"}
	fact := []string{"custom_answer"}
	checkClass(t, []classCase{
		{q: "Where your platform runs in a colocation facility, how do you get assurance that the facility's physical controls operate as described?", report: "soc2", cats: sec, arts: none},
		{q: "If the service is hosted on Azure, explain how you satisfy yourselves that Microsoft's data centre controls are effective.", report: "soc2", cats: sec, first: "CC9.2", arts: none},
		{q: "When production is deployed in AWS, how do you obtain assurance over the cloud provider's controls?", report: "soc2", cats: sec, first: "CC9.2", arts: none},
		{q: "Do you evaluate critical suppliers before onboarding and yearly after that (security questionnaires, certifications, on-site audits)?", report: "soc2", cats: sec, first: "CC9.2", arts: none},
		{q: "Describe how third parties that handle our data are assessed: on-site inspections, questionnaire reviews or attestation reports.", report: "soc2", cats: sec, first: "CC9.2", arts: none},
		{q: "Are your data processors contractually required to delete personal data when the engagement ends?", report: "soc2", cats: priv, arts: none},
		{q: "Are sub-processors contractually bound to notify you of security incidents affecting personal information within 48 hours?", report: "soc2", cats: priv, crit: "P6.5", arts: none},
		{q: "Is each processor contractually obliged to apply the same privacy commitments you give us?", report: "soc2", cats: priv, first: "P6.4", arts: none},
		// Near misses: the fact asked, the asker's own audit, the agreement itself.
		{q: "Which cloud provider hosts the service, and in which region?", report: "none", arts: fact},
		{q: "Is the platform hosted on AWS or in your own data centre?", report: "none", arts: fact},
		{q: "Has any of your cloud providers been breached in the past two years?", report: "none", arts: fact},
		{q: "Will you allow us to perform an on-site audit of your data centre?", report: "none", arts: fact},
		{q: "Will you permit our auditors to inspect your subprocessors' facilities on site?", report: "none", arts: fact},
		{q: "Will you sign our data processing agreement?", report: "none", arts: []string{"dpa"}},
	})
}
