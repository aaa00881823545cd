package triage

import (
	"strings"
	"testing"
)

// Every family of IT general or security control asked over a system that processes
// clients' money is both reports, with the control's own SOC 2 criterion and the area
// of its family (testdata/eval/README.md, "IT controls tied to a money system"):
// access_financial for access and for the protection of the data (encryption at rest
// and in transit, disposal, the network boundary, logs of who did what),
// change_financial for change, operations_financial for malware protection,
// vulnerability scanning and patching, security event monitoring, batch jobs, backup
// and recovery. The same control over a system that holds no money is SOC 2 alone,
// and asked through the asker's own SOX or ICFR reliance it is SOC 1 with the area and
// financial_reporting. A grid of controls × systems, written for this test.
func TestControlFamiliesOverMoneySystems(t *testing.T) {
	t.Parallel()
	const (
		acc = "access_financial"
		chg = "change_financial"
		ops = "operations_financial"
		sod = "segregation_of_duties"
	)
	families := []struct {
		q     string // the control, with %s for the system
		crit  string // a criterion among the first three
		areas []string
	}{
		{"How often are user entitlements in %s recertified by a manager?", "CC6.3", []string{acc}},
		{"How fast is a departing contractor's login to %s revoked?", "CC6.3", []string{acc}},
		{"Who holds admin rights on %s, and is that list approved and kept small?", "CC6.1", []string{acc}},
		{"Is two-factor authentication enforced for every login to %s?", "CC6.1", []string{acc}},
		{"Is the database behind %s encrypted at rest?", "CC6.1", []string{acc}},
		{"Are connections to %s encrypted in transit?", "CC6.7", []string{acc}},
		{"Is traffic to and from %s protected with TLS 1.2 or above?", "CC6.7", []string{acc}},
		{"How are disks from the servers of %s wiped or destroyed when retired?", "CC6.5", []string{acc}},
		{"Is %s protected against denial-of-service attacks?", "CC6.6", []string{acc}},
		{"Do firewall rules restrict inbound connections to %s, and are they reviewed?", "CC6.6", []string{acc}},
		{"Are administrator actions in %s logged and the logs reviewed?", "CC7.2", []string{acc}},
		{"Are security events from %s forwarded to a SIEM and watched around the clock?", "CC7.2", []string{ops}},
		{"How often are the servers running %s scanned for vulnerabilities?", "CC7.1", []string{ops}},
		{"Is anti-malware or EDR installed on the servers that run %s?", "CC6.8", []string{ops}},
		{"Are changes to %s approved before they go live?", "CC8.1", []string{chg}},
		{"Do the developers of %s have access to its production environment?", "CC6.3", []string{acc, sod}},
		{"Are the overnight batch jobs of %s monitored, and are failures followed up?", "PI1.3", []string{ops}},
		{"How often is %s backed up, and where are the copies kept?", "A1.2", []string{ops}},
		{"When did you last test restoring %s from backup?", "A1.3", []string{ops}},
		{"Has failover of %s to the secondary site been tested this year?", "A1.3", []string{ops}},
	}
	money := []string{"the payroll system", "the billing platform", "the claims payment application", "the loan servicing system", "the general ledger"}
	plain := []string{"the HR onboarding app"}
	sox := []string{"For our SOX testing: ", "Our auditors rely on this for ICFR. "}
	var cases []classCase
	for i, f := range families {
		for _, m := range money {
			cases = append(cases, classCase{q: strings.Replace(f.q, "%s", m, 1), report: "both", areas: f.areas, crit: f.crit})
		}
		if !strings.Contains(f.q, "batch") { // a batch of no money is processing integrity
			for _, p := range plain {
				cases = append(cases, classCase{q: strings.Replace(f.q, "%s", p, 1), report: "soc2", areas: []string{}, crit: f.crit})
			}
		}
		framed := strings.Replace(f.q, "%s", money[i%len(money)], 1)
		cases = append(cases, classCase{q: sox[i%len(sox)] + framed, report: "soc1", areas: append([]string{"financial_reporting"}, f.areas...)})
	}
	// An interface named by its money words is the system its access and boundary
	// controls are exercised over.
	cases = append(cases,
		classCase{q: "Is the network zone of the general ledger interface firewalled from the office LAN?", report: "both", areas: []string{acc}, crit: "CC6.6"},
		classCase{q: "Is the claims payment interface server firewalled from the office network?", report: "both", areas: []string{acc}, crit: "CC6.6"},
	)
	// Security events watched are operations, whoever reviews them; the logs of
	// administrators' actions are access.
	cases = append(cases,
		classCase{q: "Are security events from the billing platform sent to a SIEM, and who reviews the alerts?", report: "both", areas: []string{ops}, crit: "CC7.2"},
		classCase{q: "Are privileged sessions on the payroll database recorded?", report: "both", areas: []string{acc}},
	)
	// Near misses: a payment page or its endpoints, the laptops of a money team, a
	// file sent over a channel, a dashboard that only shows the money, and a ledger
	// that is a book of records stay SOC 2.
	cases = append(cases,
		classCase{q: "Is TLS 1.2 or above enforced on the hosted payment page?", report: "soc2", areas: []string{}},
		classCase{q: "Is EDR installed on the laptops used by the payroll team?", report: "soc2", areas: []string{}},
		classCase{q: "Can we send the updated tax withholding elections over SFTP instead of email?", report: "soc2", areas: []string{}},
		classCase{q: "Is the revenue dashboard app scanned for vulnerabilities?", report: "soc2", areas: []string{}},
		classCase{q: "Do you keep a tamper-evident ledger of administrator actions?", report: "soc2", areas: []string{}},
	)
	checkClass(t, cases)
}
