package triage

import "testing"

// Someone on the asker's side needing the report ("our auditors need …", "legal
// wants …", "procurement is asking for …") asks for it as "we need …" does, so a
// second sentence that asks for a document keeps the report beside it. A need that
// is the asker's purpose, a report already held or reviewed, a process or policy
// that requires something, and the needs of the people the asker serves ask for no
// report. The questions are written for this test, apart from the evaluation sets.
func TestReviewerNeedsReportBesideOtherAsk(t *testing.T) {
	t.Parallel()
	bridge := []string{"bridge_letter"}
	checkClass(t, []classCase{
		{q: "Our external auditors need your SSAE 16 report. In addition, please send a gap letter through year end.", report: "soc1", typ: "type2", arts: bridge},
		{q: "Legal wants the SOC 2 Type II. Could you also share the bridge letter?", report: "soc2", typ: "type2", arts: bridge},
		{q: "The regulators require a SOC 2 Type 2. Also, please provide the bridge letter.", report: "soc2", typ: "type2", arts: bridge},
		{q: "Compliance has asked for the SOC 1. Could you also send the gap letter?", report: "soc1", typ: "type2", arts: bridge},
		{q: "Our controller needs your SOC 1 Type 2. Please also upload the bridge letter.", report: "soc1", typ: "type2", arts: bridge},
		{q: "Treasury expects the SOC 1 for the payments service. On top of that, we need a bridge letter to March.", report: "soc1", typ: "type2", arts: bridge},
		{q: "Procurement is asking for the SOC 1 report. Separately, please attach your cyber insurance certificate.", report: "soc1", typ: "type2", arts: []string{"insurance_certificate"}},
		{q: "Our vendor risk team is requesting your SOC 2. Please also attach the ISO 27001 certificate.", report: "soc2", typ: "type2", arts: []string{"iso27001_certificate"}},
		// Near misses: the asker's purpose, a report reviewed or held, a policy's
		// requirement, a refusal, the needs of the asker's customers.
		{q: "Our auditors need to assess your controls. Please provide a gap letter for the SOC 1.", report: "none", arts: bridge},
		{q: "Our auditors reviewed the SOC 1 last quarter. Please provide a gap letter.", report: "none", arts: bridge},
		{q: "Our auditors already hold your SOC 2. Could you send the bridge letter?", report: "none", arts: bridge},
		{q: "Our onboarding policy requires coverage to year-end. Please send the gap letter for your SOC 1.", report: "none", arts: bridge},
		{q: "Legal does not need the SOC 2. Please provide a bridge letter.", report: "none", arts: bridge},
		{q: "Our customers need round-the-clock support. Please attach your ISO 27001 certificate.", report: "none", arts: []string{"iso27001_certificate"}},
	})
}
