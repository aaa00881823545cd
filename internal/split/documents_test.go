package split

import (
	"slices"
	"testing"
)

// A pasted line naming a document ("SOC 2 report", "Insurance certificate")
// asks for that document: in a list under a title each line is one request,
// and a bullet naming one is an item over a plain question, heading only the
// deeper bullets that ask about it. A title standing alone over questions
// still heads them. The questionnaire reader reads a sheet's rows the same
// way.
func TestSplitDocumentRequests(t *testing.T) {
	t.Parallel()
	checkSplitCases(t, []splitCase{
		{"a list under its title",
			"Supporting documents\nSOC 2 report\nPen test summary\nISO 27001 certificate\nInsurance certificate",
			[]sq{
				{"SOC 2 report", "Supporting documents", 2},
				{"Pen test summary", "Supporting documents", 3},
				{"ISO 27001 certificate", "Supporting documents", 4},
				{"Insurance certificate", "Supporting documents", 5},
			}},
		{"a bulleted certificate over a question",
			"- Insurance certificate\nIs MFA enforced?",
			[]sq{{"Insurance certificate", "", 1}, {"Is MFA enforced?", "", 2}}},
		{"a bulleted certificate in capitals over a question",
			"- Insurance Certificate\nIs MFA enforced?",
			[]sq{{"Insurance Certificate", "", 1}, {"Is MFA enforced?", "", 2}}},
		{"a bulleted report after a blank line",
			"Is MFA enforced?\n\n* Pen test summary\nAre backups encrypted?",
			[]sq{{"Is MFA enforced?", "", 1}, {"Pen test summary", "", 3}, {"Are backups encrypted?", "", 4}}},
		{"a list with blank lines between its documents",
			"SOC 2 report\n\nPen test summary\n\nInsurance certificate",
			[]sq{{"SOC 2 report", "", 1}, {"Pen test summary", "", 3}, {"Insurance certificate", "", 5}}},
		{"a report after another over blank lines, then a question",
			"Is MFA enforced?\n\nBridge letter\n\nAudit report\nWho audited you?",
			[]sq{{"Is MFA enforced?", "", 1}, {"Bridge letter", "", 3}, {"Audit report", "", 5}, {"Who audited you?", "", 6}}},
		{"a report's name alone on a spreadsheet row among documents",
			"D-1\tSOC 2 report\n\tAudit report\t\nD-3\tBridge letter",
			[]sq{{"SOC 2 report", "", 1}, {"Audit report", "", 2}, {"Bridge letter", "", 3}}},
		{"a bulleted certificate over a spreadsheet row",
			"- Insurance certificate\nAC-1\tIs MFA enforced?\tYes",
			[]sq{{"Insurance certificate", "", 1}, {"Is MFA enforced?", "", 2}}},

		// Near misses: titles still head.
		{"a bulleted title over a question",
			"- Access Control\nIs MFA enforced?",
			[]sq{{"Is MFA enforced?", "Access Control", 2}}},
		{"a bulleted report over the questions about it",
			"- Penetration test report\n  - Were all high findings fixed?\n  - Who ran the test?",
			[]sq{{"Were all high findings fixed?", "Penetration test report", 2}, {"Who ran the test?", "Penetration test report", 3}}},
		{"a report's name alone on a spreadsheet row between questions",
			"AC-1\tIs MFA enforced?\tYes\n\tAudit report\t\nAC-2\tWho audits you?\tYes",
			[]sq{{"Is MFA enforced?", "", 1}, {"Who audits you?", "Audit report", 3}}},
		{"a report's name indented by a tab under a question",
			"Is MFA enforced?\n\tAudit report\nWho audits you?",
			[]sq{{"Is MFA enforced?", "", 1}, {"Audit report", "", 2}, {"Who audits you?", "", 3}}},
		{"a summary standing alone over questions",
			"Executive summary\nWho owns the security programme?\nIs MFA enforced?",
			[]sq{{"Who owns the security programme?", "Executive summary", 2}, {"Is MFA enforced?", "Executive summary", 3}}},
	})
}

