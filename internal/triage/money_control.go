package triage

import (
	"slices"
	"strings"
)

// A question that asks for a control over something of money value ("who can change
// the remit-to bank details?", "who checks the remeasured lease liability?", "totals
// we can tie out", "rates validated against the agreement before we are invoiced")
// is the SOC 1 counterpart of the control-asking question of the criteria catalogue
// (controlAsked): when no rule decides it and the area catalogue alone is silent, its
// money object names the area and a lower score answers.

// areaControlAsked is the least area score that answers SOC 1 for a question that asks
// a control over a money object (moneyControlAsked), the money lexicon counted.
const areaControlAsked = 2

// moneyWeight is what a word of the money lexicon adds to its area.
const moneyWeight = 2

// moneyLexicon holds the nouns of money value a control may be asked over, each with
// the index of the area it points to: standing data that sets an amount (prices,
// rates, fees, bank details), the amounts processed (invoices, payments, liabilities)
// and the figures agreed (totals, balances). A word of price also carries priceFlag (a
// price the vendor charges is a commercial fact). Words of two senses are kept out
// ("claims" are also a website's claims) or read with their neighbours (an error
// rate, an asset register, the tax ID, who is in charge, a load balancer).
var moneyLexicon = func() map[string]int8 {
	out := map[string]int8{}
	add := func(area string, flag int8, words ...string) {
		for _, w := range words {
			out[w] = int8(mustArea(area)) | flag
		}
	}
	add("master_data", priceFlag, "price", "prices", "priced", "pricing", "coupon", "coupons", "discount", "discounts",
		"markup", "markups", "rate", "rates", "tariff", "tariffs", "fee", "fees")
	add("master_data", 0, "remit", "payee", "payees", "iban", "ibans", "chargemaster", "fmv")
	add("transaction_processing", 0, "invoice", "invoices", "invoiced", "payment", "payments", "refund",
		"refunds", "commission", "commissions", "liability", "liabilities", "asset", "assets", "amount", "amounts",
		"charge", "charges", "accrual", "accruals", "payout", "payouts", "disbursement", "disbursements",
		"remittance", "remittances", "royalty", "royalties", "rebate", "rebates", "wage", "wages", "salary",
		"salaries", "payroll", "bonus", "bonuses", "tax", "taxes", "vat", "depreciation", "balance", "balances",
		"premium", "premiums", "bill", "bills", "voucher", "vouchers", "redemption", "redemptions", "redeemed",
		"void", "voids", "voided", "fines", "charged", "billed", "withdrawal", "withdrawals", "deposit", "deposits",
		"garnishment", "garnishments")
	// The plain nouns of the SOC 1 processes, one process a line: payables and
	// receivables, cash, the ledger and its close, payroll and benefits, billing,
	// insurance, lending, funds, payments, grants and donations, property, tax,
	// royalties, inventory costing and fixed assets. Words of a second sense are read
	// with their neighbours in moneyWord (moneyOther, moneyInterest).
	add("transaction_processing", 0, "payable", "payables", "receivable", "receivables", "reimbursement",
		"reimbursements", "expense", "expenses", "expenditure", "expenditures", "prepayment", "prepayments",
		"retainage", "debit", "debits", "chargeback", "chargebacks", "writeoff", "writeoffs", "debt", "debts")
	add("transaction_processing", 0, "cash", "cheque", "cheques", "wires", "ach", "lockbox", "tills")
	add("transaction_processing", 0, "gl", "ledger", "ledgers", "journal", "journals", "intercompany",
		"deferral", "deferrals", "revenue", "revenues", "income")
	add("transaction_processing", 0, "overtime", "deduction", "deductions", "payslip", "payslips", "paycheck",
		"paychecks", "paycheque", "paycheques", "stipend", "stipends", "gratuities", "severance", "withholding",
		"withholdings")
	add("transaction_processing", 0, "billings", "tuition", "copay", "copays", "copayment", "copayments")
	add("transaction_processing", 0, "deductible", "deductibles", "coinsurance", "annuity", "annuities",
		"reinsurance", "recoverables")
	add("transaction_processing", 0, "loan", "loans", "mortgage", "mortgages", "repayment", "repayments",
		"payoff", "payoffs", "drawdown", "drawdowns", "arrears", "delinquency", "delinquencies", "amortisation",
		"amortization", "interest")
	add("transaction_processing", 0, "trades", "settlement", "settlements", "nav", "navs", "valuation",
		"valuations", "dividend", "dividends", "securities")
	add("transaction_processing", 0, "donation", "donations", "pledges", "endowment", "endowments",
		"scholarship", "scholarships", "bequest", "bequests")
	add("transaction_processing", 0, "rent", "rents", "lease", "leases", "leasehold", "levy", "levies", "excise",
		"recoupment", "recoupments", "cogs", "capitalisation", "capitalization", "impairment", "impairments")
	add("custody", 0, "funds", "escrow", "collateral", "safekeeping")
	add("reconciliation", 0, "totals", "subtotal", "subtotals")
	return out
}()

