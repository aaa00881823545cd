package inventory

// Kinds of inventory entries: the three SOC reports and the artifacts of the
// guide's section 6 (soc3 is both).
const (
	KindSOC1                 = "soc1"
	KindSOC2                 = "soc2"
	KindSOC3                 = "soc3"
	KindBridgeLetter         = "bridge_letter"
	KindISO27001Certificate  = "iso27001_certificate"
	KindPCIAOC               = "pci_aoc"
	KindPentestLetter        = "pentest_letter"
	KindInsuranceCertificate = "insurance_certificate"
	KindHIPAAAttestation     = "hipaa_attestation"
	KindDPA                  = "dpa"
	KindPrivacyPolicy        = "privacy_policy"
	KindFinancialStatements  = "financial_statements"
	KindFedRAMP              = "fedramp"
	KindPolicyDocument       = "policy_document"
	KindCustomAnswer         = "custom_answer"
)

// kindInfo says which fields apply to a kind and how it ages.
type kindInfo struct {
	kind  string
	label string // how a person names it
	// period: a SOC report, dated by its examination period (period_start,
	// period_end) rather than by issue and expiry dates.
	period        bool
	hasType       bool
	hasCategories bool
	hasAreas      bool
	needIssued    bool
	needExpires   bool
	// annual: without an expiry date the document goes stale 12 months after it
	// was issued (pen tests and audited statements are redone every year).
	annual bool
}

var kindTable = []kindInfo{
	{kind: KindSOC1, label: "SOC 1", period: true, hasType: true, hasAreas: true},
	{kind: KindSOC2, label: "SOC 2", period: true, hasType: true, hasCategories: true},
	{kind: KindSOC3, label: "SOC 3", period: true, hasCategories: true},
	{kind: KindBridgeLetter, label: "bridge letter", needIssued: true, needExpires: true},
	{kind: KindISO27001Certificate, label: "ISO 27001 certificate", needIssued: true, needExpires: true},
	{kind: KindPCIAOC, label: "PCI DSS AOC", needIssued: true, needExpires: true},
	{kind: KindPentestLetter, label: "penetration test letter", needIssued: true, annual: true},
	{kind: KindInsuranceCertificate, label: "insurance certificate", needIssued: true, needExpires: true},
	{kind: KindHIPAAAttestation, label: "HIPAA attestation", needIssued: true, annual: true},
	{kind: KindDPA, label: "DPA"},
	{kind: KindPrivacyPolicy, label: "privacy policy"},
	{kind: KindFinancialStatements, label: "audited financial statements", needIssued: true, annual: true},
	{kind: KindFedRAMP, label: "FedRAMP authorisation", needIssued: true},
	{kind: KindPolicyDocument, label: "policy document"},
	{kind: KindCustomAnswer, label: "company answer"},
}

func lookupKind(k string) (kindInfo, bool) {
	for _, ki := range kindTable {
		if ki.kind == k {
			return ki, true
		}
	}
	return kindInfo{}, false
}

// Kinds lists the entry kinds an inventory accepts, in a stable order.
func Kinds() []string {
	out := make([]string, len(kindTable))
	for i, k := range kindTable {
		out[i] = k.kind
	}
	return out
}

// KindLabel names a kind as a person would ("SOC 2", "ISO 27001 certificate").
func KindLabel(kind string) string {
	if ki, ok := lookupKind(kind); ok {
		return ki.label
	}
	return kind
}
