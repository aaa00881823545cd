package triage

import "testing"

// A row of column titles or the definition of a term asks nothing and states no
// control: none, no artifact, with the reason in the evidence. A control that uses a
// defined term, a quoted term with a control verb, and a section beside a question
// keep their verdict. The rows are written for this test, apart from the evaluation
// sets.
func TestRowsThatAskNothing(t *testing.T) {
	t.Parallel()
	nothing := []string{}
	checkClass(t, []classCase{
		// Column titles.
		{q: "Ref | Requirement | Responsible Team | Review Cadence | Mapped TSC", report: "none", arts: nothing},
		{q: "Control No.\tControl Statement\tControl Owner\tSOC 2 Criteria", report: "none", arts: nothing},
		{q: "| Domain | Control Objective | Evidence Location | ICFR Relevant |", report: "none", arts: nothing},
		{q: "Key | Access Review Procedure | Frequency | Tester", report: "none", arts: nothing},
		// Definitions.
		{q: "Definitions: \"Privileged user\" means a person with administrative rights to production systems.", report: "none", arts: nothing},
		{q: "'Customer Data' shall mean all data uploaded to the Service by Customer or its users.", report: "none", arts: nothing},
		{q: "Definition – \"Security incident\" refers to any event that threatens the confidentiality of Company data.", report: "none", arts: nothing},
		{q: "Personal data means any information relating to an identified or identifiable person.", report: "none", arts: nothing},
		{q: "\"Payroll change\" is defined as any edit to a pay rate, bank account or deduction.", report: "none", arts: nothing},
		// Near misses: controls that use a term, and a section beside a question.
		{q: "Privileged users with administrative rights to production sign in with MFA.", report: "soc2"},
		{q: "'Customer Data' is encrypted in transit and at rest.", report: "soc2"},
		{q: "Domain | Are access rights reviewed every quarter?", report: "soc2"},
		{q: "Owner: IT Director. Frequency: quarterly. User access is reviewed by system owners.", report: "soc2"},
		{q: "Backups are copied off site by secure means every night.", report: "soc2"},
		{q: "Risk appetite is defined as part of the annual plan and approved by the board.", report: "soc2"},
		// A filled row of a control matrix (its frequency filled in) and a control of
		// "our" process are not a header or a definition.
		{q: "Firewall rule review | Semi-annual | Network Team", report: "soc2"},
		{q: "Vulnerability scanning | Weekly | Security", report: "soc2"},
		{q: "Payroll reconciliation | Monthly | Finance", report: "soc1"},
		{q: "Backup restore test | Annually | Infrastructure", report: "soc2"},
		{q: "Our backup process means data can be restored within four hours.", report: "soc2"},
	})
}
