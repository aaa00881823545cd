package split

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/socbot/socbot/internal/triage"
)

// sq is a compact want: text, section and line of one question.
type sq struct {
	Text, Section string
	Line          int
}

func gotSQ(qs []triage.Question) []sq {
	out := make([]sq, len(qs))
	for i, q := range qs {
		out[i] = sq{q.Text, q.Section, q.Line}
	}
	return out
}

// diffSQ renders want and got side by side, marking the rows that differ.
func diffSQ(want, got []sq) string {
	var b strings.Builder
	b.WriteString("mismatch (-want +got):\n")
	for i := 0; i < len(want) || i < len(got); i++ {
		var w, g string
		if i < len(want) {
			w = fmt.Sprintf("%q [%s] L%d", want[i].Text, want[i].Section, want[i].Line)
		}
		if i < len(got) {
			g = fmt.Sprintf("%q [%s] L%d", got[i].Text, got[i].Section, got[i].Line)
		}
		if w == g {
			fmt.Fprintf(&b, "  q%d %s\n", i+1, w)
			continue
		}
		if w != "" {
			fmt.Fprintf(&b, "- q%d %s\n", i+1, w)
		}
		if g != "" {
			fmt.Fprintf(&b, "+ q%d %s\n", i+1, g)
		}
	}
	return b.String()
}

// checkIDs checks the promise every split keeps: each question has an id, one
// word, used once.
func checkIDs(t testing.TB, qs []triage.Question) {
	t.Helper()
	seen := map[string]bool{}
	for i, q := range qs {
		if q.ID == "" || strings.ContainsAny(q.ID, " \t\n") || seen[q.ID] {
			t.Fatalf("question %d: id %q empty, not one word or repeated", i, q.ID)
		}
		seen[q.ID] = true
	}
}

// splitCase is a named text and the questions it must split into.
type splitCase struct {
	name string
	in   string
	want []sq
}

// checkSplitCases runs checkSplit on each case as a parallel subtest.
func checkSplitCases(t *testing.T, cases []splitCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			checkSplit(t, tc.in, tc.want)
		})
	}
}

func checkSplit(t *testing.T, in string, want []sq) {
	t.Helper()
	qs := Split(in)
	checkIDs(t, qs)
	got := gotSQ(qs)
	if len(got) != len(want) {
		t.Fatal(diffSQ(want, got))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatal(diffSQ(want, got))
		}
	}
}

