package triage

import "testing"

var written = []string{"custom_answer"}

// A clause or contractual commitment the vendor is asked to accept, and a
// non-disclosure agreement between the asker and the vendor, are terms of the
// contract answered in writing, whatever the clause speaks of.
func TestTermsOfferedByTheAsker(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{question: "Would you accept a clause in our MSA requiring notice of any data incident within 48 hours?", report: ReportNone, artifacts: written},
		{question: "Is a right to terminate on a material security failure an acceptable clause for your legal team?", report: ReportNone, artifacts: written},
		{question: "Is your company willing to consent to a contractual obligation to encrypt every backup? Yes / No", report: ReportNone, artifacts: written},
		{question: "Does a mutual non-disclosure agreement have to be signed before your team can send us architecture diagrams?", report: ReportNone, artifacts: written},
		{question: "Legal asks whether you will countersign our NDA template or need your own paper.", report: ReportNone, artifacts: written},
		{question: "Is an NDA with us a precondition for the security workshop?", report: ReportNone, artifacts: written},
	})
}

// Near misses: clauses the vendor puts in its own supplier and staff contracts, a
// clause asked about with no acceptance asked, NDAs staff or visitors sign, and a
// report shared under an NDA.
func TestTermsOfferedByTheAskerNearMisses(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Do your subcontractor agreements contain an incident notification clause?", report: "soc2"},
		{question: "Must new starters agree to the confidentiality clause before they are given system access?", report: "soc2", crit: "C1.1"},
		{question: "Does the master agreement oblige you to tell us about breaches within 72 hours?", report: "soc2", crit: "CC7.4"},
		{question: "Are contractors required to sign an NDA before onboarding?", report: "soc2", crit: "C1.1"},
		{question: "Do guests sign our NDA at the front desk before entering the office?", report: "soc2", crit: "C1.1"},
		{question: "Can the SOC 2 be sent to our vendor risk team under a mutual NDA?", report: "soc2"},
	})
}

// A document that must arrive before the purchase order is issued is asked for by
// itself: the purchase order dates the ask, it is no commercial question of its own.
// A buyer paying by purchasing card asks a billing fact, not for the PCI AOC.
func TestConditionsAndPaymentCards(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{question: "Send an insurance certificate naming the Authority as additional insured; no purchase order is released until we have it.", report: ReportNone, artifacts: []string{"insurance_certificate"}},
		{question: "Prior to a PO being raised, upload your certificate of insurance showing professional liability.", report: ReportNone, artifacts: []string{"insurance_certificate"}},
		{question: "Can we settle invoices with a purchasing card, and are your terms net 30?", report: ReportNone, artifacts: written},
		{question: "Do you take P-cards for one-off orders?", report: ReportNone, artifacts: written},
		// Near misses: a PO asked about in its own right, card data the vendor holds.
		{question: "Do you accept purchase orders, and what are your invoicing terms?", report: ReportNone, artifacts: written},
		{question: "Do you keep the credit card details that shoppers enter at checkout?", report: ReportNone, artifacts: []string{"pci_aoc"}},
	})
}

// Insurance named by the lines of cover (privacy liability, network security
// liability) or by what the cover pays for is the insurance certificate.
func TestInsuranceCoverWording(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{question: "Is there media and privacy liability cover in force, and at what limit?", report: ReportNone, artifacts: []string{"insurance_certificate"}},
		{question: "Would your cover reimburse the cost of notifying our patients after a breach on your side?", report: ReportNone, artifacts: []string{"insurance_certificate"}},
		{question: "Do you maintain technology professional liability coverage?", report: ReportNone, artifacts: []string{"insurance_certificate"}},
	})
	checkReportCases(t, []reportCase{
		{question: "Does your incident response plan cover how you notify customers of a breach?", report: "soc2", crit: "CC7.4"},
		{question: "Is there a cap on your liability for data breaches in the contract?", report: "none", artifact: "custom_answer"},
	})
}

// The group structure beside financial statements is a fact of its own; a public
// document found on the website is that document, not the website field; HITRUST
// offered beside a HIPAA assessment is answered by the HIPAA attestation; the
// asker's revenue figures that a platform feeds on are no company fact.
func TestFactsBesideDocuments(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{question: "Provide audited accounts for the last two years and a group structure chart naming the parent company and subsidiaries.", report: ReportNone, artifacts: []string{"financial_statements", "custom_answer"}},
		{question: "Please attach your 10-K and identify your ultimate parent.", report: ReportNone, artifacts: []string{"financial_statements", "custom_answer"}},
		{question: "Provide your audited financial statements and annual revenue.", report: ReportNone, artifacts: []string{"financial_statements"}},
		{question: "Where can we read the privacy statement on your website?", report: ReportNone, artifacts: []string{"privacy_policy"}},
		{question: "Company website:", report: ReportNone, artifacts: written},
		{question: "Do you hold HITRUST, or can you share an external HIPAA risk analysis instead?", report: ReportNone, artifacts: []string{"hipaa_attestation"}},
		{question: "Are you HITRUST certified?", report: ReportNone, artifacts: written},
		{question: "Our controller relies on the sales totals your system passes to our ERP. Which SOC report covers that?", report: ReportSOC1, artifacts: []string{}},
		{question: "What was your total revenue last year?", report: ReportNone, artifacts: written},
	})
}

// Whether the product offers an API, SDK or webhook is a product fact; how the API
// is protected, logged or limited is a control.
func TestProductAPIsAreFacts(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{question: "Does the platform provide a RESTful API for pulling reports?", report: ReportNone, artifacts: written},
		{question: "Do you ship an SDK for Java?", report: ReportNone, artifacts: written},
		{question: "Is API documentation public for integrators?", report: ReportNone, artifacts: written},
	})
	checkReportCases(t, []reportCase{
		{question: "Is the REST API authenticated with OAuth tokens?", report: "soc2", crit: "CC6.1"},
		{question: "Is a web application firewall in front of the public API?", report: "soc2", crit: "CC6.6"},
	})
}

// Security terms the vendor writes into its own suppliers' contracts (a right to
// audit them, breach notice from them) are vendor management (CC9.2), not a right
// the asker wants.
func TestSupplierContractTermsArePractice(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Suppliers are reassessed each year by tier, and their contracts carry security clauses (audit rights, incident notice). Confirm you do the same.", report: "soc2", crit: "CC9.2"},
		{question: "Do contracts with your subprocessors give you a right to audit them?", report: "soc2", crit: "CC9.2"},
		{question: "Will you grant our auditors a right to audit your data centre?", report: "none", artifact: "custom_answer"},
	})
}
