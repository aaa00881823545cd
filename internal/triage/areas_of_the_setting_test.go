package triage

import "testing"

// A second SOC 1 area is not added for words that only describe the setting of the
// control asked about: two words typical of a process (salary, bonus, pension,
// rebate, overtime) that tie the asked area's one subject term name whose master
// file is kept or what money an account holds, not a processing asked about. Near
// misses ask about the second area in words that name it (a calculation checked, a
// posting to the right policy, pay runs reconciled) and keep both. The questions are
// written for this test, apart from the evaluation sets.
func TestAreasOfTheSetting(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkRequests(t, []requestCase{
		// A master file named by the teams or payees it serves.
		{"Who maintains the customer master used for the refund and rebate processing?", "soc1", "type2", []string{"master_data"}, none, nil},
		{"Who keeps the employee master current for the salary and pension teams?", "soc1", "type2", []string{"master_data"}, none, nil},
		{"Who signs off the employee master for the overtime and bonus changes each month?", "soc1", "type2", []string{"master_data"}, none, nil},
		{"Who keeps the vendor master current for our pension and salary vendors?", "soc1", "type2", []string{"master_data"}, none, nil},
		{"Who reviews the employee master changes that the wage and overtime teams request?", "soc1", "type2", []string{"master_data"}, none, nil},
		// Money held, named by what it was advanced for.
		{"Are the trust account balances for salary and bonus advances safeguarded?", "soc1", "type2", []string{"custody"}, none, nil},
		{"Are the client trust account balances for overtime and bonus advances kept apart from yours?", "soc1", "type2", []string{"custody"}, none, nil},
		// Near misses: the second area asked in words that name it.
		{"Who maintains the customer master, and how do you make sure each commission is calculated correctly?", "soc1", "type2", []string{"master_data", "transaction_processing"}, none, nil},
		{"Is the suspense account cleared weekly, and are premiums posted to the right policy?", "soc1", "type2", []string{"reconciliation", "transaction_processing"}, none, nil},
		{"How are pay rate changes approved, and how are the resulting pay runs reconciled to the bank?", "soc1", "type2", []string{"master_data", "reconciliation"}, none, nil},
		{"Are fee schedules approved before they are loaded, and are premiums billed correctly each month?", "soc1", "type2", []string{"master_data", "transaction_processing"}, none, nil},
	})
}
