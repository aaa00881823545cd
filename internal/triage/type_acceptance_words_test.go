package triage

import "testing"

// The words by which an asker accepts a type are read for what they accept. A word of
// acceptance that is refused ("the committee won't accept it again") or that takes
// the other type as its object ("we accept only type 2") accepts no Type 1, and a
// word that only dates an acceptance ("you now have") does not bring one back after
// a refusal. The questions are written for this test.
func TestTypeAcceptanceWords(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "We reviewed your Type I from the last cycle and procurement will not accept it again; please confirm you now have a report over a period.", report: "soc2", typ: "type2"},
		{q: "Last year we took your type 1. Our audit committee won't accept it a second time. Do you now have a type 2?", report: "soc2", typ: "type2"},
		{q: "Is the SOC 1 for payroll a type 1 or a type 2? We accept only type 2 for our ICFR work.", report: "soc1", typ: "type2"},
		{q: "Type 1 or type 2? Our policy accepts a type II only.", report: "soc2", typ: "type2"},
		{q: "Is your SOC 2 a Type I or a Type II? Only a Type II is acceptable to our auditors.", report: "soc2", typ: "type2"},
		// Near misses: the acceptance is the Type 1's.
		{q: "A Type 1 is acceptable for now; we expect a Type 2 next year.", report: "soc2", typ: "type1"},
		{q: "Is your SOC 2 a type 1 or a type 2? A type 1 would be fine for now.", report: "soc2", typ: "type1"},
		{q: "We accept a Type I for the first year of the contract.", report: "soc2", typ: "type1"},
		{q: "Your SOC 2 Type 1 is acceptable now, since the Type 2 audit has not started.", report: "soc2", typ: "type1"},
		{q: "We cannot accept a Type 1 report.", report: "soc2", typ: "type2"},
	})
}

// A type written in the asker's own language ("Typ 1", "tipo 2") is a type.
func TestTypeWordOfAnotherLanguage(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "SOC 2 Typ 1 would be acceptable for this year because you are a new vendor for us.", report: "soc2", typ: "type1"},
		{q: "Please send the SOC 2 Typ II report of this year.", report: "soc2", typ: "type2"},
		{q: "A SOC 1 tipo 1 is sufficient for the first year of the service?", report: "soc1", typ: "type1"},
		{q: "Do you have the SOC 2 of tipo 2 for this year?", report: "soc2", typ: "type2"},
		// Near miss: the word without a type number names no type.
		{q: "Which typ of encryption is used for the SOC 2 systems?", report: "soc2", typ: "type2"},
	})
}

// A report the asker already holds, with a type asked of the next one apart from it:
// the report of the kind held, of the type asked. A type held with the report, or a
// document asked for beside it, asks for no report. The questions are written for
// this test.
func TestTypeAskedOfHeldReport(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "We previously received your SSAE 16 report. For the new platform a Type I as of the go-live date is acceptable - can one be provided?", report: "soc1", typ: "type1"},
		{q: "We already hold your SOC 1. For the new lending module a Type II is needed.", report: "soc1", typ: "type2"},
		{q: "We have received your SOC 2 for 2025. A Type 1 of the new region would be fine.", report: "soc2", typ: "type1"},
		// Near misses: the type is the held report's, or a document is asked for.
		{q: "We already have your SOC 2 Type 2.", report: "none", typ: ""},
		{q: "We already received your SOC 1 Type 1.", report: "none", typ: ""},
		{q: "We hold your SOC 2 Type 2 from 2024; please send a bridge letter.", report: "none", typ: ""},
	})
}