// moneyAfter holds the nouns that are money only after a word that names their
// process, each with the words that do so and the area they point to: "goods
// receipts" (not the receipt of a delivery), "manual postings" (not a job posting),
// "benefit contributions" (not contributions to open source), "subscription
// renewals" (not a certificate's renewal), "cash drawer counts" (not a count of
// users), "customer credits" (not an SLA's service credits). A word that is money on
// its own ("journal", "ledger", "settlement") has no place here: moneyWord counts such
// a compound once, at its first word, and never looks the pair up.
var moneyAfter = func() map[string]map[string]int8 {
	out := map[string]map[string]int8{}
	add := func(area string, heads []string, before ...string) {
		for _, h := range heads {
			if out[h] == nil {
				out[h] = map[string]int8{}
			}
			for _, w := range before {
				out[h][w] = int8(mustArea(area))
			}
		}
	}
	tp := "transaction_processing"
	add(tp, []string{"order", "orders"}, "purchase", "sales", "standing")
	add(tp, []string{"receipt", "receipts"}, "goods", "customer", "sales", "gift", "donor", "check")
	add(tp, []string{"credit", "credits"}, "customer", "vendor", "supplier", "account", "billing", "member",
		"patient", "student")
	add(tp, []string{"contribution", "contributions"}, "benefit", "benefits", "pension", "employer", "employee",
		"k", "retirement", "plan", "member", "hsa", "fsa", "charitable", "donor", "matching", "superannuation",
		"provident")
	add(tp, []string{"adjustment", "adjustments"}, "billing", "inventory", "stock", "side",
		"topside", "end", "closing", "audit", "account", "accounting")
	add(tp, []string{"posting", "postings"}, "manual", "account", "accounting", "cost")
	add(tp, []string{"entry", "entries"}, "adjusting", "closing", "consolidation", "reversing",
		"correcting", "elimination", "topside", "side")
	add(tp, []string{"elimination", "eliminations"}, "consolidation")
	add(tp, []string{"allocation", "allocations"}, "cost", "overhead")
	add("reconciliation", []string{"count", "counts"}, "drawer", "till", "stock", "cycle", "inventory", "vault", "float", "physical")
	add(tp, []string{"renewal", "renewals"}, "subscription", "subscriptions", "membership")
	add(tp, []string{"run", "runs"}, "check", "billing")
	add(tp, []string{"transaction", "transactions"}, "card", "pos", "sales", "financial", "bank", "merchant",
		"fx", "trading")
	add(tp, []string{"transfer", "transfers"}, "wire", "bank", "fund", "money", "account")
	add(tp, []string{"memo", "memos", "note", "notes"}, "credit")
	add(tp, []string{"returns"}, "sales", "customer", "merchandise")
	add(tp, []string{"reserve", "reserves"}, "claim", "claims", "loss", "case", "ibnr", "inventory", "obsolescence", "unearned")
	add(tp, []string{"recovery", "recoveries"}, "subrogation", "salvage", "overpayment", "claim", "claims")
	add(tp, []string{"value", "values"}, "surrender", "fair", "market", "book", "residual")
	add(tp, []string{"claim", "claims"}, "medical", "insurance", "health", "dental", "pharmacy",
		"warranty", "provider", "loss", "benefit", "aid", "mileage", "travel", "subrogation")
	add(tp, []string{"call", "calls"}, "capital", "margin")
	add(tp, []string{"distribution", "distributions"}, "fund", "investor", "capital", "plan",
		"partner", "partnership", "estate", "member", "patronage")
	add(tp, []string{"subscription", "subscriptions"}, "fund", "investor", "share", "unit", "capital")
	add(tp, []string{"action", "actions"}, "corporate")
	add(tp, []string{"gain", "gains", "loss", "losses"}, "realised", "realized", "unrealised", "unrealized", "capital")
	add(tp, []string{"position", "positions", "holding", "holdings"}, "trading", "investment", "fund", "currency", "fx")
	add(tp, []string{"award", "awards"}, "grant", "grants")
	// Equity compensation: grants, exercises, releases and plan purchases of
	// options, RSUs and shares are the participants' transactions; a grant of
	// access or a software release is not one.
	equity := []string{"option", "options", "stock", "equity", "share", "rsu", "rsus", "psu", "psus", "espp"}
	add(tp, []string{"grant", "grants", "exercise", "exercises", "release", "releases", "vest", "vests",
		"vesting", "vestings", "purchase", "purchases", "lapse", "lapses"}, equity...)
	add(tp, []string{"transaction", "transactions"}, "exercise", "option", "equity", "share", "stock")
	add("master_data", []string{"schedule", "schedules"}, "vesting")
	// The revenue cycle: claims submitted, rejected or denied at the clearinghouse.
	add(tp, []string{"submission", "submissions", "denial", "denials", "rejection", "rejections", "resubmission",
		"resubmissions"}, "claim", "claims", "clearinghouse")
	add(tp, []string{"claim", "claims"}, "denied", "rejected", "resubmitted", "submitted", "unbilled")
	// Leases: the commencement date a lease abstract sets (the abstract itself is
	// read by the area catalogue, "lease" being money on its own).
	add("master_data", []string{"date", "dates"}, "commencement")
	// Insurance rating by class: workers' compensation class codes.
	add("master_data", []string{"code", "codes"}, "class")
	add(tp, []string{"gift", "gifts"}, "matching")
	add(tp, []string{"aid"}, "gift", "financial")
	add(tp, []string{"life", "lives"}, "useful")
	add(tp, []string{"cost", "costs"}, "standard", "landed", "inventory", "unit", "allowable", "capitalised",
		"capitalized", "labour", "labor", "freight", "overhead", "acquisition", "carrying")
	add(tp, []string{"variance", "variances"}, "cost", "purchase", "inventory")
	add(tp, []string{"down", "downs", "off", "offs"}, "write")
	add(tp, []string{"diem", "diems"}, "per")
	add(tp, []string{"duty", "duties"}, "customs", "import", "export", "stamp")
	add(tp, []string{"advance", "advances"}, "travel", "customer", "merchant", "employee")
	add(tp, []string{"pay"}, "holiday", "sick", "vacation", "back", "retro", "retroactive", "shift", "base",
		"gross", "net", "hazard", "annual", "parental", "maternity", "paternity")
	add(tp, []string{"calculation", "calculations", "computation", "computations", "recalculation",
		"recalculations", "calc", "calcs"}, calcMoneyBefore...)
	add("master_data", []string{"limit", "limits"}, "credit", "spending")
	add("master_data", []string{"master"}, "vendor", "supplier", "customer", "employee", "item", "material")
	return out
}()

