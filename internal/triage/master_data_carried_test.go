package triage

import "testing"

// Standing data sent or uploaded over a secure channel (a secure upload option, an
// encrypted portal, files sent by SFTP) names data carried, not a change to it: the
// question asks how the data is protected in transit, not how a change is authorised,
// so master data is not read from it. A change of the same data keyed or uploaded
// without a word of the channel stays master data. Written for this test.
func TestMasterDataCarriedIsNoChange(t *testing.T) {
	t.Parallel()
	md := "master_data"
	checkAreaCases(t, []areaCase{
		{question: "Is there an encrypted portal where we can drop the updated pay rate spreadsheets instead of emailing them?", report: ReportSOC2},
		{question: "Can our HR team send the benefit elections file securely, for example over SFTP, rather than as an attachment?", report: ReportSOC2},
		{question: "Which secure transfer option do you support for the supplier master extracts we send?", report: ReportSOC2},
		{question: "Is the channel used to transfer direct deposit details protected with TLS?", report: ReportSOC2},
		{question: "Are the tax election files we email your team encrypted with PGP?", report: ReportSOC2},
		{question: "Is the upload of payee details to your portal protected with TLS?", report: ReportSOC2},
		{question: "Can we transfer the updated tax withholding elections over SFTP instead of emailing spreadsheets?", report: ReportSOC2},
		{question: "Is there a secure upload option for the direct deposit forms our employees complete?", report: ReportSOC2},
		// Near misses: a change of the same data, uploaded or keyed, with no word of a
		// secure channel, is master data.
		{question: "When we upload a new pay rate file, who checks the new rates before the next payroll?", report: ReportSOC1, with: []string{md}},
		{question: "How are changes to supplier bank details entered in the vendor master verified before payment?", report: ReportSOC1, with: []string{md}},
		{question: "Who approves updates to the benefit elections loaded for each employee?", report: ReportSOC1, with: []string{md}},
	})
}