func TestSplitShapes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want []sq
	}{
		{"empty", "", nil},
		{"only blank and noise", "\n  \n---\nYes\nN/A\nPage 2 of 9\n", nil},
		{"one question", "Do you encrypt backups?", []sq{{"Do you encrypt backups?", "", 1}}},
		{"question without mark", "Do you encrypt backups", []sq{{"Do you encrypt backups", "", 1}}},
		{"dot numbers", "1. Do you encrypt backups?\n2. Do you use MFA?", []sq{
			{"Do you encrypt backups?", "", 1}, {"Do you use MFA?", "", 2}}},
		{"paren numbers", "1) Do you encrypt backups?\n(2) Do you use MFA?", []sq{
			{"Do you encrypt backups?", "", 1}, {"Do you use MFA?", "", 2}}},
		{"Q labels", "Q1: Do you encrypt backups?\nQ2. Do you use MFA?\nQuestion 3: Is SSO supported?\nQ4 - Do you log access?", []sq{
			{"Do you encrypt backups?", "", 1}, {"Do you use MFA?", "", 2},
			{"Is SSO supported?", "", 3}, {"Do you log access?", "", 4}}},
		{"multi-level numbers", "3.2.1 Do you encrypt backups?\n3.2.2. Do you use MFA?", []sq{
			{"Do you encrypt backups?", "", 1}, {"Do you use MFA?", "", 2}}},
		{"letters and romans", "a) Do you encrypt backups?\n(b) Do you use MFA?\ni. Is SSO supported?\nii) Do you log access?", []sq{
			{"Do you encrypt backups?", "", 1}, {"Do you use MFA?", "", 2},
			{"Is SSO supported?", "", 3}, {"Do you log access?", "", 4}}},
		{"control ids", "IAM-02.1 Do you review access quarterly?\nA.1 Is there a security policy?\nCC6.1: Do you use MFA?", []sq{
			{"Do you review access quarterly?", "", 1}, {"Is there a security policy?", "", 2},
			{"Do you use MFA?", "", 3}}},
		{"standards are not ids", "ISO27001 certified?\nSOC-2 report available?", []sq{
			{"ISO27001 certified?", "", 1}, {"SOC-2 report available?", "", 2}}},
		{"bullets", "- Do you encrypt backups?\n* Do you use MFA?\n• Is SSO supported?\n– Do you log access?\n· Are logs kept?", []sq{
			{"Do you encrypt backups?", "", 1}, {"Do you use MFA?", "", 2}, {"Is SSO supported?", "", 3},
			{"Do you log access?", "", 4}, {"Are logs kept?", "", 5}}},
		{"checkboxes", "[ ] Do you encrypt backups?\n☐ Do you use MFA?\n- [x] Is SSO supported?", []sq{
			{"Do you encrypt backups?", "", 1}, {"Do you use MFA?", "", 2}, {"Is SSO supported?", "", 3}}},
		{"one per line", "Do you encrypt backups?\nDo you use MFA?\nProvide your SOC 2 report.\nDescribe your DR plan.", []sq{
			{"Do you encrypt backups?", "", 1}, {"Do you use MFA?", "", 2},
			{"Provide your SOC 2 report.", "", 3}, {"Describe your DR plan.", "", 4}}},
		{"one per line without marks", "Do you encrypt backups\nDo you use MFA\nList your subprocessors", []sq{
			{"Do you encrypt backups", "", 1}, {"Do you use MFA", "", 2}, {"List your subprocessors", "", 3}}},
		{"wrapped line", "Do you encrypt customer data\nat rest and in transit?\nDo you use MFA?", []sq{
			{"Do you encrypt customer data at rest and in transit?", "", 1}, {"Do you use MFA?", "", 3}}},
		{"wrapped numbered item", "1. Do you enforce multi-factor authentication for\n   all administrative access to production\n   systems?\n2. Do you log access?", []sq{
			{"Do you enforce multi-factor authentication for all administrative access to production systems?", "", 1},
			{"Do you log access?", "", 4}}},
		{"wrapped after a comma", "Do you encrypt data at rest,\nIn transit and in backups?", []sq{
			{"Do you encrypt data at rest, In transit and in backups?", "", 1}}},
		{"wrapped proper noun", "Do you have a Business Continuity\nPlan\nDo you use MFA\nEncryption\nDo you rotate keys", []sq{
			{"Do you have a Business Continuity Plan", "", 1}, {"Do you use MFA", "", 3},
			{"Do you rotate keys", "Encryption", 5}}},
		{"follow-up stays", "Do you have a DR plan?\nIf yes, how often is it tested?", []sq{
			{"Do you have a DR plan? If yes, how often is it tested?", "", 1}}},
		{"paragraphs", "Do you encrypt customer data\nat rest?\n\nWe need to know about access.\nDo you use MFA?", []sq{
			{"Do you encrypt customer data at rest?", "", 1},
			{"We need to know about access. Do you use MFA?", "", 4}}},
		{"context before question", "Firewalls are a basic network security control. They restrict traffic.\nDoes your company use firewalls at strategic points?", []sq{
			{"Firewalls are a basic network security control. They restrict traffic. Does your company use firewalls at strategic points?", "", 1}}},
		{"two questions on a line stay one", "Do you encrypt data at rest and in transit, and how are keys rotated?", []sq{
			{"Do you encrypt data at rest and in transit, and how are keys rotated?", "", 1}}},
		{"imperatives are questions", "Provide your latest SOC 2 report\nPlease attach your incident response plan", []sq{
			{"Provide your latest SOC 2 report", "", 1}, {"Please attach your incident response plan", "", 2}}},
		{"numbered heading", "4. Access Control\n4.1 Do you use MFA?\n4.2 Do you review access?\n5. Encryption\n5.1 Do you encrypt backups?", []sq{
			{"Do you use MFA?", "Access Control", 2}, {"Do you review access?", "Access Control", 3},
			{"Do you encrypt backups?", "Encryption", 5}}},
		{"numbered question after a numbered heading leaves it", "1. Access Control\n1.1 Do you use MFA?\n2. Can you share a pen test report?", []sq{
			{"Do you use MFA?", "Access Control", 2}, {"Can you share a pen test report?", "", 3}}},
		{"short numbered items among questions", "1. Do you use MFA?\n2. Penetration Test Report\n3. Do you encrypt backups?", []sq{
			{"Do you use MFA?", "", 1}, {"Penetration Test Report", "", 2}, {"Do you encrypt backups?", "", 3}}},
		{"list of short requests", "1. Password policy\n2. Incident response plan\n3. Latest pen test summary", []sq{
			{"Password policy", "", 1}, {"Incident response plan", "", 2}, {"Latest pen test summary", "", 3}}},
		{"markdown headings nest", "# Security\n## Encryption\nDo you encrypt backups?\n### Keys\nHow are keys rotated?\n## Logging\nDo you log access?", []sq{
			{"Do you encrypt backups?", "Security > Encryption", 3},
			{"How are keys rotated?", "Security > Encryption > Keys", 5},
			{"Do you log access?", "Security > Logging", 7}}},
		{"markdown numbered heading", "## 4. Access Control\n- Do you use MFA?", []sq{{"Do you use MFA?", "Access Control", 2}}},
		{"caps headings", "ACCESS CONTROL\n1. Do you use MFA?\nENCRYPTION\n2. Do you encrypt backups?", []sq{
			{"Do you use MFA?", "ACCESS CONTROL", 2}, {"Do you encrypt backups?", "ENCRYPTION", 4}}},
		{"section label", "Section 3: Business Continuity\nDo you have a BCP?\nPart B - Vendors\nDo you assess vendors?", []sq{
			{"Do you have a BCP?", "Business Continuity", 2}, {"Do you assess vendors?", "Vendors", 4}}},
		{"colon headings nest under a section", "Section 3: Business Continuity\nBackups:\nDo you test restores?\nDisaster recovery:\nIs there a DR site?", []sq{
			{"Do you test restores?", "Business Continuity > Backups", 3},
			{"Is there a DR site?", "Business Continuity > Disaster recovery", 5}}},
		{"one word heading vs question", "Encryption\nDo you encrypt backups\n\nLogging\nDo you keep logs", []sq{
			{"Do you encrypt backups", "Encryption", 2}, {"Do you keep logs", "Logging", 5}}},
		{"document title is not a section", "VENDOR SECURITY QUESTIONNAIRE\n\nA. Governance\nA.1 Is there a security policy?\n\nYour answer\n\nB. People\nB.1 Are background checks done?", []sq{
			{"Is there a security policy?", "Governance", 4}, {"Are background checks done?", "People", 9}}},
		{"bold heading", "*Access Control*\nDo you use MFA?", []sq{{"Do you use MFA?", "Access Control", 2}}},
		{"select with options", "Select the controls in place at your offices:\n- Badge readers\n- CCTV\n- Do you log visitors?", []sq{
			{"Select the controls in place at your offices: Badge readers; CCTV", "", 1},
			{"Do you log visitors?", "", 4}}},
		{"form with required marks and checkbox options", "Do you encrypt backups? *\nYour answer\n\nCompany name *\nYour answer\n\nWhich of the following certifications do you hold? *\n[ ] SOC 2\n[ ] None\n[ ] ISO 27001\n\nDo you use MFA?\n- Password policy", []sq{
			{"Do you encrypt backups?", "", 1}, {"Company name", "", 4},
			{"Which of the following certifications do you hold? SOC 2; ISO 27001", "", 7},
			{"Do you use MFA?", "", 12}, {"Password policy", "", 13}}},
		{"bullet heading over nested bullets", "• Encryption\n    ◦ Do you encrypt data at rest?\n    ◦ Which TLS versions?\n• Access\n    ◦ Is MFA enforced?\n• SOC 2 report\n• Pen Test Summary", []sq{
			{"Do you encrypt data at rest?", "Encryption", 2}, {"Which TLS versions?", "Encryption", 3},
			{"Is MFA enforced?", "Access", 5}, {"SOC 2 report", "", 6}, {"Pen Test Summary", "", 7}}},
		{"sub-options", "1. Do you encrypt data:\n   a) at rest\n   b) in transit\n2. Do you use MFA?", []sq{
			{"Do you encrypt data: at rest; in transit", "", 1}, {"Do you use MFA?", "", 4}}},
		{"lone marker line", "1.\nDo you encrypt backups?\n2.\nDo you use MFA?", []sq{
			{"Do you encrypt backups?", "", 2}, {"Do you use MFA?", "", 4}}},
		{"answers dropped", "Do you encrypt backups?\nYes\nDo you use MFA\nN/A\nAnswer: we do\nComments:\nIs SSO supported? Yes/No\nDo you log access? (Y/N)\nAre logs kept? ☐ Yes ☐ No", []sq{
			{"Do you encrypt backups?", "", 1}, {"Do you use MFA", "", 3}, {"Is SSO supported?", "", 7},
			{"Do you log access?", "", 8}, {"Are logs kept?", "", 9}}},
		{"answer sentence dropped", "Do you encrypt backups?\nYes, with AES-256.\nDo you use MFA?", []sq{
			{"Do you encrypt backups?", "", 1}, {"Do you use MFA?", "", 3}}},
		{"page numbers and rules", "Do you encrypt backups?\n12\n---\n===\nPage 3 of 10\nDo you use MFA?", []sq{
			{"Do you encrypt backups?", "", 1}, {"Do you use MFA?", "", 6}}},
		{"number that ends a wrapped line", "Do you comply with SSAE\n16 or ISAE 3402?", []sq{
			{"Do you comply with SSAE 16 or ISAE 3402?", "", 1}}},
		{"slack markup", "*Q1:* Do you *encrypt* _all_ `backups`? <@U024BE7LH> see <https://example.com/p|our policy> &amp; <https://x.io>\n&gt; Do you use MFA &lt;always&gt;? :lock:", []sq{
			{"Do you encrypt all backups? see our policy & https://x.io", "", 1},
			{"Do you use MFA <always>?", "", 2}}},
		{"empty link label keeps one space", "Do you < <:lock:> use MFA?", []sq{{"Do you < use MFA?", "", 1}}},
		{"preamble and sign-off dropped", "Hey <!here>, can someone take a look at Acme's questionnaire? :pray:\n1. Do you use MFA?\nThanks!!", []sq{
			{"Do you use MFA?", "", 2}}},
		{"greeting is not a heading", "Hey team, Acme sent these:\n- Do you use MFA?\n- Do you encrypt backups?", []sq{
			{"Do you use MFA?", "", 2}, {"Do you encrypt backups?", "", 3}}},
		{"dropped mention leaves no space before a comma", "<@U1>, do you use MFA?", []sq{{"do you use MFA?", "", 1}}},
		{"lone star stays", "Are your *nix servers hardened?", []sq{{"Are your *nix servers hardened?", "", 1}}},
		{"snake case stays", "Is the max_session_age setting enforced?", []sq{{"Is the max_session_age setting enforced?", "", 1}}},
		{"quote block", "> Do you encrypt customer data\n> at rest?\n> Do you use MFA?", []sq{
			{"Do you encrypt customer data at rest?", "", 1}, {"Do you use MFA?", "", 3}}},
		{"whitespace folded", "\t  Do   you\u00a0encrypt  backups? \r\n\r\n\u200bDo you use MFA?\r\n", []sq{
			{"Do you encrypt backups?", "", 1}, {"Do you use MFA?", "", 3}}},
		{"invalid utf-8", "Do you encrypt \xff backups?", []sq{{"Do you encrypt \uFFFD backups?", "", 1}}},
		{"tsv with header", "ID\tQuestion\tAnswer\tComments\nAC-1\tDo you use MFA?\tYes\tOkta for everyone, enforced by policy and hardware keys\nAC-2\tDo you review access?\t\t", []sq{
			{"Do you use MFA?", "", 2}, {"Do you review access?", "", 3}}},
		{"tsv without header", "1\tDo you use MFA?\tYes\n2\tDescribe your backup process\tN/A\tsee doc\n3\t\tNo", []sq{
			{"Do you use MFA?", "", 1}, {"Describe your backup process", "", 2}}},
		{"tsv section column", "ID\tDomain\tQuestion\tResponse\n1\tAccess Control\tDo you use MFA?\tYes\n2\t\tDo you review access?\tNo\n3\tEncryption\tDo you encrypt backups?\tYes", []sq{
			{"Do you use MFA?", "Access Control", 2}, {"Do you review access?", "Access Control", 3},
			{"Do you encrypt backups?", "Encryption", 4}}},
		{"tsv with a CAIQ-like header", "Control Domain\tControl ID\tQuestion ID\tControl Specification\tConsensus Assessment Questions\tYes\tNo\tNotes\n" +
			"Application & Interface Security\tAIS-01\tAIS-01.1\tApplications and programming interfaces shall be designed in accordance with industry standards.\tDo you use industry standards to build in security for your SDLC?\tX\t\t\n" +
			"\tAIS-01\tAIS-01.2\tApplications and programming interfaces shall be designed in accordance with industry standards.\tDo you use an automated source code analysis tool?\t\tX\tplanned for Q3\n", []sq{
			{"Do you use industry standards to build in security for your SDLC?", "Application & Interface Security", 2},
			{"Do you use an automated source code analysis tool?", "Application & Interface Security", 3}}},
		{"tsv heading row", "Access Control\t\t\n1\tDo you use MFA?\tYes", []sq{{"Do you use MFA?", "Access Control", 2}}},
		{"tsv quoted multi-line cell", "1\t\"Do you encrypt\ndata \"\"at rest\"\"?\"\tYes\n2\tDo you use MFA?\tNo", []sq{
			{`Do you encrypt data "at rest"?`, "", 1}, {"Do you use MFA?", "", 3}}},
		{"markdown table", "| ID | Question | Answer |\n|----|----------|--------|\n| 1 | Do you use MFA? | Yes |\n| 2 | Describe your backup process | |", []sq{
			{"Do you use MFA?", "", 3}, {"Describe your backup process", "", 4}}},
		{"bold numbered heading", "**1. Access Control**\n1.1 Do you use MFA?\n**2. Encryption:**\n2.1 Do you encrypt backups?", []sq{
			{"Do you use MFA?", "Access Control", 2}, {"Do you encrypt backups?", "Encryption", 4}}},
		{"bare section number", "3 Business Continuity\n3.1 Do you have a BCP?", []sq{
			{"Do you have a BCP?", "Business Continuity", 2}}},
		{"markdown link and emphasis", "Do you publish a [privacy notice](https://x.example/p) for **all** __users__?", []sq{
			{"Do you publish a privacy notice for all users?", "", 1}}},
		{"version lines", "Vendor security checklist\nVersion 2.1 (March 2025)\nHECVAT v3.06\nLast updated: 2025-03-01\nDo you encrypt backups?", []sq{
			{"Do you encrypt backups?", "", 5}}},
		{"a version in a requirement", "TLS version 1.2 or later is required for all connections.", []sq{
			{"TLS version 1.2 or later is required for all connections.", "", 1}}},
		{"example and note lines", "Describe your backup schedule.\nExample: nightly full backups kept for 30 days.\nNote: answer for production only.\nIs MFA enforced?", []sq{
			{"Describe your backup schedule.", "", 1}, {"Is MFA enforced?", "", 4}}},
		{"see lines", "Do you have a privacy policy?\nPlease also see [our policy page](https://x.example/privacy).\nSee https://x.example/trust for details.\nIs MFA enforced?", []sq{
			{"Do you have a privacy policy?", "", 1}, {"Is MFA enforced?", "", 4}}},
		{"see without a link is a request", "See the attached policy and confirm it is current.", []sq{
			{"See the attached policy and confirm it is current.", "", 1}}},
		{"form fields are questions", "Company Information\nVendor Name\nPrimary Contact Name\nDate Completed\nDo you encrypt backups?", []sq{
			{"Vendor Name", "Company Information", 2}, {"Primary Contact Name", "Company Information", 3},
			{"Date Completed", "Company Information", 4}, {"Do you encrypt backups?", "Company Information", 5}}},
		{"a lead-in keeps its bullets", "Keep logs of:\n- sign-ins and sign-outs\n- admin actions\nIs MFA enforced?", []sq{
			{"Keep logs of: sign-ins and sign-outs; admin actions", "", 1}, {"Is MFA enforced?", "", 4}}},
		{"an item keeps its sub-bullets", "1. Do you have a DR plan?\n   - Is it tested yearly?\n2. Is MFA enforced?", []sq{
			{"Do you have a DR plan? Is it tested yearly?", "", 1}, {"Is MFA enforced?", "", 3}}},
		{"questions under a lead-in item stay apart", "1. Please answer the following:\n   - Do you use MFA?\n   - Do you encrypt backups?", []sq{
			{"Do you use MFA?", "", 2}, {"Do you encrypt backups?", "", 3}}},
		{"answers in the vendor's voice", "1. Do you encrypt data at rest?\nWe use AES-256 for all customer data.\n2. Is MFA enforced?\nOur policy requires it for all staff.\nDo you log access?", []sq{
			{"Do you encrypt data at rest?", "", 1}, {"Is MFA enforced?", "", 3}, {"Do you log access?", "", 5}}},
		{"a buyer's request in the first person stays", "1. Do you encrypt data at rest?\nWe require AES-256; describe your key management.\n2. Is MFA enforced?", []sq{
			{"Do you encrypt data at rest?", "", 1}, {"We require AES-256; describe your key management.", "", 2}, {"Is MFA enforced?", "", 3}}},
		{"context before a question stays", "We are a SOX filer and our auditors rely on you.\nDo you have a SOC 1?", []sq{
			{"We are a SOX filer and our auditors rely on you. Do you have a SOC 1?", "", 1}}},
		{"tsv form-field rows", "GNRL-01\tVendor Name\t\nGNRL-02\tProduct Description\t", []sq{
			{"Vendor Name", "", 1}, {"Product Description", "", 2}}},
		{"tsv header with a slash", "Ref\tQuestion/Request\tResponse\nA.1\tIs there a risk program?\tYes", []sq{
			{"Is there a risk program?", "", 2}}},
		{"tab after number is a list", "1.\tDo you use MFA?\n2.\tDo you review access?", []sq{
			{"Do you use MFA?", "", 1}, {"Do you review access?", "", 2}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			checkSplit(t, tc.in, tc.want)
		})
	}
}