// calcMoneyBefore holds the nouns that make a calculation one of money when they
// stand just before it ("pension calculations", "freight computations", "401(k)
// calcs") though they are not money words by themselves: "insurance" is also the
// vendor's own cover, a "grant" also gives access, a "distribution" is also a
// mailing list. A money word of the lexicon before a calculation needs no place here
// ("payroll calculations" are counted at "payroll"). The word before the noun can
// still give it another sense (moneyOther: a cost-benefit or load distribution
// calculation).
var calcMoneyBefore = []string{"pension", "pensions", "insurance", "benefit", "benefits", "dues", "toll",
	"tolls", "fare", "fares", "freight", "shipping", "postage", "utility", "utilities", "grant", "grants",
	"subsidy", "subsidies", "allowance", "allowances", "distribution", "distributions", "duty", "duties",
	"surcharge", "surcharges", "penalty", "penalties", "retirement", "k", "compensation", "incentive",
	"incentives", "contribution", "contributions", "mileage", "overdraft", "pay", "claim", "claims"}

// priceFlag marks a word of price in moneyLexicon's values.
const priceFlag = 0x40

// bankNext holds the words after "bank" that make it standing data of a payee.
var bankNext = map[string]bool{"details": true, "detail": true, "account": true, "accounts": true, "information": true, "info": true, "instructions": true}

// rateOther holds the words before "rate" that make it a measure, not a price (an
// error rate, a heart rate); assetOther the words beside "asset" of IT assets.
var (
	rateOther = map[string]bool{"error": true, "failure": true, "success": true, "response": true, "hit": true,
		"bounce": true, "click": true, "conversion": true, "heart": true, "sample": true, "sampling": true,
		"refresh": true, "frame": true, "bit": true, "data": true, "retry": true, "churn": true, "attrition": true,
		"turnover": true, "request": true, "false": true, "positive": true, "negative": true, "detection": true}
	assetOther = map[string]bool{"inventory": true, "inventories": true, "register": true, "management": true,
		"tag": true, "tags": true, "owner": true, "owners": true, "list": true, "discovery": true, "tracking": true,
		"information": true, "it": true, "digital": true, "hardware": true, "software": true, "cloud": true,
		"critical": true, "physical": true}
)

// pairNext holds the words after "pay" and "gift" that make an amount processed
// ("the pay run", "a gift card").
var pairNext = map[string]map[string]bool{
	"pay":  {"run": true, "runs": true, "cycle": true, "cycles": true},
	"gift": {"card": true, "cards": true, "certificate": true, "certificates": true},
}

