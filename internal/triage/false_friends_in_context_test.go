package triage

import (
	"strings"
	"testing"
)

// False friends of a second language read in their meaning only where the words
// beside them make it safe: politics of (or for) security, privacy or access are
// policies; the direction that approves or reviews is management; a revision of code
// or access is a review; the putting (or passage) in production is the deployment;
// files controlled at the entry are validated on input; exact beside complete is
// accurate, and to guarantee that something is complete or correct is to ensure it.
// Spanish "reportes" and "comisiones" are reports and commissions. The same words in
// their English sense keep it.
func TestFalseFriendsInContext(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Are the politics of information security approved by the direction and published to the staff?", report: "soc2", crit: "CC5.3"},
		{question: "The security politics are validated by the direction every year?", report: "soc2", crit: "CC5.3"},
		{question: "The direction reviews the risks of the company each year?", report: "soc2"},
		{question: "The revisions of code are made by a developer other than the author?", report: "soc2", crit: "CC8.1"},
		{question: "Every modification of the code goes through a revision by a peer before the passage in production?", report: "soc2", crit: "CC8.1"},
		{question: "Is the putting in production of a new version authorised by someone other than the developer?", report: "soc2", crit: "CC8.1"},
		{question: "The data that the users type in the forms are controlled at the entry?", report: "soc2", crit: "PI1.2"},
		{question: "Are the reportes de comisiones checked before you send them to us?", report: "soc1", area: "financial_reporting"},
		// The English sense.
		{question: "Do you have any political contributions policy?", report: "none"},
		{question: "Does your company take part in politics or lobbying?", report: "none"},
		{question: "What direction is the product roadmap taking?", report: "none"},
		{question: "Is the code revision history kept?", report: "none"},
		{question: "How do you avoid putting production at risk during a migration?", report: "none"},
		{question: "Are visitors controlled at the entry of the data centre?", report: "soc2", crit: "CC6.4"},
	})
	e := mustEngine(t)
	// Exact and guarantee beside completeness are read as accurate and ensure.
	v := e.Classify(Question{Text: "How do you guarantee that the exports of transactions are complete and exact?"})
	for _, want := range []string{"guarantee = ensure", "exact = accurate"} {
		if !readingNamed(v, want) {
			t.Errorf("guarantee complete and exact: no reading %q in %v", want, v.Evidence)
		}
	}
	for _, q := range []string{
		"What direction is the product roadmap taking?",
		"Is the code revision history kept?",
		"How do you avoid putting production at risk during a migration?",
		"Are visitors controlled at the entry of the data centre?",
		"Do you guarantee 99.9% uptime in the SLA?",
	} {
		if v := e.Classify(Question{Text: q}); hasReading(v) {
			t.Errorf("%q: read otherwise than written: %v", q, v.Evidence)
		}
	}
}

func readingNamed(v Verdict, reading string) bool {
	for _, ev := range v.Evidence {
		if ev.Rule == "wording" && strings.Contains(ev.Reason, reading) {
			return true
		}
	}
	return false
}
