package triage

import "testing"

// A contractor or consultant of the vendor who would reach into the customer's own
// network, servers, domain accounts or data is asked about logical access (CC6.1, or
// CC6.2 when an account is issued for them); data handed into their keeping is
// confidential information (C1.1). Near-misses: where the work happens, or a consultant
// named with no access asked, bring no control.
func TestOutsideStaffReachingCustomerSystems(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Will your contractors need access to our internal network?", report: "soc2", crit: "CC6.1"},
		{question: "Does the consultant require entry to servers in our data centre?", report: "soc2", crit: "CC6.4"},
		{question: "Would your implementation consultants need a login on our campus directory?", report: "soc2", crit: "CC6.2"},
		{question: "Will any of your consultants be given accounts in our Active Directory domain?", report: "soc2", crit: "CC6.2"},
		{question: "Is it expected that the contractor will have access to university systems?", report: "soc2", crit: "CC6.1"},
		{question: "Will any of our records be handed over to the consultant to keep?", report: "soc2", crit: "C1.1"},
		{question: "Will the contractor take possession of any institutional data?", report: "soc2", crit: "C1.1"},
		// Near-misses.
		{question: "Will the consulting work be done at our site or remotely?", report: "none"},
		{question: "How many consultants will be assigned to the project?", report: "none"},
		{question: "Is access to production restricted to authorised engineers?", report: "soc2", crit: "CC6.1"},
	})
}
