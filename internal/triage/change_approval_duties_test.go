package triage

import "testing"

// A change to a money system requested, initiated or raised and then approved, or
// approved or reviewed by someone other than its author before it is released, is the
// change's approval (change_financial), not segregation of duties. Duties are kept
// apart when one person would hold two incompatible ones: the same person requesting
// and approving, a developer putting their own change live, a second person who moves
// the code into production.
func TestChangeApprovalIsNoDutySplit(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Are changes to the premium billing platform requested by the business and approved before go-live?", report: "both", areas: []string{"change_financial"}},
		{q: "Are changes to the royalty engine initiated and approved through the ticketing tool?", report: "both", areas: []string{"change_financial"}},
		{q: "Is each fix to the pension administration system reviewed by someone other than the programmer before release?", report: "both", areas: []string{"change_financial"}},
		{q: "Does a person other than the author sign off code changes to the escrow module?", report: "both", areas: []string{"change_financial"}},
		{q: "Before a release of the payroll application, does somebody other than the developer approve it?", report: "both", areas: []string{"change_financial"}},
		// Near-misses: one person holding both duties stays a duty split.
		{q: "Can the same analyst both raise and approve a change to the loan servicing platform?", report: "both", areas: []string{"segregation_of_duties", "change_financial"}},
		{q: "Are programmers blocked from promoting their own changes into the billing system?", report: "both", areas: []string{"change_financial", "segregation_of_duties"}},
		{q: "Are fixes to the claims system moved into production by someone other than the engineer who coded them?", report: "both", areas: []string{"change_financial", "segregation_of_duties"}},
		{q: "Can one clerk both set up a supplier and release the payment to it?", report: "soc1", areas: []string{"segregation_of_duties"}},
	})
}
