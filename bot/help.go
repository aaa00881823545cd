package bot

import (
	"fmt"
	"strings"
	"time"

	"github.com/slack-go/slack"
)

const helpText = "*socbot* says which SOC report answers each question of a vendor security questionnaire, and what to send.\n\n" +
	"*Ask privately:* `/soc Do you encrypt backups? Do you have a SOC 1 for payroll?`\n" +
	"*Ask in a channel:* `@socbot` followed by the questions; I answer in the thread. `@socbot` alone inside a thread triages the thread's first message.\n" +
	"*Ask in a DM:* paste the questions and I answer right there; follow-ups in the thread of your message add to the set and update my answer.\n" +
	"*Other commands:* `/soc reports` lists the reports on hand, `/soc forget` deletes the questions I keep from your DMs, `/soc help` shows this.\n" +
	"Paste one question per line for the best split. 👍/👎 under an answer tells the rule maintainers whether it was right; *Wrong?* beside a question says which verdict was wrong."

// helpBlocks is the /soc help answer.
func (b *Bot) helpBlocks() []slack.Block {
	text := helpText
	if chs := b.watchChannels(); len(chs) > 0 && b.cfg.WatchMode != WatchOff {
		refs := make([]string, len(chs))
		for i, ch := range chs {
			refs[i] = "<#" + ch + ">"
		}
		text += "\n*Watched channels:* " + strings.Join(refs, ", ") + ": questionnaire-like messages there get an answer without a mention."
	}
	return noticeBlocks(text)
}

// reportsText is the inventory as mrkdwn (or a note that none is configured).
func (b *Bot) reportsText(now time.Time) string {
	if b.inventory == nil {
		return "*Reports on hand*\nNo report inventory is configured (set `SOC_REPORTS_FILE`), so answers say which report is needed but not whether it is on hand."
	}
	desc := strings.TrimSpace(b.inventory.Describe(now))
	if desc == "" {
		desc = "The inventory is empty."
	}
	return "*Reports on hand*\n" + truncate(escapeText(desc), maxSectionText-30)
}

// homeView is the App Home tab.
func (b *Bot) homeView(now time.Time) slack.HomeTabViewRequest {
	blocks := []slack.Block{
		slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, "socbot: SOC questionnaire triage", true, false)),
		mrkdwnSection("home_help", helpText),
		slack.NewDividerBlock(),
		mrkdwnSection("home_reports", b.reportsText(now)),
		slack.NewContextBlock("home_updated", slack.NewTextBlockObject(slack.MarkdownType,
			fmt.Sprintf("Updated %s", now.UTC().Format("2006-01-02 15:04 MST")), false, false)),
	}
	return slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: blocks}}
}
