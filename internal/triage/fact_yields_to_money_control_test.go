package triage

import (
	"slices"
	"testing"
)

// A written answer (a company fact, which provider, what the product does) gives way
// when the line asks a control over a client's money process: who or which team
// checks, reconciles or approves it, what stops an error, how it is made sure, a
// callback or a yes-or-no check. Lines no rule reads that ask such a control over a
// money object (a voucher, fines, a pay run, a premium bill) answer SOC 1 from the
// money lexicon. A fact asked with no control keeps its written answer. The
// questions are written for this test, apart from the evaluation sets.
func TestFactYieldsToMoneyControl(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		// A written-answer rule fired and won before.
		{q: "Supplier bank detail changes: confirmed by calling the supplier back on a phone number already on file? Y/N", report: ReportSOC1, areas: []string{"master_data"}, arts: []string{}},
		{q: "Who is allowed to add or edit a provider's bank account in the claims system?", report: ReportSOC1, areas: []string{"master_data"}, arts: []string{}},
		{q: "Supplier master set-up: who approves a new supplier, and do you screen suppliers against OFAC sanctions lists?", report: ReportSOC1, areas: []string{"master_data"}, arts: []string{}},
		{q: "Please describe how NAV pricing mistakes are caught before month-end statements go out.", report: ReportSOC1, arts: []string{}},
		// No rule fired before: the control's shape and a money object answer.
		{q: "Who ties the insurer's monthly premium bill back to our list of enrolled staff?", report: ReportSOC1},
		{q: "What prevents a store credit voucher from being used a second time?", report: ReportSOC1, areas: []string{"transaction_processing"}},
		{q: "How are cancelled parking fines accounted for?", report: ReportSOC1, areas: []string{"transaction_processing"}},
		{q: "How is it ensured that every contractor is included when the weekly pay run is produced?", report: ReportSOC1, areas: []string{"transaction_processing"}},
		{q: "Does anyone review the sales a cashier voids at the till?", report: ReportSOC1, areas: []string{"transaction_processing"}},
		// Near misses: facts asked about a money function, with no control asked.
		{q: "Who is our billing contact?", report: ReportNone, areas: []string{}},
		{q: "Which bank do you use for client funds?", report: ReportNone, areas: []string{}},
		{q: "How many payroll clients do you have?", report: ReportNone},
		{q: "Can the system generate 1099s?", report: ReportNone},
		{q: "Which currencies does the billing module support?", report: ReportNone},
		{q: "Who is the account manager for our payroll service? Please give a phone number.", report: ReportNone},
		{q: "Who can change the phone number on file for our account?", report: ReportNone},
		{q: "Who approves premium support tickets?", report: ReportNone},
		{q: "Does your SOC 1 carve out the custodian bank, or is the bank included using the inclusive method?", report: ReportSOC1, arts: []string{}},
	})
}

// The evidence of a written answer set aside names the control's words, and the
// written answer's own evidence is marked negated.
func TestFactYieldsToMoneyControlEvidence(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	cases := []struct{ q, words, written string }{
		{"Supplier bank detail changes: confirmed by calling the supplier back on a phone number already on file? Y/N", "calling the supplier back", "company_facts"},
		{"Who is allowed to add or edit a provider's bank account in the claims system?", "Who is allowed to add", "fact_which"},
		{"Please describe how NAV pricing mistakes are caught before month-end statements go out.", "how NAV pricing mistakes are caught", "legal_terms"},
	}
	for _, c := range cases {
		t.Run(c.q, func(t *testing.T) {
			v := e.Classify(Question{Text: c.q})
			i := slices.IndexFunc(v.Evidence, func(ev Evidence) bool { return ev.Rule == yieldEvidence.Rule })
			if i < 0 {
				t.Fatalf("no %s evidence in %+v", yieldEvidence.Rule, v.Evidence)
			}
			if got := v.Evidence[i].Matched; len(got) == 0 || got[0] != c.words {
				t.Errorf("matched %q, want %q first", got, c.words)
			}
			// The written answer that gave way must be there, and negated: a check
			// that only looked at the rules present would pass with none of them.
			w := slices.IndexFunc(v.Evidence[:i], func(ev Evidence) bool { return ev.Rule == c.written })
			switch {
			case w < 0:
				t.Errorf("no %s evidence before %s in %+v", c.written, yieldEvidence.Rule, v.Evidence)
			case !v.Evidence[w].Negated:
				t.Errorf("%s evidence not negated", c.written)
			}
		})
	}
}

// The shapes of a control asked are read narrowly enough that a question about the
// contract, whom to contact, or what the product does keeps its written answer, even
// beside a money word: the person named is the one the asker contacts, the signature
// is on a contract, the "what stops" is about the vendor's own conduct, or the "how"
// asks how a case is treated rather than checked. The last cases hold the shapes that
// still ask a control, "set up" and a "Yes/No/N/A" column among them.
func TestMoneyControlFormReading(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		// Whom the asker contacts to have something done is a contact, not a holder.
		{q: "Which team should we contact to change our payment method?", report: ReportNone, areas: []string{}},
		{q: "Which department should we phone to update our remit-to address?", report: ReportNone, areas: []string{}},
		{q: "@socbot who do i ping to change our invoice email", report: ReportNone, areas: []string{}},
		// A signature on a contract document is a commercial fact.
		{q: "Who signs the contract and the pricing schedule?", report: ReportNone, areas: []string{}},
		{q: "hey quick q - who signs our order form and the fee schedule?", report: ReportNone, areas: []string{}},
		{q: "Who can sign an amendment to our fee schedule?", report: ReportNone, areas: []string{}},
		// What stops the vendor (or the asker) doing something is a contract term.
		{q: "What prevents you from raising our prices mid-term?", report: ReportNone, areas: []string{}},
		{q: "What stops you from changing the pricing on our plan without notice?", report: ReportNone, areas: []string{}},
		{q: "What keeps our price fixed for three years?", report: ReportNone, areas: []string{}},
		// How a case is handled or treated by the product is a capability.
		{q: "How do you handle invoices that arrive in other currencies?", report: ReportNone, areas: []string{}},
		{q: "How does the product treat invoices in foreign currencies?", report: ReportNone, areas: []string{}},
		{q: "How do we know which tax rates apply to our invoices?", report: ReportNone, areas: []string{}},
		{q: "How do we know what we will be billed each month?", report: ReportNone, areas: []string{}},
		// Being called back by support is no callback check.
		{q: "Can your support team call us back about the invoice? Please share a phone number.", report: ReportNone, areas: []string{}},
		// The same shapes still ask a control.
		{q: "Who is able to set up new remit-to addresses?", report: ReportSOC1, areas: []string{"master_data"}},
		{q: "Supplier bank detail changes confirmed with the vendor on a phone number already on file? Yes/No/N/A", report: ReportSOC1, areas: []string{"master_data"}},
		{q: "Who approves changes to a supplier's bank details before the next payment run?", report: ReportSOC1},
		{q: "What stops a duplicate supplier invoice from being paid twice?", report: ReportSOC1},
		{q: "What keeps a refund from being issued twice for one return?", report: ReportSOC1},
		{q: "What stops us from being billed twice for the same usage?", report: ReportSOC1},
	})
}
