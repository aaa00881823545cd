package triage

import (
	"slices"
	"strings"
	"testing"
)

// A control or process asked about for the asker's own reliance (its SOX or ICFR
// work, its auditors, its year-end, its financial statements) carries
// financial_reporting beside the control's own areas, after them.
func TestOwnRelianceAddsFinancialReporting(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "For our SOX 404 testing, how is access to the payroll application reviewed?",
			report: "soc1", first: "access_financial", with: []string{"financial_reporting"}},
		{question: "Our year-end auditors will test how changes to the premium rating engine are approved before release. Please describe the process.",
			report: "soc1", first: "change_financial", with: []string{"financial_reporting"}},
		{question: "To support our internal control over financial reporting, explain how failed overnight posting jobs on the loan ledger are detected and rerun.",
			report: "soc1", first: "operations_financial", with: []string{"financial_reporting"}},
		{question: "As part of our J-SOX assessment, who can grant administrator rights in the hosted general ledger, and how often are those rights recertified?",
			report: "soc1", first: "access_financial", with: []string{"financial_reporting"}},
		{question: "Our external auditors place reliance on your controls. Describe how tenant rent receipts are reconciled to the bank each month.",
			report: "soc1", first: "reconciliation", with: []string{"financial_reporting"}},
		{question: "ICFR: can the same person set up a new supplier and approve its first payment?",
			report: "soc1", first: "segregation_of_duties", with: []string{"financial_reporting"}},
		{question: "Our user auditors test logical access to the payroll application; describe how access is granted.",
			report: "soc1", first: "access_financial", with: []string{"financial_reporting"}},
	})
}

// Near misses that keep their areas as they are: reliance that is not the asker's
// (its clients' auditors, its customers' ICFR), depending on a service in the plain
// sense, financial reporting as a process the vendor runs for its clients, and a
// report asked for by itself through the asker's reliance.
func TestRelianceNearMisses(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		// Someone else's reliance.
		{question: "Evidence of user access reviews over the billing platform is retained for user auditors relying on it for SOX.",
			report: "soc1", with: []string{"access_financial"}, without: []string{"financial_reporting"}},
		{question: "Many of our clients rely on our SOC 1 for their SOX testing. How are changes to the billing engine approved?",
			report: "soc1", with: []string{"change_financial"}, without: []string{"financial_reporting"}},
		{question: "Do you help your customers with their ICFR? How is access to the payroll system restricted?",
			report: "both", with: []string{"access_financial"}, without: []string{"financial_reporting"}},
		// Relying on a service, not on its controls for an audit.
		{question: "Our members rely on you to pay their claims. How do you make sure each claim is paid once?",
			report: "soc1", with: []string{"transaction_processing"}, without: []string{"financial_reporting"}},
		// A report asked for by itself.
		{question: "Our controller needs the SOC 1 report for our SOX 404 work on payroll.",
			report: "soc1", without: AllSOC1Areas},
		{question: "Please send the SSAE 18 report covering the claims adjudication service for our year-end audit.",
			report: "soc1", without: AllSOC1Areas},
		// Reliance denied: a frame phrase negated in its clause is no reliance.
		{question: "As a privately held firm we are not subject to Sarbanes-Oxley. Who approves changes to the billing engine?",
			report: "soc1", with: []string{"change_financial"}, without: []string{"financial_reporting"}},
		{question: "SOX does not apply to our company; how are leavers removed from the payroll system?",
			report: "soc1", with: []string{"access_financial"}, without: []string{"financial_reporting"}},
		{question: "Our external auditors do not rely on your controls. How is access to the general ledger reviewed?",
			report: "soc1", with: []string{"access_financial"}, without: []string{"financial_reporting"}},
		{question: "We have no SOX obligations. Who may edit vendor bank details in the payables module?",
			report: "soc1", without: []string{"financial_reporting"}},
		{question: "Our year-end auditors never look at this service.",
			report: "soc1", without: []string{"financial_reporting"}},
		// A negation that refuses a document, not the reliance, keeps it.
		{question: "Our SOX auditors will not accept a Type 1. How is access to the payroll application reviewed?",
			report: "soc1", with: []string{"access_financial", "financial_reporting"}},
		{question: "A design-only report will not satisfy our ICFR testing; how are changes to the billing engine approved?",
			report: "soc1", with: []string{"change_financial", "financial_reporting"}},
	})
}

