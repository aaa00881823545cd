package split

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// Short lines without a question mark: an instruction, a control stated in a
// few words or a request ending in "please" is an item of its own, and two
// such lines are two items; a title stays the heading of the lines under it.
func TestSplitShortLines(t *testing.T) {
	t.Parallel()
	checkSplitCases(t, []splitCase{
		{"instructions, one per line", "Encrypt backups\nUse MFA for admins\nRotate keys yearly", []sq{
			{"Encrypt backups", "", 1}, {"Use MFA for admins", "", 2}, {"Rotate keys yearly", "", 3}}},
		{"an instruction above a request is no heading", "Encrypt backups\nUse MFA for admins\nRotate keys yearly\nProvide the SOC 2 report", []sq{
			{"Encrypt backups", "", 1}, {"Use MFA for admins", "", 2}, {"Rotate keys yearly", "", 3},
			{"Provide the SOC 2 report", "", 4}}},
		{"short asks starting with capitals stay apart", "Send the SOC 2 and a bridge letter\nSOC 1 and bridge letter please\nWe need your latest SOC 2 and a bridge letter.", []sq{
			{"Send the SOC 2 and a bridge letter", "", 1}, {"SOC 1 and bridge letter please", "", 2},
			{"We need your latest SOC 2 and a bridge letter.", "", 3}}},
		{"controls stated with a participle", "MFA enforced for admins\nBackups encrypted at rest\nKeys rotated yearly\nDo you hold a SOC 2?", []sq{
			{"MFA enforced for admins", "", 1}, {"Backups encrypted at rest", "", 2}, {"Keys rotated yearly", "", 3},
			{"Do you hold a SOC 2?", "", 4}}},
		{"a modal or a finite verb makes a sentence", "Logs must be kept for a year\nAdmin access is reviewed quarterly", []sq{
			{"Logs must be kept for a year", "", 1}, {"Admin access is reviewed quarterly", "", 2}}},
		{"requests ending in please", "Pen test summary please\nInsurance certificate please", []sq{
			{"Pen test summary please", "", 1}, {"Insurance certificate please", "", 2}}},
		{"items under titles", "Access Control\nMFA enforced for admins\nReview all access quarterly\nEncryption\nEncrypt backups", []sq{
			{"MFA enforced for admins", "Access Control", 2}, {"Review all access quarterly", "Access Control", 3},
			{"Encrypt backups", "Encryption", 5}}},
		{"a list of short noun lines loses none", "SOC 2 report\nPen test summary\nInsurance certificate", []sq{
			{"SOC 2 report", "", 1}, {"Pen test summary", "", 2}, {"Insurance certificate", "", 3}}},
		{"a last line that reads as a title is still an item", "Do you encrypt backups?\nAccess Control", []sq{
			{"Do you encrypt backups?", "", 1}, {"Access Control", "", 2}}},
		{"a last heading keeps the headings above it", "# Security\n## Encryption", []sq{{"Encryption", "Security", 2}}},
		{"a section label over a request", "Part A: attach your SOC 2 Type 2.\nDo you use MFA?", []sq{
			{"attach your SOC 2 Type 2.", "", 1}, {"Do you use MFA?", "", 2}}},
		{"the asker's own need under a question is kept", "Do you use MFA?\nWe need your latest SOC 2 and a bridge letter.", []sq{
			{"Do you use MFA?", "", 1}, {"We need your latest SOC 2 and a bridge letter.", "", 2}}},
		{"a statement is not context without a full stop", "We are a SOX filer\nDo you have a SOC 1?", []sq{
			{"We are a SOX filer", "", 1}, {"Do you have a SOC 1?", "", 2}}},

		// Near misses: titles stay titles, wrapped lines stay joined.
		{"title with an ampersand", "Business Continuity & DR\nTest restores yearly", []sq{
			{"Test restores yearly", "Business Continuity & DR", 2}}},
		{"numbered title", "4. Vendor Management\nAssess vendors annually\nReview all subprocessors before onboarding", []sq{
			{"Assess vendors annually", "Vendor Management", 2},
			{"Review all subprocessors before onboarding", "Vendor Management", 3}}},
		{"capitals title", "DATA PROTECTION\nEncrypt backups", []sq{{"Encrypt backups", "DATA PROTECTION", 2}}},
		{"a sentence ending in a colon leads into its list", "Vendors must provide:\n- SOC 2 report\n- Bridge letter", []sq{
			{"SOC 2 report", "Vendors must provide", 2}, {"Bridge letter", "Vendors must provide", 3}}},
		{"title opening with a verb, every word capitalised", "Protect Customer Data\nEncrypt backups", []sq{
			{"Encrypt backups", "Protect Customer Data", 2}}},
		{"title opening with a verb, the words after it acronyms and titles", "PROTECT - Awareness and Training (PR.AT)\nStaff complete awareness training yearly", []sq{
			{"Staff complete awareness training yearly", "PROTECT - Awareness and Training (PR.AT)", 2}}},
		{"a participle before its noun is an adjective", "Role based access\nReview all access quarterly", []sq{
			{"Review all access quarterly", "Role based access", 2}}},
		{"a verb that is also a noun needs its object", "Patch management\nPatch servers monthly\nDocument your DR plan", []sq{
			{"Patch servers monthly", "Patch management", 2}, {"Document your DR plan", "Patch management", 3}}},
		{"a verb followed by of is a noun", "Use of personal devices\nDo you allow personal laptops?", []sq{
			{"Use of personal devices", "", 1}, {"Do you allow personal laptops?", "", 2}}},
		{"bullet title over nested instructions", "• Encryption\n    ◦ Encrypt backups\n    ◦ Rotate keys yearly\n• Access\n    ◦ MFA enforced for admins", []sq{
			{"Encrypt backups", "Encryption", 2}, {"Rotate keys yearly", "Encryption", 3},
			{"MFA enforced for admins", "Access", 5}}},
		{"section label with its title", "Section A: Compliance\nMFA enforced for admins", []sq{
			{"MFA enforced for admins", "Compliance", 2}}},
		{"the paste's own title above a blank line", "Acme Corp - Vendor Security Assessment\n\nNetwork\nDo you use firewalls?", []sq{
			{"Do you use firewalls?", "Network", 4}}},
		{"one word stays a title", "Encrypt\nDo you encrypt backups?", []sq{{"Do you encrypt backups?", "Encrypt", 2}}},
		{"a question finished on a capital", "Does your organisation hold a current\nSOC 2 Type II report?", []sq{
			{"Does your organisation hold a current SOC 2 Type II report?", "", 1}}},
		{"a long line cut by a wrap", "Please confirm whether your organisation maintains a documented\nBusiness Continuity Plan that is tested at least once a year.", []sq{
			{"Please confirm whether your organisation maintains a documented Business Continuity Plan that is tested at least once a year.", "", 1}}},
		{"a question waiting for its mark", "Does the vendor maintain a formal\nBusiness Continuity Plan that is\ntested annually?", []sq{
			{"Does the vendor maintain a formal Business Continuity Plan that is tested annually?", "", 1}}},
		{"a lower-case line continues", "Encrypt backups of customer data\nat rest and in transit", []sq{
			{"Encrypt backups of customer data at rest and in transit", "", 1}}},
	})
}