// premiumOther holds the words after "premium" of a product's tier, not an
// insurance premium ("premium support").
var premiumOther = map[string]bool{"support": true, "tier": true, "plan": true, "plans": true, "edition": true,
	"version": true, "feature": true, "features": true, "package": true, "subscription": true, "account": true}

// idWords after "tax" make it an identifier, not an amount ("the tax ID").
var idWords = map[string]bool{"id": true, "ids": true, "number": true, "numbers": true, "identifier": true, "identifiers": true, "code": true, "codes": true, "registration": true}

// commercialWords make a clause with a word of price a commercial one: the price
// the vendor quotes or charges the asker ("discounts on your quotes to us").
var commercialWords = map[string]bool{"us": true, "quote": true, "quotes": true, "quotation": true,
	"proposal": true, "renewal": true}

// moneyControlVerb holds the verbs that, after "who", ask who holds a control over
// a value: who can change, create, approve, check, review, reconcile or void it, who
// resolves or corrects an error in it, and who decides it (an exchange rate). Each
// is read in its base form and its third person ("who approves").
var moneyControlVerb = func() map[string]bool {
	verbs := slices.Concat(checkVerbs, fixVerbs, []string{
		"tie", "void", "reverse", "change", "edit", "create", "add", "modify", "amend", "update", "alter",
		"adjust", "override", "delete", "maintain", "decide", "determine"})
	return wordSet(verbForms(verbs, formBase, formS))
}()

// checkedAgainst holds the verbs of checking one figure against another ("validated
// against the dealer agreement", "reconciled to the ledger", "tie out").
var checkedAgainst = map[string]bool{
	"validated": true, "validate": true, "validates": true, "checked": true, "check": true, "checks": true,
	"verified": true, "verify": true, "verifies": true, "matched": true, "match": true, "matches": true,
	"compared": true, "compare": true, "reconciled": true, "reconcile": true, "reconciles": true,
	"tie": true, "ties": true, "tied": true,
}

// approvedBefore holds the verbs of a check made before a value takes effect
// ("approved before it is posted").
var approvedBefore = map[string]bool{
	"approved": true, "reviewed": true, "checked": true, "validated": true, "verified": true,
	"authorised": true, "authorized": true, "confirmed": true,
}

// moneyControlReach bounds the words from "who" to its verb ("who in finance is
// allowed to change") and from a verb of approval to "before".
const moneyControlReach = 6

// moneyControlAsked reports whether the question asks for a control (how the vendor
// checks or ensures, who can change, create, approve or check, what stops an error, a
// figure checked against or tied out to another, a value approved before it takes
// effect: moneyControlForm).
func moneyControlAsked(toks []token, qtext string) bool {
	if controlAsked(qtext) && !knowsWhich(toks) {
		return true
	}
	_, _, ok := moneyControlForm(toks)
	return ok
}

// moneyControlPlain reports whether the line asks a control in one of the shapes of
// moneyControlForm over a word of the money lexicon in its money sense, and names no
// IT object, data or document of governance (plainMoney).
func moneyControlPlain(s *scratch) bool {
	toks := s.toks
	if _, _, ok := moneyControlForm(toks); !ok || !s.plainMoney() {
		return false
	}
	for k := range toks {
		if _, ok := moneyWord(toks, k); ok {
			return true
		}
	}
	return false
}

// plainMoney reports whether the line names no IT object (itWord), data (dataWord,
// unless a register of items: registerOf) or document of governance
// (governanceWord): a control asked in it bears on the money item itself.
func plainMoney(toks []token) bool {
	for k := range toks {
		if itWord(toks, k) {
			return false
		}
		if sns := senses(&toks[k]); sns&snsData != 0 && !registerOf(toks, k) || sns&snsGovernance != 0 {
			return false
		}
	}
	return true
}

// knowsWhich reports whether the question asks to know a fact ("how do we know what
// we will be billed", "how do I know which rate applies"): "know" before a word of
// asking is a request for information, not for a check that a figure is right.
func knowsWhich(toks []token) bool {
	for k := range toks {
		if w := toks[k].text; (w == "know" || w == "knows") && knowWhich[clauseNext(toks, k)] {
			return true
		}
	}
	return false
}

// knowWhich holds the words after "know" that ask for a fact.
var knowWhich = map[string]bool{"what": true, "which": true, "when": true, "where": true, "who": true, "how": true}

// clauseNext returns the word after k in the same clause, or "".
func clauseNext(toks []token, k int) string {
	if k+1 < len(toks) && toks[k+1].brk < brkClause {
		return toks[k+1].text
	}
	return ""
}

