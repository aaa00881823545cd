package triage

import "testing"

// Incompatible duties kept apart: the process words name the duties (posting
// receipts and issuing credit memos, adding an employee and approving the pay run,
// setting up a vendor and paying it), so the question is segregation of duties alone.
// A second person approving one transaction (dual authorisation, an approval limit, a
// maker and a checker) is a control over the transaction: its area stays. A process
// question in a sentence of its own keeps its area. Written for this test.
func TestDutiesNameNoProcess(t *testing.T) {
	t.Parallel()
	sod, tp, md := "segregation_of_duties", "transaction_processing", "master_data"
	exactAreas(t, map[string][]string{
		"Describe how incompatible duties are split in the cash application team, e.g. the person who posts customer receipts cannot also issue credit memos or write-offs.": {sod},
		"Can the same user add a new employee to payroll AND approve that employee's first pay run?":                                                                         {sod},
		"Is the employee who enters supplier invoices blocked from also releasing the payment run?":                                                                          {sod},
		"Can one person both set up a new customer account and approve credit notes against it?":                                                                             {sod},
		"Are the staff who reconcile the bank account kept separate from those who post cash receipts?":                                                                      {sod},
		"Does the same clerk handle claim intake and also authorise the claim payment?":                                                                                      {sod},
		"It is possible for one user to create the vendor and to pay him also?":                                                                                              {sod},
		"SoD - payroll setup vs payroll approval":                                                                                                                            {sod},
		// Near misses: a second approver of the transaction, a process asked apart.
		"Are wires above $50,000 released only under dual authorisation?":                                             {sod, tp},
		"Are claim payments over an adjuster's limit approved by a second adjuster?":                                  {sod, tp},
		"Who may change a supplier's bank details in the vendor master, and must a second person approve the change?": {md, sod},
		"Are duties segregated in the payroll team? Separately, how are changes to pay rates approved?":               {sod, md},
	})
}

// Two duties said of two people: "can the X who does A also do B?" with any job title,
// and "are the people who do A different from those who do B?". The duties name no
// process of their own. A provider doing two things, or one team doing a task
// and reporting it, is no split of duties. Written for this test.
func TestDutiesOfTwoPeople(t *testing.T) {
	t.Parallel()
	sod := "segregation_of_duties"
	exactAreas(t, map[string][]string{
		"May an adjuster who settles a claim also release the cheque for it?":                          {sod},
		"Can a cashier who takes in customer receipts also post them to the ledger?":                   {sod},
		"Is a loan officer who originates a loan able to also approve its disbursement?":               {sod},
		"Are the clerks who key vendor invoices different from the ones who approve the payments?":     {sod},
		"Are the people who reconcile the cash accounts distinct from those who record cash receipts?": {sod},
		"Is the team that enters manual journals separate from whoever approves them for posting?":     {sod},
	})
	withoutArea(t, sod,
		"Can the payroll provider who runs our pay cycle also file the quarterly tax returns?",
		"Are the staff who answer support tickets different from those who deploy code?",
	)
}
