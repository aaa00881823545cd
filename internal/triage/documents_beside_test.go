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

// Who carried out one past penetration test is a fact, not the testing practice;
// with the test's letter asked for beside it, the letter names the tester and is
// all that is sent. A retest letter is a letter. Who performs the tests and how
// often, and whether findings are retested, stay the practice.
func TestPentestTesterAndRetestLetter(t *testing.T) {
	t.Parallel()
	letter := []string{"pentest_letter"}
	checkClass(t, []classCase{
		{q: "Which company ran your most recent external pen test, and may we have the letter it issued?", report: "none", arts: letter},
		{q: "Who conducted the latest penetration test of the portal? Please attach the executive summary.", report: "none", arts: letter},
		{q: "Could you send the retest letter confirming last year's pentest findings were closed?", report: "none", arts: letter},
		{q: "Your last penetration test was performed by whom?", report: "none", arts: []string{"custom_answer"}},
		// Near-misses: the practice.
		{q: "Who performs your penetration tests, and how often?", report: "soc2", crit: "CC4.1", arts: letter},
		{q: "Are pen test findings retested before the fix is closed?", report: "soc2", crit: "CC4.1", arts: letter},
	})
}

// A public page that tells people how their information is collected, used or
// shared is the privacy notice without its name: none with the published notice.
// How the data is handled, asked as a practice, and pages that say how data is
// protected, stay controls.
func TestPrivacyNoticeDescribed(t *testing.T) {
	t.Parallel()
	notice := []string{"privacy_policy"}
	checkClass(t, []classCase{
		{q: "Is there a page on your website where customers can see what information you gather and why?", report: "none", arts: notice},
		{q: "Do you publish, online, how donor details are used and shared?", report: "none", arts: notice},
		{q: "Send us the URL that tells app users how their data is processed.", report: "none", arts: notice},
		{q: "Where can patients read, on a public page, how their records are handled?", report: "none", arts: notice},
		// Near-misses.
		{q: "How do you handle customer information at the end of the contract?", report: "soc2", arts: []string{}},
		{q: "Is data shown on public web pages encrypted in transit?", report: "soc2", crit: "CC6.7", arts: []string{}},
	})
}

// HIPAA cited as the source of a control question ("ref. HIPAA", a section of 45 CFR
// 164) asks the control: the control's answer, with no HIPAA attestation. Cited with
// nothing else asked, or named as compliance or a BAA, it keeps the attestation.
func TestHIPAACitedAsReference(t *testing.T) {
	t.Parallel()
	hipaa := []string{"hipaa_attestation"}
	checkClass(t, []classCase{
		{q: "How is access to ePHI logged and reviewed? (see HIPAA 164.312(b))", report: "soc2", crit: "CC7.2", arts: []string{}},
		{q: "Are workstations that hold PHI encrypted at rest? Ref: HIPAA Security Rule 45 CFR 164.312(a)(2)(iv)", report: "soc2", crit: "CC6.1", arts: []string{}},
		{q: "Is there an emergency-mode operation plan that is tested? (mapped to HIPAA)", report: "soc2", arts: []string{}},
		// Near-misses.
		{q: "Are you compliant with the HIPAA Security Rule (45 CFR Part 164)?", report: "none", arts: hipaa},
		{q: "Do you encrypt PHI in transit, and will you sign our BAA?", report: "soc2", crit: "CC6.7", arts: hipaa},
		{q: "Are you HIPAA compliant?", report: "none", arts: hipaa},
	})
}

// A report asked for over the environment where personal data sits names the data as
// the report's scope: the report's categories (security), with no privacy criterion.
// A control question over those systems, or a report asked to cover the handling of
// personal data, keep their verdicts.
func TestReportOverWhereDataSits(t *testing.T) {
	t.Parallel()
	sec := []string{"security"}
	checkClass(t, []classCase{
		{q: "Provide the SOC 2 Type II, plus your BAA, for the platform where our patients' PHI resides.", report: "soc2", cats: sec, arts: []string{"hipaa_attestation"}},
		{q: "Your audit report must cover the cloud tenant where our employees' personal data is stored.", report: "soc2", cats: sec},
		{q: "Send the SOC 2 that covers the databases where our PII is kept.", report: "soc2", cats: sec},
		// Near-misses.
		{q: "Is MFA enforced on the servers where PHI is stored?", report: "soc2", cats: sec, crit: "CC6.1"},
		{q: "Does your SOC 2 cover the handling of personal data?", report: "soc2", cats: []string{"privacy"}},
	})
}

// Refusing the SOC 3, the public summary, asks for the full SOC 2: a report asked
// for by a generic word after it is the SOC 2, with no SOC 3 attached.
func TestRefusedSOC3LeavesTheFullReport(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "The SOC 3 summary is not enough for us; please send the complete report under NDA.", report: "soc2", typ: "type2", arts: []string{}},
		{q: "We do not want the general-use SOC 3. We need the restricted report with the testing results.", report: "soc2", typ: "type2", arts: []string{}},
		{q: "A SOC 3 will not do. Please send the full report.", report: "soc2", arts: []string{}},
		// Near-misses.
		{q: "Do you have a SOC 3 we can post on our site?", report: "soc2", arts: []string{"soc3"}},
		{q: "We don't need the SOC 3; please describe your patching process.", report: "soc2", crit: "CC7.1", arts: []string{}},
	})
}
