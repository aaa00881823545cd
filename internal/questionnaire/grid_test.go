package questionnaire

import (
	"bytes"
	"testing"
)

func TestHeaderRole(t *testing.T) {
	t.Parallel()
	tests := []struct {
		header string
		role   role
		prio   int
	}{
		{"Question", roleQuestion, 1},
		{"Control Question", roleQuestion, 1},
		{"Question/Request", roleQuestion, 1},
		{"Question Text", roleQuestion, 1},
		{"Requirement", roleQuestion, 2},
		{"Control", roleQuestion, 3},
		{"CCM Control Specification", roleQuestion, 3},
		{"Description", roleQuestion, 4},
		{"Item", roleQuestion, 5},
		{"Question ID", roleID, 1},
		{"Ques Num", roleID, 1},
		{"Ref", roleID, 2},
		{"#", roleID, 2},
		{"No.", roleID, 2},
		{"CCM Control ID", roleID, 2},
		{"Yes/No", roleAnswer, 0},
		{"Yes/No/N/A", roleAnswer, 0},
		{"Response", roleAnswer, 0},
		{"CSP CAIQ Answer", roleAnswer, 0},
		{"CSP Implementation Description (Optional/Recommended)", roleAnswer, 0},
		{"Comments", roleAnswer, 0},
		{"Additional Information", roleAnswer, 0},
		{"Section", roleSection, 1},
		{"Control Domain", roleSection, 1},
		{"CCM Domain Title", roleSection, 1},
		{"CCM Control Title", roleSection, 2},
		{"Vendor name:", roleOther, 0},
		{"", roleOther, 0},
	}
	for _, tt := range tests {
		r, p := headerRole(tt.header)
		if r != tt.role || p != tt.prio {
			t.Errorf("headerRole(%q) = %d/%d, want %d/%d", tt.header, r, p, tt.role, tt.prio)
		}
	}
}

func TestCellShapes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		s                             string
		id, answer, question, heading bool
	}{
		{"IAM-02.1", true, false, false, false},
		{"A&A-01.1", true, false, false, false},
		{"A.1", true, false, false, false},
		{"3.4.1", true, true, false, false},
		{"Q12", true, false, false, false},
		{"DOCU-01", true, false, false, false},
		{"Yes", false, true, false, false},
		{"N/A", false, true, false, false},
		{"42", true, true, false, false},
		{"Do you encrypt backups?", false, false, true, false},
		{"Describe your SDLC", false, false, true, false},
		{"MFA enforced for admins", false, false, true, false},
		{"1. Access Control", false, false, false, true},
		{"IDENTITY & ACCESS MANAGEMENT", false, false, true, true},
		{"Business Continuity Management and Operational Resilience", false, false, true, true},
		{"Third party risk", false, false, false, true},
		{"3. Logging and monitoring", false, false, true, true},
		{"Data encrypted", false, false, false, false},
		{"PR.AT-1 All users are informed and trained", false, false, true, false},
		{"Access Control.", false, false, false, false},
	}
	for _, tt := range tests {
		if got := idLike(tt.s); got != tt.id {
			t.Errorf("idLike(%q) = %v", tt.s, got)
		}
		if got := answerLike(tt.s); got != tt.answer {
			t.Errorf("answerLike(%q) = %v", tt.s, got)
		}
		if got := questionLike(tt.s); got != tt.question {
			t.Errorf("questionLike(%q) = %v", tt.s, got)
		}
		if got := headingLike(tt.s); got != tt.heading {
			t.Errorf("headingLike(%q) = %v", tt.s, got)
		}
	}
}

// TestReadXLSXHECVATLike: ids like DOCU-01 in the first column, the question
// next to it with no header word we know, Yes/No and notes after it; the
// section title shares its row with the column headers.
func TestReadXLSXHECVATLike(t *testing.T) {
	t.Parallel()
	b := buildXLSX(t, sheetSpec{name: "Documentation", rows: [][]any{
		{"Documentation", "", "Vendor Answers", "Additional Info"},
		{"DOCU-01", "Have you undergone a SSAE 18/SOC 2 audit?", "Yes", ""},
		{"DOCU-02", "Have you completed the Cloud Security Alliance (CSA) self assessment or CAIQ?", "No", ""},
		{"DOCU-03", "Have you received the Cloud Security Alliance STAR certification?", "", ""},
	}})
	doc, err := Read("hecvat.xlsx", bytes.NewReader(b), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	checkQuestions(t, doc, []want{
		{"DOCU-01", "Have you undergone a SSAE 18/SOC 2 audit?", "Documentation", "Documentation", 2},
		{"DOCU-02", "Have you completed the Cloud Security Alliance (CSA) self assessment or CAIQ?", "Documentation", "Documentation", 3},
		{"DOCU-03", "Have you received the Cloud Security Alliance STAR certification?", "Documentation", "Documentation", 4},
	})
}

// TestReadScoresAreNotIDs: numbers right of the question are scores, not ids.
func TestReadScoresAreNotIDs(t *testing.T) {
	t.Parallel()
	doc, err := Read("s.csv", bytes.NewReader([]byte("Do you encrypt backups?,3\nIs MFA enforced for VPN access?,3\n")), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Questions[0].ID != "A1" || doc.Questions[1].ID != "A2" {
		t.Errorf("ids %q %q, want cell references", doc.Questions[0].ID, doc.Questions[1].ID)
	}
}
