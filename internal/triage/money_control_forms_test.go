package triage

import (
	"slices"
	"strings"
	"testing"
)

// A control over a money item is asked in many grammatical shapes: who does it, how
// it is done, a request to describe or explain it, the evidence kept of it, a
// yes-or-no question over every item or after a colon, a "Y/N" column, what happens
// when the item fails, how errors in it are corrected, what stops a duplicate, the
// duty kept apart (four eyes, maker-checker, dual sign-off), and a statement of the
// control. Each shape over each money noun the lexicon knows is a SOC 1 question with
// an area of the item (or of the shape: a discrepancy is reconciled, a second person
// keeps duties apart). The questions are written for this test, apart from the
// evaluation sets.
func TestMoneyControlForms(t *testing.T) {
	t.Parallel()
	// {s} is the item, {p} its plural; a capital letter opens the line with it.
	forms := []struct {
		form  string
		areas []string // areas of the shape accepted beside the item's
	}{
		{form: "Who approves {p}?"},
		{form: "Who reviews {p} before they are released?"},
		{form: "How are {p} approved?"},
		{form: "How do you make sure {p} are correct?"},
		{form: "Describe how {p} are authorised."},
		{form: "Please describe the review of {p}."},
		{form: "Explain the approval of {p}."},
		{form: "What evidence is retained of the approval of {p}?"},
		{form: "What evidence shows that {p} were reviewed?"},
		{form: "Is every {s} approved?"},
		{form: "Is each {s} reviewed by a second person?", areas: []string{"segregation_of_duties"}},
		{form: "Are all {p} authorised?"},
		{form: "{P}: are they reviewed?"},
		{form: "{S}: is it approved?"},
		{form: "{P} - independently checked (Y/N)"},
		{form: "Are {p} independently checked? (Y/N)"},
		{form: "What happens if a {s} fails validation?"},
		{form: "What happens if a {s} is keyed twice?"},
		{form: "How do you handle exceptions in {p}?"},
		{form: "How are exceptions on {p} followed up?"},
		{form: "How are errors in {p} corrected?"},
		{form: "How are discrepancies in {p} investigated and resolved?", areas: []string{"reconciliation"}},
		{form: "Who resolves a mismatch in {p}?", areas: []string{"reconciliation"}},
		{form: "What stops duplicate {p}?"},
		{form: "What prevents unauthorised {p}?"},
		{form: "Is there a four-eyes check on {p}?", areas: []string{"segregation_of_duties"}},
		{form: "Is there maker-checker on {p}?", areas: []string{"segregation_of_duties"}},
		{form: "Do {p} require dual sign-off?", areas: []string{"segregation_of_duties"}},
		{form: "{P} are reviewed and approved by a manager."},
		{form: "Evidence of review of {p} is retained."},
		{form: "All {p} are checked by someone other than the preparer.", areas: []string{"segregation_of_duties"}},
		{form: "Who signs off {p}?"},
		{form: "Which team checks {p}?"},
		{form: "How is the accuracy of {p} checked?"},
		{form: "What controls are in place over {p}?"},
		{form: "Is every {s} logged?"},
		{form: "Are changes to {p} approved before they take effect?", areas: []string{"master_data"}},
		{form: "Are exceptions on {p} escalated?"},
		{form: "How often are {p} reviewed?"},
		{form: "Is a register of {p} kept and reviewed?"},
		{form: "Who is responsible for approving {p}?"},
		{form: "Who performs the reconciliation of {p}?", areas: []string{"reconciliation"}},
		{form: "Outline the controls over {p}."},
		{form: "What documentation supports the approval of {p}?"},
		{form: "Are {p} subject to independent review?"},
		{form: "Does a second person approve {p}?", areas: []string{"segregation_of_duties"}},
		{form: "A manager reviews all {p} above the approval limit."},
		{form: "What is done when a {s} is found to be wrong?"},
		{form: "What happens when a {s} cannot be matched?", areas: []string{"reconciliation"}},
		{form: "How do you stop the same {s} being processed twice?"},
		{form: "How do you detect duplicate {p}?"},
		{form: "{P}: approval required? (Yes/No)"},
		{form: "Approval of {p}: describe."},
	}
	// Nouns the money lexicon knows, with the areas their item belongs to.
	tp, md := "transaction_processing", "master_data"
	nouns := []struct {
		s, p  string
		areas []string
	}{
		{"refund", "refunds", []string{tp}},
		{"invoice", "invoices", []string{tp}},
		{"outgoing payment", "outgoing payments", []string{tp}},
		{"remittance", "remittances", []string{tp}},
		{"new payee", "new payees", []string{md}},
		{"billing rate", "billing rates", []string{md, tp}},
		{"premium", "premiums", []string{tp}},
		// A pay run is also a batch of the payroll system.
		{"pay run", "pay runs", []string{tp, "operations_financial"}},
		{"wire payment", "wire payments", []string{tp}},
		{"commission", "commissions", []string{tp}},
		{"accrual", "accruals", []string{tp}},
		{"payout", "payouts", []string{tp}},
		{"salary change", "salary changes", []string{tp, md}},
		{"discount", "discounts", []string{md, tp}},
		{"customer fee", "customer fees", []string{md, tp}},
	}
	e := mustEngine(t)
	for _, f := range forms {
		for _, n := range nouns {
			q := strings.NewReplacer("{s}", n.s, "{p}", n.p, "{S}", upperFirst(n.s), "{P}", upperFirst(n.p)).Replace(f.form)
			v := e.Classify(Question{Text: q})
			if v.Report != ReportSOC1 && v.Report != ReportBoth {
				t.Errorf("%q: report %s, want soc1 (evidence %+v)", q, v.Report, v.Evidence)
				continue
			}
			if !slices.ContainsFunc(v.SOC1Areas, func(a string) bool { return slices.Contains(n.areas, a) || slices.Contains(f.areas, a) }) {
				t.Errorf("%q: areas %v, want one of %v %v", q, v.SOC1Areas, n.areas, f.areas)
			}
		}
	}
}