// SplitBefore leaves out the headings at the end of its text: they head the
// table that follows in the document.
func TestSplitBeforeLeavesLastHeadings(t *testing.T) {
	t.Parallel()
	in := "Do you encrypt backups?\n\n# Access Control"
	if got := gotSQ(SplitBefore(in)); len(got) != 1 || got[0].Text != "Do you encrypt backups?" {
		t.Errorf("SplitBefore: %v, want the question alone", got)
	}
	if got := gotSQ(Split(in)); len(got) != 2 || got[1] != (sq{"Access Control", "", 3}) {
		t.Errorf("Split: %v, want the heading as the last item", got)
	}
}

// No line of a paste is lost: whatever the layout, every word of every line
// comes back in the text, section or id of some question, and a line that
// asks or states something comes back as (part of) a question's text, never
// as a heading alone. The pastes are put together at random from lines of
// each kind; lines the splitter drops on purpose (answers, greetings, notices,
// the vendor's own answers, the paste's title alone above a blank line) are
// not among them.
func TestSplitKeepsEveryLine(t *testing.T) {
	t.Parallel()
	titles := []string{
		"Access Control", "Encryption", "Business Continuity & DR", "Vendor Management",
		"DATA PROTECTION", "Backups:", "Disaster recovery:", "Supply Chain Risk Management",
		"Protect Customer Data", "Logging and Monitoring", "Change Management", "Patch management",
	}
	says := []string{
		"Encrypt backups", "Use MFA for admins", "Rotate keys yearly", "Send the SOC 2 and a bridge letter",
		"SOC 1 and bridge letter please", "We need your latest SOC 2 and a bridge letter.",
		"MFA enforced for admins", "Backups encrypted at rest", "Access reviewed quarterly",
		"Provide the SOC 2 report", "Attach your pen test summary", "Logs must be kept for a year",
		"Describe your incident response process", "Review all access before onboarding",
		"Do you encrypt backups?", "Is MFA enforced for remote access?", "How often are restores tested?",
		"Patch servers monthly", "Document your DR plan", "Insurance certificate please",
	}
	nouns := []string{"Pen test summary", "SOC 2 report", "Latest pen test summary report", "Insurance certificate"}
	rng := rand.New(rand.NewPCG(7, 11))
	for n := range 400 {
		var lines, said []string
		num := 0
		for range 2 + rng.IntN(9) {
			var l string
			switch k := rng.IntN(10); {
			case k < 3:
				l = titles[rng.IntN(len(titles))]
			case k < 9:
				l = says[rng.IntN(len(says))]
				said = append(said, l)
			default:
				l = nouns[rng.IntN(len(nouns))]
			}
			switch rng.IntN(6) {
			case 0:
				num++
				l = strconv.Itoa(num) + ". " + l
			case 1:
				l = "- " + l
			case 2:
				if len(lines) > 1 { // the first line alone above a blank one titles the paste
					lines = append(lines, "")
				}
			}
			lines = append(lines, l)
		}
		in := strings.Join(lines, "\n")
		qs := Split(in)
		var all, texts strings.Builder
		for _, q := range qs {
			all.WriteString(" " + q.ID + " " + q.Text + " " + q.Section)
			texts.WriteString(" " + q.Text)
		}
		have, inText := wordSet(all.String()), wordSet(texts.String())
		for _, l := range lines {
			for w := range wordSet(l) {
				if !have[w] {
					t.Fatalf("paste %d lost %q of the line %q:\n%s\n%s", n, w, l, in, diffSQ(nil, gotSQ(qs)))
				}
			}
		}
		for _, l := range said {
			for w := range wordSet(l) {
				if !inText[w] {
					t.Fatalf("paste %d made a heading of %q (%q is in no question):\n%s\n%s", n, l, w, in, diffSQ(nil, gotSQ(qs)))
				}
			}
		}
	}
}

