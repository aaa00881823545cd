package triage

import (
	"slices"
	"testing"
)

// firstCriterion is the best criterion of v, or "" when it has none.
func firstCriterion(v Verdict) string {
	if len(v.Criteria) == 0 {
		return ""
	}
	return v.Criteria[0]
}

// A failover or a replication said to be tested, exercised or drilled is a recovery
// test (A1.3 first), as a restore test is; failover or replication asked about for
// itself stays the recovery infrastructure (A1.2).
func TestFailoverTestedIsRecoveryTesting(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct{ question, first string }{
		{"Is failover of the payments database to the standby region tested every year?", "A1.3"},
		{"How often is failover between availability zones tested?", "A1.3"},
		{"Is replication to the DR site tested twice a year?", "A1.3"},
		{"Failover of the core platform to the secondary data centre is exercised annually.", "A1.3"},
		{"Is the fail over to the secondary region drilled at least once a year?", "A1.3"},
		{"Do you test failover of the production database to its replica?", "A1.3"},
		// near misses
		{"Are backups replicated to a second region?", "A1.2"},
		{"Is the database configured for automatic failover?", "A1.2"},
		{"Is failover to a secondary region automatic, and are backups encrypted?", "A1.2"},
		{"Are backups taken nightly, and are restores tested quarterly?", "A1.2"},
	}
	for _, tc := range tests {
		if v := e.Classify(Question{Text: tc.question}); firstCriterion(v) != tc.first {
			t.Errorf("%q: criteria %v, want %s first", tc.question, v.Criteria, tc.first)
		}
	}
}

// Findings or issues that an audit raised, reported, communicated or escalated to
// those who act on them are deficiencies communicated (CC4.2), ahead of the audit
// that found them (CC4.1); the audit asked about for itself stays CC4.1.
func TestAuditFindingsReportedAreDeficiencies(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct{ question, first string }{
		{"Are findings from internal audits communicated to those responsible for corrective action?", "CC4.2"},
		{"How are issues raised by internal audit tracked until they are remediated?", "CC4.2"},
		{"Observations from the annual audit are escalated to the executive team.", "CC4.2"},
		{"Internal audit findings are reported to senior management and tracked to closure.", "CC4.2"},
		// near misses
		{"Is there an internal audit function that tests security controls each year?", "CC4.1"},
		{"Do you perform internal audits of your ISMS?", "CC4.1"},
		{"How often are control self-assessments performed?", "CC4.1"},
	}
	for _, tc := range tests {
		if v := e.Classify(Question{Text: tc.question}); firstCriterion(v) != tc.first {
			t.Errorf("%q: criteria %v, want %s first", tc.question, v.Criteria, tc.first)
		}
	}
}

// Endpoints, laptops, agents and mail gateways named as where data loss prevention
// or removable-media blocking runs are the place of the control (CC6.7), not a
// malware or endpoint control of their own; anti-malware on them stays CC6.8.
func TestWhereDataLossPreventionRuns(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		question, first string
		absent          string
	}{
		{"Data loss prevention tools monitor email gateways and endpoints for outbound sensitive data.", "CC6.7", "CC6.8"},
		{"Is DLP deployed on laptops and mail gateways?", "CC6.7", "CC6.8"},
		{"USB storage is blocked on endpoints and DLP inspects outbound email.", "CC6.7", "CC6.8"},
		{"Do endpoint agents prevent copying of customer data to removable media?", "CC6.7", "CC6.8"},
		// near misses
		{"Is anti-malware installed on all endpoints?", "CC6.8", ""},
		{"Are email gateways configured to scan attachments for malware?", "CC6.8", ""},
		{"Is DLP deployed, and is antivirus installed on every laptop?", "CC6.8", ""},
	}
	for _, tc := range tests {
		v := e.Classify(Question{Text: tc.question})
		if firstCriterion(v) != tc.first || tc.absent != "" && slices.Contains(v.Criteria, tc.absent) {
			t.Errorf("%q: criteria %v, want %s first without %q", tc.question, v.Criteria, tc.first, tc.absent)
		}
	}
}

// Privacy compliance said to be reviewed, monitored or audited is privacy monitoring
// (P8.1) alone; compliance with security policies stays a security evaluation.
func TestPrivacyComplianceReviewedIsPrivacy(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	tests := []struct {
		question string
		want     []string
	}{
		{"Privacy compliance is monitored and reported to the privacy officer.", []string{"privacy"}},
		{"Is privacy compliance reviewed periodically?", []string{"privacy"}},
		{"Is compliance with security policies reviewed periodically?", []string{"security"}},
		{"Is regulatory compliance monitored by a compliance team?", []string{"security"}},
	}
	for _, tc := range tests {
		v := e.Classify(Question{Text: tc.question})
		got := slices.Clone(v.Categories)
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: categories %v, want %v (criteria %v)", tc.question, v.Categories, tc.want, v.Criteria)
		}
	}
}

