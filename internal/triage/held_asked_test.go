package triage

import "testing"

// A report or document "on file" in a sentence that asks ("SOC 1 on file?") is a
// question whether the vendor has it, and so a request for it, not a report the asker
// holds; and "asks if we have …" or "whether we hold …" reports a question, not a
// holding. A statement that the report is on file, or "already on file" before a
// question, still holds it. The questions are written for this test, apart from the
// evaluation sets.
func TestHeldOnlyWhenNotAsked(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "SOC 1 on file? If so, please attach it.", report: "soc1", typ: "type2", arts: none},
		{q: "Is a current SOC 1 Type 2 report on file for the payroll service? Send it if so.", report: "soc1", typ: "type2", arts: none},
		{q: "Customer wants to know if we have cyber liability insurance.", report: "none", arts: []string{"insurance_certificate"}},
		{q: "The buyer asked whether we hold errors and omissions insurance.", report: "none", arts: []string{"insurance_certificate"}},
		// Near misses: the asker says the report is held, then asks something else.
		{q: "We have your SOC 2 on file.", report: "none", arts: none},
		{q: "Your SOC 1 is already on file; could you send the bridge letter?", report: "none", arts: []string{"bridge_letter"}},
		{q: "We already hold your SOC 2 on file. Do you also have a SOC 1?", report: "soc1", typ: "type2", arts: none},
	})
}
