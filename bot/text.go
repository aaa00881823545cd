package bot

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// escapeText makes user-supplied text inert in Slack mrkdwn: with &, < and >
// escaped, "<!channel>", "<!here>", "<@U…>" and "<http://…|…>" show as typed
// and never ping or link.
var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

func escapeText(s string) string { return escaper.Replace(s) }

var unescaper = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&")

// slackLink matches Slack's link markup: <https://x|label>, <mailto:x|label>, <https://x>.
var slackLink = regexp.MustCompile(`<((?:https?|mailto):[^>|]*)(?:\|([^>]*))?>`)

// plainText turns a Slack message text into the questionnaire text a person
// typed: the bot's own mention removed, links reduced to their label or URL,
// and Slack's entity escapes undone. Other mentions are kept as typed, so they
// reach the renderer (which escapes them) rather than vanish.
func plainText(text, botUserID string) string {
	if botUserID != "" {
		text = strings.ReplaceAll(text, "<@"+botUserID+">", "")
		// A mention can carry a display name: <@U123|socbot>.
		named := "<@" + botUserID + "|"
		for {
			i := strings.Index(text, named)
			if i < 0 {
				break
			}
			j := strings.IndexByte(text[i:], '>')
			if j < 0 {
				break
			}
			text = text[:i] + text[i+j+1:]
		}
	}
	text = slackLink.ReplaceAllStringFunc(text, func(m string) string {
		sub := slackLink.FindStringSubmatch(m)
		if sub[2] != "" {
			return sub[2]
		}
		return strings.TrimPrefix(sub[1], "mailto:")
	})
	return strings.TrimSpace(unescaper.Replace(text))
}

// mentions reports whether text mentions the user.
func mentions(text, userID string) bool {
	return userID != "" && (strings.Contains(text, "<@"+userID+">") || strings.Contains(text, "<@"+userID+"|"))
}

// truncate shortens s to at most n runes, marking the cut with an ellipsis.
//
// The cut falls at the end of a sentence or clause when one ends in the last
// half of the room, else after a whole word; only a single word longer than
// half the room (an id, a URL) is cut inside.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 1 {
		return "…"
	}
	r := []rune(s)
	head := string(r[:n-1])
	if r[n-1] == ' ' || r[n-1] == '\n' {
		return strings.TrimRight(head, " \n") + "…"
	}
	half := len(string(r[:(n-1)/2]))
	for _, sep := range []string{". ", "; ", ": ", ", "} {
		if i := strings.LastIndex(head, sep); i >= half {
			return head[:i+1] + " …"
		}
	}
	if i := strings.LastIndexAny(head, " \n"); i >= half {
		return strings.TrimRight(head[:i], " \n") + "…"
	}
	return strings.TrimRight(head, " ") + "…"
}

// oneLine folds whitespace runs (newlines included) into single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
