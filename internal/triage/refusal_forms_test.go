package triage

import "testing"

// A refusal written with a one-word modal ("cannot", "unable to", "wont"), a verb of
// refusing ("reject", "decline", "are rejected") or a judgement the negation words do
// not hold ("no longer", "falls short") refuses the report or type it governs, and only that: a rejected
// Type 1 leaves a Type 2, a refused SOC 1 or SOC 3 leaves the SOC 2 asked for by a
// generic word, and a refusal to take up "a SOC 2 Type 1" refuses the type, not the
// SOC 2. The same modals saying what someone is unable to do refuse nothing.
func TestRefusalForms(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Our risk committee cannot accept a design-only Type I.", report: "soc2", typ: "type2"},
		{q: "The auditors are unable to accept an ISAE 3000 Type 1 from a supplier.", report: "soc2", typ: "type2"},
		{q: "Procurement is unable to rely on a point-in-time report.", report: "soc2", typ: "type2"},
		{q: "For the renewal a type one audit report wont do.", report: "soc2", typ: "type2"},
		{q: "A Type 1 cannot be accepted at contract renewal.", report: "soc2", typ: "type2"},
		{q: "The Type I is no longer acceptable to our assurance team.", report: "soc2", typ: "type2"},
		{q: "We cannot take a SOC 1 for a hosting service; provide the security report instead.", report: "soc2", typ: "type2"},
		{q: "We not accept Type I, only the Type II with six months.", report: "soc2", typ: "type2"},
		{q: "Is not possible for us to accept a Type 1 audit report.", report: "soc2", typ: "type2"},
		{q: "We cannot accept a Type I, though a SOC 2 Type II would be fine.", report: "soc2", typ: "type2"},
		{q: "Our vendor office is not in a position to accept a Type 1.", report: "soc2", typ: "type2"},
		{q: "Type I attestations are rejected by our second line.", report: "soc2", typ: "type2"},
		{q: "Our board refuses design-only reports.", report: "soc2", typ: "type2"},
		{q: "A Type 1 falls short of what the insurer expects.", report: "soc2", typ: "type2"},
		// Near-misses: a Type 1 accepted, a report the asker cannot do without, and
		// modals that say what people or controls cannot do.
		{q: "We can accept a Type 1 for the first year.", report: "soc2", typ: "type1"},
		{q: "Onboarding cannot go ahead without your SOC 2 Type 2.", report: "soc2", typ: "type2"},
		{q: "Does your SOC 2 Type 1 show that admin actions cannot be bypassed?", report: "soc2", typ: "type1"},
		{q: "Does the SOC 2 Type I confirm that contractors cannot access production?", report: "soc2", typ: "type1"},
		{q: "Are locked-out users unable to log in until the SOC 2 Type 1 helpdesk resets them?", report: "soc2", typ: "type1"},
		{q: "Per your SOC 2 Type I, staff cannot use personal laptops?", report: "soc2", typ: "type1"},
		{q: "Does your SOC 2 Type 1 describe how rejected logins are alerted on?", report: "soc2", typ: "type1"},
		{q: "We cannot exchange customer files with you without an NDA; is the SOC 2 Type I available?", report: "soc2", typ: "type1"},
	})
}

// Substitution phrases ("in place of", "in lieu of", "as opposed to", "instead of",
// "rather than") refuse what follows them, unless a refusal before them turns it
// round: "we will not take a SOC 3 in place of the SOC 2" still wants the SOC 2. A
// refusal closed by "please" ("No SOC 1 please, …") reaches no further, and after a
// refused SOC 1 or SOC 3 "the full report" is the SOC 2.
func TestSubstitutionAndPleaseScope(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "We'd like your SOC 2 report in lieu of the Type I.", report: "soc2", typ: "type2"},
		{q: "As opposed to a point-in-time report, send the audit report on your controls.", report: "soc2", typ: "type2"},
		{q: "We cannot take a SOC 3 in place of the full SOC 2.", report: "soc2", typ: "type2", arts: []string{}},
		{q: "The regulator won't accept a SOC 1 in lieu of your security report.", report: "soc2", typ: "type2"},
		{q: "Will not go live without the SOC 2 Type II in hand.", report: "soc2", typ: "type2"},
		{q: "No SOC 1 please, just send us the report.", report: "soc2", typ: "type2"},
		{q: "No SOC 3 please - simply send the full report.", report: "soc2", typ: "type2", arts: []string{}},
		{q: "We won't be relying on the SOC 3; the complete report is what our team reviews.", report: "soc2", typ: "type2", arts: []string{}},
		// Near-misses: a refusal that "please" does not close, and a question with
		// no report asked for after the refused one.
		{q: "Please do not send the SOC 3.", report: "none"},
		{q: "No SOC 1 please.", report: "none"},
	})
}

// An object put before its refusing verb ("Type 1 we cannot accept", a common order
// in second-language writing) is refused; an object after the verb is, and what
// went before is then the judge or a clause of its own.
func TestFrontedRefusedObject(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Type I report we can not accept.", report: "soc2", typ: "type2"},
		{q: "Type one our auditor not accept, only Type two.", report: "soc2", typ: "type2"},
		{q: "A point-in-time attestation our regulator will not take from vendors.", report: "soc2", typ: "type2"},
		{q: "A SOC 1 is something our security team cannot rely on; share the security report.", report: "soc2", typ: "type2"},
		// Near-misses: the object follows the verb, or a reason of its own follows.
		{q: "The SOC 2 is required because procurement will not accept a Type 1.", report: "soc2", typ: "type2"},
		{q: "Please share your SOC 2 Type 1 since our reviewers cannot accept otherwise.", report: "soc2", typ: "type1"},
		{q: "Send the SOC 2 Type I; our reviewers won't accept it later.", report: "soc2", typ: "type1"},
	})
}
