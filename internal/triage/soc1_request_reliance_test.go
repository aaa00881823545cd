package triage

import "testing"

// A report asked for through the asker's reliance carries no area even when the
// reliance names what it relies on ("our auditors rely on your controls over premium
// billing", "where your service touches our financial statements"), and a clause that
// says what the report looks at ("a SOC 1 that examines how the controls were
// designed") asks nothing of a control. A process asked about beside the request, or
// a control objective the report must include, keeps its area. The questions are
// written for this test, apart from the evaluation sets.
func TestRelianceScopedRequestCarriesNoArea(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkRequests(t, []requestCase{
		{"Our statutory auditors rely on your controls over premium billing and commission payments for our annual close. Kindly send the SOC 1 Type 2.", "soc1", "type2", none, none, nil},
		{"Insofar as your platform touches our financial statements, can you supply an ISAE 3402 Type II annually for our audit firm?", "soc1", "type2", none, none, nil},
		{"Our SOX testing depends on you for rent collection and tenant ledgers; please upload the SOC 1 Type 2.", "soc1", "type2", none, none, nil},
		{"Where the outsourced payroll affects our financial reporting, share your SSAE 18 SOC 1 Type 2 report every year.", "soc1", "type2", none, none, nil},
		{"The royalty accounting module went live last month, so a SOC 1 that examines how its controls were designed at a point in time is acceptable.", "soc1", "type1", none, none, nil},
		{"For the new loan servicing platform, a SOC 1 report showing how the controls were designed at a single point in time will do for now.", "soc1", "type1", none, none, nil},
		// Near misses: a process asked about beside the request, a control objective
		// the report must include, or a control asked about for the asker's reliance.
		{"Our auditors rely on your SOC 1; please send it, and describe how you reconcile the operating bank account each month.", "soc1", "type2", []string{"reconciliation", "financial_reporting"}, none, nil},
		{"Our auditors rely on your SOC 1: does it include a control objective over the accuracy of premium billing?", "soc1", "type2", []string{"transaction_processing", "financial_reporting"}, none, nil},
		{"For our SOX testing, how are changes to the billing calculation approved before release?", "soc1", "type2", []string{"change_financial", "financial_reporting"}, none, nil},
		{"Please send your SOC 1 Type 2 and explain how the payroll bank account is reconciled.", "soc1", "type2", []string{"reconciliation"}, none, nil},
	})
}
