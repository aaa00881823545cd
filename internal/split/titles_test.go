package split

import (
	"slices"
	"testing"
)

// TitleShaped is the splitter's reading of a heading for a line alone, and
// ItemLabel its reading of an item's label; the questionnaire reader asks
// both of a sheet's cells.
func TestTitleShaped(t *testing.T) {
	t.Parallel()
	tests := []struct {
		line, title string
		want        bool
	}{
		{"Access Control", "Access Control", true},
		{"Logging and monitoring", "Logging and monitoring", true},
		{"Third party risk", "Third party risk", true},
		{"Business continuity", "Business continuity", true},
		{"IDENTITY & ACCESS MANAGEMENT", "IDENTITY & ACCESS MANAGEMENT", true},
		{"3. Business continuity", "Business continuity", true},
		{"A.1 Access Control", "Access Control", true},
		{"Backups:", "Backups:", true},
		// Near misses.
		{"Backups encrypted at rest", "", false},
		{"Use MFA for admins", "", false},
		{"Do you encrypt backups?", "", false},
		{"Access control policy for privileged staff accounts", "", false}, // seven words, not all capitalised
		{"A.5.1.2 Review of the policies", "", false},                      // a control named after its id
		{"PR.AT-1 All users are informed and trained", "", false},
		{"The following questions relate to payroll:", "", false}, // leads in, names no section
		{"SOC 2 report", "", false},
		{"Q3 Encryption", "", false},
		{"See below", "", false},
		{"Answer below", "", false},
		{"Reviewed by", "", false},
		{"Yes or no", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		title, ok := TitleShaped(tt.line)
		if ok != tt.want || (ok && title != tt.title) {
			t.Errorf("TitleShaped(%q) = %q, %v; want %q, %v", tt.line, title, ok, tt.title, tt.want)
		}
	}
}

func TestItemLabel(t *testing.T) {
	t.Parallel()
	tests := []struct {
		line, label, rest string
		id                bool
	}{
		{"PR.AT-1 All users are informed and trained", "PR.AT-1", "All users are informed and trained", true},
		{"GV.OC-01: Mission understood", "GV.OC-01", "Mission understood", true},
		{"A.5.1.2 Review of the policies", "A.5.1.2", "Review of the policies", true},
		{"IAM-02.1 Do you enforce MFA?", "IAM-02.1", "Do you enforce MFA?", true},
		{"CC6.1: Logical access", "CC6.1", "Logical access", true},
		{"A.5 Information security policies", "A.5", "Information security policies", true},
		{"B.12 Are backups tested?", "B.12", "Are backups tested?", true},
		{"3. Enable SSO", "3", "Enable SSO", false},
		{"b) Logging", "b", "Logging", false},
		// Near misses: no label.
		{"ISO 27001 certificate", "", "ISO 27001 certificate", false},
		{"X.509 certificates identify each device", "", "X.509 certificates identify each device", false},
		{"H.264 streams are encrypted", "", "H.264 streams are encrypted", false},
		{"SOC 2 report", "", "SOC 2 report", false},
		{"U.S.-based staff only", "", "U.S.-based staff only", false},
		{"PR.AT awareness", "", "PR.AT awareness", false},
		{"- Use MFA", "", "- Use MFA", false},
	}
	for _, tt := range tests {
		label, rest, id := ItemLabel(tt.line)
		if label != tt.label || rest != tt.rest || id != tt.id {
			t.Errorf("ItemLabel(%q) = %q, %q, %v; want %q, %q, %v", tt.line, label, rest, id, tt.label, tt.rest, tt.id)
		}
	}
}

// A pasted control catalogue keeps its ids: "PR.AT-1" opens an item as
// "IAM-02.1" does.
func TestSplitFrameworkIDs(t *testing.T) {
	t.Parallel()
	in := "PR.AT-1 All users are informed and trained\nPR.AT-2 Privileged users understand their roles\nA.5.1.2 Review of the policies for information security"
	qs := Split(in)
	want := []struct{ id, text string }{
		{"PR.AT-1", "All users are informed and trained"},
		{"PR.AT-2", "Privileged users understand their roles"},
		{"A.5.1.2", "Review of the policies for information security"},
	}
	if len(qs) != len(want) {
		t.Fatalf("%d questions, want %d: %+v", len(qs), len(want), qs)
	}
	for i, w := range want {
		if qs[i].ID != w.id || qs[i].Text != w.text {
			t.Errorf("question %d = %q %q, want %q %q", i+1, qs[i].ID, qs[i].Text, w.id, w.text)
		}
	}
}

// A line that TitleShaped refuses heads nothing in a paste either: a
// pointer elsewhere, a label cut short on "by", an end line with its part's
// number. The questions after it keep their own section, and the pointer and
// the label stay as items.
func TestNoiseHeadsNothing(t *testing.T) {
	t.Parallel()
	checkSplitCases(t, []splitCase{
		{"pointer and label between sections",
			"Identity\nAre admin accounts behind MFA?\nSee below\nBackups\nAre backups kept offsite?\nApproved by\nAudit Trail\nAre admin actions recorded?",
			[]sq{
				{"Are admin accounts behind MFA?", "Identity", 2},
				{"See below", "Identity", 3},
				{"Are backups kept offsite?", "Backups", 5},
				{"Approved by", "Backups", 6},
				{"Are admin actions recorded?", "Audit Trail", 8},
			}},
		{"numbered end line",
			"Identity\nAre admin accounts behind MFA?\nEnd of Section 2\nBackups\nAre backups kept offsite?",
			[]sq{{"Are admin accounts behind MFA?", "Identity", 2}, {"Are backups kept offsite?", "Backups", 5}}},
		{"end line in stars",
			"Identity\nAre admin accounts behind MFA?\n*** End ***\nBackups\nAre backups kept offsite?",
			[]sq{{"Are admin accounts behind MFA?", "Identity", 2}, {"Are backups kept offsite?", "Backups", 5}}},
		// Near misses: titles over titles still nest, and a label's joining
		// word still carries a lower-case line after it.
		{"chapter over part",
			"Identity\nPrivileged Access\nAre admin accounts behind MFA?",
			[]sq{{"Are admin accounts behind MFA?", "Identity > Privileged Access", 3}}},
		{"label continued",
			"Are backups kept offsite?\nApproved by\nthe head of IT each quarter\nAre restores tested?",
			[]sq{{"Are backups kept offsite?", "", 1}, {"Approved by the head of IT each quarter", "", 2}, {"Are restores tested?", "", 4}}},
	})
	for _, l := range []string{"End of Section 2", "*** End ***", "Part A complete"} {
		if _, ok := TitleShaped(l); ok {
			t.Errorf("TitleShaped(%q) is a title", l)
		}
	}
}

func TestLastWord(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Pen test summary", "summary"},
		{"See below  ", "below"},
		{"Report", "Report"},
		{"", ""},
		{"   ", ""},
	}
	for _, tt := range tests {
		if got := string(lastWord([]byte(tt.in))); got != tt.want {
			t.Errorf("lastWord(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// An ISO 27001 Annex A number is an item's id at every depth, pasted as a
// line's label or copied as a spreadsheet's id cell, as a NIST id is: the
// questionnaire reader takes the same labels from a sheet's cells.
func TestSplitAnnexAIDs(t *testing.T) {
	t.Parallel()
	type idq struct{ id, text, section string }
	tests := []struct {
		name string
		in   string
		want []idq
	}{
		{"labels of lines", "A.5: Are policies for information security approved?\nA.8.1 Is an inventory of assets kept?\nA.12.4.1 Are event logs kept and reviewed?", []idq{
			{"A.5", "Are policies for information security approved?", ""},
			{"A.8.1", "Is an inventory of assets kept?", ""},
			{"A.12.4.1", "Are event logs kept and reviewed?", ""}}},
		{"id cells of rows", "A.5\tAre policies for information security approved?\tYes\nA.12.4.1\tAre event logs kept and reviewed?\tNo", []idq{
			{"A.5", "Are policies for information security approved?", ""},
			{"A.12.4.1", "Are event logs kept and reviewed?", ""}}},
		{"a group's title over its controls", "A.12 Operations Security\nA.12.4.1 Are event logs kept and reviewed?\nA.12.4.2 Are logs protected against tampering?", []idq{
			{"A.12.4.1", "Are event logs kept and reviewed?", "Operations Security"},
			{"A.12.4.2", "Are logs protected against tampering?", "Operations Security"}}},
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

// TitleShapedAlone is TitleShaped for a line that stands alone: a report's
// or a summary's name in sentence case is a title then, other documents'
// names and requests are not.
func TestTitleShapedAlone(t *testing.T) {
	t.Parallel()
	tests := []struct {
		line string
		want bool
	}{
		{"Executive summary", true},
		{"Audit report", true},
		{"Findings reports", true},
		{"Access Control", true},
		// Near misses.
		{"Insurance certificate", false},
		{"Bridge letter", false},
		{"Please provide your audit report", false},
		{"Audit report.", false},
		{"Annual external penetration test summary", false}, // five words, not all capitalised
	}
	for _, tt := range tests {
		if _, ok := TitleShapedAlone(tt.line); ok != tt.want {
			t.Errorf("TitleShapedAlone(%q) = %v, want %v", tt.line, ok, tt.want)
		}
		if _, ok := TitleShaped(tt.line); ok && !tt.want {
			t.Errorf("TitleShaped(%q) = true where TitleShapedAlone refuses", tt.line)
		}
	}
}

func TestDocumentName(t *testing.T) {
	t.Parallel()
	tests := []struct {
		line string
		want bool
	}{
		{"Pen test summary", true},
		{"- Insurance certificate", true},
		{"2. Bridge letter", true},
		{"SOC 2 report", true},
		// Near misses: questions and requests about a document, and text.
		{"Do you have a SOC 2 report?", false},
		{"Please provide your audit report", false},
		{"Encryption at rest", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := DocumentName(tt.line); got != tt.want {
			t.Errorf("DocumentName(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
