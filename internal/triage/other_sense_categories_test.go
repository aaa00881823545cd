package triage

import "testing"

// A category comes from the question's subject, not from a word of it read in
// another sense: a weighing scale is no scaling, a status page (or "status pg") for
// outages is external communication (CC2.3), a threshold or SLA target breached is
// no data breach, a row code such as "DRP-04" names the form's section, not a
// recovery plan, and an incident the vendor itself will report to the customer is
// incident response (CC7.4), not a subprocessor's breach notice (P6.5). The questions
// are written for this test, apart from the evaluation sets.
func TestCategoriesFromWordsInAnotherSense(t *testing.T) {
	t.Parallel()
	sec := []string{"security"}
	avail := []string{"availability"}
	checkClass(t, []classCase{
		{q: "Quarry team: are access logs kept for a year (not the weighbridge scale logs) and sent to a SIEM?", report: "soc2", cats: sec, crit: "CC7.2"},
		{q: "status pg for downtime + customer comms", report: "soc2", cats: sec, crit: "CC2.3"},
		{q: "The provider shall track storage utilisation and warn us a month before quota limits will be breached.", report: "soc2", cats: avail, crit: "A1.1"},
		{q: "4.1 Supplier shall report CPU and memory usage weekly, with dates by which SLA targets are expected to be breached.", report: "soc2", cats: avail, crit: "A1.1"},
		{q: "BCR-02 State the RTO and RPO of the ticketing service and the date of the last restore test that met them.", report: "soc2", cats: avail, crit: "A1.3"},
		{q: "How quickly will the contractor report a confirmed security incident affecting our records, and to whom?", report: "soc2", cats: sec, crit: "CC7.4"},
		// Near-misses: the word in its own sense.
		{q: "How do you scale the platform when traffic spikes?", report: "soc2", cats: avail, crit: "A1.1"},
		{q: "Must subprocessors report breaches of personal data to you within 48 hours?", report: "soc2", crit: "P6.5"},
		{q: "Is the disaster recovery plan tested every year?", report: "soc2", crit: "CC9.1"},
		{q: "Is a data breach notified to affected customers within 72 hours?", report: "soc2", crit: "CC7.4"},
	})
}
