package triage

import "testing"

// A common misspelling of a word the rules read is read as that word: "backround
// checks on personel" is a screening question, "commision calculations" a SOC 1
// process. Near-misses: correctly spelt questions keep their verdicts, and words that
// only look like a misspelling ("background music", "a personal laptop") are left as
// they are.
func TestMisspeltWordsRead(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Are backround checks performed on all personel with production access?", report: "soc2", crit: "CC1.4"},
		{question: "Do you run backround checks before hiring?", report: "soc2", crit: "CC1.4"},
		{question: "Is all personel screened before they join?", report: "soc2", crit: "CC1.4"},
		{question: "Sales commision calculations: how do you check they are right?", report: "soc1", area: "transaction_processing"},
		{question: "How are broker comissions calculated and checked before they are paid?", report: "soc1", area: "transaction_processing"},
		{question: "Are user priviledges reviewed annualy?", report: "soc2", crit: "CC6.3"},
		{question: "Are priviledged accounts reviewed every quarter?", report: "soc2", crit: "CC6.3"},
		{question: "Is the vulnerabilty scan run monthly on the production enviroment?", report: "soc2", crit: "CC7.1"},
		{question: "Are independant penetration tests performed annualy?", report: "soc2", crit: "CC4.1"},
		{question: "Is there a segragation of duties between who raises and who approves payments?", report: "soc1", area: "segregation_of_duties"},
		{question: "Are contractor personel screened before they start?", report: "soc2", crit: "CC1.4"},
		// Near-misses: the correct spellings, and words that are not misspellings.
		{question: "Are background checks performed on all personnel with production access?", report: "soc2", crit: "CC1.4"},
		{question: "Agent commission calculations: how do you make sure they are right?", report: "soc1", area: "transaction_processing"},
		{question: "Is background music played in the office?", report: "none"},
		{question: "May staff use a personal laptop for email?", report: "soc2", not: "CC1.4"},
	})
}
