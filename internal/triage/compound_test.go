package triage

import (
	"slices"
	"testing"
)

// One line that asks a control question and also asks for a document or a report is
// answered with both: the control's report and criteria, and the document beside
// them. A document asked for with only the asker's context around it, a fact asked
// over two sentences, and a bridge letter asked for by itself stay what they were.
// The questions are written for this test, apart from the evaluation sets.
func TestCompoundAsks(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		question  string
		report    string
		first     []string // one of these criteria comes first, when set
		artifacts []string // exactly these artifacts
	}{
		// A control and a document, in two sentences or two joined asks.
		{"Are laptops protected with full-disk encryption? Additionally, upload a copy of your ISO 27001 certificate.", "soc2", []string{"CC6.1"}, []string{"iso27001_certificate"}},
		{"Is every production deployment approved by a second engineer; please also send your FedRAMP package.", "soc2", []string{"CC8.1"}, []string{"fedramp"}},
		{"Attach the ISO certificate and describe how privileged access is reviewed each quarter.", "soc2", []string{"CC6.3", "CC6.2", "CC6.1"}, []string{"iso27001_certificate"}},
		{"How are vulnerabilities found by scanners tracked to closure, and can you share your cyber insurance certificate?", "soc2", []string{"CC7.1"}, []string{"insurance_certificate"}},
		{"The supplier shall encrypt agency records in transit and shall furnish its current ISO 27001 certificate.", "soc2", []string{"CC6.7"}, []string{"iso27001_certificate"}},
		{"Disk encryption on laptops? Attach ISO cert.", "soc2", []string{"CC6.1"}, []string{"iso27001_certificate"}},
		// A report named beside a control of the other report.
		{"Send your SOC 2 report. How do you make sure pay calculations are accurate?", "both", nil, nil},
		{"Please share your SOC 1 Type 2. Also, is MFA enforced for remote access?", "both", []string{"CC6.6"}, nil},
		// A control whose rule the document's words vetoed, or asked of the document.
		{"Do you have cyber insurance? Also describe how incidents are escalated.", "soc2", []string{"CC7.4", "CC7.3"}, []string{"insurance_certificate"}},
		{"Attach your business continuity plan and state when it was last tested.", "soc2", []string{"CC9.1", "A1.3"}, []string{"policy_document"}},
		{"Please attach your information security policy. How often is it reviewed and approved by management?", "soc2", []string{"CC5.3"}, []string{"policy_document"}},
		// The report and a bridge letter for the time since its period.
		{"Please upload your latest SOC 2 Type II and, where its period closed over a quarter ago, a gap letter.", "soc2", nil, []string{"bridge_letter"}},
		{"Kindly furnish the SOC 1 Type 2 report as well as a bridge letter up to today.", "soc1", nil, []string{"bridge_letter"}},
		// Near misses: the document alone, the asker's context, a fact, a bridge letter alone.
		{"Upload a copy of your ISO 27001 certificate.", "none", nil, []string{"iso27001_certificate"}},
		{"Our clinic keeps patient records on your platform. Please countersign the BAA.", "none", nil, []string{"hipaa_attestation"}},
		{"Please attach your data retention policy.", "none", nil, []string{"policy_document"}},
		{"Number of employees worldwide. How many of them work in security?", "none", nil, []string{"custom_answer"}},
		{"Please provide a bridge letter covering the months since your last SOC 1 Type 2 report.", "none", nil, []string{"bridge_letter"}},
		{"If your SOC 2 period closed over three months ago, send a gap letter.", "none", nil, []string{"bridge_letter"}},
		{"Attach your SOC 2 bridge letter.", "none", nil, []string{"bridge_letter"}},
		{"For our SOX audit, describe how payroll changes are approved. Send your SOC 1.", "soc1", nil, nil},
		{"Federal and state rules apply to us: attach your ISO 27001 certificate.", "none", nil, []string{"iso27001_certificate"}},
		{"Attach your incident response plan.", "none", nil, []string{"policy_document"}},
		{"We must share PHI with you for the pilot. Please countersign our BAA.", "none", nil, []string{"hipaa_attestation"}},
	}
	for _, tc := range tests {
		t.Run(tc.question, func(t *testing.T) {
			v := e.Classify(Question{Text: tc.question})
			if v.Report != tc.report {
				t.Fatalf("report %s, want %s (criteria %v, artifacts %v, evidence %+v)", v.Report, tc.report, v.Criteria, v.Artifacts, v.Evidence)
			}
			if tc.first != nil && (len(v.Criteria) == 0 || !slices.Contains(tc.first, v.Criteria[0])) {
				t.Errorf("criteria %v, want one of %v first", v.Criteria, tc.first)
			}
			got := slices.Sorted(slices.Values(v.Artifacts))
			if !slices.Equal(got, slices.Sorted(slices.Values(tc.artifacts))) {
				t.Errorf("artifacts %v, want %v", v.Artifacts, tc.artifacts)
			}
		})
	}
}

// The parts of a line are cut on its bytes: lines that end on a joining word, hold only
// a stray verb, or put non-ASCII letters where a word is read must not break it.
func TestCompoundAskEdges(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for _, text := range []string{
		"Attach your ISO 27001 certificate and",
		"Attach your ISO 27001 certificate. State",
		"Do you encrypt laptops? Attach the ISO 27001 certificate and list",
		"Attach the ISO 27001 certificate, and İS İT ENCRYPTED?",
		"Upload the PCI AOC.\nAnd",
	} {
		v := e.Classify(Question{Text: text})
		if !slices.Contains(AllReports, v.Report) {
			t.Errorf("%q: report %q", text, v.Report)
		}
	}
}

