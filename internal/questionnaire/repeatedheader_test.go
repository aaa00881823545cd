package questionnaire

import (
	"fmt"
	"strings"
	"testing"
)

// repeatedHeaderRows builds a questionnaire exported for print: the header row
// "ID | Question | Response | Comments" repeated at the top of every page of pageRows
// questions, as a sheet with "rows to repeat at top" pasted into one table gives. It
// returns the rows and the questions in order.
func repeatedHeaderRows(n, pageRows int) (rows [][]string, questions []string) {
	header := []string{"ID", "Question", "Response", "Comments"}
	for i := range n {
		if i%pageRows == 0 {
			rows = append(rows, header)
		}
		q := fmt.Sprintf("Are access rights to production system %d reviewed every quarter?", i+1)
		rows = append(rows, []string{fmt.Sprintf("AC-%02d", i+1), q, "Yes", "Reviewed by system owners"})
		questions = append(questions, q)
	}
	return rows, questions
}

// TestHeaderRepeatedEveryPage: a header repeated on every page yields no question in
// the workbook or the CSV reader, and no question is lost around it.
func TestHeaderRepeatedEveryPage(t *testing.T) {
	t.Parallel()
	rows, want := repeatedHeaderRows(40, 12)
	var csv strings.Builder
	xrows := make([][]any, len(rows))
	for i, row := range rows {
		csv.WriteString(strings.Join(row, ",") + "\n")
		for _, c := range row {
			xrows[i] = append(xrows[i], c)
		}
	}
	for name, b := range map[string][]byte{
		"q.csv":  []byte(csv.String()),
		"q.xlsx": buildXLSX(t, sheetSpec{name: "Questionnaire", rows: xrows}),
	} {
		doc, err := Read(name, strings.NewReader(string(b)), Limits{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var got []string
		for _, q := range doc.Questions {
			got = append(got, q.Text)
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: %d questions %q, want the %d questions", name, len(got), got, len(want))
		}
	}
}

// TestShortDataRowsAreNotHeaders: below the header, a row is taken for a header again
// (repeated, or the header of another table) only when it holds no data, as findHeader
// reads a row: a short request whose words happen to title a question column
// ("control", "requirements") beside a filled answer ("Yes", "N/A", "x") or a comment
// is a question. A repeated header, the header of a second table and a header of
// tick-box columns are still skipped.
func TestShortDataRowsAreNotHeaders(t *testing.T) {
	t.Parallel()
	rows := [][]string{
		{"Question", "Response", "Comments"},
		{"Do you encrypt customer data at rest?", "Yes", "AES-256"},
		{"Describe your change control process", "Yes", ""},
		{"Provide your access control policy", "N/A", "See attachment"},
		{"Encryption requirements for stored backups", "x", ""},
		{"Question", "Response", "Comments"},
		{"Control Statement", "Owner", ""},
		{"Question", "Yes", "No"},
		{"Is MFA enforced for all administrators?", "No", ""},
	}
	want := []string{"Do you encrypt customer data at rest?", "Describe your change control process",
		"Provide your access control policy", "Encryption requirements for stored backups",
		"Is MFA enforced for all administrators?"}
	var csv strings.Builder
	xrows := make([][]any, len(rows))
	for i, row := range rows {
		csv.WriteString(strings.Join(row, ",") + "\n")
		for _, c := range row {
			xrows[i] = append(xrows[i], c)
		}
	}
	for name, b := range map[string][]byte{
		"q.csv":  []byte(csv.String()),
		"q.xlsx": buildXLSX(t, sheetSpec{name: "Questionnaire", rows: xrows}),
	} {
		doc, err := Read(name, strings.NewReader(string(b)), Limits{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var got []string
		for _, q := range doc.Questions {
			got = append(got, q.Text)
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: questions %q, want %q", name, got, want)
		}
	}
}
