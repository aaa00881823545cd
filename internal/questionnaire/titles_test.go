package questionnaire

import "testing"

// A cell alone on its row is a title as the splitter reads a pasted heading,
// in sentence case too ("Third party risk"); a title straight under another
// is its first part and nests, as pasted titles do; and an id opening a
// question cell of a row with no id of its own is that row's id, with or
// without a colon after it.
func TestReadCSVTitlesAndLabels(t *testing.T) {
	t.Parallel()
	const head = "Ref,Question,Answer\n"
	tests := []csvCase{
		{"titles in sentence case head their rows", head +
			",Logging and monitoring,\nLM-1,Are admin actions logged centrally?,Yes\n,Third party risk,\nTP-1,Do you review suppliers every year?,Yes\n" +
			",Business continuity,\nBC-1,Is the recovery plan tested yearly?,No\n", []string{
			"LM-1 | Are admin actions logged centrally? | Logging and monitoring",
			"TP-1 | Do you review suppliers every year? | Third party risk",
			"BC-1 | Is the recovery plan tested yearly? | Business continuity",
		}},
		{"a numbered title in sentence case", head +
			",3. Business continuity,\nBC-1,Is the recovery plan tested yearly?,No\n", []string{
			"BC-1 | Is the recovery plan tested yearly? | 3. Business continuity",
		}},
		{"a title straight under another nests", head +
			",Data Protection,\n,Encryption At Rest,\nDP-1,Is tenant data encrypted?,Yes\n", []string{
			"DP-1 | Is tenant data encrypted? | Data Protection > Encryption At Rest",
		}},
		{"three titles straight under each other", head +
			",Operations,\n,Business continuity,\n\n,Recovery testing,\nOP-1,When was the plan last exercised?,\n", []string{
			"OP-1 | When was the plan last exercised? | Operations > Business continuity > Recovery testing",
		}},
		{"ids opening the question cell", "Question,Answer\nPR.AT-1 All users are informed and trained,Yes\n" +
			"A.5.1.2 Review of the policies for information security,Yes\nPR.AT-2: Privileged users understand their roles,No\n", []string{
			"PR.AT-1 | All users are informed and trained | ",
			"A.5.1.2 | Review of the policies for information security | ",
			"PR.AT-2 | Privileged users understand their roles | ",
		}},

		// Near misses.
		{"an end marker after the last question is no row", head +
			",Access control,\nAC-1,Do you review admin access quarterly?,Yes\n,End of section,\n", []string{
			"AC-1 | Do you review admin access quarterly? | Access control",
		}},
		{"a title after questions replaces the one above", head +
			",Data Protection,\n,Encryption At Rest,\nDP-1,Is tenant data encrypted?,Yes\n,Access Control,\nAC-1,Is MFA on for admins?,Yes\n", []string{
			"DP-1 | Is tenant data encrypted? | Data Protection > Encryption At Rest",
			"AC-1 | Is MFA on for admins? | Access Control",
		}},
		{"a short statement in sentence case is a row", head +
			",Logging and monitoring,\nLM-1,Are admin actions logged centrally?,Yes\n,Backups encrypted at rest,\n", []string{
			"LM-1 | Are admin actions logged centrally? | Logging and monitoring",
			"B4 | Backups encrypted at rest | Logging and monitoring",
		}},
		{"an id over a capitalised title heads the rows", head +
			",A.1 Access Control,\nA.1.1,Are user ids unique?,Yes\n", []string{
			"A.1.1 | Are user ids unique? | A.1 Access Control",
		}},
		{"a list number stays in the text", "Question,Answer\n3. Do you rotate keys yearly?,Yes\n", []string{
			"A2 | 3. Do you rotate keys yearly? | ",
		}},
		{"a row with an id of its own keeps its text", head +
			"AC-1,PR.AT-1 All users are informed and trained,Yes\n", []string{
			"AC-1 | PR.AT-1 All users are informed and trained | ",
		}},
		{"a standard named first is no id", "Question,Answer\nISO 27001 certificate held by the vendor,Yes\n", []string{
			"A2 | ISO 27001 certificate held by the vendor | ",
		}},
	}
	checkCSVBriefs(t, "titles.csv", tests)
}

// titleShaped and unnumbered cut the same label off a cell.
func TestTitleShapedAndUnnumberedCutAlike(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"3. Access Control", "3.  Access Control", "2.1) Backups", "A.1 Access Control",
		"IAM-01 Identity", "PR.AT-1 Awareness", "b) Logging and monitoring"} {
		title, ok := titleShaped(s)
		if !ok {
			t.Errorf("titleShaped(%q) is no title", s)
			continue
		}
		if title == s {
			t.Errorf("titleShaped(%q) cut no label", s)
		}
		if u := unnumbered(s); u != title {
			t.Errorf("%q: titleShaped cut %q, unnumbered %q", s, title, u)
		}
	}
}

