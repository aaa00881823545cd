package triage

import "testing"

// Enrolment in a school, a course or a class is a roster of learners, not the
// enrolment of members in a benefit or an insurance plan: a feed of student
// enrolments checked for completeness is processing integrity (SOC 2), while
// benefit, plan or payroll enrolments and tuition billed for an enrolment stay
// financial processes (SOC 1). The questions are written for this test, apart from
// the evaluation sets.
func TestLearnerEnrolmentIsNoFinancialFile(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "Are row counts for the student enrolment file we send each night reconciled after loading?", report: "soc2", areas: none},
		{q: "Are the counts in each class enrollment file reconciled once it is imported?", report: "soc2", areas: none},
		{q: "Are course enrollment records synced from our SIS checked for completeness?", report: "soc2", areas: none},
		{q: "Do you reconcile class enrollment counts between the LMS and the registrar system after each import?", report: "soc2", areas: none},
		{q: "Is each pupil enrolment file loaded without loss, and are rejected rows reported back to the school?", report: "soc2", areas: none},
		{q: "Are enrollment files from the university's student information system checked for errors on import?", report: "soc2", areas: none},
		// Near misses: enrolment in benefits, plans and payroll, and tuition billed.
		{q: "Are record counts reconciled for the nightly benefits enrollment file from the carrier?", report: "soc1"},
		{q: "How do you make sure member enrollment changes from the health plan are applied before premiums are billed?", report: "soc1"},
		{q: "Is the 401(k) enrollment file from payroll reconciled to the deductions taken?", report: "soc1"},
		{q: "Are tuition charges for each student's enrollment calculated and billed accurately?", report: "soc1"},
	})
}
