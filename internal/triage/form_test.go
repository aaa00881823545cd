package triage

import (
	"slices"
	"testing"
)

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

// TestFormLabelKeepsDocuments: a short label ending in what is written in (a date, a
// version, an expiry, a name) is answered by the document or report its topic names:
// the date of the last pen test by the pen-test letter, the date of the SOC 2 by the
// SOC 2. A label with no document is a written answer, whether the layout or the
// wording marks it.
func TestFormLabelKeepsDocuments(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for _, c := range []struct {
		text      string
		form      bool
		report    string
		artifacts []string
	}{
		{"Penetration test date", false, ReportNone, []string{"pentest_letter"}},
		{"Date of most recent pentest", true, ReportNone, []string{"pentest_letter"}},
		{"External pen test report version", true, ReportNone, []string{"pentest_letter"}},
		{"PCI AOC expiration date", false, ReportNone, []string{"pci_aoc"}},
		{"SOC 2 report date", false, ReportSOC2, nil},
		{"SOC 2 report date", true, ReportSOC2, nil},
		{"ISO 27001 certificate expiry", false, ReportNone, []string{"iso27001_certificate"}},
		{"Cyber liability policy expiration", false, ReportNone, []string{"insurance_certificate"}},
		// No document in the label: the written answer alone.
		{"Last restore test date", false, ReportNone, []string{"custom_answer"}},
		{"Business continuity plan version", false, ReportNone, []string{"custom_answer"}},
		{"Primary billing contact e-mail", false, ReportNone, []string{"custom_answer"}},
		{"Contract expiry", false, ReportNone, []string{"custom_answer"}},
	} {
		v := e.Classify(Question{Text: c.text, Form: c.form})
		if v.Report != c.report {
			t.Errorf("%q (form %v): report %s, want %s", c.text, c.form, v.Report, c.report)
		}
		if c.artifacts != nil && !slices.Equal(v.Artifacts, c.artifacts) {
			t.Errorf("%q (form %v): artifacts %v, want %v", c.text, c.form, v.Artifacts, c.artifacts)
		}
	}
}
