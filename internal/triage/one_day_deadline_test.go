package triage

import "testing"

// "One day" after "within", "than", "every" or "per" is a deadline or a frequency, not
// the single date a Type 1 report is drawn up at: access removed within one day is a
// control asked over a period (Type 2). A report as of a single date stays Type 1.
func TestOneDayDeadlineIsNoPointInTime(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Is a leaver's access to the billing platform revoked within one day?", report: "both", typ: "type2"},
		{q: "Are payroll system logins disabled no later than one day after termination?", report: "both", typ: "type2"},
		{q: "A report as of a single date is fine for this year.", report: "soc2", typ: "type1"},
	})
}
