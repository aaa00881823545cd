package triage

import "testing"

// A change of pay or of a rate keyed by HR or a clerk (a raise, a merit increase, a
// new salary or hourly wage, a fee or rent change) changes the standing data a pay run
// or a bill is calculated from: master data, beside the processing it feeds. Raising a
// ticket, a new hire's training and a fee asked of the vendor are not. Written for this
// test.
func TestPayChangesKeyedAreMasterData(t *testing.T) {
	t.Parallel()
	md, tp := "master_data", "transaction_processing"
	checkAreaCases(t, []areaCase{
		{question: "When a manager approves a pay rise, how do you make sure payroll staff key the right amount before the next payroll?", report: ReportSOC1, with: []string{md}},
		{question: "Our HR clerk enters merit increases in your portal; who checks them before the next payroll is calculated?", report: ReportSOC1, with: []string{md}},
		{question: "If HR keys in a promotion for an employee, what confirms the payroll uses it from the right date?", report: ReportSOC1, with: []string{md}},
		{question: "How are fee changes for our advisory clients entered in the billing system and checked before invoices go out?", report: ReportSOC1, with: []string{md}},
		{question: "Who checks that the new hourly wage keyed for a store employee matches the signed offer before payroll runs?", report: ReportSOC1, with: []string{md}},
		{question: "A clerk types in each tenant's rent increase: what makes sure the rent invoiced to the tenant is then correct?", report: ReportSOC1, with: []string{md}},
		{question: "Salary increases effective mid-month: how do you make sure they are prorated correctly in the pay run?", report: ReportSOC1, with: []string{md, tp}},
		{question: "When the new salary for a transferred employee is loaded, who verifies it before payroll is calculated?", report: ReportSOC1, with: []string{md}},
		// Near misses: raising a ticket, a new hire's training, a fee of the vendor's.
		{question: "How do we raise a query about a wrong payroll calculation with your support team?", report: ReportSOC1, without: []string{md}},
		{question: "Does new hire onboarding at your company include security awareness training?", report: ReportSOC2},
		{question: "How is overtime calculated and paid in each pay run?", report: ReportSOC1, with: []string{tp}, without: []string{md}},
		{question: "Will your subscription fees increase when we renew?", report: ReportNone},
		// Entering a promotion of code, or input that raises an error, is no pay change.
		{question: "Who can enter a promotion of code to production?", report: ReportSOC2},
		{question: "Are input validation errors that raise exceptions logged?", report: ReportSOC2},
	})
}
