package triage

import "testing"

// TestTypeWording: the guide's Type 1 and Type 2 signals in the wordings buyers use,
// and the same words said of something other than the report, which leave the
// default. The questions are written for this test, apart from the evaluation sets.
func TestTypeWording(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for _, c := range []struct {
		text, report, typ string
	}{
		// A point in time: a date written in figures, design only, readiness.
		{"Please send the SOC 2 report as of 2026-06-30.", ReportSOC2, Type1},
		{"We need your SOC 2 as of 30/06/2026.", ReportSOC2, Type1},
		{"Send the SOC 2 report as at 31 March.", ReportSOC2, Type1},
		{"Is your SOC 2 report limited to the design of controls only?", ReportSOC2, Type1},
		{"A SOC 2 report covering only the design is acceptable this year.", ReportSOC2, Type1},
		{"Does the SOC 2 opinion say the controls were suitably designed?", ReportSOC2, Type1},
		{"Has your SOC 2 readiness assessment been completed?", ReportSOC2, Type1},
		{"We would take a snapshot report of your controls as of today.", ReportSOC2, Type1},
		// Controls as set up or designed today, not yet tested over time, accepted.
		{"Has anyone independent at least reviewed how your access controls are set up on paper, even without testing over a period?", "", Type1},
		{"For now, an opinion on how the controls are designed as of today is good enough for our committee.", "", Type1},
		{"We only need to know your controls are designed properly as of today; a report on that is fine.", "", Type1},
		{"Is there a SOC 2 on whether the controls were designed on paper? That would satisfy us for this year.", ReportSOC2, Type1},
		// A period: its coverage, its length, its end.
		{"State the period of coverage of the SOC 2.", ReportSOC2, Type2},
		{"Provide a SOC 2 report covering at least nine months.", ReportSOC2, Type2},
		{"Send your SOC 2 for a 12-month review window.", ReportSOC2, Type2},
		{"Send the SOC 2 report for the year ended 31 December 2025.", ReportSOC2, Type2},
		{"Please share the SOC 2 for the period 1 July 2025 to 30 June 2026.", ReportSOC2, Type2},
		{"Does the SOC 2 test operating effectiveness?", ReportSOC2, Type2},
		// A period the negated thing is measured from is still a period.
		{"Please send your SOC 2 report and a letter confirming no significant changes since the period ended.", ReportSOC2, Type2},
		{"Send the SOC 2, plus written assurance of no control changes after the audit period closed.", ReportSOC2, Type2},
		{"Share your SOC 2 along with a statement of no incidents until the review period ended.", ReportSOC2, Type2},
		// Accepted and refused types.
		{"A Type I is acceptable for now.", ReportSOC2, Type1},
		{"A Type I is not acceptable.", ReportSOC2, Type2},
		// A type before the report's name takes the negation after it: the report is
		// still asked for, in the other type.
		{"A Type 1 SOC 2 won't be enough for our review.", ReportSOC2, Type2},
		{"A point-in-time SOC 2 is inadequate for us.", ReportSOC2, Type2},
		{"A design-only SOC 2 report is unacceptable.", ReportSOC2, Type2},
		{"A SOC 2 will not be enough; we need a SOC 1.", ReportSOC1, Type2},
		// The same words about something other than the report: the default type.
		{"Do you perform a production readiness review before each release?", "", Type2},
		{"Are backups restorable to any point in time within the last week?", "", Type2},
		{"Is a production readiness review part of change approval?", "", Type2},
		{"Are database snapshots encrypted?", "", Type2},
		{"Is the incident response plan current as of today?", "", Type2},
		{"Is a threat model drawn up at the design stage of each feature?", "", Type2},
		// Designs of parts and products, and paper records: not the design of controls.
		{"How are customer tooling designs, process sheets and drawings protected from disclosure?", "", Type2},
		{"Are engineering designs and procedures for the product stored in a restricted share?", "", Type2},
		{"Are paper records shredded once they are no longer needed, at least monthly?", "", Type2},
	} {
		v := e.Classify(Question{Text: c.text})
		if c.report != "" && v.Report != c.report {
			t.Errorf("%q: report %s, want %s", c.text, v.Report, c.report)
		}
		if v.Report != ReportNone && v.Type != c.typ {
			t.Errorf("%q: type %s, want %s", c.text, v.Type, c.typ)
		}
	}
}