// A questionnaire as a salesperson pastes it: a title, numbered sections with
// wrapped questions, context paragraphs, a Slack quote, answers left in, and a
// block copied from a spreadsheet.
const mixedQuestionnaire = `*Acme Corp vendor security review* <@U0123ABCD>

SECTION 1: GOVERNANCE
1.1 Do you maintain an information security policy approved by
    management and reviewed at least annually?
1.2 Provide your latest SOC 2 Type II report.
1.3 Is there a named security officer? Yes

2. Access Control
2.1 Do you enforce MFA for all remote and administrative access?
2.2 Describe how user access is reviewed, and how often.
Yes - quarterly
2.3 Are terminated users removed within 24 hours?

3. Encryption
Customer data is stored in our multi-tenant platform.
Do you encrypt customer data at rest and in transit, and how
are keys rotated?

- Do you encrypt backups
- Which TLS versions do you support?

4. Business Continuity
Backups:
a) How often are backups taken?
b) Are restores tested?
Disaster recovery:
a) What are your RTO and RPO?
---
Page 2 of 3

## Vendor Management
> Do you assess the security of your subprocessors
> before onboarding them?
> List your subprocessors.

ID	Question	Answer	Comments
VM-1	Do you have contracts with security clauses?	Yes
VM-2	Is there a right to audit?	N/A	not applicable to SaaS
VM-3	Explain how you monitor vendor SOC reports.		TBD

Section 6: Incident Response
Q1: Do you have an incident response plan?
If yes, how often is it tested?
Q2: Will you notify us of a breach within 72 hours?
Comments:
Answer:
`

