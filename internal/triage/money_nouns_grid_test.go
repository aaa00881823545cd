package triage

import (
	"slices"
	"strings"
	"testing"
)

// The money nouns of the SOC 1 areas, each crossed with the control forms the engine
// reads as a control: every cell asks for a control over a money item named by its
// plain business noun, and must be answered by the SOC 1 (alone or with the SOC 2)
// in a sensible area. A noun is tagged with the area of its process and an industry
// that names it so; the grid covers the vocabulary, not any one phrasing.

// gridNoun is a money noun of the grid: its words, whether it is a mass noun ("petty
// cash is"), the process it belongs to and an industry that uses it.
type gridNoun struct {
	words    string
	mass     bool
	process  string // a key of gridAreas
	industry string
}

// gridAreas holds, per process, the SOC 1 areas a control over its nouns may land in.
var gridAreas = map[string][]string{
	"payables":    {"transaction_processing", "master_data"},
	"receivables": {"transaction_processing", "reconciliation", "master_data"},
	"cash":        {"transaction_processing", "reconciliation", "custody", "interfaces"},
	"ledger":      {"transaction_processing", "financial_reporting", "reconciliation", "master_data"},
	"payroll":     {"transaction_processing", "master_data"},
	"billing":     {"transaction_processing", "master_data"},
	"insurance":   {"transaction_processing", "master_data"},
	"lending":     {"transaction_processing", "custody", "master_data"},
	"funds":       {"transaction_processing", "custody", "financial_reporting"},
	"payments":    {"transaction_processing", "custody", "master_data", "interfaces"},
	"grants":      {"transaction_processing", "custody"},
	"property":    {"transaction_processing", "master_data"},
	"tax":         {"transaction_processing", "financial_reporting", "master_data"},
	"royalties":   {"transaction_processing", "master_data"},
	"inventory":   {"transaction_processing", "financial_reporting", "reconciliation", "master_data"},
	"assets":      {"transaction_processing", "financial_reporting", "master_data"},
}

