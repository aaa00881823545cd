package triage

import "strings"

// The closed vocabularies of a verdict (guide sections 1, 4, 5 and 6). Rules, labels,
// inventories and language-model output are all validated against these lists.
var (
	AllReports    = []string{ReportSOC2, ReportSOC1, ReportBoth, ReportNone}
	AllTypes      = []string{Type2, Type1, TypeNone}
	AllCategories = []string{CatSecurity, CatAvailability, CatProcessingIntegrity, CatConfidentiality, CatPrivacy}

	// AllCriteria lists the 2017 Trust Services Criteria in document order.
	AllCriteria = []string{
		"CC1.1", "CC1.2", "CC1.3", "CC1.4", "CC1.5",
		"CC2.1", "CC2.2", "CC2.3",
		"CC3.1", "CC3.2", "CC3.3", "CC3.4",
		"CC4.1", "CC4.2",
		"CC5.1", "CC5.2", "CC5.3",
		"CC6.1", "CC6.2", "CC6.3", "CC6.4", "CC6.5", "CC6.6", "CC6.7", "CC6.8",
		"CC7.1", "CC7.2", "CC7.3", "CC7.4", "CC7.5",
		"CC8.1",
		"CC9.1", "CC9.2",
		"A1.1", "A1.2", "A1.3",
		"PI1.1", "PI1.2", "PI1.3", "PI1.4", "PI1.5",
		"C1.1", "C1.2",
		"P1.1", "P2.1", "P3.1", "P3.2", "P4.1", "P4.2", "P4.3", "P5.1", "P5.2",
		"P6.1", "P6.2", "P6.3", "P6.4", "P6.5", "P6.6", "P6.7", "P7.1", "P8.1",
	}

	// AllSOC1Areas are socbot's names for SOC 1 control-objective areas (guide section 4).
	AllSOC1Areas = []string{
		"transaction_processing", "financial_reporting", "master_data", "interfaces",
		"reconciliation", "access_financial", "change_financial", "operations_financial",
		"segregation_of_duties", "custody",
	}

	// AllArtifacts are the documents sent beside or instead of a SOC report (guide section 6).
	AllArtifacts = []string{
		"bridge_letter", "soc3", "iso27001_certificate", "pci_aoc", "pentest_letter",
		"insurance_certificate", "hipaa_attestation", "dpa", "privacy_policy",
		"financial_statements", "fedramp", "policy_document", "custom_answer",
	}
)

// CategoryOf returns the Trust Services Category a criterion id belongs to, or "".
func CategoryOf(criterion string) string {
	switch {
	case strings.HasPrefix(criterion, "CC"):
		return CatSecurity
	case strings.HasPrefix(criterion, "A1."):
		return CatAvailability
	case strings.HasPrefix(criterion, "PI1."):
		return CatProcessingIntegrity
	case strings.HasPrefix(criterion, "C1."):
		return CatConfidentiality
	case strings.HasPrefix(criterion, "P"):
		return CatPrivacy
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
