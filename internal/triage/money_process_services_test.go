package triage

import "testing"

// A money process named by its business word and "processing" (gift aid, refund,
// rebate or fee processing), a store named by the money records it holds (a database
// keeping settlement or ledger records) and an interface named by the payments it
// carries are money systems: their continuity plans, privileged access and service
// accounts are both reports. A BCP or DRP said by its initials counts like the words
// spelled out. The same controls over data that is no money, or a processing word with
// no money before it, stay SOC 2.
func TestMoneyProcessingServicesAndStores(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkClass(t, []classCase{
		{q: "Does the refund processing service have a recovery plan, and when was it last exercised?",
			report: "both", areas: []string{"operations_financial"}},
		{q: "Is there a BCP for the membership dues processing team's systems?",
			report: "both", areas: []string{"operations_financial"}},
		{q: "Which administrators can query the warehouse storing treasury records, and is that access reviewed?",
			report: "both", areas: []string{"access_financial"}},
		{q: "On the server keeping the payout records, is root access restricted to named engineers?",
			report: "both", areas: []string{"access_financial"}},
		{q: "Is interactive login blocked for the service accounts of the remittance interface?",
			report: "both", areas: []string{"access_financial"}},
		{q: "Is a DRP in place for the premium billing platform?",
			report: "both", areas: []string{"operations_financial"}},
		// Near-misses: processing of data, a store of personal data, an interface with
		// no money, a continuity plan with no money system.
		{q: "Is there a business continuity plan for the image processing service?", report: "soc2", areas: none},
		{q: "Is privileged access to the database holding customer contact data restricted?", report: "soc2", areas: none},
		{q: "Are service account passwords for the HR interface rotated?", report: "soc2", areas: none},
		{q: "Is your BCP tested every year?", report: "soc2", areas: none},
	})
}
