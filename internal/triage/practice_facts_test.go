package triage

import "testing"

// A question about whether or how the vendor performs a control is a practice even
// when it also asks when it last did so, or names the data a control covers: a plan
// exercised in the last year is no history of incidents, and contact fields named as
// the data a restriction or encryption covers are no form field to fill in. Facts
// asked for themselves stay facts.
func TestPracticesAskedWithFactWords(t *testing.T) {
	checkReportCases(t, []reportCase{
		{question: "Do you have a breach response playbook, and was it run as a tabletop in the last 12 months?", report: "soc2", crit: "CC7.4"},
		{question: "Have your incident handling procedures been drilled with the on-call team in the last year?", report: "soc2", crit: "CC7.4"},
		{question: "Staff names and phone numbers are kept in the on-call sheet; is access to the sheet restricted and reviewed?", report: "soc2", crit: "CC6.3"},
		{question: "Patient name, email and phone appear in the export; is the export encrypted?", report: "soc2", crit: "CC6.1"},
		// Facts.
		{question: "Have you suffered any security incidents in the past 12 months?", report: "none"},
		{question: "Has your company experienced a breach in the last year that required notifying regulators?", report: "none"},
		{question: "Name, email and phone number of your security officer.", report: "none"},
		{question: "What company/companies did you use for the three most recent penetration tests?", report: "none"},
	})
}
