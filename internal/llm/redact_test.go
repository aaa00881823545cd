package llm

import "testing"

func TestRedact(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, in, want string
	}{
		{"plain question kept", "Do you enforce MFA for remote access (CC6.6)?", "Do you enforce MFA for remote access (CC6.6)?"},
		{"email", "Send the report to jane.doe+soc@example.co.uk please", "Send the report to [email] please"},
		{"phone intl", "Call +44 20 7946 0958 for questions", "Call [phone] for questions"},
		{"phone us", "Contact (555) 123-4567 or 555.123.4567", "Contact [phone] or [phone]"},
		{"phone bare", "Hotline 18005551234.", "Hotline [phone]."},
		{"url credentials", "Upload to https://admin:hunter2@files.example.com/soc", "Upload to https://[credentials]@files.example.com/soc"},
		{"url token user", "git clone https://ghtoken@github.com/acme/x", "git clone https://[credentials]@github.com/acme/x"},
		{"url without credentials kept", "See https://trust.example.com/soc2", "See https://trust.example.com/soc2"},
		{"slack bot token", "token xoxb-123456789012-abcdefABCDEF here", "token [secret] here"},
		{"slack app token", "xapp-1-A0123456789-1234567890-abcdef", "[secret]"},
		{"openai key", "key sk-proj-abcdefghijklmnop1234567890", "key [secret]"},
		{"aws key", "AKIAIOSFODNN7EXAMPLE is ours", "[secret] is ours"},
		{"github token", "ghp_abcdefghijklmnopqrstuvwxyz0123456789", "[secret]"},
		{"jwt", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "[secret]"},
		{"hex", "checksum 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "checksum [secret]"},
		{"base64", "secret is c2VjcmV0LWtleS1mb3ItdGVzdGluZy0xMjM0NTY3ODkw", "secret is [secret]"},
		{"password assignment", "password: Summer2024! and api_key=abc123", "password: [secret] and api_key=[secret]"},
		{"password heading kept", "Password: do you enforce a minimum length?", "Password: do you enforce a minimum length?"},
		{"quoted password", `pwd = "correct horse"`, `pwd = [secret]`},
		{"bearer", "Authorization: Bearer abcdef123456789xyz", "Authorization: Bearer [secret]"},
		{"slack mention", "<@U024BE7LH> asked in <#C024BE7LH|sales>", "[user] asked in [channel]"},
		{"long word kept", "Pneumonoultramicroscopicsilicovolcanoconiosis policy", "Pneumonoultramicroscopicsilicovolcanoconiosis policy"},
		{"dates and years kept", "Report period 2024-01-01 to 2024-12-31, SSAE 18, ISO 27001:2022", "Report period 2024-01-01 to 2024-12-31, SSAE 18, ISO 27001:2022"},
		{"numbers kept", "Over 1,000,000 records and 99.99% uptime in 12 months", "Over 1,000,000 records and 99.99% uptime in 12 months"},
		{"criteria list kept", "CC6.1, CC6.2, CC6.3, A1.2 and PI1.5", "CC6.1, CC6.2, CC6.3, A1.2 and PI1.5"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Redact(tc.in); got != tc.want {
				t.Errorf("Redact(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