var gridNouns = []gridNoun{
	// Payables.
	{"purchase orders", false, "payables", "manufacturing"},
	{"goods receipts", false, "payables", "distribution"},
	{"vendor credits", false, "payables", "retail"},
	{"debit memos", false, "payables", "wholesale"},
	{"expense reports", false, "payables", "professional services"},
	{"expense reimbursements", false, "payables", "any"},
	{"retainage", true, "payables", "construction"},
	{"prepayments", false, "payables", "any"},
	// Receivables.
	{"customer credits", false, "receivables", "saas"},
	{"credit memos", false, "receivables", "wholesale"},
	{"credit notes", false, "receivables", "retail"},
	{"write-offs", false, "receivables", "healthcare"},
	{"bad debts", false, "receivables", "utilities"},
	{"cash receipts", false, "receivables", "any"},
	{"unapplied cash", true, "receivables", "distribution"},
	{"receivables", false, "receivables", "any"},
	// Cash and treasury.
	{"petty cash", true, "cash", "any"},
	{"cash drawer counts", false, "cash", "retail"},
	{"check runs", false, "cash", "any"},
	{"cheques", false, "cash", "banking"},
	{"wire transfers", false, "cash", "banking"},
	{"bank transfers", false, "cash", "any"},
	{"outgoing wires", false, "cash", "banking"},
	{"cash advances", false, "cash", "hospitality"},
	{"till counts", false, "cash", "retail"},
	{"intercompany transfers", false, "cash", "any"},
	// General ledger and close.
	{"GL postings", false, "ledger", "any"},
	{"manual journal adjustments", false, "ledger", "any"},
	{"journal entries", false, "ledger", "any"},
	{"manual journals", false, "ledger", "any"},
	{"ledger postings", false, "ledger", "banking"},
	{"recurring journals", false, "ledger", "any"},
	{"top-side adjustments", false, "ledger", "any"},
	{"year-end adjustments", false, "ledger", "any"},
	{"intercompany eliminations", false, "ledger", "any"},
	{"cost allocations", false, "ledger", "any"},
	{"deferred revenue", true, "ledger", "saas"},
	// Payroll and benefits.
	{"overtime payments", false, "payroll", "any"},
	{"overtime", true, "payroll", "hospitality"},
	{"payroll deductions", false, "payroll", "any"},
	{"benefit contributions", false, "payroll", "any"},
	{"pension contributions", false, "payroll", "public sector"},
	{"employer contributions", false, "payroll", "any"},
	{"401(k) contributions", false, "payroll", "any"},
	{"payslips", false, "payroll", "any"},
	{"paychecks", false, "payroll", "any"},
	{"holiday pay", true, "payroll", "any"},
	{"tax withholdings", false, "payroll", "any"},
	{"stipends", false, "payroll", "education"},
	{"per diems", false, "payroll", "transport"},
	{"gratuities", false, "payroll", "hospitality"},
	// Billing and revenue.
	{"subscription renewals", false, "billing", "saas"},
	{"sales orders", false, "billing", "distribution"},
	{"revenue adjustments", false, "billing", "saas"},
	{"billing adjustments", false, "billing", "telecom"},
	{"sales returns", false, "billing", "retail"},
	{"tuition", true, "billing", "education"},
	{"copays", false, "billing", "healthcare"},
	{"progress billings", false, "billing", "construction"},
	// Insurance.
	{"claim reserves", false, "insurance", "insurance"},
	{"loss reserves", false, "insurance", "insurance"},
	{"deductibles", false, "insurance", "insurance"},
	{"reinsurance recoverables", false, "insurance", "insurance"},
	{"subrogation recoveries", false, "insurance", "insurance"},
	{"medical claims", false, "insurance", "healthcare"},
	{"annuities", false, "insurance", "insurance"},
	{"surrender values", false, "insurance", "insurance"},
	// Lending.
	{"loans", false, "lending", "banking"},
	{"mortgages", false, "lending", "banking"},
	{"repayments", false, "lending", "banking"},
	{"loan payoffs", false, "lending", "banking"},
	{"drawdowns", false, "lending", "banking"},
	{"interest", true, "lending", "banking"},
	{"escrow", true, "lending", "real estate"},
	{"collateral", true, "lending", "banking"},
	{"arrears", false, "lending", "utilities"},
	{"credit limits", false, "lending", "banking"},
	// Investments and funds.
	{"trades", false, "funds", "asset management"},
	{"trade settlements", false, "funds", "asset management"},
	{"capital calls", false, "funds", "private equity"},
	{"fund distributions", false, "funds", "private equity"},
	{"investor subscriptions", false, "funds", "asset management"},
	{"dividends", false, "funds", "asset management"},
	{"corporate actions", false, "funds", "custody"},
	{"securities", false, "funds", "custody"},
	{"valuations", false, "funds", "asset management"},
	{"realised gains", false, "funds", "wealth management"},
	// Payments and cards.
	{"chargebacks", false, "payments", "ecommerce"},
	{"card transactions", false, "payments", "payments"},
	{"fuel card transactions", false, "payments", "logistics"},
	{"direct debits", false, "payments", "utilities"},
	{"standing orders", false, "payments", "banking"},
	{"merchant settlements", false, "payments", "payments"},
	{"ACH transactions", false, "payments", "payments"},
	{"money transfers", false, "payments", "remittance"},
	// Grants and donations.
	{"donations", false, "grants", "nonprofit"},
	{"donation receipts", false, "grants", "nonprofit"},
	{"pledges", false, "grants", "nonprofit"},
	{"grant awards", false, "grants", "public sector"},
	{"charitable contributions", false, "grants", "nonprofit"},
	{"scholarships", false, "grants", "education"},
	{"matching gifts", false, "grants", "nonprofit"},
	{"bequests", false, "grants", "nonprofit"},
	// Property and rent.
	{"rent receipts", false, "property", "real estate"},
	{"rent", true, "property", "real estate"},
	{"rent rolls", false, "property", "real estate"},
	{"leases", false, "property", "real estate"},
	{"ground rents", false, "property", "real estate"},
	// Tax.
	{"withholdings", false, "tax", "any"},
	{"customs duties", false, "tax", "logistics"},
	{"excise duties", false, "tax", "energy"},
	{"levies", false, "tax", "public sector"},
	// Royalties.
	{"royalty advances", false, "royalties", "media"},
	{"recoupments", false, "royalties", "media"},
	// Inventory costing.
	{"inventory valuations", false, "inventory", "manufacturing"},
	{"stock counts", false, "inventory", "retail"},
	{"cycle counts", false, "inventory", "distribution"},
	{"inventory adjustments", false, "inventory", "manufacturing"},
	{"standard costs", false, "inventory", "manufacturing"},
	{"landed costs", false, "inventory", "distribution"},
	{"write-downs", false, "inventory", "manufacturing"},
	// Fixed assets.
	{"capital expenditures", false, "assets", "any"},
	{"capitalised costs", false, "assets", "any"},
	{"impairments", false, "assets", "any"},
	{"leasehold improvements", false, "assets", "real estate"},
}

// gridForm is a control form of the grid: {X} is the noun, {be} and {they} agree
// with it; formAreas names an area the form itself points to.
type gridForm struct {
	text      string
	formAreas []string
}

var gridForms = []gridForm{
	{"Who approves {X}?", nil},
	{"Who checks {X} before {they} {be} released?", nil},
	{"What checks make sure {X} {be} calculated correctly?", nil},
	{"Who can change {X}?", []string{"change_financial"}},
	{"How {be} {X} reviewed before {they} {be} posted?", nil},
	{"How do you make sure {X} {be} recorded accurately?", nil},
}

// gridQuestion writes form f over noun n.
func gridQuestion(f gridForm, n gridNoun) string {
	be, they := "are", "they"
	if n.mass {
		be, they = "is", "it"
	}
	q := strings.NewReplacer("{X}", n.words, "{be}", be, "{they}", they).Replace(f.text)
	return strings.ToUpper(q[:1]) + q[1:]
}

func TestMoneyNounsGrid(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	for _, n := range gridNouns {
		want, ok := gridAreas[n.process]
		if !ok {
			t.Fatalf("%s: no areas for process %q", n.words, n.process)
		}
		for _, f := range gridForms {
			q := gridQuestion(f, n)
			v := e.Classify(Question{Text: q})
			fine := (v.Report == ReportSOC1 || v.Report == ReportBoth) && slices.ContainsFunc(v.SOC1Areas, func(a string) bool {
				return slices.Contains(want, a) || slices.Contains(f.formAreas, a)
			})
			if !fine {
				t.Errorf("%s (%s, %s): %s %v %v, want soc1 in %v", q, n.process, n.industry, v.Report, v.SOC1Areas, v.Criteria, want)
			}
		}
	}
}
