package triage

import (
	"maps"
	"slices"
)

// A question can name a money item and ask only how the vendor bills or pays the
// asker itself ("How do I pay your invoice?", "How are we invoiced for extra
// seats?", "How are your fees worked out for our contract?"), or by which method, in
// which currency or through which channel the money moves ("Which currencies are
// payouts settled in?", "Are refunds paid by card or by cheque?"). Both are
// commercial terms, written in (the guide's facts); the accuracy, completeness,
// authorisation or safekeeping of the money the vendor processes for the client's
// own customers, staff or members is the SOC 1. termsAsked reads the two shapes for
// factAsked, and steps aside when the line names one of the client's parties or
// asks a control.

// termsAsked reports whether a sentence of the line asks the vendor's billing of the
// asker (askerBilled, or a word of the asker's contract beside a word of the bill:
// "fees under our contract", "extra seats") or a method, currency or channel
// (methodAsked), and no word of the line names a party of the client's
// (termsParty), for whom the vendor would be processing the money rather than
// billing the asker, and no word of money the vendor holds for the client
// (termsHeld: "fees deducted from our trust account"). With a word of working out (made: "calculated") only the
// asker's billing counts: the method of a calculation made for the client ("which
// method do you use to calculate interest on our loans") is its processing.
func termsAsked(toks []token, made bool) bool {
	found, contract, bill := false, false, false
	for k := range toks {
		w := toks[k].text
		if termsParty[w] || termsHeld[w] {
			return false
		}
		if k > 0 && toks[k].brk >= brkSentence {
			found = found || contract && bill
			contract, bill = false, false
		}
		bill = bill || billNoun[w]
		contract = contract || termsOwner[w] && termsObject[clauseNext(toks, k)]
		if !found {
			found = askerBilled(toks, k) || !made && methodAsked(toks, k)
		}
	}
	return found || contract && bill
}

// askerBilled reports whether toks[k] begins a reading of the vendor's billing of
// the asker: "your" before a word of the bill ("your invoice", "your fees"), or the
// asker beside a verb of billing or paying ("are we invoiced", "how do I pay",
// "bill us", "sent to us").
func askerBilled(toks []token, k int) bool {
	switch w := toks[k].text; {
	case w == "your":
		// "your invoice", but not "your invoice system" or "your billing team".
		return billNoun[clauseNext(toks, k)] && !factProduct[clauseNext(toks, k+1)] && !termsTeam[clauseNext(toks, k+1)]
	case processAsker[w]:
		if k > 0 && (toks[k-1].text == "walk" || toks[k-1].text == "take") && (w == "us" || w == "me") {
			// "walk us through charge capture": the asker is the one led
			// through the process, not the one billed ("tell us when an
			// invoice is overdue" still speaks of the asker's bill).
			return false
		}
		for j := max(0, k-2); j < len(toks) && j <= k+3; j++ {
			if toks[j].cl != toks[k].cl {
				continue
			}
			if billVerb[toks[j].text] || (w == "us" || w == "me") && j == k-2 && sentVerb[toks[j].text] && toks[k-1].text == "to" {
				return true
			}
		}
	}
	return false
}

// methodAsked reports whether toks[k] asks a method, currency or channel: "which"
// or "what" before one ("which currencies", "what payment method"), or two methods
// offered as alternatives ("by ACH or by wire", "card or cheque").
func methodAsked(toks []token, k int) bool {
	switch w := toks[k].text; {
	case w == "which" || w == "what":
		for j := k + 1; j < len(toks) && j <= k+2 && toks[j].brk < brkClause; j++ {
			if processFact[toks[j].text] {
				// "which currency", not "which currency conversion rates".
				return !methodOther[clauseNext(toks, j)]
			}
		}
	case w == "or" && k > 0 && toks[k].brk < brkClause:
		next := clauseNext(toks, k)
		if next == "by" || next == "via" {
			next = clauseNext(toks, k+1)
		}
		return methodNext(toks[k-1].text) && methodNext(next)
	}
	return false
}

var (
	// billNoun holds the words of what the vendor bills the asker: the words of a
	// price (factPrice) and those of the bill itself.
	billNoun = wordSet(slices.Collect(maps.Keys(factPrice)), "invoice", "invoices", "bill", "bills", "charges",
		"subscription", "overage", "overages", "discount", "discounts", "rebate", "rebates", "credits", "refund",
		"refunds", "payout", "payouts", "commission", "commissions", "invoiced", "billed", "charged")
	// billVerb holds the verbs by which the vendor bills the asker or the asker pays.
	billVerb = wordSet(nil, "invoiced", "billed", "charged", "invoice", "bill", "charge", "pay", "paying")
	// termsHeld holds the words of money the vendor holds or settles for the
	// client, whose movements are its safekeeping, not the asker's bill.
	termsHeld = wordSet(nil, "trust", "escrow", "custodial", "custody", "fiduciary", "settlement", "omnibus",
		"segregated")
	// methodOther holds the words after a currency or a method that make it a
	// figure applied in processing ("currency conversion rates").
	methodOther = wordSet(nil, "rate", "rates", "conversion", "conversions", "exchange", "translation",
		"revaluation", "risk", "exposure", "exposures")
	// termsTeam holds the words after a word of the bill that make it a team's name.
	termsTeam = wordSet(nil, "team", "teams", "department", "desk", "function", "group", "unit")
	// sentVerb holds the verbs of a bill sent "to us".
	sentVerb = wordSet(nil, "delivered", "sent", "emailed", "mailed", "issued", "provided", "presented")
	// termsObject holds the words of the asker's contract with the vendor.
	termsObject = wordSet(nil, "contract", "subscription", "licence", "license", "licences", "licenses", "seat",
		"seats", "renewal")
	// termsOwner holds the words before a word of the contract that make it the
	// asker's ("our contract", "extra seats"); a contract of anyone else's is not.
	termsOwner = wordSet(nil, "our", "my", "extra", "additional")
	// termsParty holds the parties of the client's own business, whose money the
	// vendor processes for it.
	termsParty = wordSet(nil, "customer", "customers", "client", "clients", "employee", "employees", "member",
		"members", "payee", "payees", "tenant", "tenants", "donor", "donors", "patient", "patients", "student",
		"students", "borrower", "borrowers", "policyholder", "policyholders", "supplier", "suppliers", "vendor",
		"vendors", "buyer", "buyers", "participant", "participants", "staff", "merchant", "merchants", "seller",
		"sellers", "provider", "providers", "agent", "agents", "contractor", "contractors", "worker", "workers",
		"claimant", "claimants", "beneficiary", "beneficiaries", "investor", "investors", "shareholder",
		"shareholders", "driver", "drivers", "partner", "partners", "manufacturer", "manufacturers", "carrier",
		"carriers", "insurer", "insurers", "payer", "payers", "pharmacy", "pharmacies", "lender", "lenders", "their")
)
