package triage

import "testing"

// A security threat aimed at the money a service handles (remittance emails spoofed,
// hackers sending invoices in the vendor's name, a remittance advice intercepted)
// asked as incident handling is SOC 2: the money words name what is attacked, not a
// process whose operation is controlled, and a fact of remittance details or of
// invoicing gives way to it. Threat words (@threat_act) join phishing, ransomware
// and malware, which already set aside the money readings. A remittance address or
// a billing currency asked for alone stays a written fact, and incidents that stop a
// payroll batch or a recovery after ransomware stay both. The questions are written
// for this test, apart from the evaluation sets.
func TestThreatsToMoneyChannels(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "Does your incident plan cover our remittance emails being spoofed?", report: ReportSOC2, first: "CC7.4", areas: none, arts: none},
		{q: "Do you have an incident playbook for spoofed invoice emails sent to our customers?", report: ReportSOC2, first: "CC7.4", areas: none, arts: none},
		{q: "What is your incident process if hackers send fake invoices in your name?", report: ReportSOC2, first: "CC7.4", areas: none},
		{q: "If a remittance advice you send us is intercepted, how is the incident handled?", report: ReportSOC2, first: "CC7.4", areas: none},
		{q: "How do you handle incidents where billing notices are intercepted in transit?", report: ReportSOC2, crit: "CC6.7", areas: none},
		// Near misses: the fact asked alone, and incidents of the money system itself.
		{q: "What is your remittance email address?", report: ReportNone, arts: []string{"custom_answer"}},
		{q: "Please give remittance details and bank instructions for our AP setup.", report: ReportNone, arts: []string{"custom_answer"}},
		{q: "Can you bill us in Canadian dollars?", report: ReportNone, arts: []string{"custom_answer"}},
		{q: "How are incidents that stop the overnight payroll batch escalated?", report: ReportBoth, areas: []string{"operations_financial"}},
		{q: "How long would it take to restore the payroll service after a ransomware attack?", report: ReportBoth, areas: []string{"operations_financial"}},
		{q: "How do you make sure intercompany charges are posted to the right entity?", report: ReportSOC1},
	})
}
