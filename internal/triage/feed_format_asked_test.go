package triage

import "testing"

// The format, layout, specification, template or schema a client's feed or file must
// follow is a fact about the product and its integration (none + custom_answer), even
// when the feed carries money or enrolment data; whether the feed is validated, loaded
// completely or has its errors worked is the interfaces area still. The questions are
// written for this test, apart from the evaluation sets.
func TestFeedFormatAsked(t *testing.T) {
	t.Parallel()
	fact := []string{"custom_answer"}
	checkClass(t, []classCase{
		{q: "What format should the enrollment file use?", report: "none", arts: fact, areas: []string{}},
		{q: "Which layout does the payroll feed need?", report: "none", arts: fact, areas: []string{}},
		{q: "Is there a template for the census file?", report: "none", arts: fact},
		{q: "Can you send us the file specification for the eligibility feed?", report: "none", arts: fact},
		{q: "What file layout do you expect for the remittance upload?", report: "none", arts: fact},
		{q: "Do you publish a schema for the claims extract?", report: "none", arts: fact},
		{q: "What fields are in the enrollment file layout?", report: "none", arts: fact},
		{q: "Which format do you need the premium file in?", report: "none", arts: fact},
		// Near misses: controls over the feed keep their area or criterion.
		{q: "Is the enrollment file validated against the agreed layout?", report: "soc1", areas: []string{"interfaces"}},
		{q: "What happens when the eligibility feed has errors?", report: "soc1", areas: []string{"interfaces"}},
		{q: "How do you make sure every record in the enrollment file is loaded?", report: "soc1", areas: []string{"interfaces"}},
		{q: "Are changes to the file layout tested before go-live?", report: "soc2", first: "CC8.1"},
	})
}