// wordSet holds the lower-cased words of s, its numbers (list labels) aside.
func wordSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if strings.Trim(w, "0123456789") != "" {
			set[w] = true
		}
	}
	return set
}

// AsksOrStates is the reading the questionnaire reader gives a lone cell
// before it heads the rows below with it: a line that asks, instructs,
// states or notes something is no title, however short.
func TestAsksOrStates(t *testing.T) {
	t.Parallel()
	tests := []struct {
		line string
		want bool
	}{
		{"Use MFA", true},
		{"Enable SSO for staff", true},
		{"Encrypt backups at rest", true},
		{"Rotate keys yearly", true},
		{"MFA enforced for admins", true},
		{"Admin access is reviewed quarterly", true},
		{"We need your latest SOC 2", true},
		{"Pen test summary please", true},
		{"Do you encrypt backups", true},
		{"Describe your SDLC", true},
		{"Is MFA on?", true},
		{"  Use MFA  ", true},
		// Near misses: titles, some opening with a verb or a word that is one.
		{"Access Control", false},
		{"Access Review", false},
		{"Patch Management", false},
		{"Use of Cryptography", false},
		{"Protect Customer Data", false},
		{"Supply Chain Risk Management", false},
		{"IDENTITY & ACCESS MANAGEMENT", false},
		{"USE MFA", false},
		{"Controls implemented:", false},
		{"Customer managed keys", false},
		{"Encryption", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := AsksOrStates(tt.line); got != tt.want {
			t.Errorf("AsksOrStates(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
