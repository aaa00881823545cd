package triage

import "testing"

// Logging of sign-ins and log-ins to a money system is a control over access to it,
// however the word is split ("sign-ins", "sign-ons", "log-ons"), while the logging of
// security events is its operations even when another sentence of the question names
// users or administrators. Written for this test.
func TestLoggedAccessOfMoneySystem(t *testing.T) {
	t.Parallel()
	acc, ops := "access_financial", "operations_financial"
	checkAreaCases(t, []areaCase{
		{question: "Are sign-ins to the payroll servers logged?", report: ReportBoth, first: acc},
		{question: "Are payroll server sign-ons logged?", report: ReportBoth, first: acc},
		{question: "Are sign-ins to the billing platform monitored for unusual hours?", report: ReportBoth, first: acc},
		{question: "Are sign-ons to the claims system logged centrally?", report: ReportBoth, first: acc},
		{question: "Are log-ons to the general ledger database logged?", report: ReportBoth, first: acc},
		{question: "Are log-in attempts on the claims system recorded?", report: ReportBoth, first: acc},
		{question: "Our users work in finance. Are security alerts on the payroll servers reviewed?", report: ReportBoth, first: ops},
		{question: "Our administrators sit in the finance team. Are security alerts on the payroll servers reviewed?", report: ReportBoth, first: ops},
		{question: "Administrators are based in Leeds. Are security events on the billing platform monitored?", report: ReportBoth, first: ops},
		// Near misses: no access word, a log kept somewhere, access in the sentence.
		{question: "Are security alerts on the payroll servers reviewed?", report: ReportBoth, first: ops},
		{question: "Are security events on the billing platform logged in the SIEM?", report: ReportBoth, first: ops},
		{question: "Are events from the payroll servers sent to a log in the SIEM?", report: ReportBoth, first: ops},
		{question: "Are logins to the payroll servers logged?", report: ReportBoth, first: acc},
		{question: "Are administrator sessions on the billing platform logged?", report: ReportBoth, first: acc},
		{question: "Access to the treasury system is by SSO. Are security alerts from the treasury system reviewed daily?", report: ReportBoth, first: acc},
	})
}
