package triage

import "testing"

// Certification and assessment schemes other than SOC, named by the scheme (HITRUST,
// CSA STAR, Cyber Essentials, TISAX, IRAP, ISMAP, C5, ENS, K-ISMS, CMMC and SPRS, IEC
// 62443, the TPN shield, ISO standards outside the 27001 family, ONC), have no
// document of ours and are answered in writing; ISO 27001 (with 27017, 27018 and
// 27701, TestISO27001FamilyCertificates) keeps its certificate and FedRAMP its
// package, also when another scheme is named beside them. How a control is practised,
// with a scheme named beside it, stays the control. The questions are written for
// this test, apart from the evaluation sets.
func TestCertificationSchemes(t *testing.T) {
	t.Parallel()
	fact := []string{"custom_answer"}
	checkClass(t, []classCase{
		{q: "Are the controllers you ship certified against IEC 62443-4-2? Give the certificate number and the certification body.", report: "none", arts: fact},
		{q: "Is your secure development process certified to 62443-4-1 (Yes / No / In progress)?", report: "none", arts: fact},
		{q: "Has the post-production facility achieved a TPN Gold shield? State the date of the last assessment.", report: "none", arts: fact},
		{q: "Is the service registered on the ISMAP cloud service list?", report: "none", arts: fact},
		{q: "Do you hold a current BSI C5 attestation for the German region?", report: "none", arts: fact},
		{q: "Esquema Nacional de Seguridad: certification category (basic / medium / high)?", report: "none", arts: fact},
		{q: "Is the Korean deployment K-ISMS certified?", report: "none", arts: fact},
		{q: "Has the platform passed an IRAP assessment at PROTECTED level?", report: "none", arts: fact},
		{q: "Which CSA STAR level do you hold (Level 1 self-assessment or Level 2 certification)?", report: "none", arts: fact},
		{q: "Cyber Essentials Plus: certificate number and expiry date", report: "none", arts: fact},
		{q: "Does your quality system hold ISO 9001 registration?", report: "none", arts: fact},
		{q: "Is the organisation ISO 22301 certified for business continuity?", report: "none", arts: fact},
		{q: "Do you have a HITRUST r2 validated assessment?", report: "none", arts: fact},
		{q: "What is your current SPRS score, and which CMMC level are you targeting?", report: "none", arts: fact},
		{q: "Is the EHR module certified under the ONC Health IT programme? Give its CHPL listing.", report: "none", arts: fact},
		// A scheme with a document of its own keeps that document, beside the others.
		{q: "Are you certified to ISO 9001 and ISO 27001? Attach both certificates.", report: "none", arts: []string{"custom_answer", "iso27001_certificate"}},
		{q: "Do you hold ISO 22301 or ISO 27001 certificates?", report: "none", arts: []string{"custom_answer", "iso27001_certificate"}},
		{q: "Is the service FedRAMP Moderate authorized?", report: "none", arts: []string{"fedramp"}},
		{q: "Are you ISO certified?", report: "none", arts: []string{"iso27001_certificate"}},
		// Near-misses: the control is practised, the scheme only named beside it.
		{q: "How are backups tested, in line with ISO 22301?", report: "soc2", crit: "A1.3"},
		{q: "Describe how security patches reach field devices under your IEC 62443 process.", report: "soc2", crit: "CC7.1"},
		{q: "Are user access rights reviewed quarterly as HITRUST requires?", report: "soc2", crit: "CC6.3"},
		{q: "Is the business continuity plan tested every year?", report: "soc2", crit: "CC9.1"},
	})
}

