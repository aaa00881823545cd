package inventory

import (
	"cmp"
	"slices"

	"github.com/socbot/socbot/internal/triage"
)

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

// kindTable is the two SOC reports an inventory can hold and the artifacts
// of the domain's table, whose labels and dating it takes.
var kindTable = append([]kindInfo{
	{kind: KindSOC1, label: triage.ReportTitle(triage.ReportSOC1), period: true, hasType: true, hasAreas: true},
	{kind: KindSOC2, label: triage.ReportTitle(triage.ReportSOC2), period: true, hasType: true, hasCategories: true},
}, artifactKinds()...)

func artifactKinds() []kindInfo {
	out := make([]kindInfo, 0, len(triage.Artifacts))
	// SOC 3 first, beside the other SOC reports.
	as := slices.Clone(triage.Artifacts)
	byPeriod := func(a triage.Artifact) int {
		if a.Dated == triage.DatedByPeriod {
			return 0
		}
		return 1
	}
	slices.SortStableFunc(as, func(a, b triage.Artifact) int { return cmp.Compare(byPeriod(a), byPeriod(b)) })
	for _, a := range as {
		k := kindInfo{kind: a.ID, label: a.Label, hasCategories: a.ID == KindSOC3}
		switch a.Dated {
		case triage.DatedByPeriod:
			k.period = true
		case triage.DatedByExpiry:
			k.needIssued, k.needExpires = true, true
		case triage.DatedAnnually:
			k.needIssued, k.annual = true, true
		case triage.DatedWhenIssued:
			k.needIssued = true
		}
		out = append(out, k)
	}
	return out
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
