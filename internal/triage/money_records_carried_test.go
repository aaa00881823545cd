package triage

import "testing"

// Money records named by their money word and carried as transactions or batches
// (refund batches, toll transactions, rebate transactions over EDI) that are exported,
// transferred or transmitted and checked complete are the interfaces objective, SOC 1
// alone: the completeness check is the interface's, not a SOC 2 processing-integrity
// half beside it. Near-misses: records with no money in them, logs, and money files
// asked only about their channel's encryption (both reports, the interface's security).
func TestMoneyRecordsCarriedAreInterfaces(t *testing.T) {
	t.Parallel()
	checkReportCases(t, []reportCase{
		{question: "Refund batches exported to the card processor: are control totals agreed before release?", report: "soc1", area: "interfaces", not: "PI1.3"},
		{question: "Toll transactions transferred from the roadside system: are record counts matched?", report: "soc1", area: "interfaces", not: "PI1.3"},
		{question: "Rebate transactions we transmit over EDI: how do you confirm each transmission is complete?", report: "soc1", area: "interfaces"},
		// Near-misses: no money carried, or the channel's encryption asked.
		{question: "Telemetry files we upload nightly - how do you confirm every file arrives complete?", report: "soc2", crit: "PI1.2"},
		{question: "Clickstream events are exported to our warehouse: are record counts checked?", report: "soc2", crit: "PI1.3"},
		{question: "Survey batches imported from the field tablets: are record counts checked?", report: "soc2", crit: "PI1.3"},
		{question: "Are transmissions of log files to the SIEM confirmed complete?", report: "soc2"},
		{question: "Are payment transactions uploaded to the bank sent over an encrypted channel?", report: "both", area: "interfaces", crit: "CC6.7"},
	})
}
