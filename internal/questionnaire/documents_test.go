package questionnaire

import "testing"

// A row holding only a document's name ("SOC 2 report", "Insurance
// certificate") asks for that document: in a list of documents requested
// each row is one request, kept with its id when the row has one, and so is
// a document's name alone between questions. Whether a name heads or asks
// is read from the rows around it, as the splitter reads a paste: a title
// standing alone over questions, or a sheet's title row, still heads.
func TestReadCSVDocumentRequests(t *testing.T) {
	t.Parallel()
	const head = "Ref,Question,Answer\n"
	tests := []csvCase{
		{"a list under its title", head +
			",Supporting documents,\n,SOC 2 report,\n,Pen test summary,\n,ISO 27001 certificate,\n,Insurance certificate,\n", []string{
			"B3 | SOC 2 report | Supporting documents",
			"B4 | Pen test summary | Supporting documents",
			"B5 | ISO 27001 certificate | Supporting documents",
			"B6 | Insurance certificate | Supporting documents",
		}},
		{"a list with ids and nothing else asked", head +
			"DOC-1,SOC 2 report,\nDOC-2,Pen test summary,\nDOC-3,ISO 27001 certificate,\nDOC-4,Insurance certificate,\n", []string{
			"DOC-1 | SOC 2 report | ",
			"DOC-2 | Pen test summary | ",
			"DOC-3 | ISO 27001 certificate | ",
			"DOC-4 | Insurance certificate | ",
		}},
		{"a column of documents under its own header", "Document,Provided\nSOC 2 report,\nPen test summary,\nInsurance certificate,\n", []string{
			"A2 | SOC 2 report | ",
			"A3 | Pen test summary | ",
			"A4 | Insurance certificate | ",
		}},
		{"a list after questions that carry ids", head +
			"AC-1,Is MFA enforced for admins?,Yes\n,SOC 2 report,\n,Pen test summary,\n", []string{
			"AC-1 | Is MFA enforced for admins? | ",
			"B3 | SOC 2 report | ",
			"B4 | Pen test summary | ",
		}},
		{"one certificate between questions", head +
			"AC-1,Is MFA enforced for admins?,Yes\n,Insurance certificate,\nAC-2,Is SSO offered to customers?,Yes\n", []string{
			"AC-1 | Is MFA enforced for admins? | ",
			"B3 | Insurance certificate | ",
			"AC-2 | Is SSO offered to customers? | ",
		}},
		{"a bulleted certificate over a question", head +
			",- Insurance certificate,\nAC-1,Is MFA enforced for admins?,Yes\n", []string{
			"B2 | - Insurance certificate | ",
			"AC-1 | Is MFA enforced for admins? | ",
		}},
		{"an answered control with a title's name", head +
			"PR.AT-1,Awareness Training,Yes\nA.5.1,Policies For Information Security,Yes\n3.2,Access Control,No\n", []string{
			"PR.AT-1 | Awareness Training | ",
			"A.5.1 | Policies For Information Security | ",
			"3.2 | Access Control | ",
		}},

		// Near misses: titles standing alone over questions still head them.
		{"a summary's title over questions", head +
			",Executive summary,\nES-1,Who owns the security programme?,\n", []string{
			"ES-1 | Who owns the security programme? | Executive summary",
		}},
		{"a report's title in capitals over questions about it", head +
			",Penetration Test Report,\nPT-1,Were all high findings fixed?,Yes\n", []string{
			"PT-1 | Were all high findings fixed? | Penetration Test Report",
		}},
		{"a sheet's title row over a list", head +
			",Vendor evidence,\n\n,SOC 2 report,\n,Pen test summary,\n", []string{
			"B3 | SOC 2 report | Vendor evidence",
			"B4 | Pen test summary | Vendor evidence",
		}},
		{"a bulleted title over a question", head +
			",- Access Control,\nAC-1,Is MFA enforced for admins?,Yes\n", []string{
			"AC-1 | Is MFA enforced for admins? | - Access Control",
		}},
		{"notes pointing to a document", head +
			"AC-1,Is MFA enforced for admins?,Yes\n,See the attached SOC 2 report,\n,Refer to our pen test summary,\nAC-2,Are backups encrypted?,Yes\n", []string{
			"AC-1 | Is MFA enforced for admins? | ",
			"AC-2 | Are backups encrypted? | ",
		}},
		{"documents cited as evidence beside questions", "Question,Evidence\n" +
			"Is MFA enforced for admins?,SOC 2 report\nAre backups encrypted?,Pen test summary\n", []string{
			"A2 | Is MFA enforced for admins? | ",
			"A3 | Are backups encrypted? | ",
		}},
		{"documents given as answers with no header", "Is MFA enforced for admins?,SOC 2 report\n" +
			"Are backups encrypted?,Pen test summary\nAre logs kept for a year?,Audit report\n", []string{
			"A1 | Is MFA enforced for admins? | ",
			"A2 | Are backups encrypted? | ",
			"A3 | Are logs kept for a year? | ",
		}},
	}
	checkCSVBriefs(t, "documents.csv", tests)
}
