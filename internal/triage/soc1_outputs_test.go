package triage

import (
	"slices"
	"testing"
)

// exactAreas checks that each question is SOC 1 with exactly the areas listed (as a
// set).
func exactAreas(t *testing.T, cases map[string][]string) {
	t.Helper()
	e := mustEngine(t)
	for q, want := range cases {
		v := e.Classify(Question{Text: q})
		if v.Report != ReportSOC1 || !sameItems(v.SOC1Areas, want) {
			t.Errorf("%q: %s %v, want soc1 %v", q, v.Report, v.SOC1Areas, want)
		}
	}
}

// withoutArea checks that no question is given the area, whatever its report.
func withoutArea(t *testing.T, area string, questions ...string) {
	t.Helper()
	e := mustEngine(t)
	for _, q := range questions {
		if v := e.Classify(Question{Text: q}); slices.Contains(v.SOC1Areas, area) {
			t.Errorf("%q: areas %v, want no %s", q, v.SOC1Areas, area)
		}
	}
}

// A report, valuation, statement, schedule or notice the client or its investors get
// from the service, and that their books take, is financial reporting; when the
// question asks as well how the figures behind it are calculated (cost layers,
// allocations, fees, commissions), it is transaction processing too. Either alone
// names its own area only. Written for this test.
func TestOutputsAndTheFiguresBehindThem(t *testing.T) {
	t.Parallel()
	fr, tp := "financial_reporting", "transaction_processing"
	exactAreas(t, map[string][]string{
		"The month-end inventory valuation report we get from your warehouse system: how do you make sure the FIFO cost layers and on-hand quantities behind it are accurate?":              {fr, tp},
		"Capital calls and distributions: how do you make sure the amounts allocated to each limited partner follow the waterfall in the LPA, and are notices reviewed before they go out?": {tp, fr},
		"For the quarterly investor statements you produce for our fund, how are the management fee and carried interest calculations behind them checked?":                                 {fr, tp},
		"We book our inventory from the monthly valuation schedule your 3PL platform sends us. How are the weighted-average costs and stock quantities in it kept accurate?":                {fr, tp},
		"Distribution notices to unitholders: how do you ensure each holder's share is allocated correctly, and who reviews the notices before release?":                                    {fr, tp},
		"The commission statements you send our brokers each month: how do you verify the commission amounts calculated in them?":                                                           {fr, tp},
		"NAV pack you send us monthly: how are the accruals and the expense allocations inside it checked?":                                                                                 {fr, tp},
		"inventory valuation rpt from your WMS -> our GL. how r FIFO layers + on hand qty validated?":                                                                                       {fr, tp},
		// Near misses: the calculation alone, or the output alone.
		"How do you make sure FIFO cost layers are calculated correctly when stock is received?":               {tp},
		"How do you ensure capital call amounts are allocated to each partner according to their commitment?":  {tp},
		"How do you confirm each limited partner's share of a distribution follows the partnership agreement?": {tp},
		"Are client statements reviewed before they are mailed?":                                               {fr},
		"Who signs off the monthly valuation report before it is released to us?":                              {fr},
		"Are payroll calculations checked before each pay run is released?":                                    {tp},
	})
	e := mustEngine(t)
	for _, q := range []string{
		"Is the valuation report encrypted when it is e-mailed to us?",
	} {
		if v := e.Classify(Question{Text: q}); v.Report != ReportSOC2 || len(v.SOC1Areas) > 0 {
			t.Errorf("%q: %s %v, want soc2 without areas", q, v.Report, v.SOC1Areas)
		}
	}
}
