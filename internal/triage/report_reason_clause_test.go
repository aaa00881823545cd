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

// "Since" before a time ("since you started", "since the last period") says when, not
// why: the words after it are asked about. A reason also counts only in the clause of
// the report it is given for: after ";" a new question starts. The questions are
// written for this test, apart from the evaluation sets.
func TestSinceAsTimeIsNoReason(t *testing.T) {
	t.Parallel()
	none := []string{}
	md := []string{"master_data"}
	checkClass(t, []classCase{
		{q: "Has your SOC 1 been updated since you started approving payroll rate changes by email?", report: "soc1", areas: md},
		{q: "Send the SOC 1; since the last period, who approves changes to vendor bank details?", report: "soc1", areas: md},
		{q: "Was the SOC 1 reissued since 2024, when you began letting clerks edit vendor bank details?", report: "soc1", areas: md},
		{q: "Is the SOC 1 still valid since your last release changed how vendor bank details are approved?", report: "soc1", areas: md},
		{q: "We need the SOC 1 because you host our payroll; who approves changes to employee pay rates?", report: "soc1", areas: md},
		{q: "Send the SOC 1; since you key in our vendor bank details, who approves changes to them?", report: "soc1", areas: md},
		// Near misses: "since" and "because" giving the reason for the report.
		{q: "We need your SOC 1 since you maintain our vendor bank details.", report: "soc1", areas: none},
		{q: "Please send the SOC 1 since you approve changes to our employee pay rates.", report: "soc1", areas: none},
		{q: "Finance wants the SOC 1 because you keep our vendor master file.", report: "soc1", areas: none},
	})
}
