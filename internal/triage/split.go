package triage

// Split breaks a pasted block into questions (placeholder; replaced by the splitter).
func Split(text string) []Question {
	if text == "" {
		return nil
	}
	return []Question{{ID: "q1", Text: text, Line: 1}}
}
