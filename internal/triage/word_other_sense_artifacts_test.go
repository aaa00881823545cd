package triage

import "testing"

// Words that name a document in one sense and something else in another: BaaS is
// banking as a service, not business associate agreements; 10k beside a count is ten
// thousand, not the annual filing; insurance as the asker's industry asks for no
// certificate of cover; HIPAA naming an officer or a policy asks for the person or the
// policy, not an attestation. The questions are written for this test, apart from the
// evaluation sets.
func TestWordOtherSenseArtifacts(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{question: "Which sponsor bank backs your BaaS platform, and is the card program ledger in scope of your SOC 1?", report: "soc1", absent: []string{"hipaa_attestation"}},
		{question: "As a banking-as-a-service (BaaS) provider, do you reconcile the program accounts daily?", report: "soc1", absent: []string{"hipaa_attestation"}},
		{question: "Give us two references from colleges of about 10k learners that run the product today.", report: "none", artifacts: []string{"custom_answer"}},
		{question: "Is capacity monitored so the portal stays available with 10k users signed in at once?", report: "soc2", absent: []string{"financial_statements"}},
		{question: "List three reference customers in the insurance sector, with a contact for each.", report: "none", artifacts: []string{"custom_answer"}},
		{question: "Is administrator activity on servers that hold insurer records logged and monitored?", report: "soc2", absent: []string{"insurance_certificate"}},
		{question: "Give the name and phone number of your HIPAA Compliance Officer.", report: "none", artifacts: []string{"custom_answer"}},
		{question: "Attach (1) the HIPAA Security Policy and (2) the Access Control Policy.", report: "none", artifacts: []string{"policy_document"}},
		// Near misses: the document itself.
		{question: "Will you sign our BAA before any PHI is loaded?", report: "none", artifacts: []string{"hipaa_attestation"}},
		{question: "Attach your latest 10-K or audited financial statements.", report: "none", artifacts: []string{"financial_statements"}},
		{question: "Provide a certificate of insurance showing your cyber liability limits.", report: "none", artifacts: []string{"insurance_certificate"}},
		{question: "Are you HIPAA compliant? Attach your attestation.", report: "none", artifacts: []string{"hipaa_attestation"}},
	})
}

// A report named with its type or its categories and a bridge or gap letter in the
// same request is asked for with the letter; a letter asked for alone, or beside a
// report already held, stays the letter alone.
func TestReportNamedWithLetter(t *testing.T) {
	t.Parallel()
	bridge := []string{"bridge_letter"}
	checkRequests(t, []requestCase{
		{question: "ISAE 3402 Type 2 on the custody platform, plus a bridging letter to the end of March.", report: "soc1", typ: "type2", artifacts: bridge},
		{question: "We need your SOC 2 (Security and Confidentiality) together with the gap letter to year end.", report: "soc2", artifacts: bridge},
		{question: "Send the SOC 2 covering Availability and a bridge letter through June.", report: "soc2", artifacts: bridge},
		// Near misses: the letter alone.
		{question: "Your SOC 2 Type II is on file already; send just the bridge letter for the months since.", report: "none", artifacts: bridge},
		{question: "We only need a gap letter for your SOC 1 Type 2.", report: "none", artifacts: bridge},
	})
}

// A transaction posted or valued as of a date is the date of the entry, not a report
// as of one date.
func TestAsOfEntryDate(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{question: "Mortgage servicing: how do you make sure each remittance is applied to the loan as of its value date?", report: "soc1", typ: "type2"},
		{question: "Are trades booked as of the trade date and the settlement checked against the custodian?", report: "soc1", typ: "type2"},
		// Near miss: a report as of a date is still a Type 1.
		{question: "Could you send a SOC 1 as of a single date for the new servicing platform?", report: "soc1", typ: "type1"},
	})
}
