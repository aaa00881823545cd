package triage

import (
	"strings"
	"testing"
)

// IT controls over a money system named by the process it runs ("the collections
// system", "the remittance platform", "the claims payment engine"), asked in terse
// cells, dash-separated asks, statements and questions, are both reports; the data
// of such a system named with no system ("payroll data") is too, for its encryption
// and the disposal of the media that hold it. Near misses: the same controls over a
// system that runs no money process, "collections" in another sense, and the data
// of a money process asked about as the process itself.
func TestITControlsOverSystemNamedByMoneyProcess(t *testing.T) {
	t.Parallel()
	money := []string{
		"collections system", "remittance platform", "disbursement module", "premium ledger",
		"claims payment engine", "payroll calculation engine", "billing database", "settlement system",
	}
	other := []string{"ticketing system", "HR portal", "document management system", "build server"}
	controls := []struct {
		name  string
		forms [4]string // terse cell, dash-separated ask, statement, question
	}{
		{"backup", [4]string{"Backups of the %s: frequency?", "Backups of the %s - daily / weekly?",
			"The %s is backed up daily.", "How often is the %s backed up?"}},
		{"restore", [4]string{"Restores of the %s backups: tested?", "Restore of the %s - tested / untested?",
			"Restores of the %s backups are tested at least annually.", "Are restores of the %s backups tested?"}},
		{"encryption", [4]string{"Data held in the %s: encrypted at rest?", "Data held in the %s - encrypted at rest / not?",
			"Data held in the %s is encrypted at rest.", "Is the data held in the %s encrypted at rest?"}},
		{"disposal", [4]string{"Disposal of drives from the %s: wiped?", "Disposal of drives and hard copy from the %s - shredded / wiped?",
			"Drives and hard copy from the %s are shredded or wiped before disposal.",
			"Are drives and hard copy from the %s shredded or wiped before disposal?"}},
		{"change", [4]string{"Changes to the %s: tested and approved before release?", "Changes to the %s - tested and approved before release?",
			"Changes to the %s are tested and approved by someone other than the developer before release.",
			"Are changes to the %s tested and approved before release?"}},
		{"review", [4]string{"Access reviews for the %s: quarterly?", "Access to the %s - reviewed quarterly?",
			"User access to the %s is reviewed quarterly.", "Is user access to the %s reviewed periodically?"}},
		{"mfa", [4]string{"MFA for the %s: enforced?", "MFA for the %s - yes / no?",
			"MFA is enforced for all users of the %s.", "Is MFA required to log in to the %s?"}},
	}
	var cases []reportCase
	for _, c := range controls {
		for _, form := range c.forms {
			for _, sys := range money {
				if c.name == "change" && sys == "premium ledger" {
					continue // changes to a ledger read as its entries' changes (money_sense)
				}
				cases = append(cases, reportCase{question: strings.Replace(form, "%s", sys, 1), report: "both"})
			}
			for _, sys := range other {
				cases = append(cases, reportCase{question: strings.Replace(form, "%s", sys, 1), report: "soc2"})
			}
		}
	}
	cases = append(cases,
		reportCase{question: "Is media holding billing data wiped before disposal?", report: "both", area: "access_financial"},
		reportCase{question: "Payroll data at rest: encrypted?", report: "both", area: "access_financial"},
		reportCase{question: "Changes to the claims payment engine that pays our members - are they tested and approved by someone other than the developer before release?", report: "both", area: "change_financial"},
		// Near misses.
		reportCase{question: "Do employees who handle payroll data complete security awareness training every year?", report: "soc2"},
		reportCase{question: "Is log data wiped from retired drives before disposal?", report: "soc2"},
		reportCase{question: "Customer data on returned laptops - wiped / destroyed?", report: "soc2"},
		reportCase{question: "Are drives from the art collections catalogue server wiped before disposal?", report: "soc2"},
		reportCase{question: "Evidence collections platform: backed up daily?", report: "soc2"},
		reportCase{question: "Data collections in the research platform: encrypted at rest?", report: "soc2"},
		reportCase{question: "Is the collection of personal data limited to what is needed for the stated purpose?", report: "soc2"},
		reportCase{question: "Is payroll data reconciled to the general ledger after each pay run?", report: "soc1"},
		reportCase{question: "Are payroll data changes (rates, bank details) approved by a second person before the pay run?", report: "soc1"},
	)
	checkReportCases(t, cases)
}
