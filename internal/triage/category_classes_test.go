package triage

import "testing"

// Categories and the first criterion by the class of wording, not by one phrase.
// Each row is a question written for this test (none from the evaluation sets): want
// lists the categories that must be in the verdict, absent those that must not be,
// and first the criterion that must rank first, when one is expected. The near misses
// of each class keep the other verdict.
func TestCategoryAndRankingClasses(t *testing.T) {
	t.Parallel()
	e := mustEngine(t)
	sec, avail, pi, conf, priv := CatSecurity, CatAvailability, CatProcessingIntegrity, CatConfidentiality, CatPrivacy
	tests := []struct {
		class, question string
		want, absent    []string
		first           string
	}{
		// Records passed to another system and confirmed as received and accepted are
		// outputs delivered (PI1.4); incomplete, rejected or malformed records of a load
		// or import are inputs checked (PI1.2). A rejected person's records, a rejected
		// access request and an invalid login keep their own subjects.
		{"records confirmed received", "When the platform pushes approved timesheets to the customer's HR system, how do you confirm every record sent was received and accepted?", []string{pi}, []string{sec}, "PI1.4"},
		{"records confirmed received", "Describe how shipment records sent to the carrier portal are checked as received and accepted, and how rejections are followed up.", []string{pi}, nil, "PI1.4"},
		{"rejected records on import", "How do you detect incomplete or rejected rows when supplier catalogues are loaded each week, and who is told?", []string{pi}, nil, "PI1.2"},
		{"rejected records on import", "When order files are ingested from retail partners, how are malformed or invalid entries flagged and corrected?", []string{pi}, []string{sec}, "PI1.2"},
		{"rejected records on import", "Are rejected job applicants' records deleted after six months?", nil, []string{pi}, ""},
		{"rejected records on import", "Do you keep records of access requests that were rejected by managers?", []string{sec}, []string{pi}, ""},
		{"rejected records on import", "Is an invalid login attempt to the admin console logged and alerted?", []string{sec}, []string{pi}, ""},
		// Identity documents (passport scans, selfies, proof of address, licences, KYC
		// files) are personal information: keeping and deleting them is the privacy
		// retention and disposal criteria, not confidential data's. KYC as a process, an
		// ID card of the provider's staff and business documents keep their verdicts.
		{"identity documents kept", "Copies of drivers licences uploaded by applicants: what is the retention period and how are they purged?", []string{priv}, []string{conf}, "P4.2"},
		{"identity documents kept", "How long do you keep identity documents gathered during onboarding, and how are they destroyed?", []string{priv}, []string{conf}, ""},
		{"identity documents kept", "Selfies and proof of address captured for verification: when are they erased?", []string{priv}, []string{conf}, ""},
		{"identity documents kept", "What is the retention schedule for the KYC files of closed accounts, and how are they disposed of?", []string{priv}, []string{conf}, ""},
		{"identity documents kept", "Is your KYC screening vendor covered by your SOC 2?", []string{sec}, []string{priv}, ""},
		{"identity documents kept", "What is the retention period for contract documents we upload?", []string{conf}, []string{priv}, "C1.2"},
		// A report "on" or "over" the categories, a list with "uptime" for availability
		// in it, and two or more categories a report covers "of" the data are named as
		// the report's scope. One name before "of" is a property of the data, and a
		// report on an event is no scope.
		{"report on the categories", "We need the independent audit report on your security, uptime and processing integrity controls for the past year.", []string{sec, avail, pi}, nil, ""},
		{"report on the categories", "Does your attestation cover the confidentiality and privacy of the claimant records we send you?", []string{conf, priv}, nil, ""},
		{"report on the categories", "Please send the examination report over your security and availability controls.", []string{sec, avail}, nil, ""},
		{"report on the categories", "Is there a third-party report that addresses the availability and confidentiality of the hosted ERP?", []string{avail, conf}, nil, ""},
		{"report on the categories", "Our security team wants your audit report on security, uptime and privacy.", []string{sec, avail, priv}, nil, ""},
		{"report on the categories", "Please describe the security and availability of the platform, and attach your SOC 2 report.", []string{sec}, []string{avail}, ""},
		{"report on the categories", "Does your SOC 2 report cover the confidentiality of our data?", []string{sec}, []string{conf}, ""},
		{"report on the categories", "Do you report uptime and availability figures to customers each month in an audit of SLA performance?", []string{avail}, []string{sec}, ""},
		// An NDA under which the report, a copy or a summary of it is shared is the
		// condition of sending that document, not a confidentiality control; nor is a
		// copy of the report a data subject's copy of their records.
		{"nda for the report", "Our partners need proof that an auditor reviewed your controls - is there something we can pass along to them without an NDA?", []string{sec}, []string{conf}, ""},
		{"nda for the report", "Please upload your latest SOC 2 Type II. If it cannot be posted to our portal, describe how our team may obtain a copy under a signed NDA.", []string{sec}, []string{conf, priv}, ""},
		{"nda for the report", "We would like a general-use summary, not bound by any NDA, that we can show our customers.", []string{sec}, []string{conf}, ""},
		{"nda for the report", "soc2 type 2 pls. nda on our paper or yours is fine, we just need a copy for the file", []string{sec}, []string{conf}, ""},
		{"nda for the report", "Can your SOC 2 be released to our risk team under a mutual NDA?", []string{sec}, []string{conf}, ""},
		{"nda signed by people", "Do all contractors sign a non-disclosure agreement before starting work?", []string{conf}, nil, "C1.1"},
		{"nda signed by people", "Are NDAs signed by employees kept on file and renewed when roles change?", []string{conf}, nil, "C1.1"},
		{"nda signed by people", "Is client information shared with vendors only once an NDA is in place?", []string{conf}, nil, "C1.1"},
		{"a copy of one's own records", "Can the people whose records you hold obtain a copy of their own data?", []string{priv}, nil, "P5.1"},

		// How long backups are kept is how backups are run (A1.2), not the disposal of
		// confidential information; the data removed from backups is.
		{"backup retention", "What is the retention period for backups of our tenant?", []string{avail}, []string{conf}, "A1.2"},
		{"backup retention", "How long do you keep nightly backups of the customer database?", []string{avail}, []string{conf}, "A1.2"},
		{"backup retention", "For how many days are backups of client records retained?", []string{avail}, []string{conf}, "A1.2"},
		{"backup retention", "Backups - kept how long, and how often are they taken?", []string{avail}, []string{conf}, "A1.2"},
		{"data removed from backups", "When we leave, is our data also removed from your backups?", []string{conf}, []string{avail}, "C1.2"},
		{"data removed from backups", "How long is our data kept after the contract ends?", []string{conf}, []string{avail}, "C1.2"},
		// Backups named as one more place where data sits encrypted are not the subject.
		{"backups as a place", "Are confidential design files encrypted on your servers and in backups?", []string{sec, conf}, []string{avail}, "CC6.1"},
		{"backups as a place", "Are customer records protected with AES-256 in the production database and the backups?", []string{sec}, []string{avail}, "CC6.1"},
		{"backups as a place", "Is cardholder data encrypted on disk, in replicas and in backup copies?", []string{sec}, []string{avail}, "CC6.1"},
		{"backups as the subject", "Are backups encrypted and copied to a second region?", []string{sec, avail}, nil, "A1.2"},
		{"backups as the subject", "Are database backups encrypted?", []string{sec, avail}, nil, "A1.2"},

		// Reconciling an inventory, a licence count or a list of accounts against
		// another source is no processing: it keeps the inventory or the access
		// complete. Record counts and control totals reconciled are processing.
		{"reconcile a list", "Is the CMDB reconciled with the cloud provider's resource listings each month?", []string{sec}, []string{pi}, ""},
		{"reconcile a list", "HR leaver lists are reconciled to Active Directory accounts every week.", []string{sec}, []string{pi}, "CC6.3"},
		{"reconcile a list", "The hardware asset register is reconciled to the results of network discovery.", []string{sec}, []string{pi}, "CC6.1"},
		{"reconcile a list", "Software licences are reconciled against installed-software reports twice a year.", []string{sec}, []string{pi}, ""},
		{"reconcile processing", "Are record counts reconciled between the source extract and the loaded warehouse tables?", []string{pi}, nil, "PI1.3"},
		{"reconcile processing", "Output files are reconciled to input control totals before delivery to customers.", []string{pi}, nil, ""},
		// An asset inventory is access first (CC6.1), then system documentation (CC2.1).
		{"asset inventory", "A software inventory is kept for every production host and checked each quarter.", []string{sec}, nil, "CC6.1"},
		// Events a pipeline loads are data, whose runs are watched for completeness;
		// security and system events logged and monitored are anomaly monitoring.
		{"events as data", "Nightly telemetry events loaded to the data lake are monitored for late or partial runs.", []string{pi}, []string{sec}, "PI1.3"},
		{"events monitored", "Are authentication events logged and monitored for brute-force patterns?", []string{sec}, nil, "CC7.2"},
		{"events monitored", "Which events are logged on your database servers, and who reviews them?", []string{sec}, nil, "CC7.2"},
		// An alert is often only how another control reports its exceptions: the
		// capacity threshold, the failed backup, the integrity check keep their own
		// category alone. Alerts on security events are monitoring.
		{"alert of another control", "Is an alert raised when disk usage crosses 80% on the database hosts?", []string{avail}, []string{sec}, "A1.1"},
		{"alert of another control", "Checksums on archived datasets are verified monthly; mismatches generate an alert.", []string{pi}, []string{sec}, "PI1.5"},
		{"alert of another control", "Backup job failures alert the operations team, who rerun the job the same day.", []string{avail}, []string{sec}, "A1.2"},
		{"alert of another control", "Are capacity alerts reviewed weekly?", []string{avail}, []string{sec}, "A1.1"},
		{"security alerts", "Are alerts raised for repeated failed login attempts?", []string{sec}, nil, "CC7.2"},
		{"security alerts", "Does the SIEM alert your SOC on suspicious admin activity?", []string{sec}, nil, "CC7.2"},
		{"security alerts", "Do you have alerting on anomalous API usage?", []string{sec}, nil, "CC7.2"},
		{"security alerts", "Do you have alerting in place?", []string{sec}, nil, "CC7.2"},

		// Privacy named as one of the functions an organisation chart shows is the
		// structure (CC1.3); a privacy team or officer asked about is P8.1.
		{"privacy in a list of functions", "Provide an organisation chart covering the security, privacy and legal teams.", []string{sec}, []string{priv}, "CC1.3"},
		{"privacy in a list of functions", "Reporting lines of the information security and privacy functions are shown on the org chart.", []string{sec}, []string{priv}, "CC1.3"},
		{"privacy team", "Is there a dedicated privacy team or data protection officer?", []string{priv}, nil, "P8.1"},
		// Compliance with privacy commitments assessed is privacy monitoring (P8.1), not
		// the identification of legal requirements (CC3.1); the deficiencies it finds,
		// tracked through corrective action to closure, are CC4.2 and bring security.
		{"privacy compliance", "Is conformance with the privacy notice assessed, and who signs off the results?", []string{priv}, nil, "P8.1"},
		{"privacy compliance", "Adherence to our published privacy commitments is reviewed twice a year and any breaches of them are logged as issues.", []string{priv}, nil, "P8.1"},
		{"privacy compliance", "How do you check adherence to your privacy commitments, and are the exceptions found tracked through corrective action to resolution?", []string{priv, sec}, nil, "P8.1"},
		{"security compliance", "Is compliance with the information security policy assessed annually?", []string{sec}, []string{priv}, ""},
		// One word of remediation beside a privacy control brings no security.
		{"remediation in passing", "Do you honour opt-out requests, and is corrective action taken when one is missed?", []string{priv}, []string{sec}, "P2.1"},
		// The privacy notice reviewed and revised is the notice (P1.1), not a privacy
		// compliance review.
		{"notice reviewed", "Is the privacy notice reviewed each year, with corrective action taken when it is out of date?", []string{priv}, []string{sec}, "P1.1"},

		// Notice given to customers ahead of changes is external communication (CC2.3)
		// first; "significant" says which changes, not that their risk is assessed.
		{"notice of changes", "Do you announce planned maintenance windows to clients beforehand?", []string{sec}, nil, "CC2.3"},
		{"notice of changes", "Is there a notice period before changes that affect our integrations take effect?", []string{sec}, nil, "CC2.3"},
		{"notice of changes", "Will subscribers be informed ahead of deprecating features they rely on?", []string{sec}, nil, "CC2.3"},
		{"notice of changes", "Our bank must receive prior notification of any migration of its data to a new hosting provider.", []string{sec}, nil, "CC2.3"},
		{"changes inside", "Are policy changes communicated to employees through the intranet?", []string{sec}, nil, "CC2.2"},
		{"changes inside", "Are emergency changes approved after the fact?", []string{sec}, nil, "CC8.1"},

		// Individuals (or parents and guardians for them) seeing, inspecting or asking
		// what is held about them is access (P5.1); asking for mistakes to be fixed is
		// correction (P5.2).
		{"own records", "Members want to see the data you keep about them and fix anything that is out of date - how is this done?", []string{priv}, nil, "P5.1"},
		{"own records", "If a data subject asks to inspect their file and to amend wrong details, what is your turnaround?", []string{priv}, nil, ""},
		{"own records", "Can parents inspect their child's education records held in the platform?", []string{priv}, nil, "P5.1"},
		{"own records", "Employees may request that incorrect personal details be fixed. How is that handled?", []string{priv}, nil, "P5.2"},
		{"own records", "How does a guardian find out what you store about them, and get mistakes put right?", []string{priv}, nil, "P5.1"},
		{"inspection by others", "Do internal auditors inspect access logs every quarter?", []string{sec}, []string{priv}, ""},
		// Personal data named by its elements (social security numbers, dates of birth,
		// passport numbers) is personal data: its retention and disposal are P4.2 and
		// P4.3, not the disposal of confidential information.
		{"personal data elements", "How long do you keep employees' social security numbers after they leave, and how are they deleted?", []string{priv}, []string{conf}, ""},
		{"personal data elements", "Passport numbers captured during onboarding: retention period and purge method?", []string{priv}, []string{conf}, ""},
		{"personal data elements", "Are dates of birth of plan members deleted once the member closes the account?", []string{priv}, []string{conf}, "P4.3"},
		{"business records", "How long do you keep our transaction records after the contract ends?", []string{conf}, []string{priv}, "C1.2"},
		// Personal data disposed of by a stated method (secure erasure, shredding,
		// crypto-shredding) is P4.3 first, with the asset criterion (CC6.5); media that
		// held personal data shredded is the asset alone.
		{"personal data destroyed", "When a school leaves, its student data is removed by crypto-shredding; how do you prove it?", []string{priv, sec}, []string{conf}, "P4.3"},
		{"personal data destroyed", "Describe how you delete patient information at the end of the retention period - do you use secure erasure?", []string{priv, sec}, []string{conf}, "P4.3"},
		{"personal data destroyed", "Member data is destroyed by shredding the paper forms and by secure wiping of the files.", []string{priv, sec}, nil, "P4.3"},
		{"media destroyed", "Are hard drives that held patient records shredded before disposal?", []string{sec}, []string{priv}, "CC6.5"},
		{"media destroyed", "Do you securely erase customer data from decommissioned disks?", []string{sec}, []string{priv}, "CC6.5"},

		// Who holds rights, and how often that list is reviewed, is an access review
		// (CC6.3); so is a review of privileged accounts. Privileged access managed is
		// CC6.1 first.
		{"list of rights reviewed", "Which staff have write permissions on the shared drive, and how often is that list reviewed?", []string{sec}, nil, "CC6.3"},
		{"list of rights reviewed", "Who holds administrator roles in the CRM, and is the roster revalidated each quarter?", []string{sec}, nil, "CC6.3"},
		{"list of rights reviewed", "Is a review of privileged accounts on the database performed monthly?", []string{sec}, nil, "CC6.3"},
		{"privileged access managed", "How is privileged access to production managed?", []string{sec}, nil, "CC6.1"},
		{"vendor list reviewed", "Do you review the list of approved vendors annually?", []string{sec}, nil, "CC9.2"},
		// Data definitions published to customers are processing integrity and
		// external communication.
		{"definitions published", "Data dictionaries for every export are kept current and published to clients on the help site.", []string{pi, sec}, nil, ""},
		{"definitions kept", "The customer portal enforces input validation on every form.", []string{pi}, []string{sec}, "PI1.2"},

		// Personal data disclosed only with consent is disclosure (P6.1), with the
		// record of disclosures beside it (P6.2); a record or register of disclosures
		// alone is P6.2; consent asked by itself is P2.1.
		{"disclosure with consent", "Do you share customers' personal information with third parties only with their consent, and keep a register of those disclosures?", []string{priv}, nil, "P6.1"},
		{"record of disclosures", "A register of disclosures of personal data to third parties is maintained.", []string{priv}, nil, "P6.2"},
		{"consent", "Do you obtain consent before sending marketing e-mails?", []string{priv}, nil, "P2.1"},

		// Controls selected or designed to mitigate the risks a risk assessment found
		// are control activities (CC5.1); the risk assessment is where the risks come
		// from, not what is asked. A risk assessment asked about is CC3.2.
		{"controls for assessed risks", "Controls are designed to reduce the risks identified in the annual risk assessment.", []string{sec}, nil, "CC5.1"},
		{"controls for assessed risks", "Describe how controls are selected to address the risks your risk analysis identifies.", []string{sec}, nil, "CC5.1"},
		{"controls for assessed risks", "We develop infrastructure controls to mitigate the risks recorded in the risk register, and revisit them each year.", []string{sec}, nil, "CC5.1"},
		{"risk assessment", "Is a risk assessment performed every year and are its results reported to the board?", []string{sec}, nil, "CC3.2"},

		// Backing up and restoring a named financial system is availability (A1.2,
		// A1.3) and the SOC 1 operations objective; the system's name adds no security
		// criterion. Its security events monitored still do.
		{"financial system recovered", "How often is the premium billing database backed up, and was a restore tested this year?", []string{avail}, []string{sec}, ""},
		{"financial system recovered", "Loan origination platform: nightly backups kept offsite? last successful restore?", []string{avail}, []string{sec}, ""},
		{"financial system recovered", "Are copies of the general ledger database replicated to a second region?", []string{avail}, []string{sec}, "A1.2"},
		{"financial system recovered", "When did you last restore the payroll environment from backup to prove the copies work?", []string{avail}, []string{sec}, ""},
		{"financial system recovered", "Describe the disaster recovery arrangements for the claims platform and the date of the last failover test.", []string{avail, sec}, nil, ""},
		{"financial system watched", "Is the payroll application monitored for suspicious logins?", []string{sec}, nil, "CC7.2"},
		// Errors, rejected records, complaints and disclosures logged are the records
		// of that control (processing, privacy), not security logging; access logged
		// is. Capacity monitored is availability alone.
		{"logged as a record", "Transactions that fail validation are rejected, logged and returned to the sender for correction.", []string{pi}, []string{sec}, ""},
		{"logged as a record", "Are processing errors in the monthly statement run logged and fixed before mailing?", []string{pi}, []string{sec}, ""},
		{"logged as a record", "Complaints from customers about the use of their personal data are logged and answered within 30 days.", []string{priv}, []string{sec}, ""},
		{"logged as a record", "Do you keep a log of each disclosure of member data to government agencies?", []string{priv}, []string{sec}, ""},
		{"logged as a record", "We monitor storage and network capacity weekly to stay ahead of growth.", []string{avail}, []string{sec}, "A1.1"},
		{"security logged", "Are administrator sessions on the database logged and reviewed?", []string{sec}, nil, "CC7.2"},
		{"security logged", "Is every access to customer files logged, including by support staff?", []string{sec}, nil, ""},
		{"security logged", "Is network traffic monitored for intrusions?", []string{sec}, nil, "CC7.2"},
		// An agreement signed before access is given, or by new hires, is the
		// agreement (C1.1): the access and the hiring only say when. Capacity
		// provisioned is not a user provisioned.
		{"signed before access", "Must contractors sign a confidentiality agreement before they are given access to our records?", []string{conf}, []string{sec}, "C1.1"},
		{"signed before access", "New hires sign an NDA on their first day, prior to getting access to any client systems.", []string{conf}, []string{sec}, "C1.1"},
		{"signed before access", "Are new hires asked to sign a non-disclosure agreement?", []string{conf}, []string{sec}, "C1.1"},
		{"capacity provisioned", "Extra compute capacity is provisioned automatically when utilisation passes 70%.", []string{avail}, []string{sec}, "A1.1"},
		{"access granted", "Is access to production approved by a manager before it is granted?", []string{sec}, nil, "CC6.2"},
		{"access granted", "Are new hires screened with a background check?", []string{sec}, nil, "CC1.4"},
		// The law named only as the measure of a time limit or a duty ("within the
		// period applicable law requires") is no legal-requirements process (CC3.1);
		// tracking the applicable laws is.
		{"law as a measure", "Can data subjects have their personal data erased within the time frame that applicable law sets?", []string{priv}, []string{sec}, ""},
		{"law as a measure", "Patients may ask for a copy of their records; the copy is supplied as required by applicable regulations.", []string{priv}, []string{sec}, ""},
		{"law as a measure", "Customer records are deleted in accordance with applicable laws once the retention period ends.", nil, []string{sec}, ""},
		{"laws tracked", "How do you identify the applicable laws and regulations your service must meet?", []string{sec}, nil, ""},

		// Privacy written beside security as the scope of one programme, its audits,
		// training, policies or teams qualifies the security programme: the control
		// is the programme's (CC4.1, CC2.2, CC5.3). Privacy audits or contracts binding
		// vendors to privacy commitments by themselves are privacy.
		{"security and privacy programme", "Does an outside firm audit your security and privacy programme every year?", []string{sec}, []string{priv}, "CC4.1"},
		{"security and privacy programme", "Is the scope of the third-party review the whole security & privacy program?", []string{sec}, []string{priv}, ""},
		{"security and privacy programme", "How often do internal privacy and security audits take place?", []string{sec}, []string{priv}, "CC4.1"},
		{"security and privacy programme", "Must interns and contractors complete security and privacy training before starting?", []string{sec}, []string{priv}, ""},
		{"security and privacy programme", "Which of our vendors' security and privacy assessments do you review?", nil, []string{priv}, ""},
		{"privacy alone", "Are subprocessors contractually bound to your privacy commitments?", []string{priv}, nil, "P6.4"},
		{"privacy alone", "How often are privacy audits of the member portal carried out?", []string{priv}, nil, "P8.1"},
		// Unencrypted or plain-text protocols are transmission encryption (CC6.7).
		{"plain-text protocols", "Which unencrypted protocols (FTP, Telnet) are still allowed on your network?", []string{sec}, []string{priv}, "CC6.7"},
		{"plain-text protocols", "Is any cleartext traffic permitted between your data centres?", []string{sec}, nil, "CC6.7"},
		{"plain-text protocols", "For what purposes are plain text transfers still used?", []string{sec}, []string{priv}, "CC6.7"},

		// A question about another category that the vocabulary alone answers keeps
		// that category: the respondent kept from doing something ("what stops the
		// supplier from …") is no third party (CC9.2); what a file or an export
		// contains is no incident contained (CC7.4); duplicates detected among inputs
		// or outputs are no intrusion detected (CC7.2).
		{"respondent kept from a use", "What keeps the supplier from reusing our members' data to build marketing lists?", []string{priv}, []string{sec}, ""},
		{"respondent kept from a use", "Which technical measures stop the provider from exploiting patient records for studies the patients never agreed to?", []string{priv}, []string{sec}, ""},
		{"output complete", "When a user downloads the monthly extract, how do you confirm it is complete and nothing is missing?", []string{pi}, []string{sec}, "PI1.4"},
		{"output complete", "Do generated exports contain every record of the period, with no truncated rows?", []string{pi}, []string{sec}, "PI1.4"},
		{"output complete", "Explain how data exports are checked for completeness before they go to the requester.", []string{pi}, []string{sec}, "PI1.4"},
		{"input edits", "Online forms: which field checks (required values, date formats, duplicate submissions) reject bad entries before they are processed?", []string{pi}, []string{sec}, "PI1.2"},
		{"input edits", "Are required fields and duplicate checks enforced on the orders customers enter in the web shop?", []string{pi}, []string{sec}, ""},
		{"incident contained", "How quickly are security incidents contained, and who decides to isolate the affected hosts?", []string{sec}, nil, "CC7.4"},
		{"incident contained", "Describe your containment and eradication steps after a confirmed breach.", []string{sec}, nil, "CC7.4"},
		{"intrusion detected", "Is an IDS/IPS deployed at the network perimeter?", []string{sec}, nil, ""},
		{"intrusion detected", "What detection tools flag suspicious behaviour on your servers?", []string{sec}, nil, "CC7.2"},

		// A security word that only names what another category's control is about
		// adds no security: files or records wiped are the data disposed of (C1.2),
		// not media sanitised; ransomware the backups withstand is the backups' design;
		// logs of ad impressions or clicks loaded as data are processing, not security
		// logging; a statutory deadline only measures a notice; a classification policy
		// named as a standard to follow is the classification. The same words about
		// devices, endpoints, security logs, legal tracking or one's own security
		// policy stay security.
		{"files wiped", "When the engagement ends, how do you make sure the design documents we uploaded are wiped from your platform?", []string{conf}, []string{sec}, ""},
		{"files wiped", "Are client records wiped from your systems once we leave?", []string{conf}, []string{sec}, "C1.2"},
		{"media wiped", "Are laptops wiped before they are handed to a new employee?", []string{sec}, []string{conf}, "CC6.5"},
		{"media wiped", "How are failed hard drives wiped before they leave the data centre?", []string{sec}, nil, "CC6.5"},
		{"ransomware the backups withstand", "Are your backup copies immutable, so that ransomware cannot encrypt or delete them?", []string{avail}, []string{sec}, "A1.2"},
		{"ransomware the backups withstand", "Do you keep an offline copy of backups that would survive a ransomware attack?", []string{avail}, []string{sec}, "A1.2"},
		{"ransomware the backups withstand", "Are database snapshots resistant to ransomware?", []string{avail}, []string{sec}, "A1.2"},
		{"ransomware stopped", "What anti-ransomware protection runs on your endpoints?", []string{sec}, nil, "CC6.8"},
		{"ransomware stopped", "Do you have EDR to stop ransomware, and are backups taken daily?", []string{sec, avail}, nil, ""},
		{"logs as data", "Clickstream logs are loaded into our analytics warehouse every night. How do you detect a load that is missing records?", []string{pi}, []string{sec}, ""},
		{"logs as data", "Playback logs feed our royalty reports; what checks catch missing or duplicate files?", []string{pi}, []string{sec}, ""},
		{"security logs", "Are firewall logs sent to a SIEM and reviewed daily?", []string{sec}, nil, "CC7.2"},
		{"security logs", "How long are access logs retained?", []string{sec}, nil, "CC7.2"},
		{"statutory deadline", "Will data subjects be told of a breach involving their records within the statutory time limits?", []string{priv}, []string{sec}, ""},
		{"statutory deadline", "Are patients notified of a breach of their health data within the statutory period?", []string{priv}, []string{sec}, ""},
		{"statutory requirements", "How do you keep track of statutory and regulatory requirements that apply to the service?", []string{sec}, nil, ""},
		{"classification policy followed", "Are our drawings marked and stored as the ministry's Security Classification Policy requires?", []string{conf}, []string{sec}, "C1.1"},
		{"security policy", "Is the information security policy reviewed every year?", []string{sec}, nil, "CC5.3"},
		{"security policy", "Do you have security and privacy policies approved by management?", []string{sec}, nil, ""},

		// A status page beside the monitoring of availability does not hide that
		// monitoring (A1.1); a status page or an outage notice alone is communication
		// (CC2.3). Sub-processors held to privacy terms are privacy (P6.4); checking
		// that they keep them is vendor oversight too (CC9.2), after it.
		{"availability monitored", "Do you track API response times and uptime, and do you announce incidents on a status page?", []string{avail, sec}, nil, ""},
		{"availability monitored", "Is service availability monitored around the clock, with the current state shown on a public status page?", []string{avail}, nil, ""},
		{"status communicated", "Is there a status page where clients can see ongoing outages?", []string{sec}, []string{avail}, "CC2.3"},
		{"status communicated", "Will customers be warned ahead of planned downtime?", nil, []string{avail}, ""},
		{"sub-processors checked", "How do you verify that your subprocessors comply with the data protection terms you flow down to them?", []string{priv, sec}, nil, "P6.4"},
		{"sub-processors checked", "Sub-processors must meet the same privacy obligations as you; how do you check that they honour them?", []string{priv, sec}, nil, "P6.4"},
		{"sub-processors bound", "Are sub-processors held to privacy terms as strict as ours?", []string{priv}, []string{sec}, "P6.4"},
		{"sub-processors bound", "Do contracts with your sub-processors pass on your privacy commitments?", []string{priv}, []string{sec}, "P6.4"},
		// Stale profile data kept accurate is data quality (P7.1); a correction the
		// individual asks for is P5.2.
		{"profile data kept accurate", "Loyalty member profiles: how are stale or wrong attributes fixed so that the profiles stay accurate?", []string{priv}, []string{sec}, "P7.1"},
		{"profile data kept accurate", "Customer profile data: how do you find outdated attributes and keep the profiles current?", []string{priv}, []string{sec}, "P7.1"},
		{"correction asked for", "Can users ask you to correct inaccurate personal data about them?", []string{priv}, nil, "P5.2"},
		{"correction asked for", "How do individuals request correction of their records?", []string{priv}, nil, "P5.2"},
	}
	for _, tt := range tests {
		v := e.Classify(Question{Text: tt.question})
		checkCategories(t, tt.class, tt.question, v, tt.want, tt.absent)
		if tt.first != "" && (len(v.Criteria) == 0 || v.Criteria[0] != tt.first) {
			t.Errorf("%s: %q: criteria %v, want %s first", tt.class, tt.question, v.Criteria, tt.first)
		}
	}
}
