package triage

import "testing"

// Pinning the server's certificate or key, mutual TLS and client certificates on
// calls between services protect data as it moves: CC6.7. A PIN typed at login, or a
// security key, is authentication and stays there. The questions are written for
// this test, apart from the evaluation sets.
func TestPinningAndMutualTLS(t *testing.T) {
	t.Parallel()
	sec := []string{"security"}
	checkClass(t, []classCase{
		{q: "Does the Android client pin the TLS certificate of your API?", report: "soc2", cats: sec, crit: "CC6.7", arts: []string{}},
		{q: "Is public key pinning used by the iPad app?", report: "soc2", cats: sec, crit: "CC6.7", arts: []string{}},
		{q: "Are internal microservices required to talk over mTLS?", report: "soc2", cats: sec, crit: "CC6.7", arts: []string{}},
		{q: "Is two-way TLS used between the gateway and the back end?", report: "soc2", cats: sec, crit: "CC6.7", arts: []string{}},
		{q: "Do nodes in the cluster present client certificates to one another on every connection?", report: "soc2", cats: sec, crit: "CC6.7", arts: []string{}},
		// Near-misses: a PIN or a security key is a login factor.
		{q: "Do staff need a PIN and a hardware security key to sign in?", report: "soc2", crit: "CC6.1"},
		{q: "Is the PIN reset process written down?", report: "none"},
	})
}

// A card brand's list of validated service providers (Visa's global registry,
// Mastercard's SDP listing, the provider level) is shown with the PCI attestation of
// compliance, and a responsibility matrix that goes with the AOC or the DSS is part
// of that package, not the shared responsibility model of a SOC 2. A registry of
// one's own vendors, and a responsibility matrix with no card scheme named, stay
// SOC 2 controls.
func TestCardSchemeListingsAndMatrix(t *testing.T) {
	t.Parallel()
	aoc := []string{"pci_aoc"}
	checkClass(t, []classCase{
		{q: "Does your company appear on Visa's registry as a merchant servicer?", report: "none", arts: aoc},
		{q: "Are you registered with Mastercard as a third-party processor (SDP)?", report: "none", arts: aoc},
		{q: "Are you a level 2 service provider, and when did you last validate?", report: "none", arts: aoc},
		{q: "Which of the DSS requirements sit with you? Attach the responsibility summary your QSA signed.", report: "none", arts: aoc},
		{q: "Upload the split-of-responsibility matrix that belongs with your PCI attestation.", report: "none", arts: aoc},
		// Near-misses.
		{q: "Do you keep a register of your service providers and review them yearly?", report: "soc2", crit: "CC9.2", arts: []string{}},
		{q: "Is there a responsibility matrix telling tenants which controls they must run?", report: "soc2", crit: "CC2.3", arts: []string{}},
		{q: "Do you sponsor work visas for engineers?", report: "none", arts: []string{}},
	})
}

// "Public" as part of a sector, a body or a cloud is no public report: a SOC 2
// offered where a FedRAMP package is missing is the SOC 2 beside the FedRAMP
// artifact, with no SOC 3. A report that may be shared publicly still is one.
func TestPublicSectorIsNoPublicReport(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "For public-sector tenants, share your StateRAMP package; failing that, a SOC 2 Type II will be considered as alternative assurance.", report: "soc2", arts: []string{"fedramp"}},
		{q: "As a public body we need your SOC 2 report before contract award.", report: "soc2", arts: []string{}},
		{q: "We are a public health agency: send your current SOC 2 report.", report: "soc2", arts: []string{}},
		// Near-misses: the report itself is to be public.
		{q: "Is there a version of your SOC 2 that can be posted publicly?", report: "soc2", arts: []string{"soc3"}},
		{q: "Do you have a public audit report we can hand to our board?", report: "soc2", arts: []string{"soc3"}},
	})
}

// A processor agreement (a controller-processor contract under GDPR article 28, its
// template, the UK transfer addendum) is the data processing agreement by another
// name: none with the DPA, not the subprocessor privacy control. Subprocessors bound
// to the same terms stay P6.4.
func TestProcessorAgreementIsTheDPA(t *testing.T) {
	t.Parallel()
	dpa := []string{"dpa"}
	checkClass(t, []classCase{
		{q: "Can we see your template processor agreement (GDPR art. 28) before signing?", report: "none", arts: dpa},
		{q: "Will you countersign our controller-processor contract?", report: "none", arts: dpa},
		{q: "Is the international data transfer addendum attached to your standard terms?", report: "none", arts: dpa},
		{q: "Please send the processor terms you offer EU customers.", report: "none", arts: dpa},
		// Near-misses.
		{q: "Are your sub-processors held to the same data protection obligations as you?", report: "soc2", crit: "P6.4"},
		{q: "How is personal data encrypted under the processor agreement?", report: "soc2", crit: "CC6.1", arts: []string{}},
	})
}

// Personal data sent abroad under a legal mechanism named (standard contractual
// clauses, binding corporate rules, an adequacy decision, the Data Privacy
// Framework, the UK transfer addendum) is a term of the DPA: none with the DPA, no
// disclosure control and no residency fact. Without a mechanism, where data is kept
// stays a fact and disclosure to third parties stays P6.1.
func TestTransferMechanismIsTheDPA(t *testing.T) {
	t.Parallel()
	dpa := []string{"dpa"}
	checkClass(t, []classCase{
		{q: "Personal data leaving Switzerland: under which safeguard (model clauses, adequacy) does it travel?", report: "none", arts: dpa},
		{q: "Are your US-bound transfers of employee data covered by the EU-US Data Privacy Framework or by standard contractual clauses?", report: "none", arts: dpa},
		{q: "Do you rely on binding corporate rules when our data moves between your group companies abroad?", report: "none", arts: dpa},
		{q: "Is the international data transfer addendum attached to your standard terms?", report: "none", arts: dpa},
		// Near-misses.
		{q: "Will customer records stay inside Canada, backups included?", report: "none", arts: []string{"custom_answer"}},
		{q: "Is personal data ever shared with third parties without consent?", report: "soc2", crit: "P6.1"},
		{q: "Are sub-processors outside the EU bound by SCCs and audited every year?", report: "soc2", crit: "CC9.2", arts: dpa},
	})
}
