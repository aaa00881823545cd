package triage

import "testing"

// Naming the asker's company as an additional insured, certificate holder or loss
// payee on the respondent's policies is part of the certificate of insurance, not a
// fact about the company to write in: "name our company" there is no question of
// which company. The questions are written for this test, apart from the evaluation
// sets.
func TestCompanyNamedAsInsured(t *testing.T) {
	t.Parallel()
	coi := []string{"insurance_certificate"}
	checkClass(t, []classCase{
		{q: "Confirm your cyber liability limits and name our company as an additional insured.", report: "none", arts: coi},
		{q: "Can you name our company as certificate holder on your COI?", report: "none", arts: coi},
		{q: "We require that you name our company and its affiliates as additional insureds on the E&O policy.", report: "none", arts: coi},
		{q: "Please name our company as loss payee on the property insurance policy.", report: "none", arts: coi},
		{q: "State the per-claim limit of your professional liability cover; please also name our company as an additional insured.", report: "none", arts: coi},
		// Near misses: a company or contact asked for by name.
		{q: "Name our company's primary contact for security incidents.", report: "none", arts: []string{"custom_answer"}},
		{q: "Please name the company that hosts your data.", report: "none", arts: []string{"custom_answer"}},
		{q: "Please name your insurance carrier.", report: "none", arts: coi},
	})
}