func TestSplitMixedQuestionnaire(t *testing.T) {
	t.Parallel()
	const (
		gov = "GOVERNANCE"
		ac  = "Access Control"
		enc = "Encryption"
		bc  = "Business Continuity"
		vm  = "Vendor Management"
		ir  = "Incident Response"
	)
	want := []sq{
		{"Acme Corp vendor security review", "", 1},
		{"Do you maintain an information security policy approved by management and reviewed at least annually?", gov, 4},
		{"Provide your latest SOC 2 Type II report.", gov, 6},
		{"Is there a named security officer?", gov, 7},
		{"Do you enforce MFA for all remote and administrative access?", ac, 10},
		{"Describe how user access is reviewed, and how often.", ac, 11},
		{"Are terminated users removed within 24 hours?", ac, 13},
		{"Customer data is stored in our multi-tenant platform. Do you encrypt customer data at rest and in transit, and how are keys rotated?", enc, 16},
		{"Do you encrypt backups", enc, 20},
		{"Which TLS versions do you support?", enc, 21},
		{"How often are backups taken?", bc + " > Backups", 25},
		{"Are restores tested?", bc + " > Backups", 26},
		{"What are your RTO and RPO?", bc + " > Disaster recovery", 28},
		{"Do you assess the security of your subprocessors before onboarding them?", vm, 33},
		{"List your subprocessors.", vm, 35},
		{"Do you have contracts with security clauses?", vm, 38},
		{"Is there a right to audit?", vm, 39},
		{"Explain how you monitor vendor SOC reports.", vm, 40},
		{"Do you have an incident response plan? If yes, how often is it tested?", ir, 43},
		{"Will you notify us of a breach within 72 hours?", ir, 45},
	}
	checkSplit(t, mixedQuestionnaire, want)
}

