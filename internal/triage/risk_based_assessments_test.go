package triage

import "testing"

// Audits and control assessments scheduled or planned on a risk basis are the
// evaluations of controls (CC4.1): "risk-based" says how the plan is set, not that
// risks are assessed (CC3.2). Risk assessments themselves keep CC3.2. The questions
// are written for this test, apart from the evaluation sets.
func TestRiskBasedAssessmentPlans(t *testing.T) {
	t.Parallel()
	checkFirstAndAbsent(t, []firstCase{
		{"Are control assessments by an outside assessor scheduled according to a risk-based plan?", "CC4.1", nil},
		{"Are independent assurance assessments carried out under a risk-based audit plan each year?", "CC4.1", nil},
		{"Are internal control assessments performed according to a risk-based schedule?", "CC4.1", nil},
		{"Are third-party security assessments of your controls done on a risk basis plan, at least yearly?", "CC4.1", nil},
		// Near misses: assessing risks.
		{"Do you perform a formal risk assessment at least annually?", "CC3.2", nil},
		{"Are risk assessments conducted according to a documented methodology?", "CC3.2", nil},
		{"Are risks assessed for each new system before it goes live?", "CC3.2", nil},
	})
}
