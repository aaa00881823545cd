package split

import "testing"

// A chapter title straight over the title of its first part heads the
// questions with it, in the " > " form of any nested headings, instead of
// turning into a row of its own; titles left at the end with nothing under
// them are all rows, and short lines naming documents stay rows anywhere.
func TestSplitTitleOverTitle(t *testing.T) {
	t.Parallel()
	checkSplitCases(t, []splitCase{
		{"a chapter over its first part", "Data Protection\nEncryption at rest\nDo you encrypt customer data at rest?", []sq{
			{"Do you encrypt customer data at rest?", "Data Protection > Encryption at rest", 3}}},
		{"in capitals", "DATA PROTECTION\nKEY MANAGEMENT\nWho can export the master keys?", []sq{
			{"Who can export the master keys?", "DATA PROTECTION > KEY MANAGEMENT", 3}}},
		{"in bold", "*Resilience*\n*Backups*\nHow often are restores tested?", []sq{
			{"How often are restores tested?", "Resilience > Backups", 3}}},
		{"three levels", "Operations\nBusiness continuity\nRecovery testing\nWhen was the plan last exercised?", []sq{
			{"When was the plan last exercised?", "Operations > Business continuity > Recovery testing", 4}}},
		{"a blank line between chapter and part", "Data Protection\nEncryption at rest\nIs tenant data encrypted?\n\nLogging\n\nAudit trail\nAre admin actions logged?", []sq{
			{"Is tenant data encrypted?", "Data Protection > Encryption at rest", 3},
			{"Are admin actions logged?", "Logging > Audit trail", 8}}},
		{"titles left at the end are rows", "Do you screen new hires?\nVendor Management\nAccess Control", []sq{
			{"Do you screen new hires?", "", 1}, {"Vendor Management", "", 2}, {"Access Control", "", 3}}},
		{"a run of titles left at the end is a run of rows", "Data Protection\nIs tenant data encrypted?\nVendor Management\nAccess Control\nIncident Response", []sq{
			{"Is tenant data encrypted?", "Data Protection", 2}, {"Vendor Management", "", 3}, {"Access Control", "", 4},
			{"Incident Response", "", 5}}},
		{"a long list of titles at the end loses no line", "Asset Management\nAccess Control\nBusiness Continuity\nChange Management\n" +
			"Cryptography\nData Retention\nEndpoint Security\nHuman Resources\nIncident Response\nLogging", []sq{
			{"Asset Management", "", 1}, {"Access Control", "", 2}, {"Business Continuity", "", 3}, {"Change Management", "", 4},
			{"Cryptography", "", 5}, {"Data Retention", "", 6}, {"Endpoint Security", "", 7}, {"Human Resources", "", 8},
			{"Incident Response", "", 9}, {"Logging", "", 10}}},
		{"four titles straight under each other are a list", "Asset Management\nAccess Control\nBusiness Continuity\nChange Management\nDo you test restores?", []sq{
			{"Asset Management", "", 1}, {"Access Control", "", 2}, {"Business Continuity", "", 3},
			{"Do you test restores?", "Change Management", 5}}},
		{"a numbered title over context for the next item is a row", "4. Pen test summary\nWe are a bank.\n9. Do you encrypt backups?", []sq{
			{"Pen test summary", "", 1}, {"We are a bank. Do you encrypt backups?", "", 2}}},
		{"headings nine deep lose no line", "# One\n## Two\n### Three\n#### Four\n##### Five\n###### Six\nSEVEN\n*Eight*\nNine\nDo you test restores?", []sq{
			{"Eight", "One > Two > Three > Four > Five > Six > SEVEN", 8},
			{"Do you test restores?", "One > Two > Three > Four > Five > Six > SEVEN > Nine", 10}}},
		{"documents listed over a question are rows", "SOC 2 report\nPen test summary\nIs MFA enforced for admins?", []sq{
			{"SOC 2 report", "", 1}, {"Pen test summary", "", 2}, {"Is MFA enforced for admins?", "", 3}}},

		// Near misses.
		{"a part after questions replaces the title before it", "Data Protection\nEncryption at rest\nIs tenant data encrypted?\nAccess Control\nIs MFA on for admins?", []sq{
			{"Is tenant data encrypted?", "Data Protection > Encryption at rest", 3},
			{"Is MFA on for admins?", "Access Control", 5}}},
		{"a title over a label with a colon", "Resilience\nBackups:\nHow often are restores tested?", []sq{
			{"How often are restores tested?", "Resilience > Backups", 3}}},
		{"a first line alone above a blank one titles the paste", "Acme Security Review\n\nAccess Control\nIs MFA on for admins?", []sq{
			{"Is MFA on for admins?", "Access Control", 4}}},
		{"a Markdown heading over a deeper one at the end", "# Security\n## Encryption", []sq{
			{"Encryption", "Security", 2}}},
		{"a document named in capitals heads questions about it", "Penetration Test Report\nWhen was the last test run?", []sq{
			{"When was the last test run?", "Penetration Test Report", 2}}},
		{"a document's title over a title does not open a chapter", "SOC 2 Report\nPen Test Summary\nIs MFA enforced for admins?", []sq{
			{"SOC 2 Report", "", 1}, {"Is MFA enforced for admins?", "Pen Test Summary", 3}}},
		{"a chapter over documents heads the first", "Assurance\nSOC 2 Report\nPen Test Summary\nIs MFA enforced for admins?", []sq{
			{"SOC 2 Report", "Assurance", 2}, {"Is MFA enforced for admins?", "Pen Test Summary", 4}}},
		{"a bold title over a plain one nests as before", "*Resilience*\nBackups\nHow often are restores tested?", []sq{
			{"How often are restores tested?", "Resilience > Backups", 3}}},
		{"a numbered title over a title", "1. Data Protection\nEncryption at rest\nIs tenant data encrypted?", []sq{
			{"Is tenant data encrypted?", "Data Protection > Encryption at rest", 3}}},
	})
}

