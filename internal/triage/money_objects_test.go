package triage

import "testing"

// A security rule's verb (review, create, change, allow-list) whose object is a money
// record (a ledger or bank account, a mapping, a reserve, a payout address) reads as
// the finance process, not as a user, system or code control. Near-misses: the same
// verbs over users, systems or code keep their security reading.
func TestSecurityVerbOverMoneyRecord(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "How often does a supervisor review the clearing account and chase its open items?", report: "soc1", area: "reconciliation"},
		{question: "When a new cost centre is set up, who picks the ledger account it posts to?", report: "soc1", area: "master_data"},
		{question: "Who signs off on a case reserve change beyond the adjuster's limit?", report: "soc1", area: "transaction_processing"},
		{question: "Can a customer's bitcoin be withdrawn to a new wallet address before a second officer approves it?", report: "soc1", area: "custody"},
		{question: "When a payee asks to change their bank account (do you ring them back?) who checks it before the next payment?", report: "soc1", area: "master_data"},
		// Near-misses: people's accounts, code changes, allow-listed software.
		{question: "How often does a manager review the accounts of users in the admin group?", report: "soc2", crit: "CC6.3"},
		{question: "When a new hire joins, who approves the creation of their account?", report: "soc2", crit: "CC6.2"},
		{question: "Who approves a code change before it is deployed to production?", report: "soc2", crit: "CC8.1"},
		{question: "Is application whitelisting enforced on every workstation?", report: "soc2", crit: "CC6.8"},
		{question: "Are crypto keys for the database rotated every year?", report: "soc2"},
	})
}

// A question that asks how something is done, checked or controlled is a practice, even
// when it names a contract's words (a fee schedule, tax, a plan, the asker's auditors
// testing): it is no commercial, legal or document fact. Near-misses: the fact or
// document itself asked for.
func TestPracticeNotFactOverMoney(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "How do you ensure VAT on each invoice is charged at the buyer's local rate?", report: "soc1", area: "transaction_processing"},
		{question: "Do the discounts you apply on invoices agree with the rate card in the contract?", report: "soc1", area: "transaction_processing"},
		{question: "The pension contribution file your bureau sends to the plan trustee: what control totals prove nothing was dropped?", report: "soc1", area: "interfaces"},
		{question: "Our auditors will test the accuracy of the commission figures you send us. What controls exist over them?", report: "soc1", area: "transaction_processing"},
		// Near-misses: the commercial or legal fact, or the document, itself.
		{question: "Is VAT included in the quoted price?", report: "none", artifact: "custom_answer"},
		{question: "Please send us your fee schedule for next year.", report: "none", artifact: "custom_answer"},
		{question: "Please send us your business continuity plan.", report: "none", artifact: "policy_document"},
		{question: "Will you allow our auditors to inspect your premises?", report: "none", artifact: "custom_answer"},
	})
}

// Controls over money systems whose words stand apart, four-eyes on deployments, and a
// report asked to be received with a bridge letter "also": each keeps its reading.
func TestMoneySystemControlsAndReportWithLetter(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Is the loan servicing platform encrypted at rest?", report: "both", area: "access_financial"},
		{question: "Is the borrower database of the mortgage servicing platform encrypted at rest?", report: "both", area: "access_financial"},
		{question: "Four-eyes on code merges to main?", report: "soc2", crit: "CC8.1"},
		{question: "Are production releases signed off by a second engineer?", report: "soc2", crit: "CC8.1"},
		{question: "We need to receive your SOC 1 type 2 on the claims service; please also send a bridge letter.", report: "soc1", artifact: "bridge_letter"},
		// Near-misses: no money system; four-eyes on a payment; the letter alone.
		{question: "Is the marketing CMS database encrypted at rest?", report: "soc2", crit: "CC6.1"},
		{question: "Are production databases replicated across two regions?", report: "soc2", not: "CC8.1"},
		{question: "Four-eyes on outgoing wires?", report: "soc1", area: "segregation_of_duties"},
		{question: "We already hold your SOC 2; please also send the bridge letter.", report: "none", artifact: "bridge_letter"},
	})
}