// moneyObjects adds to add, per area, moneyWeight for each word of the money lexicon
// the question has in its money sense, and returns how many there are and the first
// as written in text (a token's text may alias the scratch buffer), with the word
// before it when a moneyAfter pair made it money. Unless hits is nil, it appends
// where each of them stands in text, for the evidence of the areas.
func moneyObjects(toks []token, text string, add *[maxAreas]float32, hits *[]moneyHit) (n int, first string) {
	for k := range toks {
		a, ok := moneyWord(toks, k)
		if !ok {
			continue
		}
		add[a] += moneyWeight
		if (n == 0 || hits != nil) && toks[k].end <= len(text) {
			from := toks[k].start
			if _, lex := moneyLexicon[toks[k].text]; !lex && k > 0 && toks[k].brk < brkClause {
				if _, pair := moneyAfter[toks[k].text][toks[k-1].text]; pair {
					// Every pair read by moneyAfter is shown whole, not only
					// a calculation: "purchase orders", "pension calculations".
					// After "k" the word before it is shown too ("401(k)
					// contributions"), when it stands in the same clause.
					from = toks[k-1].start
					if toks[k-1].text == "k" && k > 1 && toks[k-1].brk < brkClause {
						from = toks[k-2].start
					}
				}
			}
			if n == 0 {
				first = text[from:toks[k].end]
			}
			if hits != nil {
				*hits = append(*hits, moneyHit{area: a, from: int32(from), to: int32(toks[k].end)})
			}
		}
		n++
	}
	return n, first
}

// moneyHit is where a word that added to a SOC 1 area's score as money (moneyObjects,
// or the step of a money process) stands in the question, so that the evidence of the
// areas names it beside the catalogue's words.
type moneyHit struct {
	area     int8
	from, to int32
}

// moneyHead holds the words moneyWord can read as money: those of moneyLexicon, the
// words moneyAfter reads after another, and "bank", "pay" and "gift". Tokens carry
// it as the class clsMoney.
var moneyHead = func() map[string]bool {
	out := map[string]bool{"bank": true, "pay": true, "gift": true}
	for w := range moneyLexicon {
		out[w] = true
	}
	for w := range moneyAfter {
		out[w] = true
	}
	return out
}()

// moneyWord returns the area of toks[k] when it is a word of the money lexicon in its
// money sense, or "bank", "pay" or "gift" before the word that makes them money ("bank
// details", "pay run", "gift card"). Not money: an error rate or a rate limit, an IT
// asset, someone in charge, the tax ID, a load balance, a premium tier, or a price the
// vendor quotes (commercialClause).
func moneyWord(toks []token, k int) (int8, bool) {
	if !hasClass(&toks[k], clsMoney, moneyHead) {
		// Most words are no money word: leave before reading their neighbours.
		return 0, false
	}
	w := toks[k].text
	a, ok := moneyLexicon[w]
	prev := ""
	if k > 0 && toks[k].brk < brkClause {
		prev = toks[k-1].text
	}
	next := clauseNext(toks, k)
	switch {
	case w == "bank" && bankNext[next]:
		return int8(areaMasterData), true
	case (w == "pay" || w == "gift") && pairNext[w][next]:
		return int8(areaTransactions), true
	case !ok:
		// A compound whose first word is itself money ("journal entries") is
		// counted once, at that word.
		a, ok = moneyAfter[w][prev]
		if _, first := moneyLexicon[prev]; first {
			return 0, false
		}
		if !ok {
			return 0, false
		}
		if k >= 2 && toks[k-1].brk < brkClause && moneyOther[prev][toks[k-2].text] {
			// "cost benefit calculations", "load distribution computations".
			return 0, false
		}
		if _, first := moneyWord(toks, k-1); first {
			// A pair whose first word is itself a pair ("holiday pay
			// calculations") is counted once too.
			return 0, false
		}
		return a, true
	case w == "interest":
		ok = moneyInterest(toks, k, prev, next)
	case moneyOther[w] != nil:
		ok = !moneyOther[w][prev] && !moneyOther[w][next] && !otherAfterOf(toks, k, moneyOther[w])
	case w == "rate" || w == "rates":
		ok = !rateOther[prev] && !strings.HasPrefix(next, "limit")
	case w == "asset" || w == "assets":
		ok = !assetOther[prev] && !assetOther[next]
	case w == "charge" || w == "charges":
		// "the rates you charge us": a verb after its subject.
		ok = prev != "in" && prev != "free" && !partyPronoun[prev] && prev != "they"
	case w == "tax" || w == "taxes":
		ok = !idWords[next]
	case w == "balance" || w == "balances":
		ok = prev != "load"
	case w == "premium" || w == "premiums":
		ok = !premiumOther[next]
	}
	if !ok || a&priceFlag != 0 && commercialClause(toks, k) || vendorsOwn(toks, k) {
		return 0, false
	}
	return a &^ priceFlag, true
}