// A report's or a summary's name in sentence case heads the questions under
// it when it stands alone as a title: set off from the text above by a
// blank line (or opening the text), with no other document's name under it.
// Among other documents' names, or straight under a question, it is one of
// the documents asked for, and a request for a report is never a title.
func TestSplitReportTitles(t *testing.T) {
	t.Parallel()
	checkSplitCases(t, []splitCase{
		{"a summary opening the text", "Executive summary\n\nWho owns the security programme?\nIs it reviewed by the board?", []sq{
			{"Who owns the security programme?", "Executive summary", 3},
			{"Is it reviewed by the board?", "Executive summary", 4}}},
		{"a report after a blank line", "Do you run a SOC?\n\nAudit report\nWho performed your last audit?", []sq{
			{"Do you run a SOC?", "", 1}, {"Who performed your last audit?", "Audit report", 4}}},
		{"over numbered questions", "Findings reports\n1. Were all high findings closed?\n2. Who signed off the fixes?", []sq{
			{"Were all high findings closed?", "Findings reports", 2}, {"Who signed off the fixes?", "Findings reports", 3}}},
		{"over a request for the report", "Audit report\nPlease provide your latest audit report.", []sq{
			{"Please provide your latest audit report.", "Audit report", 2}}},
		{"alone at the end it is a row", "Is MFA enforced?\n\nExecutive summary", []sq{
			{"Is MFA enforced?", "", 1}, {"Executive summary", "", 3}}},

		// Near misses: documents asked for stay rows.
		{"a request for a report", "Please provide your audit report\nIs MFA enforced?", []sq{
			{"Please provide your audit report", "", 1}, {"Is MFA enforced?", "", 2}}},
		{"straight under a question", "Is MFA enforced?\nAudit report\nWho audits you?", []sq{
			{"Is MFA enforced?", "", 1}, {"Audit report", "", 2}, {"Who audits you?", "", 3}}},
		{"over another document", "Executive summary\nBridge letter\nIs MFA enforced?", []sq{
			{"Executive summary", "", 1}, {"Bridge letter", "", 2}, {"Is MFA enforced?", "", 3}}},
		{"a certificate is never a title", "Insurance certificate\n\nWho is your insurer?", []sq{
			{"Insurance certificate", "", 1}, {"Who is your insurer?", "", 3}}},
	})
}
