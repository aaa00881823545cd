package triage

import "testing"

// A national ID, passport, social security or licence number of employees is
// personal data whose collection needs consent (P3.2), not the number of employees
// the company facts give. A headcount asked for keeps its written answer.
func TestIdentityNumbersAreNotHeadcount(t *testing.T) {
	t.Parallel()
	checkAreaCases(t, []areaCase{
		{question: "Do you get explicit consent before collecting sensitive data such as national ID numbers during employee onboarding?",
			report: "soc2"},
		{question: "Is explicit consent obtained before you record passport numbers for staff travel bookings?",
			report: "soc2"},
		{question: "Do you ask for express consent before storing social security numbers of employees?",
			report: "soc2"},
		{question: "Before collecting driver licence numbers from employees, do you obtain explicit consent?",
			report: "soc2"},
		{question: "Is express consent recorded before national identity numbers of staff are copied into the HR system?",
			report: "soc2"},
		// Near misses: the number of employees asked for.
		{question: "How many employees do you have?",
			report: "none"},
		{question: "What is the total number of employees and contractors in your company?",
			report: "none"},
		{question: "Provide the number of staff in your security team.",
			report: "none"},
		{question: "Provide your tax identification number and the number of employees.",
			report: "none"},
	})
}