// vendorsOwn reports whether the money word at k is the vendor's own: the vendor's
// "own" (ownedByVendor) stands in the three words before it, or its clause names "your
// company" ("the income of your company", "your own leases"). The vendor's own
// finances are a company fact, not a money item it processes for its clients.
func vendorsOwn(toks []token, k int) bool {
	lo, hi := clauseSpan(toks, k)
	for j := max(lo, k-3); j < k; j++ {
		if toks[j].text == "own" && ownedByVendor(toks, j, lo) {
			return true
		}
	}
	for j := lo; j+1 < hi; j++ {
		if toks[j].text == "your" && ownFirm[toks[j+1].text] {
			return true
		}
	}
	return false
}

// ownedByVendor reports whether "own" at j, in the clause from lo, is the vendor's:
// after "your" or "its", after the firm's possessive ("the company's own"), or with
// no owner named. Another owner's ("employees' own reimbursements", "their own
// travel", "our own bank accounts") leaves the money item a client's.
func ownedByVendor(toks []token, j, lo int) bool {
	if j == lo {
		return true
	}
	switch p := toks[j-1].text; {
	case p == "your" || p == "its":
		return true
	case p == "s":
		return j-2 >= lo && ownFirm[toks[j-2].text]
	default:
		return !ownerBefore[p] && !strings.HasSuffix(p, "s")
	}
}

// ownerBefore holds the possessives before "own" that name someone other than the
// vendor.
var ownerBefore = map[string]bool{"their": true, "our": true, "my": true, "his": true, "her": true}

// ownFirm holds the words after "your" that name the vendor as a firm.
var ownFirm = map[string]bool{"company": true, "firm": true, "business": true, "organisation": true,
	"organization": true, "group": true}

// moneyOther holds the words of the money lexicon with a second sense, each with the
// words beside it (before or after) that give it that sense: a file-system journal
// or journald's, a distributed or audit ledger, a DHCP lease, data over the wire,
// a hearing impairment, technical debt, a legal settlement. A noun of
// calcMoneyBefore has its entry too, read at the word before it when it opens a pair
// (moneyWord).
var moneyOther = func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	add := func(words []string, beside ...string) {
		set := wordSet(nil, beside...)
		for _, w := range words {
			out[w] = set
		}
	}
	add([]string{"journal", "journals"}, "file", "filesystem", "system", "systemd", "write", "ahead", "audit",
		"academic", "scientific", "peer", "medical", "research", "trade", "mode", "size", "files", "daemon", "log",
		"logs", "service", "publication", "publications", "article", "articles", "incident", "event", "events",
		"activity", "security", "operations", "operator")
	add([]string{"ledger", "ledgers"}, "audit", "immutable", "distributed", "blockchain", "crypto", "transparency",
		"append", "cryptographic", "tamper", "technology", "technologies", "change", "event", "consent", "certificate",
		"key", "risk", "security", "access")
	add([]string{"lease", "leases"}, "office", "offices", "workspace", "desk", "desks", "dhcp", "ip", "address", "lock", "leader", "distributed", "time", "duration")
	add([]string{"impairment", "impairments"}, "hearing", "visual", "vision", "sight", "cognitive", "physical",
		"performance", "service")
	add([]string{"debt", "debts"}, "technical", "design", "security")
	add([]string{"settlement", "settlements"}, "legal", "lawsuit", "litigation", "dispute", "disputes")
	add([]string{"income"}, "low")
	add([]string{"rent", "rents"}, "office", "offices", "workspace", "desk", "desks")
	add([]string{"trades"}, "people", "persons", "staff", "workers", "union", "unions")
	add([]string{"collateral"}, "marketing", "sales", "product", "brand", "training", "design", "print", "printed",
		"promotional", "damage")
	add([]string{"valuation", "valuations"}, "company", "business", "startup")
	add([]string{"pledges"}, "climate", "sustainability", "diversity", "carbon", "esg", "privacy")
	add([]string{"nav", "navs"}, "bar", "menu", "menus", "link", "links", "item", "items", "panel", "pane", "drawer",
		"header", "top", "side", "main", "mobile")
	add([]string{"deferral", "deferrals"}, "patch", "patching", "update", "updates", "upgrade", "maintenance", "release")
	add([]string{"withholding"}, "information", "data", "consent", "evidence")
	add([]string{"loan", "loans"}, "laptop", "laptops", "device", "devices", "equipment", "car", "cars", "pool")
	add([]string{"deduction", "deductions"}, "logical", "data")
	// The nouns of calcMoneyBefore, made money by a calculation after them. Their
	// other sense is given by the word before them, and moneyWord reads it
	// wherever they stand first in a moneyAfter pair ("cost benefit
	// contributions" as much as "cost benefit calculations"), not only before a
	// calculation.
	add([]string{"benefit", "benefits"}, "cost", "risk", "business", "security", "privacy", "expected")
	add([]string{"distribution", "distributions"}, "load", "probability", "statistical", "traffic", "content",
		"key", "data", "frequency", "software", "file", "normal", "weight", "power", "heat", "workload")
	add([]string{"penalty", "penalties"}, "sla", "slo", "service", "uptime", "availability", "performance")
	add([]string{"allowance", "allowances"}, "storage", "data", "bandwidth", "api", "quota", "error",
		"tolerance", "memory")
	add([]string{"retirement"}, "server", "servers", "hardware", "device", "devices", "system", "systems",
		"key", "keys", "certificate", "certificates", "data", "application", "applications", "legacy")
	add([]string{"duty", "duties"}, "call", "fiduciary")
	add([]string{"grant", "grants"}, "access", "permission", "permissions", "privilege", "role")
	add([]string{"k"}, "top")
	return out
}()

