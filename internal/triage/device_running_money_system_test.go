package triage

import "testing"

// Devices or servers named by the money work they run ("the laptops that run our
// payroll reports", "the servers running our general ledger") are endpoints of that
// system: anti-malware on them is CC6.8 over a money system, both reports with
// operations_financial. The relative clause is not the asker's environment that a
// product must run in.
func TestDeviceThatRunsMoneySystemIsControl(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Do the laptops that run our payroll reports have antivirus?", report: "both", crit: "CC6.8", area: "operations_financial"},
		{question: "Do the servers that run our billing system have EDR?", report: "both", crit: "CC6.8", area: "operations_financial"},
		{question: "Do the laptops that process our payroll have antivirus?", report: "both", crit: "CC6.8", area: "operations_financial"},
		{question: "Do the servers running our general ledger have EDR installed?", report: "both", crit: "CC6.8", area: "operations_financial"},
		{question: "Is endpoint protection on the devices that run payroll?", report: "both", crit: "CC6.8", area: "operations_financial"},
		{question: "Do the machines that run your website have anti-malware?", report: "soc2", crit: "CC6.8"},
		// Near misses: the product in the asker's environment, no money system.
		{question: "Does the client run on laptops that have our antivirus installed?", report: "none", artifact: "custom_answer"},
		{question: "Will the agent run on our laptops alongside our antivirus?", report: "none", artifact: "custom_answer"},
		{question: "Will your service still work with our inspection certificate in the chain?", report: "none", artifact: "custom_answer"},
		{question: "Do your laptops have antivirus?", report: "soc2", crit: "CC6.8"},
		{question: "Is antivirus installed on the payroll servers?", report: "both", crit: "CC6.8", area: "operations_financial"},
	})
}

// A store named by the money data it holds ("the database that stores our claims
// payments", "the server which keeps our loan payments") is a money system: its
// encryption is CC6.1 with access_financial, and the relative clause between the
// store and "encrypted" does not hide the encryption. The same store of other data
// is soc2 alone.
func TestStoreThatHoldsMoneyDataEncrypted(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Is the database that stores our claims payments encrypted?", report: "both", crit: "CC6.1", area: "access_financial"},
		{question: "Is the database that stores your clients' claim payments encrypted?", report: "both", crit: "CC6.1", area: "access_financial"},
		{question: "Is the database that keeps our loan payments encrypted?", report: "both", crit: "CC6.1", area: "access_financial"},
		{question: "Is the server that holds our invoice data encrypted?", report: "both", crit: "CC6.1", area: "access_financial", not: "CC6.7"},
		{question: "Is the database that holds our payroll files encrypted?", report: "both", crit: "CC6.1", area: "access_financial"},
		{question: "Are the databases which hold our billing records encrypted?", report: "soc2", crit: "CC6.1", not: "CC6.7"},
		{question: "Is the database that stores our marketing leads encrypted?", report: "soc2", crit: "CC6.1"},
		// Near misses that keep their verdicts.
		{question: "Is the database encrypted?", report: "soc2", crit: "CC6.1"},
		{question: "Is the payroll database encrypted?", report: "both", crit: "CC6.1", area: "access_financial"},
		{question: "Is data encrypted in transit?", report: "soc2", crit: "CC6.7", not: "CC6.1"},
	})
}
