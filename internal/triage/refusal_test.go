package triage

import "testing"

// A Type 1 named, then refused in the clause or sentence after it, by a pronoun that
// stands for it or a judgement with no subject, stays a Type 2; a Type 1 asked for,
// accepted, or only described there keeps its type. The questions are written for
// this test, apart from the evaluation sets.
func TestRefusalReachesBackToTheType(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "A Type I, our risk team cannot accept it.", report: "soc2", typ: "type2"},
		{q: "Just a Type 1? Not good enough for our board.", report: "soc2", typ: "type2"},
		{q: "Type 1 only? Insufficient.", report: "soc2", typ: "type2"},
		{q: "You sent a Type 1 last week. It is inadequate for a critical supplier.", report: "soc2", typ: "type2"},
		{q: "Your SOC 2 Type I, regrettably, will not satisfy procurement.", report: "soc2", typ: "type2"},
		{q: "A point-in-time attestation; our risk team cannot rely on that.", report: "soc2", typ: "type2"},
		{q: "Your Type I reached us; our standard requires more than that.", report: "soc2", typ: "type2"},
		{q: "The Type 1? That doesn't cut it for us.", report: "soc2", typ: "type2"},
		{q: "Your Type 1: we don't consider that sufficient.", report: "soc2", typ: "type2"},
		// Near misses: the Type 1 asked for or accepted, a refusal of something
		// later, and sentences after it that judge nothing.
		{q: "Share the SOC 2 Type I; our reviewers will not accept it later.", report: "soc2", typ: "type1"},
		{q: "A Type 1 is fine; our team can accept it for now.", report: "soc2", typ: "type1"},
		{q: "Only a Type 1? That is good enough for the pilot.", report: "soc2", typ: "type1"},
		{q: "A Type 1? That is not a problem for us.", report: "soc2", typ: "type1"},
		{q: "Type 1 as of June. It does not cover every system.", report: "soc2", typ: "type1"},
	})
}
