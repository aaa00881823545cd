package triage

import "testing"

// "Insurance" naming the asker's or its customers' line of business ("a prospect in
// insurance", "we are an insurance carrier", "insurance clients") is a sector, not
// cover the vendor holds: it asks for no insurance certificate. Cover named as such
// ("certificate of insurance", "cyber insurance coverage", "proof of E&O
// insurance"), the vendor's own insurer ("your insurance carrier") and an amount held
// "in insurance" still do. The questions are written for this test, apart from the
// evaluation sets.
func TestInsuranceAsASector(t *testing.T) {
	t.Parallel()
	none := []string{}
	cert := []string{"insurance_certificate"}
	checkClass(t, []classCase{
		{q: "We are a prospect in insurance; please send your SOC 2.", report: "soc2", arts: none},
		{q: "We are a regional insurance broker. Is MFA enforced for admins?", report: "soc2", arts: none},
		{q: "As an insurance carrier, we ask: is MFA enforced for administrators?", report: "soc2", arts: none},
		{q: "Which insurance companies use your platform?", report: "none", arts: []string{"custom_answer"}},
		{q: "How many of your customers are in insurance?", report: "none", arts: []string{"custom_answer"}},
		{q: "Our insurance clients need your SOC 2 Type II.", report: "soc2", arts: none},
		{q: "We work in the insurance sector. How is access to production reviewed?", report: "soc2", arts: none},
		{q: "Do you serve insurance firms like ours? Send the SOC 2.", report: "soc2", arts: none},
		{q: "Do you serve insurance and banking clients? Send the SOC 2.", report: "soc2", arts: none},
		{q: "We are a Lloyd's insurance syndicate; please share your SOC 2.", report: "soc2", arts: none},
		// Near misses: cover the vendor holds, its insurer, an amount of cover.
		{q: "Please provide a certificate of insurance.", report: "none", arts: cert},
		{q: "Provide your insurance and financial statements.", report: "none", arts: []string{"insurance_certificate", "financial_statements"}},
		{q: "What cyber insurance coverage do you carry?", report: "none", arts: cert},
		{q: "Please provide proof of E&O insurance.", report: "none", arts: cert},
		{q: "Who is your insurance carrier, and what are the policy limits?", report: "none", arts: []string{"insurance_certificate", "custom_answer"}},
		{q: "Do you carry at least $5M in insurance against data breaches?", report: "none", arts: cert},
		{q: "We are an insurance carrier; do you carry cyber liability insurance?", report: "none", arts: cert},
		{q: "Name your insurance company and attach the certificate.", report: "none", arts: []string{"insurance_certificate", "custom_answer"}},
		{q: "Who is the vendor's insurance broker?", report: "none", arts: cert},
		{q: "Who is the insurance broker?", report: "none", arts: cert},
	})
}

// The respondent named by any of the words that name it elsewhere ("the contractor",
// "the bidder", "the suppliers") owns the insurer after it, as "your" and "the
// vendor's" do; the asker's own insurer, or one with no owner before "insurance
// industry", is still a sector. The questions are written for this test.
func TestRespondentNamedOwnsItsInsurer(t *testing.T) {
	t.Parallel()
	none := []string{}
	cert := []string{"insurance_certificate"}
	checkClass(t, []classCase{
		{q: "Who is the contractor's insurance carrier?", report: "none", arts: []string{"insurance_certificate", "custom_answer"}},
		{q: "Name the bidder's insurance broker and its policy limits.", report: "none", arts: cert},
		{q: "Who is the offeror's insurance company?", report: "none", arts: cert},
		{q: "Which firm acts as the suppliers' insurance broker?", report: "none", arts: cert},
		{q: "Who is your insurance carrier?", report: "none", arts: []string{"insurance_certificate", "custom_answer"}},
		{q: "Do you serve insurance and lending clients? Send the SOC 2.", report: "soc2", arts: none},
		{q: "Who is its insurance company?", report: "none", arts: cert},
		// Near misses: a line of business, with or without an owner.
		{q: "Our insurance clients need your SOC 2 Type II.", report: "soc2", arts: none},
		{q: "We are a regional insurance broker. Is MFA enforced for admins?", report: "soc2", arts: none},
	})
}
