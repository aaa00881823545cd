package triage

import "testing"

// A check the product runs on what comes in (required fields, formats, ranges, and
// what happens to a row that fails) is a processing integrity control, not a
// feature of the product; nor are the general IT controls over the layers that
// support a service. Importing, exporting and the systems a client runs on stay
// features.
func TestControlNotFeature(t *testing.T) {
	t.Parallel()
	checkClass(t, []classCase{
		{q: "When files are imported into the service, are malformed or incomplete entries flagged and held back from processing?", report: "soc2", arts: []string{}, crit: "PI1.2"},
		{q: "Does the API validate payload formats and reject requests with missing required attributes?", report: "soc2", arts: []string{}, crit: "PI1.2"},
		{q: "Is every record coming in through the bulk upload checked against format rules, with failures reported back to the submitter?", report: "soc2", arts: []string{}, crit: "PI1.2"},
		{q: "Is a spreadsheet that arrives through the portal refused as a whole when a mandatory column is empty?", report: "soc2", arts: []string{}, crit: "PI1.2"},
		{q: "BULK LOAD - INVALID ROWS QUARANTINED, NOT SILENTLY SKIPPED? Y/N", report: "soc2", arts: []string{}, crit: "PI1.2"},
		{q: "Describe the IT general controls over the infrastructure that supports the platform (operating system, database, network) and who runs each.", report: "soc2", arts: []string{}, crit: "CC5.2"},
		// Near misses: features, and controls already read as such.
		{q: "On bulk import, does the system validate each row for mandatory columns and acceptable value ranges, and reject rows that fail?", report: "soc2", arts: []string{}, crit: "PI1.2"},
		{q: "Outline the IT general controls covering the operating systems and databases supporting the application.", report: "soc2", arts: []string{}, crit: "CC5.2"},
		{q: "Does the platform support bulk import of contacts from CSV?", report: "none", arts: []string{"custom_answer"}},
		{q: "Can the tool import spreadsheets from Excel?", report: "none", arts: []string{"custom_answer"}},
		{q: "What is the maximum file size for bulk uploads?", report: "none", arts: []string{"custom_answer"}},
		{q: "Does the product support exporting reports to PDF?", report: "none", arts: []string{"custom_answer"}},
		{q: "Which payment gateways and browsers does the checkout module support?", report: "none", arts: []string{"custom_answer"}},
	})
}
