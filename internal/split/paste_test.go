package split

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// pq is one expected question of a pasted questionnaire: id, section, text.
type pq struct{ ID, Section, Text string }

// Questionnaires as people paste them (testdata/paste, written for these tests in
// the shapes of HECVAT, MVSP, SIG-style sheets and an e-mailed list): every
// question found, nothing else (no heading, title, version, note, example, link or
// answer line), each with the questionnaire's own id where it has one.
func TestSplitRealPastes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file string
		want []pq
	}{
		{"hecvat-rows.txt", []pq{ // spreadsheet rows copied with their id column
			{"GNRL-01", "General Information", "Vendor Name"},
			{"GNRL-02", "General Information", "Product Name"},
			{"GNRL-03", "General Information", "Product Description"},
			{"GNRL-04", "General Information", "Web Link to Product Privacy Notice"},
			{"GNRL-05", "General Information", "Vendor Contact Email"},
			{"COMP-01", "Company Overview", "Describe how long your company has operated and how many customers you serve."},
			{"COMP-02", "Company Overview", "Have you had a data breach in the last three years?"},
			{"COMP-03", "Company Overview", "Do you have a dedicated information security team?"},
			{"DOCU-01", "Documentation", "Do you have a documented information security policy?"},
			{"DOCU-02", "Documentation", "Have you completed a SOC 2 Type 2 audit in the last 12 months?"},
			{"DOCU-03", "Documentation", "Do you follow a recognised framework (for example ISO 27001 or NIST CSF)?"},
			{"APPL-01", "Application Security", "Are roles and permissions in the application based on documented rules?"},
			{"APPL-02", "Application Security", "Does the application support single sign-on through SAML or OIDC?"},
		}},
		{"hecvat-questions.txt", []pq{ // the question column alone
			{"q1", "General Information", "Vendor Name"},
			{"q2", "General Information", "Product Name"},
			{"q3", "General Information", "Web Link to Product Privacy Notice"},
			{"q4", "General Information", "Date Completed"},
			{"q5", "Documentation", "Do you have a documented information security policy?"},
			{"q6", "Documentation", "Have you completed a SOC 2 Type 2 audit in the last 12 months?"},
			{"q7", "Documentation", "Does your policy cover: acceptable use of institutional data; incident reporting by staff; annual review and approval"},
			{"q8", "Data Protection", "Is institutional data encrypted at rest?"},
			{"q9", "Data Protection", "Is data encrypted in transit with TLS 1.2 or later?"},
		}},
		{"mvsp.md", []pq{ // a Markdown checklist of numbered controls
			{"1.1", "Business controls", "Vulnerability reports: publish a point of contact for security reports on your website and respond to reports within a reasonable time."},
			{"1.2", "Business controls", "Customer testing: allow customers to test the security of your product on request, or have it tested by a third party every year."},
			{"1.3", "Business controls", "Self-assessment: perform an annual security self-assessment against this list."},
			{"2.1", "Application design controls", "Single sign-on: support single sign-on using modern, open standards such as SAML or OIDC."},
			{"2.2", "Application design controls", "HTTPS-only: redirect traffic from HTTP to HTTPS and serve every page over TLS."},
			{"2.3", "Application design controls", "Logging: keep logs of: users signing in and out; read and write operations on application data; changes to security settings"},
		}},
		{"vendor-received.md", []pq{ // questions a vendor received by e-mail, in Markdown
			{"q1", "Security & compliance", "Do you have a current SOC 2 Type II report? If so, can you share it under NDA?"},
			{"q2", "Security & compliance", "Is MFA enforced for all employees, including contractors?"},
			{"q3", "Security & compliance", "How do you handle subprocessors? Please list them."},
			{"q4", "Security & compliance", "Do you encrypt backups? Do you have a SOC 1 for payroll?"},
			{"1", "Business continuity", "What are your RTO and RPO for the hosted service?"},
			{"2", "Business continuity", "When did you last test your disaster recovery plan? Was the test successful? Were findings tracked to closure?"},
		}},
		{"sig-rows.txt", []pq{ // spreadsheet rows under a header, a heading row, answers and comments
			{"A.1", "", "Is there a risk assessment program approved by management?"},
			{"A.2", "", "Is the risk assessment reviewed at least annually?"},
			{"B.1", "Access Control", "Are unique user IDs required for all users?"},
			{"B.2", "Access Control", "Is multi-factor authentication required for remote access?"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			t.Parallel()
			b, err := os.ReadFile("testdata/paste/" + tc.file)
			if err != nil {
				t.Fatal(err)
			}
			qs := Split(string(b))
			checkIDs(t, qs)
			got := make([]pq, len(qs))
			for i, q := range qs {
				got[i] = pq{q.ID, q.Section, q.Text}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("%d questions, want %d:\n%s", len(got), len(tc.want), pqDiff(tc.want, got))
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("question %d differs:\n%s", i+1, pqDiff(tc.want, got))
				}
			}
		})
	}
}

func pqDiff(want, got []pq) string {
	var b strings.Builder
	for i := 0; i < len(want) || i < len(got); i++ {
		var w, g string
		if i < len(want) {
			w = fmt.Sprintf("%s [%s] %q", want[i].ID, want[i].Section, want[i].Text)
		}
		if i < len(got) {
			g = fmt.Sprintf("%s [%s] %q", got[i].ID, got[i].Section, got[i].Text)
		}
		if w == g {
			fmt.Fprintf(&b, "  %s\n", w)
			continue
		}
		if w != "" {
			fmt.Fprintf(&b, "- %s\n", w)
		}
		if g != "" {
			fmt.Fprintf(&b, "+ %s\n", g)
		}
	}
	return b.String()
}
