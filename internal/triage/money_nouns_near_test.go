package triage

import (
	"slices"
	"strings"
	"testing"
)

// The money nouns of the grid asked in a sense that is no control over money: the
// security or the privacy of their data, what the product can do, a company fact, a
// commercial term. None of them is a SOC 1 question.
var nearForms = []struct {
	text string
	want []string // the reports allowed
}{
	{"Is {X} data encrypted at rest?", []string{ReportSOC2, ReportBoth}},
	{"Can a customer ask you to delete their {X} data?", []string{ReportSOC2, ReportBoth}},
	{"Does your product support {X}?", []string{ReportNone}},
	{"Can the product export {X} to CSV?", []string{ReportNone}},
	{"How many {X} did you handle last year?", []string{ReportNone}},
	{"Is there an extra fee for {X} in your pricing?", []string{ReportNone}},
	{"Do you offer a discount on {X} for a three-year term?", []string{ReportNone}},
}

func TestMoneyNounsNearMissGrid(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for _, n := range gridNouns {
		for _, f := range nearForms {
			q := strings.ReplaceAll(f.text, "{X}", n.words)
			if v := e.Classify(Question{Text: q}); !slices.Contains(f.want, v.Report) {
				t.Errorf("%s: %s %v %v, want %v", q, v.Report, v.SOC1Areas, v.Criteria, f.want)
			}
		}
	}
}

// The words of the money lexicon that have a second sense keep it beside the words
// that give it: a file-system journal, an audit ledger, a job posting, a certificate's
// renewal, a count of users, an SLA's credits, a delivery's receipt, contributions to
// open source, a DHCP lease, a legal settlement, a conflict of interest, marketing
// collateral, a navigation bar, a patch deferral; and the vendor's own finances are a
// company fact, not a money item it processes for its clients.
func TestMoneyNounsOtherSenses(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "How is the file system journal protected from tampering?", report: "none"},
		{question: "Who reviews journald logs?", report: "soc2", crit: "CC7.2"},
		{question: "Who reviews the audit ledger for tampering?", report: "soc2", crit: "CC7.2"},
		{question: "Who reviews the change ledger of the configuration database?", report: "soc2"},
		{question: "Who can change job postings on the careers page?", report: "none"},
		{question: "Who approves posting a job advert?", report: "none"},
		{question: "Who approves renewals of TLS certificates?", report: "soc2"},
		{question: "How are domain renewals tracked?", report: "none"},
		{question: "Who approves policy renewals each year?", report: "none"},
		{question: "Who reviews user counts each month?", report: "none"},
		{question: "How are license counts checked against the contract?", report: "none"},
		{question: "What service credits do you offer for SLA breaches?", report: "none"},
		{question: "How do you confirm receipt of a delivery?", report: "none"},
		{question: "Who reviews the read receipts setting?", report: "none"},
		{question: "Who approves contributions to open source projects?", report: "none"},
		{question: "How do you review DHCP leases on the network?", report: "none"},
		{question: "Who approves settlements of legal disputes?", report: "none"},
		{question: "Who can change the interest groups in the CRM?", report: "none"},
		{question: "What is your legitimate interest for processing our data?", report: "none"},
		{question: "Who approves marketing collateral before it is published?", report: "none"},
		{question: "Who can change the nav bar in the admin console?", report: "none"},
		{question: "Who approves patch deferrals?", report: "soc2"},
		{question: "How do you manage technical debt?", report: "none"},
		{question: "How do you accommodate staff with hearing impairments?", report: "none"},
		{question: "Who approves the climate pledges you publish?", report: "none"},
		{question: "Who approves your own office leases?", report: "none"},
		{question: "Who approves the rent of a new office?", report: "none"},
		{question: "Who checks the cash flow forecast of your company?", report: "none"},
		{question: "How do you make sure the income of your company covers operating costs?", report: "none"},
		{question: "How are vendor statements of work approved?", report: "soc2", crit: "CC9.2"},
		{question: "Who approves new vendors?", report: "soc2", crit: "CC9.2"},
		// The same words in their money sense.
		{question: "Who approves the settlement of trades with the custodian?", report: "soc1"},
		{question: "Who checks the interest charged on each loan?", report: "soc1"},
		{question: "Who approves vendor refunds?", report: "soc1", area: "transaction_processing"},
		{question: "Who can change ledger postings?", report: "both", not: "CC7.2"},
		{question: "Who approves ledger postings?", report: "soc1"},
		{question: "How do you make sure check runs are recorded accurately?", report: "soc1"},
		// Another owner's "own" leaves the item a client's money.
		{question: "Are employees' own reimbursements approved by a manager?", report: "soc1", area: "transaction_processing"},
	})
}