// Contract terms and commercial or history facts are answered in writing: the
// service-level figure and the penalties or credits of the contract, past security
// events the company had to report, and which kinds of data the product collects,
// ticked from a list. Agreements to sign keep their own documents (the BAA, the DPA)
// even when their form offers to attach redlines or calls them standard, and card
// data asked about with the AOC to attach is PCI with its AOC. Subcontractors that
// handle PHI under a downstream BAA are vendor oversight and onward disclosure, with
// the BAA beside them. How a control is practised stays the control.
func TestContractTermsAndFacts(t *testing.T) {
	t.Parallel()
	fact := []string{"custom_answer"}
	checkClass(t, []classCase{
		// The SLA figure, penalties and credits.
		{q: "Does the master agreement commit to 99.95% monthly availability, and which service credits are paid if it is missed?", report: "none", arts: fact},
		{q: "Uptime SLA in contract (%) / penalty for breach:", report: "none", arts: fact},
		{q: "Is there a financial penalty in the service level agreement when the platform is down beyond the agreed hours?", report: "none", arts: fact},
		{q: "Our standard terms require 99.9 % availability. Do you accept, and what rebates do you offer for downtime?", report: "none", arts: fact},
		// Past events the company had to report.
		{q: "Has your company suffered a ransomware attack in the last three years that had to be disclosed to a regulator?", report: "none", arts: fact},
		{q: "Since 2021, have you experienced a privacy event that triggered notice to affected individuals? Give the date and a short description.", report: "none", arts: fact},
		// Which kinds of data the product collects.
		{q: "Tick every category of data the app collects: contact details / payment data / precise location / health.", report: "none", arts: fact},
		{q: "Indicate the data elements the platform will hold about our members (name, address, date of birth, account number).", report: "none", arts: fact},
		{q: "Which data types (employee, customer, financial, none) will the tool ingest?", report: "none", arts: fact},
		// Agreements to sign keep their documents; card data with the AOC.
		{q: "Will you sign our standard business associate agreement as is? If not, attach your redlines.", report: "none", arts: []string{"hipaa_attestation"}},
		{q: "Please send your standard data processing addendum with the SCCs attached.", report: "none", arts: []string{"dpa"}},
		{q: "If you store, process or transmit card numbers for us, attach your AOC and the PCI DSS responsibility matrix.", report: "none", arts: []string{"pci_aoc"}},
		{q: "Do you handle payment card data on our behalf? If so, upload your current attestation of compliance.", report: "none", arts: []string{"pci_aoc"}},
		// Subcontractors that handle PHI under a downstream agreement.
		{q: "Do subcontractors that touch PHI for us sign a downstream business associate agreement with you?", report: "soc2", crit: "CC9.2", arts: []string{"hipaa_attestation"}},
		{q: "Will any offshore subcontractor receive or store ePHI? If so, list them and confirm a downstream BAA is in place.", report: "soc2", crit: "CC9.2", arts: []string{"hipaa_attestation"}},
		// Near-misses: the control is practised.
		{q: "How do you monitor uptime against the SLA, and how are customers told about misses?", report: "soc2", crit: "A1.1"},
		{q: "How is availability of 99.9% achieved: redundant sites, failover, capacity monitoring?", report: "soc2", crit: "A1.2"},
		{q: "Which penalties apply to employees who breach the acceptable use policy?", report: "soc2", crit: "CC1.1"},
		{q: "Are security events triaged by experienced analysts around the clock?", report: "soc2", crit: "CC7.3"},
		{q: "Are only the categories of personal data needed for the stated purpose collected?", report: "soc2"},
		{q: "Is each category of data you store classified and labelled?", report: "soc2", crit: "C1.1"},
		{q: "Is cardholder data encrypted at rest?", report: "soc2", crit: "CC6.1"},
		{q: "Is the PCI DSS responsibility matrix reviewed with each customer every year?", report: "soc2", crit: "CC2.3"},
		{q: "Please attach the standard operating procedures for change management.", report: "none", arts: []string{"policy_document"}},
		{q: "Are equivalent security obligations flowed down to every subcontractor that touches our systems?", report: "soc2", crit: "CC9.2", cats: []string{"security"}},
		{q: "Select the safeguards you maintain as elements of your information security program: MFA / EDR / DLP / SIEM.", report: "soc2"},
	})
}

// A report request that only bounds how recent the period must be asks for no bridge
// letter, while a period that ended long ago, or a letter asked for, does; a Type 1
// asked for because the Type 2 period is still running or not yet issued is a Type 1.
func TestFreshnessAndUnfinishedType2(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "Submit the most recent SOC 2 Type II. The examination period must have ended no more than twelve (12) months before the proposal due date.", report: "soc2", typ: "type2", arts: none},
		{q: "The SOC 1 you send must cover a period that ended not more than nine months ago.", report: "soc1", typ: "type2", arts: none},
		{q: "Your SOC 2 period should have closed less than six months before contract signature.", report: "soc2", arts: none},
		{q: "Will you share your SOC 2 Type 1? We know the Type 2 observation window is still running.", report: "soc2", typ: "type1"},
		{q: "Please send the Type I report for now; your Type II audit window is still open.", report: "soc2", typ: "type1"},
		{q: "Can we have the SOC 1 Type 1? Understood the Type 2 has not been issued yet.", report: "soc1", typ: "type1"},
		// Near-misses: a letter for an old period, a Type 2 asked for.
		{q: "If your SOC 2 period ended more than three months ago, what covers the time since?", report: "soc2", arts: []string{"bridge_letter"}},
		{q: "Provide your SOC 2 Type 2 report and, since the period ended in March, a bridge letter.", report: "soc2", typ: "type2", arts: []string{"bridge_letter"}},
		{q: "Send your SOC 2 Type 2 once the observation window has closed.", report: "soc2", typ: "type2"},
		{q: "A Type 1 will not do; we need the Type 2 covering twelve months.", report: "soc2", typ: "type2"},
	})
}
