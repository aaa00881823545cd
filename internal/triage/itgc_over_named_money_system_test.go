package triage

import "testing"

// An IT general control asked of a money system the question names (user set-up,
// the development life cycle, backups and recovery, the network that reaches it) is
// both reports with the SOC 1 area of its family, though no financial rule's own
// words recognise the control: the system is what the control is exercised over,
// not a word in passing.
// Security practice that is not a control over the system (training, screening,
// vendor reviews, privacy requests, transit encryption) stays SOC 2 alone.
func TestITGCOverNamedMoneySystem(t *testing.T) {
	t.Parallel()
	access := []string{"access_financial"}
	change := []string{"change_financial"}
	ops := []string{"operations_financial"}
	none := []string{}
	checkClass(t, []classCase{
		{q: "When a new analyst joins, who signs off before they are provisioned into the rebate processing system?", report: "both", areas: access, crit: "CC6.2"},
		{q: "Is there a documented SDLC for the freight audit and payment application?", report: "both", areas: change, crit: "CC8.1"},
		{q: "Are nightly snapshots of the gift card ledger copied offsite?", report: "both", areas: ops, crit: "A1.2"},
		{q: "Provisioning for the lockbox application - is a ticket with manager approval needed?", report: "both", areas: access},
		{q: "Could you describe the SDLC that governs the loan origination platform?", report: "both", areas: change},
		// Network separation of a money system is who can reach it: access.
		{q: "Is the dues collection platform isolated from your corporate network?", report: "both", areas: access},
		// Near miss: key rotation of a money system only named.
		{q: "How often are the signing keys of the rebate portal rotated?", report: "soc2", areas: none},
		// Near misses: practice beside a money system, not a control over it.
		{q: "Do the staff of your claims processing team take security awareness training every year?", report: "soc2", areas: none},
		{q: "Do you run background checks on staff who can see client payroll data?", report: "soc2", areas: none},
		{q: "How do you review the security of your own suppliers, the payment gateway included, each year?", report: "soc2", areas: none},
		{q: "Is the billing export encrypted with TLS when it travels to us?", report: "soc2", areas: none},
		{q: "Is the corporate network segmented from the guest wifi?", report: "soc2", areas: none},
	})
}