type vsaqQuestion struct {
	Section string `json:"section"`
	Text    string `json:"text"`
}

// TestSplitVSAQ lays out real questionnaire wording in several pasted shapes and
// checks that every question and its section come back.
func TestSplitVSAQ(t *testing.T) {
	t.Parallel()
	f, err := os.Open("testdata/vsaq-physical.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var qs []vsaqQuestion
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var q vsaqQuestion
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			t.Fatal(err)
		}
		qs = append(qs, q)
	}
	if len(qs) != 29 {
		t.Fatalf("read %d questions, want 29", len(qs))
	}
	shapes := []struct {
		name     string
		heading  func(level int, title string) string
		question func(n int, text string) string
		flat     bool // headings of one style replace each other
	}{
		{"markdown and numbers",
			func(l int, h string) string { return "\n" + strings.Repeat("#", l) + " " + h + "\n\n" },
			func(n int, q string) string { return fmt.Sprintf("%d. %s\n", n, q) }, false},
		{"markdown and wrapped numbers",
			func(l int, h string) string { return strings.Repeat("#", l) + " " + h + "\n" },
			func(n int, q string) string { return fmt.Sprintf("%d) %s\n", n, wrapText(q, "   ")) }, false},
		{"markdown and wrapped paragraphs",
			func(l int, h string) string { return strings.Repeat("#", l) + " " + h + "\n\n" },
			func(n int, q string) string { return wrapText(q, "") + "\n\n" }, false},
		{"colon headings and bullets",
			func(l int, h string) string { return "\n" + h + ":\n" },
			func(n int, q string) string { return "- " + q + "\n" }, true},
		{"bold headings and Q labels",
			func(l int, h string) string { return "*" + h + "*\n" },
			func(n int, q string) string { return fmt.Sprintf("*Q%d:* %s\n", n, q) }, true},
	}
	for _, sh := range shapes {
		t.Run(sh.name, func(t *testing.T) {
			t.Parallel()
			var b strings.Builder
			var prev []string
			want := make([]sq, len(qs))
			for i, q := range qs {
				parts := strings.Split(q.Section, " > ")
				same := 0
				for same < len(prev) && same < len(parts) && prev[same] == parts[same] {
					same++
				}
				if same == len(parts) && len(parts) < len(prev) {
					same-- // back up to a parent: name it again
				}
				for l := same; l < len(parts); l++ {
					b.WriteString(sh.heading(l+1, parts[l]))
				}
				prev = parts
				want[i] = sq{Text: q.Text, Section: q.Section}
				if sh.flat {
					want[i].Section = parts[len(parts)-1]
				}
				b.WriteString(sh.question(i+1, q.Text))
			}
			got := gotSQ(Split(b.String()))
			for i := range got {
				got[i].Line = 0
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("input:\n%s\n%s", b.String(), diffSQ(want, got))
			}
		})
	}
}

