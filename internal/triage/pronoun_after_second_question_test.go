package triage

import "testing"

// A pronoun near the start of a second question after ", and who/how/when …"
// stands for the subject of the part before it: "Is access to production
// restricted, and who reviews it?" asks who reviews the access (CC6.3), and
// "Are backups taken nightly, and who tests them?" asks a restore test (A1.3).
// Near misses: a second question with its own object, a pronoun after a
// preposition, and a part before it that is a list. The questions are written
// for this test.
func TestPronounCarriesSubjectAcrossSecondQuestion(t *testing.T) {
	t.Parallel()
	checkRanks(t, []rankCase{
		{question: "Is access to production restricted, and who reviews it?", first: "CC6.3", top: []string{"CC6.1"}},
		{question: "Is access to production restricted, and how often is it reviewed?", first: "CC6.3", top: []string{"CC6.1"}},
		{question: "Is access to customer data limited to support staff, and who reviews it?", first: "CC6.3", top: []string{"CC6.1"}},
		{question: "Is access to customer data limited to support staff, and how often is it reviewed?", first: "CC6.3", top: []string{"CC6.1"}},
		{question: "Is privileged access granted through tickets, and who reviews it?", first: "CC6.3"},
		{question: "Are backups taken nightly, and who tests them?", first: "A1.2", top: []string{"A1.3"}},
		{question: "Are database backups encrypted, and who tests them?", first: "A1.2", top: []string{"A1.3"}},
		{question: "Is the disaster recovery plan written down, and who tests it?", top: []string{"A1.3", "CC9.1"}},
		// Near misses.
		{question: "Is access to production restricted, and who reviews the logs?", first: "CC7.2", absent: []string{"CC6.3"}},
		{question: "Is user access reviewed, and who approves the review?", first: "CC6.3", absent: []string{"CC6.2"}},
		{question: "Are the firewall rules documented, and who reviews them?", first: "CC6.6"},
		{question: "Are encryption keys stored in a KMS, and who rotates them?", first: "CC6.1"},
		{question: "Is the incident response plan documented, and who tests it?", first: "CC7.4"},
		{question: "Describe the security program, including the governing policy, whether the board approved it, and how often it is reviewed.", top: []string{"CC5.3"}, absent: []string{"CC4.1"}},
	})
}

// A policy or plan asked for beside the insurance certificate gives both
// documents: only "insurance policy" or "policy of insurance", the cover itself,
// keeps the policy word from reading as a policy document.
func TestPolicyBesideInsuranceCertificate(t *testing.T) {
	t.Parallel()
	both := []string{"policy_document", "insurance_certificate"}
	cert := []string{"insurance_certificate"}
	checkClass(t, []classCase{
		{q: "Provide your access control policy and certificate of insurance", report: "none", arts: both},
		{q: "Please attach your information security policy and a certificate of insurance.", report: "none", arts: both},
		{q: "Send us your incident response plan and proof of insurance.", report: "none", arts: both},
		{q: "Upload your business continuity plan together with your insurance certificate.", report: "none", arts: both},
		{q: "Attach your password policy and certificate of insurance showing cyber liability.", report: "none", arts: both},
		{q: "Provide your certificate of insurance and your password policy.", report: "none", arts: both},
		// Near misses: the insurance policy is the cover, shown by its certificate.
		{q: "Provide your cyber insurance policy.", report: "none", arts: cert},
		{q: "Please attach your E&O insurance policy.", report: "none", arts: cert},
		{q: "Provide a copy of your insurance policy and certificate of insurance.", report: "none", arts: cert},
		{q: "Provide your policy of insurance for cyber risks.", report: "none", arts: cert},
		{q: "Upload your professional liability policy.", report: "none", arts: cert},
		{q: "Attach your information security policy.", report: "none", arts: []string{"policy_document"}},
	})
}

// Claims or losses the respondent has made under its own insurance or bond over a
// period are its loss history, a company fact written in (custom_answer), not the
// certificate of its cover. Claims the respondent processes for others stay SOC 1
// transaction processing, and the cover itself keeps its certificate.
func TestLossHistoryIsACompanyFact(t *testing.T) {
	t.Parallel()
	fact := []string{"custom_answer"}
	cert := []string{"insurance_certificate"}
	tp := []string{"transaction_processing"}
	checkClass(t, []classCase{
		{q: "Has a claim been made against your E&O policy in the last five years?", report: "none", arts: fact},
		{q: "What is your claims history under your crime policy?", report: "none", arts: fact},
		{q: "Have any claims been made under your professional liability insurance in the past three years?", report: "none", arts: fact},
		{q: "Has the company submitted a claim to its cyber insurer in the last 5 years?", report: "none", arts: fact},
		{q: "Describe any losses paid under your fidelity bond since 2020.", report: "none", arts: fact},
		{q: "Please list all claims notified under your cyber policy during the last five years.", report: "none", arts: fact},
		{q: "Have you had any insurance claims in the last three years?", report: "none", arts: fact},
		{q: "Have you ever filed a cyber insurance claim?", report: "none", arts: fact},
		// Near misses: the cover itself, and claims processed for others.
		{q: "Provide your certificate of cyber insurance.", report: "none", arts: cert},
		{q: "What are the limits of your E&O policy?", report: "none", arts: cert},
		{q: "How do you process insurance claims submitted by policyholders?", report: "soc1", areas: tp, arts: []string{}},
		{q: "How are claims made by our members adjudicated?", report: "soc1", areas: tp, arts: []string{}},
	})
}
