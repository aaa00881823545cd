package bot

import (
	"regexp"

	"github.com/socbot/socbot/internal/triage"
)

// watchConfidence is the rule confidence from which a matched question alone
// makes a watched-channel message worth answering.
const watchConfidence = 0.6

// Words that say a message is about a questionnaire or an assurance report.
var (
	questionnaireWords = regexp.MustCompile(`(?i)\b(?:questionnaires?|soc\s?(?:1|2|3|i{1,3})\b|soc reports?|ssae\s?1[68]|isae\s?3402|sas\s?70|caiq|hecvat|vsaq|security reviews?|security assessments?|vendor (?:security |risk )?(?:assessment|review)s?|trust services criteria|bridge letter)`)
	// SIG is an acronym only in capitals ("SIG Lite", "the SIG"); "sig" is too common.
	sigWord = regexp.MustCompile(`\bSIG\b`)
)

// looksLikeQuestionnaire decides whether a watched channel's message deserves
// an answer: the rules matched one of its questions with enough confidence, or
// the text speaks of questionnaires and SOC reports.
func looksLikeQuestionnaire(text string, res triage.Result) bool {
	for _, it := range res.Items {
		if !it.Unmatched && it.Report != "" && it.Confidence >= watchConfidence {
			return true
		}
	}
	return questionnaireWords.MatchString(text) || sigWord.MatchString(text)
}