func TestSplitVSAQSpreadsheet(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile("testdata/vsaq-physical.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var in strings.Builder
	in.WriteString("Ref\tSection\tQuestion\tResponse\tComments\n")
	var want []sq
	for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var q vsaqQuestion
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			t.Fatal(err)
		}
		// Spreadsheets quote a cell that holds a quote; cells repeat the
		// section only when it changes.
		sec := q.Section
		if i > 0 && want[i-1].Section == sec {
			sec = ""
		}
		cell := q.Text
		if strings.Contains(cell, `"`) {
			cell = `"` + strings.ReplaceAll(cell, `"`, `""`) + `"`
		}
		fmt.Fprintf(&in, "PDC-%02d\t%s\t%s\tYes\t\n", i+1, sec, cell)
		want = append(want, sq{q.Text, q.Section, i + 2})
	}
	checkSplit(t, in.String(), want)
}

func wrapText(s, indent string) string {
	var b strings.Builder
	col := 0
	for i, w := range strings.Fields(s) {
		if i > 0 {
			if col+len(w) > 64 {
				b.WriteString("\n" + indent)
				col = 0
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w)
		col += len(w) + 1
	}
	return b.String()
}

func TestSplitLargeInputIsLinear(t *testing.T) {
	// Pathological shapes: every line opens a quoted cell that never closes, long
	// runs of emphasis markers, angle brackets and unclosed Markdown links. The work must grow with the
	// input, not with its square: the memory the splitter allocates and its
	// allocation count, measured on 256 KB and on 1 MB, may grow at most 5 times
	// for 4 times the input (a quadratic splitter would grow 16 times).
	if testing.Short() {
		t.Skip("short mode")
	}
	input := func(size int) string {
		var b strings.Builder
		for b.Len() < size {
			b.WriteString("1\t\"Do you encrypt *backups <x and _logs?\tYes\n")
			b.WriteString("2. Do you log [[[[ [a](b [c]( ](d access?\n   - see [x](https://y) Version 1.2 [\n")
		}
		return b.String()
	}
	type cost struct{ questions, allocs, bytes uint64 }
	measure := func(in string) cost {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		qs := Split(in)
		runtime.ReadMemStats(&after)
		return cost{uint64(len(qs)), after.Mallocs - before.Mallocs, after.TotalAlloc - before.TotalAlloc}
	}
	small, large := measure(input(256<<10)), measure(input(1<<20))
	if small.questions < 2500 || 10*large.questions < 39*small.questions {
		t.Fatalf("got %d and %d questions from 256 KB and 1 MB", small.questions, large.questions)
	}
	if large.allocs > 5*small.allocs || large.bytes > 5*small.bytes {
		t.Errorf("4 times the input cost %.1f times the allocations (%d to %d) and %.1f times the bytes (%d to %d), want at most 5",
			float64(large.allocs)/float64(small.allocs), small.allocs, large.allocs,
			float64(large.bytes)/float64(small.bytes), small.bytes, large.bytes)
	}
}

func BenchmarkSplit(b *testing.B) {
	in := benchQuestionnaire(300)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(Split(in))
	}
	if n != 300 {
		b.Fatalf("split %d questions, want 300", n)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/300, "ns/question")
}

