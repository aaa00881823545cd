package triage

import (
	"strings"
	"testing"
)

// Questions written in English by people whose first language is another: words
// carried over from their language (calques) and false friends are read as the
// English word they stand for, and the evidence names each such reading.
func TestSecondLanguageCalques(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		text, report, criterion, area string
		calque                        string // a word the evidence must call a calque
	}{
		{"Is there a verification of antecedents for the new collaborators?", "soc2", "CC1.4", "", "antecedents"},
		{"Do the ordinators of the collaborators have the disk crypted?", "soc2", "CC6.1", "", "ordinators"},
		{"How are the sensible data of the patients protected on the mobile dispositives?", "soc2", "", "", "dispositives"},
		{"Each bonifico above 10000 euro needs validation of two persons?", "soc1", "", "segregation_of_duties", "bonifico"},
		{"The sauvegardes of the database are tested each month?", "soc2", "A1.2", "", "sauvegardes"},
		{"How are the incidences of security managed and communicated to the clients?", "soc2", "CC7.4", "", "incidences"},
		{"The prestataires that access our informations are evaluated each year?", "soc2", "CC9.2", "", "prestataires"},
		{"Is the formation of new staff on phishing repeated every year?", "soc2", "CC2.2", "", "formation"},
		{"The collaborators that are leaving the firm lose their access the same day?", "soc2", "CC6.3", "", "collaborators"},
		{"The conciliation between the payments received and the open invoices is made each day?", "soc1", "", "reconciliation", "conciliation"},
		{"Are the card settlements conciliated against the bank statement every morning?", "soc1", "", "reconciliation", "conciliated"},
		{"Who signs the monthly conciliations of the escrow accounts of the tenants?", "soc1", "", "reconciliation", "conciliations"},
	}
	cases := make([]reportCase, len(tests))
	for i, tc := range tests {
		cases[i] = reportCase{question: tc.text, report: tc.report, crit: tc.criterion, area: tc.area}
	}
	checkReportCases(t, cases)
	for _, tc := range tests {
		if v := e.Classify(Question{Text: tc.text}); !calqueEvidence(v, tc.calque) {
			t.Errorf("%q: no evidence reading %q as a calque in %v", tc.text, tc.calque, v.Evidence)
		}
	}
}

func calqueEvidence(v Verdict, word string) bool {
	for _, ev := range v.Evidence {
		if ev.Rule == "wording" && strings.Contains(ev.Reason, word+" = ") && strings.Contains(ev.Reason, "(calque)") {
			return true
		}
	}
	return false
}

// False friends are read in their other sense only beside its cue words, and the
// calques give way where the same word has its English sense.
func TestSecondLanguageFalseFriends(t *testing.T) {
	checkReportCases(t, []reportCase{
		// The other sense, beside its cues.
		{question: "Your platform is supporting the peak of charge at the end of the month?", report: "soc2", crit: "A1.1"},
		{question: "Do you dispose of an ISO 27001 certification?", report: "none"},
		{question: "Every virement to a new beneficiary needs the validation of a manager and of two persons?", report: "soc1"},
		// The English sense.
		{question: "Is there a charge for adding more users to the subscription?", report: "none"},
		{question: "How do you dispose of failed hard drives?", report: "soc2", crit: "CC6.5"},
		// Certificates disposed of are retired, not held: only a certification, a
		// report or a standard beside "dispose" is the other sense.
		{question: "How are expired TLS certificates and their private keys disposed of?", report: "soc2", crit: "CC6.5"},
		// A price word beside "charge" is a fee, even beside a load cue.
		{question: "Is there an extra charge when traffic spikes?", report: "none"},
		{question: "Do you apply an additional charge during peak season?", report: "none"},
		{question: "What was the year of formation of the business?", report: "none"},
		{question: "Can external collaborators be invited to a shared workspace?", report: "none"},
		{question: "Is the input validated by the system before it is posted?", report: "soc1"},
		// Conciliation of a dispute keeps its English sense.
		{question: "Is there a conciliation procedure for disputes with customers before arbitration?", report: "none"},
	})
	e := mustEngine(t)
	// Disposing of media keeps its sense: "dispose" is not read as "hold".
	v := e.Classify(Question{Text: "How do you dispose of failed hard drives?"})
	if hasReading(v) {
		t.Errorf("dispose of hard drives: read otherwise than written: %v", v.Evidence)
	}
	for _, q := range []string{"How do you dispose of expired TLS certificates and their private keys?", "Do you apply an additional charge during peak season?", "Do you offer conciliation or mediation when a patient complains about a bill?"} {
		if v := e.Classify(Question{Text: q}); hasReading(v) {
			t.Errorf("%q: read otherwise than written: %v", q, v.Evidence)
		}
	}
	v = e.Classify(Question{Text: "Is the input validated by the system before it is posted?"})
	if hasReading(v) {
		t.Errorf("input validated by the system: read otherwise than written: %v", v.Evidence)
	}
}

// Plain wordings the second-language lines use, written by anyone: staff leaving
// the company and their access, more load without degradation, two people approving
// a money transfer, and the report about a subject once the SOC 1 is refused.
func TestSecondLanguagePlainWordings(t *testing.T) {
	checkReportCases(t, []reportCase{
		{question: "When a contractor leaves the organisation, how fast are their accounts closed?", report: "soc2", crit: "CC6.3"},
		{question: "Is access of people who quit the business removed on their last day?", report: "soc2", crit: "CC6.3"},
		{question: "Can the booking engine handle a surge in traffic during the holiday season?", report: "soc2", crit: "A1.1"},
		{question: "Will response times hold up without degradation when load increases tenfold?", report: "soc2", crit: "A1.1"},
		{question: "Must two people approve any transfer of client funds out of the trust account?", report: "soc1", area: "segregation_of_duties"},
		{question: "Is every movement of money above the threshold signed by two signatories?", report: "soc1", area: "segregation_of_duties"},
		{question: "No SOC 1 please, we only want the report regarding availability.", report: "soc2"},
		// A statement ending in a question mark, its subject set before it and taken
		// up again by a pronoun.
		{question: "The clerk who enter the invoice and the manager who release the invoice, they are different people?", report: "soc1", area: "segregation_of_duties"},
		{question: "The teller who keys the cash withdrawal and the officer who authorises it are different?", report: "soc1", area: "segregation_of_duties"},
		{question: "The nightly order file from the shops, all lines are loaded without error?", report: "soc2", crit: "PI1.3"},
		{question: "Are all messages from the partner queue received without loss?", report: "soc2", crit: "PI1.3"},
		// The same words elsewhere.
		{question: "When an employee leaves the company, is their pension transferred?", report: "none"},
		{question: "Is input validation performed on all form fields?", report: "soc2", crit: "PI1.2"},
		{question: "Are all entries of the visitor book kept for a year?", report: "soc2"},
		{question: "Do you have a SOC 1 for the payroll service?", report: "soc1"},
	})
}
