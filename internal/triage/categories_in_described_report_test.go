package triage

import "testing"

// Categories named as the controls a requested report describes ("an attestation
// report describing the design of your security and availability controls", "the
// report that describes your availability and confidentiality controls") are its
// scope, as after "covering" or "on". A question that asks to describe the controls
// itself, or a report describing something else, names none. The questions are
// written for this test, apart from the evaluation sets.
func TestCategoriesOfADescribedReport(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "We will accept an attestation report describing the design of your security and availability controls at a single date. Does one exist?", report: "soc2", typ: "type1", cats: []string{"security", "availability"}},
		{q: "Is there an independent report describing your confidentiality and privacy controls?", report: "soc2", typ: "type2", cats: []string{"confidentiality", "privacy"}},
		{q: "Send the attestation report that describes your availability and confidentiality controls.", report: "soc2", typ: "type2", cats: []string{"availability", "confidentiality"}},
		{q: "Can you send the audit report describing the suitability of the design of your security and privacy controls?", report: "soc2", cats: []string{"security", "privacy"}},
		{q: "A report describing the operating effectiveness of your security, availability and confidentiality controls, please.", report: "soc2", typ: "type2", cats: []string{"security", "availability", "confidentiality"}},
		// Near misses: a report describing something else, or no report.
		{q: "Please provide a report describing your incident history.", report: "soc2", cats: []string{"security"}},
		{q: "Is there a report describing how you ensure the confidentiality of customer data?", report: "soc2", cats: []string{"confidentiality"}},
		{q: "Describe how your security and availability controls are tested.", report: "soc2"},
	})
}