// benchQuestionnaire builds n questions in the shapes of mixedQuestionnaire.
func benchQuestionnaire(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		switch i % 30 {
		case 0:
			fmt.Fprintf(&b, "\n%d. Section %d\n", i/30+1, i/30+1)
		case 10:
			b.WriteString("\nID\tQuestion\tAnswer\n")
		}
		switch {
		case i%30 < 10:
			fmt.Fprintf(&b, "%d.%d Do you enforce *MFA* for all remote and administrative\n    access to production systems and customer data?\n", i/30+1, i%30+1)
		case i%30 < 20:
			fmt.Fprintf(&b, "AC-%d\tDescribe how user access is reviewed, and how often.\tYes\n", i)
		default:
			fmt.Fprintf(&b, "- Do you encrypt customer data at rest &amp; in transit, and how are keys rotated? <https://example.com|policy>\n")
		}
	}
	return b.String()
}

// A line naming the whole questionnaire is a title even when it carries more words
// ("— Acme Platform renewal"); it is neither a question nor a section.
func TestSplitDocumentTitleWithSuffix(t *testing.T) {
	in := "Vendor Security Questionnaire — Acme Platform renewal\n\n1. Access Control\n1.1 Is MFA enforced for all users?\n"
	checkSplit(t, in, []sq{{"Is MFA enforced for all users?", "Access Control", 4}})
}

