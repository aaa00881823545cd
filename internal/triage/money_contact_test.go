package triage

import "testing"

// Whom to contact, or where to send something, about a money function is a fact
// written in (fact_money_contact), not the SOC 1 process the money word names: the
// contact reading (contactAsked) must be the only ask of the line. Who checks,
// approves, reconciles or corrects the money, a callback made before a change, and
// whom to notify so that access is removed stay controls. The questions are written
// for this test, apart from the evaluation sets.
func TestMoneyContactIsAWrittenAnswer(t *testing.T) {
	t.Parallel()
	none := []string{"custom_answer"}
	checkClass(t, []classCase{
		// A contact, a number, an address or a routing for a money function.
		{q: "Whom should our HR team ring if a pay run looks late?", report: ReportNone, areas: []string{}, arts: none},
		{q: "What email address do supplier invoices go to?", report: ReportNone, areas: []string{}, arts: none},
		{q: "Where should we send remittance advice for the card settlements?", report: ReportNone, areas: []string{}, arts: none},
		{q: "Which department fields payroll queries from our staff?", report: ReportNone, areas: []string{}, arts: none},
		{q: "Who do disputed claims payments get routed to on your side?", report: ReportNone, areas: []string{}, arts: none},
		{q: "what's the contact for the billing team when a bill looks wrong", report: ReportNone, areas: []string{}, arts: none},
		{q: "We outsource billing to you. Who do we send invoice disputes to?", report: ReportNone, areas: []string{}, arts: none},
		{q: "How do we reach your payroll support team?", report: ReportNone, areas: []string{}, arts: none},
		{q: "whats the after-hours callback number for the payments desk?", report: ReportNone, areas: []string{}, arts: none},
		// Near misses: a control over the money, asked alone or beside a contact.
		{q: "Who reviews payroll queries before any correction is made to net pay?", report: ReportSOC1, areas: []string{"transaction_processing"}, arts: []string{}},
		{q: "How do you verify the phone number used to confirm a payee bank change?", report: ReportSOC1, areas: []string{"master_data"}, arts: []string{}},
		{q: "Which callback number do your staff use to confirm a payee's new bank account?", report: ReportSOC1, areas: []string{"master_data"}, arts: []string{}},
		{q: "Who sends invoices to our customers?", report: ReportSOC1, arts: []string{}},
		{q: "Which team should we contact if an invoice total looks wrong, and who corrects it?", report: ReportSOC1, arts: []string{}},
		{q: "Who should we email to get a payroll login removed when someone leaves?", report: ReportBoth, areas: []string{"access_financial"}, arts: []string{}},
		// A yes-or-no question joined after the contact asks a control of its own
		// ("…, and are invoices reconciled?", "… - are changes approved?").
		{q: "Which team takes billing queries, and are invoices reconciled monthly?", report: ReportSOC1, areas: []string{"reconciliation"}},
		{q: "Who handles billing questions, and do you reconcile payments received daily", report: ReportSOC1, areas: []string{"reconciliation"}},
		{q: "What is the payroll helpdesk email and are payroll files encrypted in transit", report: ReportSOC2, arts: []string{}},
		{q: "Who do we send invoices to, and is each invoice approved?", report: ReportSOC1, areas: []string{"transaction_processing"}},
		{q: "What is the phone number for payroll support and is payroll data encrypted?", report: ReportSOC2, arts: []string{}},
		// A second clause that asks a contact too keeps the written answer.
		{q: "Who is the billing contact, and is there a backup contact?", report: ReportNone, areas: []string{}, arts: none},
	})
}
