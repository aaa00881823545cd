package triage

import (
	"strings"
	"testing"
)

// The control code a row opens with ("ITGC-04", "LOG-02", "BCP-11", "IAM-15") files
// the control under a family; its letters are no words of the control, so a code
// that spells a topic (IT general controls, logging, continuity) neither ranks
// that topic first nor adds its criterion. A report or a standard written the same
// way ("SOC-2", "SAS-70") is still named, and the topic written out as words still
// counts. The questions are written for this test, apart from the evaluation sets.
func TestRowCodeIsALabel(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "LOG-02 Access to production is removed within a day of an employee leaving.", report: "soc2", first: "CC6.3", absent: "CC7.2"},
		{q: "BCP-11 Passwords must be at least 14 characters.", report: "soc2", first: "CC6.1", absent: "CC9.1"},
		{q: "ITGC-04 User access to the payroll system is reviewed each quarter.", report: "both", first: "CC6.3", absent: "CC5.2"},
		{q: "BCP-05 User access rights are reviewed quarterly by system owners.", report: "soc2", first: "CC6.3", absent: "CC9.1"},
		{q: "LOG-07 Laptops are wiped before they are reissued.", report: "soc2", first: "CC6.5", absent: "CC7.2"},
		{q: "DR-02 Visitors sign in at reception and are escorted.", report: "soc2", first: "CC6.4", absent: "CC9.1"},
		{q: "IAM-15 Firewall rules are reviewed every six months.", report: "soc2", first: "CC6.6", absent: "CC6.2"},
		{q: "ITGC-12 Servers hosting the loan system are patched monthly.", report: "both", first: "CC7.1", absent: "CC5.2"},
		// Near misses: a report or a standard in the same shape, and the topic in words.
		{q: "SOC-2 Type II report: please attach.", report: "soc2", typ: "type2"},
		{q: "SAS-70 or SSAE 16 report on your payroll service?", report: "soc1"},
		{q: "Describe your ITGC program for the billing system.", report: "soc2", crit: "CC5.2"},
		{q: "Are log files from the firewalls kept for a year?", report: "soc2", first: "CC7.2"},
	})
}

func TestRowCodeShapes(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		text string
		want string // the code read, "" for none
	}{
		{"ITGC-01 Access to the payroll application", "ITGC-01"},
		{"  LOG-3.2: Logs are kept", "LOG-3.2"},
		{"CCC-01.1 Are change policies", "CCC-01.1"},
		{"PI-07\nOutputs are delivered", "PI-07"},
		{"SOC-2 report available?", ""},
		{"SAS-70 report", ""},
		{"AES-256 at rest?", ""},
		{"Itgc-01 lower case", ""},
		{"ITGC-123 three digits", ""},
		{"ITGC-01a suffix", ""},
		{"ITGC walkthroughs", ""},
		{"A-1 one letter", ""},
	} {
		end := rowCode(tc.text)
		got := strings.TrimLeft(tc.text[:end], " \t")
		if got != tc.want {
			t.Errorf("rowCode(%q) read %q, want %q", tc.text, got, tc.want)
		}
	}
}