// A shape whose words name an IT object of the money system (a batch, a table, a
// job) asks the control over that object: its IT general control area answers, with
// the report the area gives (a batch run of the process is the process itself).
func TestMoneyControlFormsOverITObjects(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "Nightly payment batch: is it monitored?", report: ReportSOC1, areas: []string{"operations_financial"}},
		{q: "Nightly refund batch: are errors escalated?", report: ReportSOC1, areas: []string{"operations_financial"}},
		{q: "Is there maker-checker on changes to the billing rate table?", report: ReportSOC1, areas: []string{"master_data", "segregation_of_duties"}},
		{q: "Is access to the payee table reviewed each quarter?", report: ReportBoth, areas: []string{"access_financial"}},
		{q: "Is every change to the commission calculation code approved?", report: ReportBoth, areas: []string{"change_financial"}},
	})
}

// A log or record "of" money items is their register; logs named by what they record
// of a system ("file transfer logs") are the system's.
func TestMoneyControlFormsRegisters(t *testing.T) {
	t.Parallel()
	tp := []string{"transaction_processing"}
	checkClass(t, []classCase{
		{q: "Is a log of refunds kept and reviewed?", report: ReportSOC1, areas: tp},
		{q: "Is a log of payouts kept and reviewed?", report: ReportSOC1, areas: tp},
		{q: "Is a record of voided cheques kept and reviewed?", report: ReportSOC1, areas: tp},
		{q: "Are refund file transfer logs reviewed?", report: ReportSOC2, areas: []string{}},
	})
}

func upperFirst(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// The same shapes over objects of no money value keep their SOC 2 answers, and a
// question of fact or of what the product can do about a money item asks no control.
func TestMoneyControlFormsNearMisses(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "Who approves access requests?", report: ReportSOC2, areas: none},
		{q: "Is every firewall change reviewed? (Y/N)", report: ReportSOC2, areas: none},
		{q: "Security incidents: are they logged?", report: ReportSOC2, areas: none},
		{q: "What happens if a security incident is missed by the on-call engineer?", report: ReportSOC2, areas: none},
		{q: "Is there a four-eyes check on code deployments?", report: ReportSOC2, areas: none},
		{q: "Explain the approval of firewall changes.", report: ReportSOC2, areas: none},
		{q: "Vendor contracts are reviewed and approved by legal before signature.", report: ReportSOC2, areas: none},
		{q: "How are errors in privacy requests corrected?", report: ReportSOC2, areas: none},
		{q: "Which currencies do you support for payouts?", report: ReportNone, areas: none},
		{q: "What payment terms do you offer?", report: ReportNone, areas: none},
		{q: "Which payment methods are approved for use?", report: ReportNone, areas: none},
		{q: "Is approval from us needed before fees change?", report: ReportNone, areas: none},
		{q: "What happens if we cancel, are fees refunded?", report: ReportNone, areas: none},
		{q: "How much is the premium for the enterprise tier?", report: ReportNone, areas: none},
		{q: "Does the portal let customers approve refunds?", report: ReportNone, areas: none},
	})
}