// A title-case heading may hold commas ("Testing, QA, and Monitoring"); a greeting
// with a comma ending in a colon is still no heading.
func TestSplitHeadingWithCommas(t *testing.T) {
	in := "Testing, QA, and Monitoring\n1. Are you using unit tests?\n2. Do you monitor production?\n"
	checkSplit(t, in, []sq{
		{"Are you using unit tests?", "Testing, QA, and Monitoring", 2},
		{"Do you monitor production?", "Testing, QA, and Monitoring", 3},
	})
}

// A question keeps the customer's own number; qN (lower case, by position) only
// where the text gives none; a repeated id is told apart.
func TestSplitIDs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"unnumbered", "Do you encrypt backups?\nIs MFA enforced?", []string{"q1", "q2"}},
		{"dot numbers", "1. Do you encrypt backups?\n2. Is MFA enforced?", []string{"1", "2"}},
		{"paren numbers", "1) Do you encrypt backups?\n(2) Is MFA enforced?", []string{"1", "2"}},
		{"multi-level under a numbered heading", "1. Access Control\n1.1 Is MFA enforced?\n1.2 Are accounts reviewed?", []string{"1.1", "1.2"}},
		{"Q labels keep their case", "Q1: Do you encrypt backups?\nQ2. Is MFA enforced?\nQuestion 3: Is SSO supported?\nq4 - Do you log access?", []string{"Q1", "Q2", "Q3", "q4"}},
		{"control ids", "IAM-02.1 Do you review access quarterly?\nA.1 Is there a security policy?\nCC6.1: Do you use MFA?", []string{"IAM-02.1", "A.1", "CC6.1"}},
		{"letters under a number", "3. Do you have a BCP?\n  a) Is it tested yearly?\n  b) Who owns it?", []string{"3", "3.a", "3.b"}},
		{"mixed: qN is the position", "1. Do you encrypt backups?\n- Is MFA enforced?\n2. Do you log access?", []string{"1", "q2", "2"}},
		{"tsv id column", "DOCU-01\tDo you document your SDLC?\tYes\nDOCU-02\tIs the documentation reviewed?\t", []string{"DOCU-01", "DOCU-02"}},
		{"tsv CAIQ-style ids", "A&A-01.1\tAre audit policies established?\t\nA&A-01.2\tAre they reviewed annually?\t", []string{"A&A-01.1", "A&A-01.2"}},
		{"tsv header id column", "Question ID\tQuestion\tAnswer\nHFIH-01\tDo you have a security officer?\tYes\nHFIH-02\tIs there an IR plan?\t", []string{"HFIH-01", "HFIH-02"}},
		{"tsv header id column with a space in a cell", "ID\tQuestion\nAC 1\tDo you use MFA?\nAC-2\tIs SSO supported?", []string{"q1", "AC-2"}},
		{"tsv numeric ids", "1.1\tDo you encrypt backups?\tYes\n1.2\tIs MFA enforced?\tNo", []string{"1.1", "1.2"}},
		{"tsv without ids", "Do you encrypt backups?\tYes\nIs MFA enforced?\tNo", []string{"q1", "q2"}},
		{"repeated ids", "1. Do you encrypt backups?\n2. Is MFA enforced?\n1. Do you log access?", []string{"1", "2", "1#2"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			qs := Split(tc.in)
			checkIDs(t, qs)
			got := make([]string, len(qs))
			for i, q := range qs {
				got[i] = q.ID
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("ids %q, want %q\n%s", got, tc.want, diffSQ(nil, gotSQ(qs)))
			}
		})
	}
}
