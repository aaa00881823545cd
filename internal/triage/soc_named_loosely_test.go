package triage

import "testing"

// "SOC" with an everyday word for a document ("the SOC thing", "your SOC doc", "the
// SOC pdf", "SOC paperwork"), or sent, shared or forwarded by itself ("send us your
// SOC"), is a SOC report without its number: the SOC 2. "SOC" for a security
// operations centre (its team, its hours, its services) stays event monitoring, and
// a SOC report named with its number keeps that number. The questions are written
// for this test, apart from the evaluation sets.
func TestSOCNamedLoosely(t *testing.T) {
	t.Parallel()
	security := []string{"security"}
	none := []string{}
	checkClass(t, []classCase{
		{q: "hey can u send the soc thing? their procurement is chasing again", report: "soc2", typ: "type2", cats: security, arts: none},
		{q: "can you send over your SOC doc before Friday?", report: "soc2", typ: "type2", cats: security, arts: none},
		{q: "Customer wants the SOC pdf, do we have it handy?", report: "soc2", typ: "type2", cats: security, arts: none},
		{q: "Please share the SOC documents with our reviewers.", report: "soc2", typ: "type2", cats: security, arts: none},
		{q: "their infosec folks need the SOC paperwork by EOD", report: "soc2", typ: "type2", cats: security, arts: none},
		{q: "Any chance we can get your SOC stuff under NDA?", report: "soc2", typ: "type2", cats: security, arts: none},
		{q: "Prospect is asking for the SOC packet again, who owns it?", report: "soc2", typ: "type2", cats: security, arts: none},
		{q: "could u forward the SOC file to Dana at Initech", report: "soc2", typ: "type2", cats: security, arts: none},
		{q: "Kindly send us your SOC so legal can close the review.", report: "soc2", typ: "type2", cats: security, arts: none},
		{q: "Is a copy of the SOC available to share with a prospect?", report: "soc2", typ: "type2", cats: security, arts: none},
		// Near misses: the operations centre, a numbered report, a SOC code.
		{q: "Is your SOC staffed around the clock?", report: "soc2", crit: "CC7.2", arts: none},
		{q: "Do you provide SOC services to your clients, or buy them in?", report: "soc2", crit: "CC7.2", arts: none},
		{q: "Please send the SOC team's escalation runbook.", report: "none", arts: []string{"policy_document"}},
		{q: "Can you send the SOC 1 doc to our controller?", report: "soc1", typ: "type2", arts: none},
		{q: "hey can u send the SOC 3 pdf for our board?", report: "soc2", arts: []string{"soc3"}},
		{q: "Which SOC code do you give the support analyst role?", report: "none"},
	})
}
