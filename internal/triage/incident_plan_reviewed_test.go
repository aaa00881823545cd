package triage

import "testing"

// An incident plan, procedure, playbook or policy kept, reviewed, approved or tested
// is the incident response plan (CC7.4 first, guide section 5); reviewing an incident
// after it, its root cause, lessons learned and the restoration of operations are
// recovery (CC7.5 first). The questions are written for this test, apart from the
// evaluation sets.
func TestIncidentPlanReviewed(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Do you keep an incident plan, and who reviews it?", report: "soc2", first: "CC7.4"},
		{q: "Is the incident plan reviewed annually?", report: "soc2", first: "CC7.4"},
		{q: "Is the incident management process reviewed and approved by the CISO?", report: "soc2", first: "CC7.4"},
		{q: "Is your incident playbook reviewed at least yearly?", report: "soc2", first: "CC7.4"},
		{q: "Is the incident procedure document reviewed by management?", report: "soc2", first: "CC7.4"},
		{q: "Do you have an incident response policy, and how often is it reviewed?", report: "soc2", first: "CC7.4"},
		{q: "Are incident procedures reviewed and approved each year?", report: "soc2", first: "CC7.4"},
		{q: "Is your incident plan maintained, and who reviews it?", report: "soc2", first: "CC7.4"},
		{q: "Is the incident plan updated and reviewed yearly?", report: "soc2", first: "CC7.4"},
		{q: "Incident plan: reviewed and updated yearly (Y/N)", report: "soc2", first: "CC7.4"},
		// Near misses: recovery after an incident keeps CC7.5 first.
		{q: "Is each incident reviewed after closure?", report: "soc2", first: "CC7.5"},
		{q: "Do you perform post-incident reviews and lessons learned?", report: "soc2", first: "CC7.5"},
		{q: "Is root cause analysis performed after incidents?", report: "soc2", first: "CC7.5"},
		{q: "Do you have a plan to restore operations after an incident?", report: "soc2", first: "CC7.5"},
		{q: "Are incidents reviewed and the response plan updated with lessons learned?", report: "soc2", first: "CC7.5"},
	})
}
