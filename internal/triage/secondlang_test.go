package triage

import (
	"slices"
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
	}
	for _, tc := range tests {
		v := e.Classify(Question{Text: tc.text})
		if v.Report != tc.report {
			t.Errorf("%q: report %s, want %s (evidence %v)", tc.text, v.Report, tc.report, v.Evidence)
			continue
		}
		if tc.criterion != "" && !slices.Contains(v.Criteria, tc.criterion) {
			t.Errorf("%q: criteria %v, want %s among them", tc.text, v.Criteria, tc.criterion)
		}
		if tc.area != "" && !slices.Contains(v.SOC1Areas, tc.area) {
			t.Errorf("%q: areas %v, want %s among them", tc.text, v.SOC1Areas, tc.area)
		}
		if !calqueEvidence(v, tc.calque) {
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
	e := mustEngine(t)
	tests := []struct {
		text, report, criterion string
	}{
		// The other sense, beside its cues.
		{"Your platform is supporting the peak of charge at the end of the month?", "soc2", "A1.1"},
		{"Do you dispose of an ISO 27001 certification?", "none", ""},
		{"Every virement to a new beneficiary needs the validation of a manager and of two persons?", "soc1", ""},
		// The English sense.
		{"Is there a charge for adding more users to the subscription?", "none", ""},
		{"How do you dispose of failed hard drives?", "soc2", "CC6.5"},
		// Certificates disposed of are retired, not held: only a certification, a
		// report or a standard beside "dispose" is the other sense.
		{"How are expired TLS certificates and their private keys disposed of?", "soc2", "CC6.5"},
		// A price word beside "charge" is a fee, even beside a load cue.
		{"Is there an extra charge when traffic spikes?", "none", ""},
		{"Do you apply an additional charge during peak season?", "none", ""},
		{"What was the year of formation of the business?", "none", ""},
		{"Can external collaborators be invited to a shared workspace?", "none", ""},
		{"Is the input validated by the system before it is posted?", "soc1", ""},
	}
	for _, tc := range tests {
		v := e.Classify(Question{Text: tc.text})
		if v.Report != tc.report {
			t.Errorf("%q: report %s, want %s (evidence %v)", tc.text, v.Report, tc.report, v.Evidence)
			continue
		}
		if tc.criterion != "" && !slices.Contains(v.Criteria, tc.criterion) {
			t.Errorf("%q: criteria %v, want %s among them", tc.text, v.Criteria, tc.criterion)
		}
	}
	// Disposing of media keeps its sense: "dispose" is not read as "hold".
	v := e.Classify(Question{Text: "How do you dispose of failed hard drives?"})
	if hasReading(v) {
		t.Errorf("dispose of hard drives: read otherwise than written: %v", v.Evidence)
	}
	for _, q := range []string{"How do you dispose of expired TLS certificates and their private keys?", "Do you apply an additional charge during peak season?"} {
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
	e := mustEngine(t)
	tests := []struct {
		text, report, criterion, area string
	}{
		{"When a contractor leaves the organisation, how fast are their accounts closed?", "soc2", "CC6.3", ""},
		{"Is access of people who quit the business removed on their last day?", "soc2", "CC6.3", ""},
		{"Can the booking engine handle a surge in traffic during the holiday season?", "soc2", "A1.1", ""},
		{"Will response times hold up without degradation when load increases tenfold?", "soc2", "A1.1", ""},
		{"Must two people approve any transfer of client funds out of the trust account?", "soc1", "", "segregation_of_duties"},
		{"Is every movement of money above the threshold signed by two signatories?", "soc1", "", "segregation_of_duties"},
		{"No SOC 1 please, we only want the report regarding availability.", "soc2", "", ""},
		// A statement ending in a question mark, its subject set before it and taken
		// up again by a pronoun.
		{"The clerk who enter the invoice and the manager who release the invoice, they are different people?", "soc1", "", "segregation_of_duties"},
		{"The teller who keys the cash withdrawal and the officer who authorises it are different?", "soc1", "", "segregation_of_duties"},
		{"The nightly order file from the shops, all lines are loaded without error?", "soc2", "PI1.3", ""},
		{"Are all messages from the partner queue received without loss?", "soc2", "PI1.3", ""},
		// The same words elsewhere.
		{"When an employee leaves the company, is their pension transferred?", "none", "", ""},
		{"Is input validation performed on all form fields?", "soc2", "PI1.2", ""},
		{"Are all entries of the visitor book kept for a year?", "soc2", "", ""},
		{"Do you have a SOC 1 for the payroll service?", "soc1", "", ""},
	}
	for _, tc := range tests {
		v := e.Classify(Question{Text: tc.text})
		if v.Report != tc.report {
			t.Errorf("%q: report %s, want %s (evidence %v)", tc.text, v.Report, tc.report, v.Evidence)
			continue
		}
		if tc.criterion != "" && !slices.Contains(v.Criteria, tc.criterion) {
			t.Errorf("%q: criteria %v, want %s among them", tc.text, v.Criteria, tc.criterion)
		}
		if tc.area != "" && !slices.Contains(v.SOC1Areas, tc.area) {
			t.Errorf("%q: areas %v, want %s among them", tc.text, v.SOC1Areas, tc.area)
		}
	}
}