// A label opening a question cell is the row's id only where it names that
// row: not the first of a range an instruction row spans, not an id another
// row of the sheet already carries, and not a standard's number that opens
// the question's words.
func TestOwnLabelOnlyWhereItNamesTheRow(t *testing.T) {
	t.Parallel()
	tests := []csvCase{
		{"an instruction row over a range", "Ref,Question,Answer\n" +
			",SUPP-01 through SUPP-03; completed by the supplier,\nSUPP-01,Supplier legal name,Acme\nSUPP-02,Do you hold a SOC 2 report?,Yes\n", []string{
			"B2 | SUPP-01 through SUPP-03; completed by the supplier | ",
			"SUPP-01 | Supplier legal name | ",
			"SUPP-02 | Do you hold a SOC 2 report? | ",
		}},
		{"a range with a dash and with to", "Question,Answer\nSUPP-01 – SUPP-03 are for the supplier to complete,\nSUPP-04 to SUPP-06 are optional,\n", []string{
			"A2 | SUPP-01 – SUPP-03 are for the supplier to complete | ",
			"A3 | SUPP-04 to SUPP-06 are optional | ",
		}},
		{"an id the sheet already has", "Ref,Question,Answer\n,NET-02 Are firewall rules reviewed?,Yes\nNET-02,Is traffic between zones filtered?,Yes\n", []string{
			"B2 | NET-02 Are firewall rules reviewed? | ",
			"NET-02 | Is traffic between zones filtered? | ",
		}},
		{"standards named first", "Question,Answer\nX.509 certificates used for device identity?,Yes\nH.264 video streams encrypted in transit?,Yes\n", []string{
			"A2 | X.509 certificates used for device identity? | ",
			"A3 | H.264 video streams encrypted in transit? | ",
		}},

		// Near misses: labels that name their row stay its id.
		{"ids of their own", "Question,Answer\nNET-03 Are firewall rules reviewed?,Yes\nPR.AT-1: Users are trained on hire,Yes\nA.5.1.2 Review of the policies,Yes\n", []string{
			"NET-03 | Are firewall rules reviewed? | ",
			"PR.AT-1 | Users are trained on hire | ",
			"A.5.1.2 | Review of the policies | ",
		}},
		{"an id the sheet does not have", "Ref,Question,Answer\n,NET-04 Are firewall rules reviewed?,Yes\nNET-02,Is traffic between zones filtered?,Yes\n", []string{
			"NET-04 | Are firewall rules reviewed? | ",
			"NET-02 | Is traffic between zones filtered? | ",
		}},
	}
	checkCSVBriefs(t, "labels.csv", tests)
}

// Lone title rows nest as pasted titles do: three deep at most, and never
// under a title that names a document. A longer run, or a run of document
// names, is a list whose rows are items, and the title after it starts
// afresh.
func TestReadCSVTitleRunsAreLists(t *testing.T) {
	t.Parallel()
	const head = "Ref,Question,Answer\n"
	tests := []csvCase{
		{"five titles in a row", head +
			",Governance,\n,Operations,\n,People,\n,Facilities,\n,Suppliers,\nSP-1,Are new suppliers vetted?,Yes\n", []string{
			"B2 | Governance | ",
			"B3 | Operations | ",
			"B4 | People | ",
			"SP-1 | Are new suppliers vetted? | Facilities > Suppliers",
		}},
		{"documents in title case", head +
			",SOC 2 Report,\n,Pen Test Summary,\n,Insurance Certificate,\nSP-1,Are new suppliers vetted?,Yes\n", []string{
			"B2 | SOC 2 Report | ",
			"B3 | Pen Test Summary | ",
			"SP-1 | Are new suppliers vetted? | Insurance Certificate",
		}},
		{"a run after questions", head +
			"AC-1,Is MFA on for admins?,Yes\n,Governance,\n,Operations,\n,People,\n,Facilities,\nFA-1,Are badges checked at the door?,Yes\n", []string{
			"AC-1 | Is MFA on for admins? | ",
			"B3 | Governance | ",
			"B4 | Operations | ",
			"B5 | People | ",
			"FA-1 | Are badges checked at the door? | Facilities",
		}},
		{"a chapter over documents", head +
			"AC-1,Is MFA on for admins?,Yes\n,Assurance,\n,SOC 2 Report,\n,Pen Test Summary,\nPT-1,Were all high findings fixed?,Yes\n", []string{
			"AC-1 | Is MFA on for admins? | ",
			"B4 | SOC 2 Report | Assurance",
			"PT-1 | Were all high findings fixed? | Pen Test Summary",
		}},
		{"a chapter over documents at the end", head +
			"AC-1,Is MFA on for admins?,Yes\n,Assurance,\n,SOC 2 Report,\n,Pen Test Summary,\n", []string{
			"AC-1 | Is MFA on for admins? | ",
			"B4 | SOC 2 Report | Assurance",
			"B5 | Pen Test Summary | ",
		}},

		// Near misses: three deep still nests, and a document's title over
		// questions about it heads them.
		{"three titles", head +
			",Governance,\n,Operations,\n,People,\nPE-1,Are staff screened?,Yes\n", []string{
			"PE-1 | Are staff screened? | Governance > Operations > People",
		}},
		{"one document's title", head +
			",Penetration Test Report,\nPT-1,Were all high findings fixed?,Yes\n", []string{
			"PT-1 | Were all high findings fixed? | Penetration Test Report",
		}},
	}
	checkCSVBriefs(t, "runs.csv", tests)
}