// The evidence of financial reporting added for the asker's reliance names the words
// of the reliance; financial reporting that is the question's own subject (the
// reports the vendor prepares for its clients) has no such evidence.
func TestOwnRelianceEvidence(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	cases := []struct {
		question string
		words    []string // words the evidence must name; nil: no own_reliance evidence
	}{
		{"As part of our ICFR work, who approves and tests changes made to the mortgage servicing platform?", []string{"ICFR"}},
		{"Our external auditors rely on your controls. Describe how payroll access is removed for leavers.", []string{"Our external auditors"}},
		{"For our year-end audit, how are failed settlement batch jobs followed up?", []string{"year-end audit"}},
		{"Describe the financial reporting you prepare for clients each month and how it is checked before release.", nil},
		{"How do you make sure client account statements agree to the ledger?", nil},
		// Statements the question is about give financial reporting themselves: the
		// reliance beside them is no reason for the area.
		{"Our external auditors rely on you: how are the monthly statements you send our members checked for accuracy, and who may edit rates in the billing engine?", nil},
		{"Many of our clients rely on our SOC 1 for their SOX testing. How are changes to the billing engine approved?", nil},
	}
	for _, tc := range cases {
		v := e.Classify(Question{Text: tc.question})
		i := slices.IndexFunc(v.Evidence, func(ev Evidence) bool { return ev.Rule == "own_reliance" })
		if tc.words == nil {
			if i >= 0 {
				t.Errorf("%q: own_reliance evidence %v, want none", tc.question, v.Evidence[i].Matched)
			}
			continue
		}
		if i < 0 {
			t.Errorf("%q: %v, no own_reliance evidence", tc.question, v.SOC1Areas)
			continue
		}
		got := strings.Join(v.Evidence[i].Matched, " | ")
		for _, w := range tc.words {
			if !strings.Contains(got, w) {
				t.Errorf("%q: own_reliance names %q, want %q among them", tc.question, got, w)
			}
		}
	}
}

// A heading that frames the questionnaire by the asker's reliance narrows the report
// to SOC 1 but adds no area: it frames the questionnaire, not the question.
func TestRelianceHeadingAddsNoArea(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for _, q := range []Question{
		{Text: "How is access to the payroll application reviewed?", Section: "SOX 404 IT General Controls"},
		{Text: "Payroll change approvals", Section: "ICFR"},
	} {
		v := e.Classify(q)
		if v.Report != ReportSOC1 || slices.Contains(v.SOC1Areas, "financial_reporting") {
			t.Errorf("%q under %q: %s %v, want soc1 without financial_reporting", q.Text, q.Section, v.Report, v.SOC1Areas)
		}
	}
}

// The asker's possessive followed by its own clients ("our clients' auditors", "our
// customers' year-end") names the clients' reliance: no financial_reporting is added
// beside the control. The asker's own reliance, written the same way without the
// clients, still adds it.
func TestClientsRelianceAfterOurIsTheirs(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Our customers' year-end auditors look at how changes to the billing engine are approved. Describe the process.",
			report: "soc1", with: []string{"change_financial"}, without: []string{"financial_reporting"}},
		{question: "Our clients' external auditors rely on your controls. Describe how payroll access is removed for leavers.",
			report: "soc1", with: []string{"access_financial"}, without: []string{"financial_reporting"}},
		{question: "Our members' financial statement audits depend on the dues ledger; how are changes to the dues ledger tested before release?",
			report: "soc1", with: []string{"change_financial"}, without: []string{"financial_reporting"}},
		{question: "Our tenants' year end close uses the rent ledger you host. How is administrator access to the rent ledger reviewed?",
			report: "soc1", with: []string{"access_financial"}, without: []string{"financial_reporting"}},
		// Near misses: the asker's own reliance.
		{question: "Our year-end auditors look at how changes to the billing engine are approved. Describe the process.",
			report: "soc1", first: "change_financial", with: []string{"financial_reporting"}},
		{question: "Our external auditors rely on your controls. Describe how payroll access is removed for leavers.",
			report: "soc1", first: "access_financial", with: []string{"financial_reporting"}},
	})
}

// A regulation the respondent itself is bound by ("Is your company subject to SOX?",
// "Are you SOX compliant?") is a fact about the company, not the asker's reliance on
// the service: none with a written answer. The asker bound by it ("We are subject to
// SOX") still frames the question by its own reliance.
func TestRespondentStandingUnderSOX(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Is your company subject to SOX?", report: "none", artifact: "custom_answer"},
		{question: "Are you SOX compliant? (Y/N)", report: "none", artifact: "custom_answer"},
		{question: "Is the vendor subject to Sarbanes-Oxley as a listed registrant?", report: "none", artifact: "custom_answer"},
		{question: "Does J-SOX apply to your organisation?", report: "none", artifact: "custom_answer"},
		{question: "Supplier is compliant with SOX: Yes / No", report: "none", artifact: "custom_answer"},
		// Near misses: the asker's own reliance, or the asker bound by it.
		{question: "We are subject to SOX. How is access to the payroll application reviewed?", report: "soc1", area: "financial_reporting"},
		{question: "For our SOX compliance we need your SOC 1 report.", report: "soc1"},
		{question: "Do your controls support our SOX 404 compliance for the payroll cycle?", report: "soc1"},
	})
}
