package triage

import "testing"

// An asker that audits its client's financial statements (the client's statutory or
// external auditor, its audit team or firm) and asks about a service the client uses
// is the user auditor relying on the service: a SOC 1. The statements or accounts it
// audits describe the asker; they are not the vendor's audited financials asked for.
// The vendor's own auditors, a request for the vendor's accounts and an assessor of
// security are not that reliance.
func TestAskerAuditsClient(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "We're the statutory auditors of Fabrikam and audit its annual accounts. Fabrikam's payroll runs on your platform; please share your controls report.", report: "soc1", arts: none},
		{q: "Our firm audits Northwind's financial statements. Northwind's billing runs on your service. Please provide the SOC report and confirm its period.", report: "soc1", arts: none},
		{q: "As Litware's external auditor (we sign off on their annual financial statements), we'd like a copy of your assurance report on the treasury platform.", report: "soc1", arts: none},
		{q: "We're the auditors of record for Adatum's financial statements. Please forward your most recent type 2 report on the rent collection service.", report: "soc1", arts: none},
		{q: "Hello, I'm with the firm that audits Woodgrove's books and financial statements. Could you share your type 2 report?", report: "soc1", arts: none},
		{q: "Our engagement team audits the accounts of Fourth Coffee, whose claims you process. Forward the service auditor's report on your controls, along with the financial statements section it refers to.", report: "soc1", arts: none},
		{q: "i work on the external audit engagement for proseware (we audit their financials). can we have your type 2 report", report: "soc1", arts: none},
		// Near misses: the vendor's own accounts and auditors, and assessors of
		// security, are not the client's auditor relying on the service.
		{q: "Provide your audited financial statements for the last two years.", report: "none", arts: []string{"financial_statements"}},
		{q: "Who audits your financial statements, and was the last opinion unqualified?", report: "none"},
		{q: "Name your external audit firm and say when the audit partner was last rotated.", report: "none"},
		{q: "We audit our vendors' security controls every year; please send your independent audit report.", report: "soc2", arts: none},
		{q: "We are Contoso's security assessors; please forward your SOC report.", report: "soc2", arts: none},
	})
}