// ISO 27001 Annex A numbers a control group with one letter, a dot and one
// or two digits ("A.5"), the shape of a standard's number ("X.509"), and its
// controls with more dots ("A.12.4.1"). At every depth the number is the
// row's id, in its own column or opening the question cell, as a NIST id
// ("PR.AT-1") is.
func TestReadCSVAnnexAIDs(t *testing.T) {
	t.Parallel()
	tests := []csvCase{
		{"opening the question cell", "Question,Answer\n" +
			"A.5 Policies for information security are approved by management,Yes\n" +
			"A.8.1: Is an inventory of assets kept?,Yes\n" +
			"A.12.4.1 Event logs are kept and reviewed,No\n", []string{
			"A.5 | Policies for information security are approved by management | ",
			"A.8.1 | Is an inventory of assets kept? | ",
			"A.12.4.1 | Event logs are kept and reviewed | ",
		}},
		{"in an id column", "Control,Requirement,Answer\n" +
			"A.5,Policies for information security are approved by management,Yes\n" +
			"A.9.2.3,Is privileged access restricted and reviewed?,Yes\n" +
			"A.18,Are legal and contractual requirements identified?,No\n", []string{
			"A.5 | Policies for information security are approved by management | ",
			"A.9.2.3 | Is privileged access restricted and reviewed? | ",
			"A.18 | Are legal and contractual requirements identified? | ",
		}},

		// Near misses: standards named first, a range, an id the sheet
		// already has, stay in the question's text.
		{"standards of one other letter", "Question,Answer\n" +
			"E.164 numbers are stored for each user,Yes\nX.509 certificates identify each device,Yes\n", []string{
			"A2 | E.164 numbers are stored for each user | ",
			"A3 | X.509 certificates identify each device | ",
		}},
		{"a questionnaire's own letters and numbers", "Question,Answer\n" +
			"B.1 Is there an information security policy?,Yes\nC.12 Are assets given owners?,Yes\n", []string{
			"B.1 | Is there an information security policy? | ",
			"C.12 | Are assets given owners? | ",
		}},
		{"a range of groups", "Question,Answer\nA.5 to A.8 are answered by the supplier,\n", []string{
			"A2 | A.5 to A.8 are answered by the supplier | ",
		}},
		{"an id of the id column", "Ref,Question,Answer\n,A.5 Are the policies approved by management?,Yes\nA.5,Does each policy have an owner?,Yes\n", []string{
			"B2 | A.5 Are the policies approved by management? | ",
			"A.5 | Does each policy have an owner? | ",
		}},
	}
	checkCSVBriefs(t, "annex.csv", tests)
}

// A report's or a summary's name in sentence case alone on its row heads the
// rows under it, as the splitter reads it standing alone between blank
// lines; next to another document's name it is one of a list of documents,
// each a row asking for that document, and a row asking for a report is a
// question.
func TestReadCSVReportTitles(t *testing.T) {
	t.Parallel()
	const head = "Ref,Question,Answer\n"
	tests := []csvCase{
		{"a summary and a report", head +
			",Executive summary,\nES-1,Who owns the security programme?,\n,Audit report,\nAR-1,Who performed your last audit?,\n", []string{
			"ES-1 | Who owns the security programme? | Executive summary",
			"AR-1 | Who performed your last audit? | Audit report",
		}},
		{"after questions", head +
			"AC-1,Is MFA enforced for admins?,Yes\n,Findings reports,\nFR-1,Were all high findings closed?,Yes\n", []string{
			"AC-1 | Is MFA enforced for admins? | ",
			"FR-1 | Were all high findings closed? | Findings reports",
		}},
		{"over a request for the report", head +
			",Audit report,\nAR-1,Please provide your latest audit report,\n", []string{
			"AR-1 | Please provide your latest audit report | Audit report",
		}},
		{"left at the end it is a row", head +
			"AC-1,Is MFA enforced for admins?,Yes\n,Executive summary,\n", []string{
			"AC-1 | Is MFA enforced for admins? | ",
			"B3 | Executive summary | ",
		}},

		// Near misses: a request for a report is a question, and a report
		// named next to another document heads nothing: both are asked for,
		// under the title above them.
		{"a request", head +
			"AC-1,Is MFA enforced for admins?,Yes\n,Please provide your audit report,\n", []string{
			"AC-1 | Is MFA enforced for admins? | ",
			"B3 | Please provide your audit report | ",
		}},
		{"next to another document", head +
			",Access control,\n,Audit report,\n,Bridge letter,\nAC-1,Is MFA enforced for admins?,Yes\n", []string{
			"B3 | Audit report | Access control",
			"B4 | Bridge letter | Access control",
			"AC-1 | Is MFA enforced for admins? | Access control",
		}},
	}
	checkCSVBriefs(t, "reports.csv", tests)
}
