package questionnaire

import (
	"bytes"
	"testing"
)

func TestTriagedName(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, ext, want string }{
		{"vendor.xlsx", ".xlsx", "vendor-triaged.xlsx"},
		{"Vendor Q 2026.docx", ".csv", "Vendor Q 2026-triaged.csv"},
		{"../../etc/passwd", ".csv", "passwd-triaged.csv"},
		{`C:\Users\me\q.csv`, ".csv", "q-triaged.csv"},
		{"", ".csv", "questionnaire-triaged.csv"},
		{".xlsx", ".xlsx", "questionnaire-triaged.xlsx"},
	}
	for _, tt := range tests {
		if got := TriagedName(tt.name, tt.ext); got != tt.want {
			t.Errorf("TriagedName(%q, %q) = %q, want %q", tt.name, tt.ext, got, tt.want)
		}
	}
}

func TestDescribe(t *testing.T) {
	t.Parallel()
	doc, err := Read("v.xlsx", bytes.NewReader(workbook(t)), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	want := "8 questions from 2 sheets (skipped Instructions: instructions; Internal scoring: hidden; Lists: instructions)"
	if got := doc.Describe(); got != want {
		t.Errorf("Describe() = %q, want %q", got, want)
	}
}
