package triage

import "testing"

// A feed, file, interface or extract of eligibility, enrolment, census, contribution,
// remittance, premium or deduction data between the client and the service carries
// records that set money amounts; its exceptions, rejects, errors, kickouts and
// suspense items worked or resolved are the SOC 1 interfaces area (with
// transaction_processing only when a money transaction is named). The same feed's
// transport, format or encryption, and exceptions to a security policy, are not.
// The questions are written for this test, apart from the evaluation sets.
func TestEnrolmentFeedExceptions(t *testing.T) {
	t.Parallel()
	ifc := []string{"interfaces"}
	checkClass(t, []classCase{
		{q: "Who resolves enrolment feed rejects?", report: "soc1", areas: ifc},
		{q: "Are rejects from the eligibility feed reported back to us?", report: "soc1", areas: ifc},
		{q: "Who follows up on errors in the enrolment interface?", report: "soc1", areas: ifc},
		{q: "How do you handle exceptions in the eligibility interface from our HR system?", report: "soc1", areas: ifc},
		{q: "What happens to contribution file records that fail validation?", report: "soc1", areas: ifc},
		{q: "Who works the suspense items on the contribution interface?", report: "soc1", areas: []string{"reconciliation", "interfaces"}},
		{q: "Are enrollment extract rejections tracked until resolved?", report: "soc1", areas: ifc},
		{q: "How are exceptions from the eligibility file we send each week worked?", report: "soc1", areas: ifc},
		{q: "Who clears kickouts from the census feed?", report: "soc1", areas: ifc},
		{q: "How are remittance feed rejects worked?", report: "soc1", areas: ifc},
		{q: "How are deduction feed errors from our payroll vendor fixed?", report: "soc1", areas: ifc},
		{q: "Who resolves rejected contribution payments from the remittance file?", report: "soc1", areas: []string{"interfaces", "transaction_processing"}},
		// Near misses: the feed's channel, format or encryption; policy exceptions.
		{q: "Is the eligibility feed sent over SFTP?", report: "soc2", first: "CC6.7"},
		{q: "Does the product support eligibility files in CSV format?", report: "none", arts: []string{"custom_answer"}},
		{q: "How is the eligibility file encrypted in transit?", report: "soc2", first: "CC6.7"},
		{q: "How are eligibility rules configured in the product?", report: "none"},
		{q: "Are login attempts rejected after five failures?", report: "soc2", first: "CC6.1"},
		{q: "How are exceptions to the password policy approved?", report: "soc2", first: "CC6.1"},
	})
}
