package triage

import "testing"

// A transaction word right before a file, feed or extract ("reimbursement files",
// "commission files") names what the interface carries, and one right before a
// system noun ("our payables system") names where it goes: beside the interface no
// transaction processing is added for them. A control objective asked of the SOC 1
// over such files is the interfaces objective. Processing asked in its own words
// ("claims are paid accurately", "files processed completely") keeps it.
func TestInterfaceRecordsNamedByTheFile(t *testing.T) {
	t.Parallel()
	ifc := []string{"interfaces"}
	both := []string{"interfaces", "transaction_processing"}
	checkClass(t, []classCase{
		{q: "Does your SOC 1 include a control objective over the completeness of the commission files you send to our payables system?",
			report: "soc1", areas: ifc},
		{q: "Will your SOC 1 report have a control objective covering the rebate files you transmit into our ERP?",
			report: "soc1", areas: ifc},
		// Near misses: the processing asked in its own words.
		{q: "How do you make sure claims are paid accurately and the claims file to our ledger is complete?",
			report: "soc1", areas: both},
		{q: "Are ACH files received from the bank processed completely and accurately before the cut-off?",
			report: "soc1", areas: both},
	})
}