// A plural written in brackets ("version(s)") is no example after a form label:
// the line goes on, and a control it names is a control. A label that ends with the
// bracketed plural, or with an example in brackets, stays a field.
func TestPluralInBracketsIsNoExample(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "TLS version(s) accepted by the public API endpoints", report: "soc2", crit: "CC6.7"},
		{question: "Minimum TLS version(s) enforced on connections carrying customer data", report: "soc2", crit: "CC6.7"},
		{question: "Role(s) permitted to approve production changes", report: "soc2", crit: "CC8.1"},
		{question: "Company website (https://example.com)", report: "none", artifact: "custom_answer"},
		{question: "Contract start date(s)", report: "none", artifact: "custom_answer"},
		{question: "Product version(s)", report: "none", artifact: "custom_answer"},
		// the same plurals written in capitals
		{question: "TLS Version(S) used to protect data in transit", report: "soc2", crit: "CC6.7"},
		{question: "Role(S) permitted to approve production changes", report: "soc2", crit: "CC8.1"},
		{question: "Product Version(S)", report: "none", artifact: "custom_answer"},
	})
}

// exampleBracket passes over a bracketed plural in any case and stops at the first
// other bracket.
func TestExampleBracket(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text string
		want int
	}{
		{"TLS version(s) used", -1},
		{"TLS Version(S) used", -1},
		{"Address(es) of the data centres", -1},
		{"Address(ES) of the data centres", -1},
		{"ADDRESS(Es) of the data centres", -1},
		{"Company website (https://example.com)", 16},
		{"Version(s) in use (e.g. 1.2)", 18},
		{"Role(S) (e.g. administrator)", 8},
		{"Count (S3 buckets)", 6},
		{"No bracket", -1},
		{"Trailing (", 9},
	}
	for _, tc := range tests {
		if got := exampleBracket(tc.text); got != tc.want {
			t.Errorf("exampleBracket(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

// What the customer's own administrators may adjust (a timeout, a lockout threshold
// "configurable by the client administrator"), formats and locales a user picks, and
// small-business and industry-code facts are written in (none + custom_answer); the
// vendor's own session controls stay SOC 2. A report asked "to support reliance" is
// not a product capability.
func TestCustomerSideSettingsAndSupplierFacts(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{question: "Is the session inactivity timeout adjustable by the client administrator?", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Is the password expiry period configurable by our account administrators?", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Are lockout thresholds settable by tenant admins?", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Is the inactivity logout period adjustable by the account owner?", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Can each user pick their own date and currency format?", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Which locales does the scheduling module support?", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Is your firm certified as a small business by the SBA?", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Please give your primary NAICS code.", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Do you qualify as a small business concern for federal contracting?", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Our auditors need your SOC 1 report to support reliance on your payroll service.", report: ReportSOC1, artifacts: []string{}},
		// near misses
		{question: "Are idle sessions terminated after 15 minutes of inactivity?", report: ReportSOC2, artifacts: []string{}},
		{question: "How long before an inactive session on your admin consoles times out?", report: ReportSOC2, artifacts: []string{}},
		{question: "Is the session timeout on your own admin consoles configurable?", report: ReportSOC2, artifacts: []string{}},
		{question: "Does the platform support exports to Excel?", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Are date fields validated against the expected format on input?", report: ReportSOC2, artifacts: []string{}},
	})
}

// formField drops a plural written in brackets after the last word, and only that:
// a possessive "'s" also stands one byte after its word, the apostrophe skipped, but
// the word it follows is not the last word of the field.
func TestFormFieldPluralNotPossessive(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	s := e.pool.Get().(*scratch)
	defer e.pool.Put(s)
	tests := []struct {
		text string
		want bool
	}{
		{"Contract start date(s)", true},
		{"Contract start Date(S)", true},
		{"Office address(es)", true},
		{"Security contact", true},
		{"Security contact's", false},
		{"Backup contact's", false},
		{"Product version's", false},
		{"Product version s", false},
	}
	for _, tc := range tests {
		s.tokenize(tc.text)
		if got := formField(tc.text, s.toks); got != tc.want {
			t.Errorf("formField(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
