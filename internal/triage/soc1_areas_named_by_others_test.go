package triage

import (
	"slices"
	"testing"
)

// Words that name an area's vocabulary but not its control: standing data authorised
// by the client before it is keyed is master data, not incompatible duties; access
// limited to approved staff is access, not duties kept apart; who holds
// administrator rights, or custody of encryption keys, is no custody of money; the
// hires, leavers and pay changes a payroll feed carries are its records, not access to
// the system or changes to it; bank or deposit accounts keyed from a client's request
// are standing data, not user accounts. The questions are written for this test,
// apart from the evaluation sets.
func TestAreasNamedByOtherWords(t *testing.T) {
	t.Parallel()
	none := []string{}
	checkRequests(t, []requestCase{
		// Standing data the client authorises before it is entered.
		{"How do you make sure employee salary rates keyed into the platform were approved by the customer before the pay run?", "soc1", "type2", []string{"master_data"}, none, nil},
		{"Changes to hourly wage rates and tax codes must be authorised by client HR before they are keyed. How is that enforced?", "soc1", "type2", []string{"master_data"}, none, nil},
		// Near miss: the keyer barred from approving, duties kept apart.
		{"Is the clerk who keys a supplier invoice prevented from also approving it for payment?", "soc1", "type2", []string{"segregation_of_duties"}, none, nil},
		// Access limited to approved staff.
		{"Is access to the payroll application's database limited to authorised administrators and reviewed twice a year?", "both", "type2", []string{"access_financial"}, none, nil},
		// Who holds administrator rights over a money system.
		{"Admin access to the trust accounting database: who holds superuser rights, and is their use reviewed?", "both", "type2", []string{"access_financial"}, none, nil},
		// Custody of encryption keys is key management.
		{"Does your staff or our team keep custody of the encryption keys for our data?", "soc2", "type2", none, none, nil},
		// Near miss: money held for clients is custody.
		{"Who holds the client money you collect, and in which bank accounts is it kept?", "soc1", "type2", []string{"custody"}, none, nil},
		// The payroll feed's records: hires, leavers and pay changes.
		// (Its areas are checked below: only that no IT control of the system is given.)
		{feedRecords, "soc1", "type2", nil, none, nil},
		// Near misses: leavers' access to payroll, and changes to the payroll system itself.
		{"When payroll staff are terminated, how quickly is their login to the payroll application revoked?", "both", "type2", []string{"access_financial"}, none, nil},
		{"Are code changes to the payroll system tested and approved before they are released?", "both", "type2", []string{"change_financial"}, none, nil},
		// Deposit accounts keyed from a client's request.
		{"Are employee direct deposit accounts changed only on a written client request, and checked before the payroll closes?", "soc1", "type2", []string{"master_data"}, none, nil},
	})
}

// feedRecords names HR events as the records a payroll feed carries.
const feedRecords = "Is the weekly HRIS file feed to payroll complete: does every new hire, termination and pay change in it reach the payroll system?"

func TestFeedRecordsNameNoSystemControl(t *testing.T) {
	t.Parallel()
	v := mustEngine(t).Classify(Question{Text: feedRecords})
	if !slices.Contains(v.SOC1Areas, "interfaces") {
		t.Errorf("SOC 1 areas %v, want interfaces among them", v.SOC1Areas)
	}
	for _, a := range []string{"access_financial", "change_financial"} {
		if slices.Contains(v.SOC1Areas, a) {
			t.Errorf("SOC 1 areas %v, want no %s", v.SOC1Areas, a)
		}
	}
}