// A document asked for beside a part that no rule reads as a practice, only the
// vocabularies ("and confirm your regulatory standing with the FCA"), is the document
// and a written answer, not a control. A part that a rule reads as a control still
// adds it. The questions are written for this test, apart from the evaluation sets.
func TestCompoundAskNeedsAControl(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []documentCase{
		{"Kindly send the fund's audited accounts for the last two years and confirm which regulator supervises you.", "none", "", []string{"financial_statements", "custom_answer"}},
		{"Provide the latest pen test summary and confirm your regulatory standing with the FCA.", "none", "", []string{"pentest_letter", "custom_answer"}},
		{"Please furnish audited financial statements (two most recent years) and also confirm your regulatory status with the central bank.", "none", "", []string{"financial_statements", "custom_answer"}},
		{"Need audited financial statement of last 2 year, also confirm your regulatory status with supervisor please.", "none", "", []string{"financial_statements", "custom_answer"}},
		// Near misses: the second part asks about a practice.
		{"Upload your ISO 27001 certificate and confirm that all production data is encrypted at rest.", "soc2", "", []string{"iso27001_certificate"}},
		{"Attach the audited financial statements and describe how access to the general ledger is reviewed.", "both", "", []string{"financial_statements"}},
		{"Send your cyber insurance certificate. Also, how are security incidents escalated to management?", "soc2", "", []string{"insurance_certificate"}},
	}
	runDocumentCases(t, e, tests, true) // the artifacts in any order
}

// A document asked for with a qualifier that turns down a summary or a description
// ("the full plan, not a summary") is the document: the word the asker rules out does
// not make the line a question about the practice. Asking for the summary or the
// description itself still does. The questions are written for this test, apart from
// the evaluation sets.
func TestDocumentQualifierTurnsDown(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []documentCase{
		{"Upload the complete incident response plan, not a summary of it.", "none", "", []string{"policy_document"}},
		{"Provide your acceptable use policy in full (not an excerpt or summary).", "none", "", []string{"policy_document"}},
		{"Pls attach whole disaster recovery plan - not summary - thanks.", "none", "", []string{"policy_document"}},
		{"Please attach your access control policy, the actual document and not a description.", "none", "", []string{"policy_document"}},
		{"Kindly share your data retention standard itself (not a summarised version).", "none", "", []string{"policy_document"}},
		// Near misses: the summary or the description is what is asked.
		{"Summarize your information security policy.", "soc2", "", []string{}},
		{"Please attach your incident response plan and describe how often it is tested.", "soc2", "", []string{"policy_document"}},
		{"Attach your information security policy, not a summary, and explain how exceptions are approved.", "soc2", "", []string{"policy_document"}},
	}
	runDocumentCases(t, e, tests, false)
}

// The asker's context before a document request ("As a Level 1 provider handling
// card data in the payout flow, …") is not a control question: a process "flow" the
// data sits in is not a data flow diagram. A data flow asked about still is. The
// questions are written for this test, apart from the evaluation sets.
func TestContextClauseBeforeDocument(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []documentCase{
		{"As a Level 1 processor handling card data in the settlement flow, kindly upload your PCI DSS AoC.", "none", "", []string{"pci_aoc"}},
		{"Since you touch cardholder data in our checkout flow, we need your current Attestation of Compliance.", "none", "", []string{"pci_aoc"}},
		{"Given you see card data in the refund flow: PCI AOC please.", "none", "", []string{"pci_aoc"}},
		// Near misses: the data flow is asked about.
		{"Do you maintain an up-to-date data flow diagram for customer data?", "soc2", "CC2.1", []string{}},
		{"Please document how our data flows between your services and subprocessors.", "soc2", "CC2.1", nil},
	}
	runDocumentCases(t, e, tests, false)
}

// A transfer named as what a transfer mechanism in the agreement covers ("a DPA with
// the SCCs for international transfers") describes the document, not a disclosure
// practice. Transfers asked about on their own are still P6.1. The questions are
// written for this test, apart from the evaluation sets.
func TestTransferMechanismDescribesTheDocument(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []documentCase{
		{"Is your data processing agreement GDPR-compliant, with SCCs covering international transfers?", "none", "", []string{"dpa"}},
		{"Please send the DPA incorporating the standard contractual clauses for onward transfers to subprocessors.", "none", "", []string{"dpa"}},
		{"Data protection addendum w/ EU SCCs for international data transfer — available?", "none", "", []string{"dpa"}},
		{"Can you sign our data processing terms, relying on binding corporate rules for intra-group transfers?", "none", "", []string{"dpa"}},
		// Near misses: the transfers themselves are asked about.
		{"How do you control international transfers of personal data to subprocessors?", "soc2", "", nil},
		{"Describe how cross-border transfers of customer personal data are approved.", "soc2", "", nil},
	}
	runDocumentCases(t, e, tests, false)
}

// documentCase is a question and what its verdict must hold: the report, the
// criterion ranked first when criterion is set, and the artifacts when artifacts is
// not nil.
type documentCase struct {
	question  string
	report    string
	criterion string
	artifacts []string
}

// runDocumentCases classifies each case's question in a subtest of its own and checks
// its verdict; with anyOrder the artifacts may come in any order.
func runDocumentCases(t *testing.T, e *Engine, tests []documentCase, anyOrder bool) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			t.Parallel()
			v := e.Classify(Question{Text: tt.question})
			got, want := v.Artifacts, tt.artifacts
			if anyOrder {
				got, want = slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(want))
			}
			if v.Report != tt.report || tt.artifacts != nil && !slices.Equal(got, want) ||
				tt.criterion != "" && (len(v.Criteria) == 0 || v.Criteria[0] != tt.criterion) {
				t.Errorf("got %s %v %v, want %s %s %v", v.Report, v.Criteria, v.Artifacts, tt.report, tt.criterion, tt.artifacts)
			}
		})
	}
}
