package triage

import "testing"

// A report request that tells facts on its way (who the asker or its customer is,
// who will test what, what the report is for, when it is needed, a question put to a
// colleague about the request) gets no written answer for them: the facts are told,
// not asked of the respondent. A pronoun that asks again for what the line asked ("Can
// you transmit it?") adds nothing either. The near misses ask the fact beside the
// report, in a question, a request or a list after one, and keep the written answer.
func TestFactsToldBesideReport(t *testing.T) {
	t.Parallel()
	none := []string{}
	written := []string{"custom_answer"}
	checkClass(t, []classCase{
		{q: "Send us your SOC 2 Type II; our client, founded in 1998 and hosted in eu-west, needs it before the deal closes.",
			report: "soc2", arts: none},
		{q: "Our parent company's procurement team has asked us to collect it - could you share the current SOC 1 report?",
			report: "soc1", arts: none},
		{q: "We are a 400-employee credit union headquartered in Ohio; please forward your SOC 2 Type 2.",
			report: "soc2", arts: none},
		{q: "Our external auditors will inspect your facilities on site next quarter, so kindly send the SOC 1 Type 2 ahead of that.",
			report: "soc1", arts: none},
		{q: "Ahead of our contract renewal date, please send the latest SOC 2.", report: "soc2", arts: none},
		{q: "quick one: who owns this? customer needs the SOC 2 type 2 by Monday", report: "soc2", arts: none},
		{q: "As our company was incorporated in Delaware last year, the auditors want your SOC 1 report.",
			report: "soc1", arts: none},
		{q: "For our new Frankfurt hosting region, is a SOC 2 Type 1 available as of launch?",
			report: "soc2", typ: "type1", arts: none},
		{q: "Do you have a SOC 1 report? Can you transmit it?", report: "soc1", arts: none},
		// Near misses: the fact is asked beside the report.
		{q: "Please send the SOC 2 and tell us where your data is hosted.", report: "soc2", arts: written},
		{q: "Send the SOC 2 Type 2 report, and who owns your company?", report: "soc2", arts: written},
		{q: "Provide the SOC 2 report, your headcount and your annual revenue band.", report: "soc2", arts: written},
		{q: "For the SOC 2 you send, who is the ultimate parent company?", report: "soc2", arts: written},
		{q: "Our data must stay within the EU; please also send your SOC 2 report.", report: "soc2", arts: written},
		{q: "Our auditors may visit your site each year? Please also send the SOC 1.", report: "soc1", arts: written},
		// The asker's duty to learn the fact asks it.
		{q: "We need the SOC 2 report and we must know where our data is stored.", report: "soc2", arts: written},
		{q: "Send the SOC 1; we must also understand who owns your company.", report: "soc1", arts: written},
		// The asker's duty of its own tells.
		{q: "We must keep our data in the EU, and our auditors need your SOC 2.", report: "soc2", arts: none},
	})
}