// otherAfterOf reports whether the word at k is followed by "of" and one of other
// stands in the three words after it ("settlements of legal disputes").
func otherAfterOf(toks []token, k int, other map[string]bool) bool {
	if clauseNext(toks, k) != "of" {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+4 && toks[j].brk < brkClause; j++ {
		if other[toks[j].text] {
			return true
		}
	}
	return false
}

// moneyInterest reports whether "interest" at k is money ("interest accrued", "the
// rate of interest"), not a concern or a right: a conflict or an area of interest,
// a legitimate or public interest, an interest in a matter.
func moneyInterest(toks []token, k int, prev, next string) bool {
	if interestOther[prev] || next == "in" || next == "group" || next == "groups" {
		return false
	}
	if prev == "of" && k >= 2 {
		w := toks[k-2].text
		return w == "rate" || w == "rates" || w == "amount" || w == "amounts" || w == "payment" || w == "payments"
	}
	return true
}

// interestOther holds the words before "interest" of its other senses.
var interestOther = wordSet(nil, "legitimate", "public", "best", "vested", "conflicting", "conflict", "conflicts",
	"self", "own", "mutual", "special", "customer", "user", "research", "personal", "commercial", "expressed")

// commercialClause reports whether the clause of the word at k has a commercialWord,
// or "your" stands just before it ("your hourly rate"): a price the vendor quotes or
// charges the asker is a commercial fact.
func commercialClause(toks []token, k int) bool {
	lo, hi := clauseSpan(toks, k)
	for j := max(lo, k-3); j < k; j++ {
		if toks[j].text == "your" {
			return true
		}
	}
	for j := lo; j < hi; j++ {
		if commercialWords[toks[j].text] {
			return true
		}
	}
	return false
}

// moneyControlArea returns the area of a question that asks a control over a money
// object when the area catalogue alone does not decide it (topArea): the money
// lexicon's words are added to the area scores (kept in s.area when it answers), and
// the best area answers from areaControlAsked. A question the criteria catalogue
// answers (vocabAnswers) is left to it, as before.
func (e *Engine) moneyControlArea(s *scratch, qtext string) (int, string, bool) {
	if best, _, ok := vocabAnswers(s, qtext); ok && !recordSense(s, best) {
		return 0, "", false
	}
	return e.moneyControlOver(s, qtext)
}

// recordCriteria are the criteria whose words also say how a money item is recorded,
// released or kept right: the IT control criteria with a money sense (senseSeries:
// logged, released), retained (C1.2), accurate (P7.1), and processed completely and
// accurately (integrityCriteria: the SOC 1 of a money item, guide section 8).
var recordCriteria = func() map[string]bool {
	out := map[string]bool{"C1.2": true, "P7.1": true}
	for c := range senseSeries {
		out[c] = true
	}
	for c := range integrityCriteria {
		out[c] = true
	}
	return out
}()

// recordSense reports whether the criteria catalogue's best criterion ci is of
// recordCriteria and the line names no IT object, data or policy (plainMoney):
// "Evidence of review of refunds is retained", "How is the accuracy of payouts
// checked?" ask the record or the accuracy of the money item, not of a system's data.
func recordSense(s *scratch, ci int) bool {
	if ci < 0 || ci >= len(AllCriteria) || !recordCriteria[AllCriteria[ci]] {
		return false
	}
	return s.plainMoney()
}

// moneyControlOver returns the area of a question that asks a control over a money
// object, the money lexicon's words added to the area scores (kept in s.area when it
// answers), and the first money word, whatever the criteria catalogue reads.
func (e *Engine) moneyControlOver(s *scratch, qtext string) (int, string, bool) {
	if !moneyControlAsked(s.toks, qtext) {
		return 0, "", false
	}
	var add [maxAreas]float32
	mark := len(s.mhits)
	n, first := moneyObjects(s.toks, qtext, &add, &s.mhits)
	if n == 0 {
		s.mhits = s.mhits[:mark]
		return 0, "", false
	}
	best, ok := moneyAreaBest(s, &add)
	if !ok {
		s.mhits = s.mhits[:mark] // the scores were not kept
	}
	return best, first, ok
}

// moneyAreaBest returns the best area with the money words' scores add added (kept
// in s.area when it answers), or the IT general control area when the line names an
// IT object (itgcOver); ok false when no area reaches areaControlAsked.
func moneyAreaBest(s *scratch, add *[maxAreas]float32) (int, bool) {
	sod := financialContext(s, areaSoD)
	best := -1
	for ai, v := range s.area {
		if s.otherwise&(1<<uint(ai)) != 0 || ai == areaSoD && !sod {
			continue
		}
		if best < 0 || v+add[ai] > s.area[best]+add[best] {
			best = ai
		}
	}
	if best < 0 || s.area[best]+add[best] < areaControlAsked {
		return 0, false
	}
	if it := itgcOver(s); it >= 0 {
		best = it
	}
	for ai := range s.area {
		s.area[ai] += add[ai]
	}
	return best, true
}

// itgcOver returns the IT general control area the area words score most when the
// line names an IT object (itWord: "the nightly payment batch", "access to the payee
// table"), or -1: the control is then exercised over the system that holds the money
// item, which names it (both reports, guide section 8).
func itgcOver(s *scratch) int {
	it := false
	for k := range s.toks {
		it = it || itWord(s.toks, k)
	}
	if !it {
		return -1
	}
	best := -1
	for ai, v := range s.area {
		if !isITGCArea[ai] || v <= 0 || s.otherwise&(1<<uint(ai)) != 0 {
			continue
		}
		if best < 0 || v > s.area[best] {
			best = ai
		}
	}
	return best
}

// dataWord holds the nouns of data a system holds, moves or shows, and of a person's
// details: beside them the words of logging or of data quality are about the data
// ("payment file transfer logs reviewed", "output files reconciled to control
// totals", "the totals on our dashboard"), not a money item's record (registerOf).
var dataWord = wordSet(nil, "data", "file", "files", "record", "records", "output", "outputs", "input",
	"inputs", "feed", "feeds", "log", "logs", "dataset", "datasets", "dashboard", "dashboards", "screen", "screens",
	// A person's own details are personal data, whatever process holds them
	// ("their payroll address corrected").
	"address", "addresses", "email", "phone", "personal", "name", "names")

// registerOf reports whether the word at k is a log or record "of" something: "a log
// of refunds" is a register of the money items, "transfer logs" a system's.
func registerOf(toks []token, k int) bool {
	w := toks[k].text
	return (w == "log" || w == "logs" || w == "record" || w == "records") && clauseNext(toks, k) == "of"
}

// governanceWord holds the documents of governance: "policies ... approved" asks
// about the policy, whatever it governs ("acceptable use of managed assets").
var governanceWord = wordSet(nil, "policy", "policies", "procedure", "procedures", "standard", "standards",
	"programme", "program", "charter", "framework", "plan", "plans")

// moneyControlSensed sets *area to the area of a control asked over a money object
// (moneyControlOver) and reports whether there is one, when a fired rule of IT
// control words reads them in their money sense (moneySense), or one of data quality
// or oversight reads the item's own accuracy or review, and the line names no IT
// object, data or document of governance (itWord, dataWord, governanceWord): its
// words are the money item's record or check ("Is every voided cheque logged?", "What
// happens if a payout fails validation?", "Are refunds subject to independent
// review?"), not a system's, its data files' or a policy's.
func (e *Engine) moneyControlSensed(s *scratch, qtext string, fired []firing, area *int) bool {
	sensed := false
	for _, f := range fired {
		sensed = sensed || !f.negated && (e.moneySense(s, f.rule) || qualityOrOversight(&e.rules[f.rule]))
	}
	if !sensed {
		return false
	}
	if !s.plainMoney() {
		return false
	}
	ai, _, ok := e.moneyControlOver(s, qtext)
	if ok {
		*area = ai
	}
	return ok
}

const moneyControlReason = "A control is asked over a value of money (who can change or check it, a figure checked against another or approved before it takes effect): the SOC 1 areas answer from a lower score."
