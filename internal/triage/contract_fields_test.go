package triage

import "testing"

// Terms of the asker's contract quoted for the vendor to accept or take exception to,
// source code escrow and its release events, the figures of a merchant profile and
// the certificate holder of an insurance certificate are answered in writing or by
// the certificate, not by a report: the money, code or support words they carry are
// not the control of that name. The questions are written for this test, apart from
// the evaluation sets.
func TestContractTermsAndProfileFields(t *testing.T) {
	t.Parallel()
	fact := []string{"custom_answer"}
	coi := []string{"insurance_certificate"}
	none := []string{}
	checkClass(t, []classCase{
		{q: "Agreement clause 21.4: the hospital may withhold payment of disputed invoices pending resolution. Acceptable? Yes / No / Exception", report: "none", arts: fact, areas: none},
		{q: "Clause 14 (termination for convenience on 30 days' notice): accept / accept with exceptions / reject", report: "none", arts: fact},
		{q: "Contract term 5.3: the district holds back 5% of each progress payment until go-live sign-off. Yes / No / Exception", report: "none", arts: fact, areas: none},
		{q: "Will the publisher place the game engine's source code in escrow with an agent, released to us if the company is wound up?", report: "none", arts: fact},
		{q: "Is the reservation platform's code deposited with a software escrow agent, with release on bankruptcy?", report: "none", arts: fact},
		{q: "Hotel group onboarding: average transaction value, estimated annual card volume and chargeback ratio for the last 12 months.", report: "none", arts: fact},
		{q: "MCC and projected annual processing volume", report: "none", arts: fact},
		{q: "Please list us as certificate holder on your cyber liability COI.", report: "none", arts: coi},
		{q: "Professional liability COI, our agency named as cert holder", report: "none", arts: coi},
		// Near-misses: a control asked in the same words.
		{q: "Clause 9: the supplier shall encrypt all data at rest. Comply? Yes / No / Exception", report: "soc2", crit: "CC6.1"},
		{q: "Is retainage on each pay application calculated correctly? Y / N / E", report: "soc1", areas: []string{"transaction_processing"}},
		{q: "Is the escrow account reconciled to the bank each month?", report: "soc1"},
		{q: "Is source code stored in a repository with access restricted to developers?", report: "soc2", crit: "CC8.1"},
		{q: "How is capacity planned for projected transaction volume at peak?", report: "soc2", crit: "A1.1"},
		{q: "Which certifications does the firm hold?", report: "none", arts: fact},
	})
}
