package triage

import (
	"strings"
	"testing"
)

// Everyday verbs for two common controls. Access cut off, shut off, switched off,
// pulled, taken away, killed, yanked, stripped or closed down when someone leaves is
// the removal of access the rules read in "revoked" and "disabled" (CC6.3; a badge
// keeps physical access CC6.4 first, VPN access keeps CC6.6 beside it). A job, sync,
// load, export, feed or import that breaks, falls over, hangs, gets stuck, errors out
// or blows up is the processing failure the rules read in "fails" (PI1.3), whoever is
// paged or woken for it; a site or service that goes down or falls over is an outage
// (A1.1). Written for this test.
func TestEverydayVerbsGrid(t *testing.T) {
	t.Parallel()
	type verb struct{ base, done string }
	cut := []verb{
		{"cut off", "cut off"}, {"shut off", "shut off"}, {"switch off", "switched off"},
		{"turn off", "turned off"}, {"pull", "pulled"}, {"take away", "taken away"},
		{"kill", "killed"}, {"yank", "yanked"}, {"strip", "stripped"},
		{"close down", "closed down"}, {"lock out", "locked out"},
	}
	// Each object: how it reads after the verb, after "their", after "the", and the
	// verdict the formal wording ("revoked") gets.
	type object struct {
		after, their, the string
		first, crit       string
	}
	objects := []object{
		{"system access", "their access", "the access", "CC6.3", ""},
		{"their accounts", "their account", "the accounts", "CC6.3", ""},
		{"their logins", "their login", "the logins", "CC6.3", ""},
		{"their badges", "their badge", "the badges", "", "CC6.3"},
		{"VPN access", "their VPN access", "the VPN accounts", "", "CC6.3"},
	}
	var cases []classCase
	for _, v := range cut {
		for _, o := range objects {
			for _, q := range []string{
				"Do you " + v.base + " " + o.after + " on an employee's last day?",
				"How fast do you " + v.base + " " + o.after + " when someone leaves?",
				"Who will " + v.base + " " + o.after + " when a contractor quits?",
				"What happens when someone resigns: is " + o.their + " " + v.done + "?",
				"Is there a process to " + v.base + " " + o.the + " of departed staff?",
				"Are " + o.the + " of former employees " + v.done + " promptly?",
			} {
				cases = append(cases, classCase{q: q, report: "soc2", first: o.first, crit: o.crit})
			}
		}
	}
	breaks := []string{"breaks", "falls over", "stops", "hangs", "gets stuck", "errors out", "blows up", "dies", "crashes"}
	asks := []string{
		"Who gets paged when %s %s?", "What happens when %s %s?", "Is there an alert if %s %s?",
		"Does anyone get woken up when %s %s?", "Who is on call for when %s %s?",
		"How fast do you notice if %s %s?", "Who gets pinged if %s %s?",
	}
	ask := func(form, subject, verb string) string {
		return strings.Replace(strings.Replace(form, "%s", subject, 1), "%s", verb, 1)
	}
	for _, v := range breaks {
		for _, s := range []string{"the nightly job", "the overnight sync", "the data load", "the daily export", "the partner feed", "the hourly import"} {
			for _, f := range asks {
				cases = append(cases, classCase{q: ask(f, s, v), report: "soc2", first: "PI1.3"})
			}
		}
	}
	for _, v := range []string{"goes down", "falls over", "crashes", "hangs", "gets stuck", "blows up"} {
		for _, s := range []string{"the site", "the service", "the website"} {
			for _, f := range asks {
				cases = append(cases, classCase{q: ask(f, s, v), report: "soc2", first: "A1.1"})
			}
		}
	}
	cases = append(cases,
		classCase{q: "Do you cut off system access on an employee's last day?", report: "soc2", first: "CC6.3"},
		classCase{q: "Are accounts of departed staff shut off promptly?", report: "soc2", first: "CC6.3"},
		classCase{q: "Who gets paged when the overnight sync to the reporting database breaks?", report: "soc2", first: "PI1.3"},
		// Near misses: the same words in other senses keep their verdicts.
		classCase{q: "What are your cut-off times for payments received from clients?", report: "none"},
		classCase{q: "Do you shut down for public holidays?", report: "none"},
		classCase{q: "The site goes live in March; will the SOC 2 cover it?", report: "soc2", absent: "A1.1"},
		classCase{q: "Is there a kill switch in the app to disable a feature?", report: "none"},
		classCase{q: "Can the customer kill a running job from the UI?", report: "none"},
		classCase{q: "Do pull requests require approval before merge?", report: "soc2", first: "CC8.1", absent: "CC6.3"},
		classCase{q: "Can admins pull a report of user activity from the portal?", report: "none"},
		classCase{q: "Do you strip personal data fields from the analytics export?", report: "soc2", absent: "CC6.3"},
		classCase{q: "Are IP addresses stripped from access logs before they are shared?", report: "soc2", first: "CC7.2", absent: "CC6.3"},
		classCase{q: "Do you pull account statements monthly for reconciliation?", report: "soc1"},
		classCase{q: "Can a customer close down their account at any time?", report: "none"},
		classCase{q: "Is the yank of the cable protected by conduits?", report: "soc2", first: "CC6.4", absent: "CC6.3"},
		classCase{q: "Are accounts locked out after five failed login attempts?", report: "soc2", first: "CC6.1"},
		classCase{q: "If a user leaves their session idle, is the account locked out?", report: "soc2", first: "CC6.1"},
		classCase{q: "Do exports stop at 10,000 rows?", report: "none"},
		classCase{q: "Does headcount go down in the summer?", report: "none"},
		classCase{q: "If your primary site goes down on payday, how fast can payroll processing be restored?", report: "both", absent: "A1.1"},
		classCase{q: "Do you cut off services to clients who do not pay?", report: "none"},
		classCase{q: "Who gets paged when the backup breaks?", report: "soc2", first: "A1.2"},
	)
	checkClass(t, cases)
}