// A tab-separated row with an id cell, a title-shaped text and an answer
// cell is a catalogue's control, answered: an item with its id, where the
// same text alone, or after an id with no answer, heads the rows below.
func TestSplitAnsweredControlRows(t *testing.T) {
	t.Parallel()
	type idq struct{ id, text, section string }
	tests := []struct {
		name string
		in   string
		want []idq
	}{
		{"ids of three shapes", "PR.AT-1\tAwareness Training\tYes\nA.5.1\tPolicies For Information Security\tYes\n3.2\tAccess Control\tNo\nAC-1\tIs MFA enforced?\tYes", []idq{
			{"PR.AT-1", "Awareness Training", ""},
			{"A.5.1", "Policies For Information Security", ""},
			{"3.2", "Access Control", ""},
			{"AC-1", "Is MFA enforced?", ""}}},
		{"one answered row", "PR.AT-1\tAwareness Training\tN/A", []idq{{"PR.AT-1", "Awareness Training", ""}}},
		{"document names with ids", "D-1\tSOC 2 report\nD-2\tPen test summary\nD-3\tInsurance certificate", []idq{
			{"D-1", "SOC 2 report", ""},
			{"D-2", "Pen test summary", ""},
			{"D-3", "Insurance certificate", ""}}},

		// Near misses: no answer, or no id, and the title heads.
		{"an id and a title with no answer", "A.1\tAccess Control\nA.1.1\tAre user ids unique?\tYes", []idq{
			{"A.1.1", "Are user ids unique?", "Access Control"}}},
		{"a title alone", "Access Control\nA.1.1\tAre user ids unique?\tYes", []idq{
			{"A.1.1", "Are user ids unique?", "Access Control"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			qs := Split(tt.in)
			got := make([]idq, len(qs))
			for i, q := range qs {
				got[i] = idq{q.ID, q.Text, q.Section}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// TitleShaped refuses a bullet naming a document, which alone asks for it,
// and keeps a bulleted title.
func TestTitleShapedBulletedDocument(t *testing.T) {
	t.Parallel()
	for line, want := range map[string]bool{
		"- Insurance certificate": false,
		"• SOC 2 report":          false,
		"- Bridge letter":         false,
		"- Access Control":        true,
		"- Business continuity":   true,
	} {
		if _, ok := TitleShaped(line); ok != want {
			t.Errorf("TitleShaped(%q) = %v, want %v", line, ok, want)
		}
	}
}

// A list's title saying what it asks for ("Documents requested", "Evidence
// required") heads the documents below it, with or without a colon; the same
// participle said of a control ("Backups encrypted") still states it.
func TestSplitListTitleByWhatItAsks(t *testing.T) {
	t.Parallel()
	checkSplitCases(t, []splitCase{
		{"documents requested over bullets",
			"Documents requested\n- SOC 2 Type II report\n- Certificate of insurance\n- Penetration test summary",
			[]sq{
				{"SOC 2 Type II report", "Documents requested", 2},
				{"Certificate of insurance", "Documents requested", 3},
				{"Penetration test summary", "Documents requested", 4},
			}},
		{"evidence required over plain lines",
			"Supporting evidence required\nSOC 2 report\nBridge letter",
			[]sq{{"SOC 2 report", "Supporting evidence required", 2}, {"Bridge letter", "Supporting evidence required", 3}}},
		{"attachments needed over numbered lines",
			"Attachments needed\n1. ISO 27001 certificate\n2. Insurance certificate",
			[]sq{{"ISO 27001 certificate", "Attachments needed", 2}, {"Insurance certificate", "Attachments needed", 3}}},
		{"with a colon, as before",
			"Documents requested:\n- SOC 2 report\n- Bridge letter",
			[]sq{{"SOC 2 report", "Documents requested", 2}, {"Bridge letter", "Documents requested", 3}}},
		// Near misses: a participle said of a control states it; a sentence
		// about documents is context for the question after it.
		{"a control stated by its participle",
			"Backups encrypted\nIs MFA enforced?",
			[]sq{{"Backups encrypted", "", 1}, {"Is MFA enforced?", "", 2}}},
		{"documents requested in a sentence",
			"All documents requested by the auditors were provided.\nIs MFA enforced?",
			[]sq{{"All documents requested by the auditors were provided. Is MFA enforced?", "", 1}}},
	})
}
