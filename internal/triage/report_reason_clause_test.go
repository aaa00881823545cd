package triage

import "testing"

// A report asked for with the reason it is wanted ("we need the SOC 1 since we calc
// their sales commissions", "because you calculate our payroll taxes", "given that you
// compute our payouts") is asked for by itself: the process in the reason is what the
// report covers, not a control objective asked about, so it carries no SOC 1 area. A
// reason that opens a question of its own, with no report before it in its sentence,
// or a process the line asks to describe keeps its area. The questions are written
// for this test, apart from the evaluation sets.
func TestReportAskedWithItsReason(t *testing.T) {
	t.Parallel()
	none := []string{}
	tp := []string{"transaction_processing"}
	checkClass(t, []classCase{
		{q: "procurement needs the SOC 1 since we calc their sales commissions - can someone send it?", report: "soc1", typ: "type2", areas: none},
		{q: "They want our SOC 1 because we calculate their payroll taxes.", report: "soc1", typ: "type2", areas: none},
		{q: "We need the SSAE 18 SOC 1 report given that you calculate our commission payouts.", report: "soc1", typ: "type2", areas: none},
		{q: "Please share your SOC 1 Type 2, as you compute the bonuses we pay our reps.", report: "soc1", typ: "type2", areas: none},
		{q: "Our finance team requires the SOC 1 because your platform calculates royalty amounts for us.", report: "soc1", typ: "type2", areas: none},
		{q: "Send over the SOC 1 since you work out the interest accrued on our loans.", report: "soc1", typ: "type2", areas: none},
		{q: "Send the SOC 1 Type 2 please, since you reconcile our bank accounts each month.", report: "soc1", typ: "type2", areas: none},
		{q: "Client is asking for the SOC 1 because we process their premium billing and collections.", report: "soc1", typ: "type2", areas: none},
		// Near misses: the process asked about, or a reason that opens a
		// question of its own.
		{q: "Send your SOC 1, and describe how commissions are calculated.", report: "soc1", areas: tp},
		{q: "Does your SOC 1 cover how commissions are calculated?", report: "soc1", areas: tp},
		{q: "Send the SOC 1. Since you calculate our commissions, are the rates checked before each run?", report: "soc1", areas: tp},
		{q: "Since you calculate our payroll taxes, are the amounts checked before filing?", report: "soc1", areas: tp},
	})
}
