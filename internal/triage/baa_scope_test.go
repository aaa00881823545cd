package triage

import (
	"slices"
	"testing"
)

// A business associate agreement asked for beside whether the vendor will handle PHI
// at all, or beside HITRUST offered with or instead of it, is answered by the BAA or
// HIPAA attestation alone: the scope is what the agreement covers. A fact that stands
// apart (headcount, another certification scheme) keeps its written answer.
func TestBAAWithPHIScopeOrHITRUST(t *testing.T) {
	t.Parallel()
	checkRequests(t, []requestCase{
		{question: "Will your team store or transmit PHI for our clinics? If so, will you sign our BAA?", report: ReportNone, artifacts: []string{"hipaa_attestation"}},
		{question: "Does the dictation platform receive PHI on behalf of our physicians? Please confirm you will execute a business associate agreement.", report: ReportNone, artifacts: []string{"hipaa_attestation"}},
		{question: "Please countersign our business associate agreement (needed because you will host PHI for us).", report: ReportNone, artifacts: []string{"hipaa_attestation"}},
		{question: "Do you hold HITRUST CSF certification? Failing that, will you sign our BAA?", report: ReportNone, artifacts: []string{"hipaa_attestation"}},
		{question: "Our pharmacy network asks for HITRUST or, if you lack it, a signed business associate agreement.", report: ReportNone, artifacts: []string{"hipaa_attestation"}},
		// Near misses: a fact apart from the agreement, another scheme, HITRUST alone.
		{question: "How many employees do you have? Will you sign our BAA?", report: ReportNone, artifacts: []string{"custom_answer", "hipaa_attestation"}},
		{question: "Are you CSA STAR registered? Will you sign our BAA?", report: ReportNone, artifacts: []string{"custom_answer", "hipaa_attestation"}},
		{question: "Are you HITRUST certified?", report: ReportNone, artifacts: []string{"custom_answer"}},
		{question: "Will you receive or transmit PHI while providing the service?", report: ReportNone, artifacts: []string{"custom_answer"}},
	})
}

// Who owns a document or an agreement inside the vendor is no question about who owns
// the company; who owns the company still is.
func TestOwnerOfADocumentIsNoOwnership(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for _, q := range []string{"Who owns the signed BAA template on your side?", "Who owns the contract relationship with us?"} {
		if v := e.Classify(Question{Text: q}); slices.ContainsFunc(v.Evidence, func(ev Evidence) bool { return ev.Rule == "fact_company" }) {
			t.Errorf("%q: fact_company fired, want the owner of a document read apart", q)
		}
	}
	if v := e.Classify(Question{Text: "Who owns the company, and is it publicly traded?"}); !slices.Contains(v.Artifacts, "custom_answer") {
		t.Errorf("company ownership: %v, want custom_answer", v.Artifacts)
	}
}
