package triage

import "testing"

// The asker's own records that a service feeds ("the billing our revenue is recorded
// from", "the invoicing service our sales are booked from") say why the asker wants
// the report, not that a transaction is recorded accurately: a report asked for over
// that service carries no SOC 1 area. Recording asked about stays the process. The
// questions are written for this test, apart from the evaluation sets.
func TestOwnRecordsFedByTheServiceAddNoArea(t *testing.T) {
	t.Parallel()
	none := []string{}
	tp := []string{"transaction_processing"}
	checkClass(t, []classCase{
		{q: "Our finance team needs the SOC report that covers your controls over the tuition billing that our revenue is recorded from.", report: "soc1", areas: none},
		{q: "Please send the SOC 1 on the invoicing service our sales are booked from.", report: "soc1", areas: none},
		{q: "We need your SOC 1 for the claims platform, since our claims expense is recorded from its output.", report: "soc1", areas: none},
		// Near-misses: whether the recording is complete or timely is asked.
		{q: "Is our revenue recorded completely and accurately from your billing runs?", report: "soc1", areas: tp},
		{q: "Are billing transactions recorded in the period they occur?", report: "soc1", areas: tp},
	})
}
