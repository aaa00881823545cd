package triage

import "testing"

// TestFormFieldFromLayout: a question a file's layout marks as a form field is
// answered none with a custom answer, whatever topic words its label holds,
// unless it asks about a SOC report itself.
func TestFormFieldFromLayout(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for _, c := range []struct {
		text   string
		report string
	}{
		{"Vendor Accessibility Contact Phone Number", ReportNone},
		{"Vendor Hosting Regions", ReportNone},
		{"Vendor Work Locations", ReportNone},
		{"Date", ReportNone},
		{"SOC 2 report date", ReportSOC2},
	} {
		v := e.Classify(Question{ID: "GNRL-01", Text: c.text, Form: true})
		if v.Report != c.report {
			t.Errorf("%q: report %s, want %s", c.text, v.Report, c.report)
		}
		if c.report == ReportNone && (len(v.Artifacts) != 1 || v.Artifacts[0] != "custom_answer" || len(v.Criteria) != 0) {
			t.Errorf("%q: artifacts %v criteria %v, want custom_answer only", c.text, v.Artifacts, v.Criteria)
		}
	}
}
