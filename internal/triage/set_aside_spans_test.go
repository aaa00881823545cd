package triage

import (
	"slices"
	"testing"
)

// A subject named only to be set aside before another ask is context: "X,
// understood — but …", "X is covered elsewhere", "we already do X. Separately: …",
// "leaving aside X, …", "X is out of scope for this question". The rules that read
// only its words do not fire, and the line is answered by what it does ask, with
// evidence naming the marker. Near misses that ask both subjects, or name one with
// "beyond" (in addition to), set nothing aside. The questions are written for this
// test, apart from the evaluation sets.
func TestSetAsideSpans(t *testing.T) {
	t.Parallel()
	none := []string{}
	tp := []string{"transaction_processing"}
	checkClass(t, []classCase{
		// A SOC 2 subject set aside before a SOC 1 control.
		{q: "Wage attachment orders hold a great deal of personal data, understood — but how are they entered and kept current so the right amount is deducted?", report: "soc1", areas: tp},
		{q: "Describe how changes to benefit enrolment are keyed and checked so that premiums withheld are correct. Personal data handling is covered elsewhere, we only want the deduction accuracy.", report: "soc1", areas: []string{"master_data", "transaction_processing"}},
		{q: "We already mask social security numbers in our exports for confidentiality reasons. Separately: how do you confirm the payroll tax deposits are accurate?", report: "soc1"},
		{q: "Leaving aside encryption of the payroll files, how do you confirm each pay run's net pay figures are correct?", report: "soc1", areas: []string{"transaction_processing", "interfaces"}},
		{q: "Apart from how payroll data is encrypted, how do you reconcile the benefit carrier invoices to the deductions taken?", report: "soc1", areas: []string{"reconciliation"}},
		{q: "Retention of employee personal data is out of scope for this question. How are direct deposit changes verified before the payroll run?", report: "soc1", areas: []string{"master_data"}},
		// A SOC 1 subject set aside before a SOC 2 ask.
		{q: "Payroll accuracy is covered by your SOC 1, fine; what we need to know is whether staff laptops are encrypted.", report: "soc2", areas: none, crit: "CC6.1"},
		{q: "Invoice calculation is covered in your SOC 1 report. What is your password policy?", report: "soc2", areas: none, crit: "CC6.1"},
		// A SOC 2 subject set aside before another SOC 2 ask.
		{q: "Backups are covered elsewhere, that's fine; how often are privileged accounts reviewed?", report: "soc2", areas: none, crit: "CC6.3", absent: "A1.2"},
		{q: "We are not asking about privacy notices here; how are firewall rules reviewed?", report: "soc2", areas: none, crit: "CC6.6", absent: "P1.1"},
		// Near misses: both subjects asked, or nothing set aside.
		{q: "We need both here: social security numbers masked and deductions correct. How?", report: "both"},
		{q: "Is payroll processing covered by your SOC 1?", report: "soc1"},
		{q: "Employees with access to confidential files sign an agreement before access is granted, and exceptions noted by HR are followed up.", report: "soc2", areas: none},
	})
}

// The near misses that must not read a set-aside: their answers are judged
// elsewhere, but no rule of theirs is put aside.
func TestSetAsideNearMisses(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for _, q := range []string{
		"How is personal data in the payroll exports protected, and how do you make sure each withholding is right?",
		"Beyond encryption of the claims data, how are claim payments approved?",
		"We need both here: social security numbers masked and deductions correct. How?",
		"Is payroll processing covered by your SOC 1?",
	} {
		v := e.Classify(Question{Text: q})
		if slices.ContainsFunc(v.Evidence, func(ev Evidence) bool { return ev.Rule == "set_aside" }) {
			t.Errorf("%q: set aside, want nothing set aside (evidence %+v)", q, v.Evidence)
		}
	}
}

// The evidence of a set-aside names its marker.
func TestSetAsideEvidence(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	v := e.Classify(Question{Text: "Personal data handling is covered elsewhere. How are garnishment amounts checked before each pay run?"})
	i := slices.IndexFunc(v.Evidence, func(ev Evidence) bool { return ev.Rule == "set_aside" })
	if i < 0 {
		t.Fatalf("no set_aside evidence: %+v", v.Evidence)
	}
	if got := v.Evidence[i].Matched; len(got) != 1 || got[0] != "covered elsewhere" {
		t.Errorf("matched %q, want [covered elsewhere]", got)
	}
}
