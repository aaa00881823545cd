package triage

import "testing"

// Assurance asked over two fronts, the controls that bear on the asker's financial
// statements, books or money and the controls over security or the asker's data, is
// both reports, though the first front reads as the asker's own reliance (which alone
// frames a SOC 1). One front alone keeps its report.
func TestFinancialAndSecurityFronts(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Our treasurer wants an independent opinion covering the controls relevant to our financial reporting as well as your controls over confidentiality.", report: "both"},
		{q: "The board asked for assurance in two areas: controls that impact our books, and how you protect our data.", report: "both"},
		{q: "We're looking for an attestation that addresses your controls over the cash you hold for us and your security controls.", report: "both"},
		{q: "Please arrange independent assurance on (a) controls relevant to our financial statements; (b) your data protection.", report: "both"},
		{q: "We need one examination report over your ICFR-relevant controls plus your availability controls.", report: "both"},
		// Near misses: one front only.
		{q: "We need independent assurance over your controls relevant to our financial statements.", report: "soc1"},
		{q: "Is there independent assurance over your controls around security and availability?", report: "soc2"},
		{q: "For our SOX audit, describe your security controls.", report: "soc1"},
		{q: "Our auditors want assurance on the controls that affect our ledger.", report: "soc1"},
	})
}
