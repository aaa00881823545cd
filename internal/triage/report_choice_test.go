package triage

import (
	"slices"
	"testing"
)

// reportCase is a question and the report its verdict must choose, with a criterion,
// a SOC 1 area and an artifact that must be among the verdict's (none when "") and a
// criterion or area that must not.
type reportCase struct {
	question string
	report   string
	crit     string
	area     string
	artifact string
	not      string
}

func checkReportCases(t *testing.T, cases []reportCase) {
	t.Helper()
	e := mustEngine(t)
	for _, tc := range cases {
		v := e.Classify(Question{Text: tc.question})
		bad := v.Report != tc.report
		bad = bad || tc.crit != "" && !slices.Contains(v.Criteria, tc.crit)
		bad = bad || tc.area != "" && !slices.Contains(v.SOC1Areas, tc.area)
		bad = bad || tc.artifact != "" && !slices.Contains(v.Artifacts, tc.artifact)
		bad = bad || tc.not != "" && (slices.Contains(v.Criteria, tc.not) || slices.Contains(v.SOC1Areas, tc.not))
		if bad {
			rules := []string{}
			for _, ev := range v.Evidence {
				rules = append(rules, ev.Rule)
			}
			t.Errorf("%q: %s %v %v %v, want %s (crit %q, area %q, artifact %q, not %q); rules %v",
				tc.question, v.Report, v.Criteria, v.SOC1Areas, v.Artifacts, tc.report, tc.crit, tc.area, tc.artifact, tc.not, rules)
		}
	}
}

// A SOC report named without its number (a Type 1, the service auditor's opinion, an
// independent attestation) beside a question about a financial process only is the
// SOC 1: that is the report on such a process. A SOC 2 topic beside it, a refused SOC
// 1, or no financial process keeps the SOC 2.
func TestUnnumberedReportOverAFinancialProcess(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "We understand only a Type 1 exists so far. How are lockbox deposits matched to open invoices?", report: "soc1"},
		{question: "Is there an independent attestation covering your claims adjudication service?", report: "soc1"},
		{question: "Do you have a SOC report that covers payroll tax deposits?", report: "soc1"},
		{question: "Please to send the assurance report for the fund accounting service, the design one as of 30 June is ok.", report: "soc1"},
		{question: "Your service auditor's opinion - does it test how commission statements to our agents are calculated?", report: "soc1"},
		{question: "A point-in-time report is acceptable to us for now. Meanwhile explain how client money is kept in segregated trust accounts.", report: "soc1", area: "custody"},
		// Near-misses: a SOC 2 topic beside the report, no financial process, a SOC 1 refused.
		{question: "Do you have a SOC report? How is access to the payroll system reviewed?", report: "both"},
		{question: "Can you share your Type 2 report? Are customer records encrypted at rest?", report: "soc2"},
		{question: "Is there an independent attestation covering your security program?", report: "soc2"},
		{question: "Do you have a SOC report covering your billing platform's availability?", report: "soc2"},
		{question: "We do not need a SOC 1; please send your Type 2 report on the claims platform.", report: "soc2"},
	})
}

// Bonds and crime cover that protect client money are insurance, shown by its
// certificate, even when the money they cover is custody's subject (guide section 8).
// A bond as a security, or how the money itself is protected, stays SOC 1.
func TestBondsAndCrimeCoverAreInsurance(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Do you carry a fidelity bond covering your employees who handle client funds? Limits?", report: "none", artifact: "insurance_certificate"},
		{question: "Is there commercial crime coverage protecting the trust account balances against staff theft?", report: "none", artifact: "insurance_certificate"},
		{question: "Please state the limit of your employee dishonesty cover for client money you hold.", report: "none", artifact: "insurance_certificate"},
		{question: "ERISA bond amount for the plans you administer?", report: "none", artifact: "insurance_certificate"},
		{question: "Your company has the crime insurance which cover the funds of clients, yes or no, and how much?", report: "none", artifact: "insurance_certificate"},
		{question: "Is a surety bond in place for your money transmitter licence, and for what amount?", report: "none", artifact: "insurance_certificate"},
		// Near-misses: bonds as securities, client money itself.
		{question: "Are bond trades settled on T+1 and reconciled to the custodian?", report: "soc1"},
		{question: "How are client funds held in your custody protected from misuse by staff?", report: "soc1", area: "custody"},
	})
}

// Which file formats or message standards the product reads or writes is a product
// fact, written in, even when the files are financial: no SOC report answers it.
// Whether such files are checked, reconciled or protected is a control.
func TestFileFormatsAreProductFacts(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Can the platform export settlement files in ISO 20022 format?", report: "none", artifact: "custom_answer"},
		{question: "Does your payroll system generate the GL journal file in a format our ERP can import (CSV or fixed width)?", report: "none", artifact: "custom_answer"},
		{question: "Can remittance advices be downloaded as XML?", report: "none", artifact: "custom_answer"},
		{question: "Which bank statement formats does your cash management module accept - BAI2, MT940?", report: "none", artifact: "custom_answer"},
		{question: "Do you support 835 remittance files in X12 5010 format?", report: "none", artifact: "custom_answer"},
		{question: "Do you send the positive pay file in BAI format?", report: "none", artifact: "custom_answer"},
		// Near-misses: the files checked, reconciled, protected; formats specified.
		{question: "Are NACHA files validated against control totals before they are sent to the bank?", report: "soc1", area: "interfaces"},
		{question: "How do you make sure the GL file exported to our ERP is complete and ties to the payroll register?", report: "soc1", area: "interfaces"},
		{question: "Is the payroll file transmitted to the bank in NACHA format over SFTP?", report: "both", crit: "CC6.7"},
		{question: "Are published APIs documented with the formats of their inputs and outputs?", report: "soc2"},
	})
}
