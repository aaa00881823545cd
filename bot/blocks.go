package bot

import (
	"fmt"
	"slices"
	"strings"

	"github.com/slack-go/slack"

	"github.com/socbot/socbot/internal/triage"
)

// Slack's limits that shape the rendering.
const (
	maxBlocks        = 50
	maxSectionText   = 3000
	maxButtonValue   = 2000
	maxAckPayload    = 19 * 1024 // Slack drops Socket Mode responses of 20 KB or more
	defaultLineChars = 12000     // question lines shown before summarising
	questionChars    = 160       // question text shown per line
	idChars          = 40        // question id shown (ids come from files' cells)
	headlineChars    = 500       // headline shown, before escaping (at most 5x longer after)
)

// Action ids of the buttons socbot renders.
const (
	actionFeedbackUp   = "socbot_feedback_up"
	actionFeedbackDown = "socbot_feedback_down"
	actionShare        = "socbot_share"
	actionTriage       = "socbot_triage"
	actionWrong        = "socbot_wrong"
	actionDetail       = "socbot_detail"
)

// maxListed is the most questions an answer lists itself. Past it the
// message holds the headline, what to send and the inventory lines, and each
// question's verdict is in the attached file and, on request, in the thread,
// so that a long questionnaire's answer fits on one screen.
const maxListed = 10

// detailPerMessage is how many questions one detail message in a thread
// holds (one section each, under Slack's 50 blocks), and maxDetail how many
// the thread gets at most; the file has them all.
const (
	detailPerMessage = 40
	maxDetail        = 200
)

// answerOpts says how one answer is rendered.
type answerOpts struct {
	// ShareText, when set, adds a "Share in channel" button carrying it.
	ShareText string
	// Ephemeral answers cannot carry a file: the truncation note points to Share.
	Ephemeral bool
	// Note is a line of socbot's own mrkdwn shown under the headline.
	Note string
	// LineChars bounds the characters of question lines; 0 means defaultLineChars.
	LineChars int
	// Detail, when set, adds an "Each question in the thread" button carrying
	// it (what to triage again: see detailText) to an answer too long to list.
	Detail string
	// File names the file the answer comes with (a filled questionnaire);
	// "" is the attached CSV. A long answer says the questions are in it.
	File string
}

// rendered is an answer ready to post.
type rendered struct {
	Blocks    []slack.Block
	Text      string // notification and accessibility fallback
	Truncated bool   // some questions are only in the CSV
	Shown     int    // questions with a line of their own
}

// renderAnswer renders a triage as Block Kit within Slack's limits: headline,
// one compact line per question, what to send, then the buttons.
func renderAnswer(res triage.Result, o answerOpts) rendered {
	budget := o.LineChars
	if budget <= 0 {
		budget = defaultLineChars
	}
	total := len(res.Items)
	headline := headlineOf(res)

	var blocks []slack.Block
	title := fmt.Sprintf("SOC triage: %d question%s", total, plural(total))
	blocks = append(blocks, slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, title, true, false)))
	blocks = append(blocks, mrkdwnSection("socbot_headline", "*"+headline+"*"))
	if o.Note != "" {
		// A note can carry escaped names from a file (its name, its sheets).
		note := truncate(o.Note, maxSectionText)
		blocks = append(blocks, slack.NewContextBlock("socbot_note", slack.NewTextBlockObject(slack.MarkdownType, note, false, true)))
	}
	blocks = append(blocks, enrichBlocks(res)...)

	r := rendered{}
	if total <= maxListed {
		used := 0
		for i, it := range res.Items {
			line := questionLine(it)
			if used += len(line); used > budget {
				break
			}
			blocks = append(blocks, questionSection(fmt.Sprintf("socbot_q%d", i), it))
			r.Shown++
		}
	}
	r.Truncated = r.Shown < total
	if r.Truncated {
		blocks = append(blocks, slack.NewContextBlock("socbot_more",
			slack.NewTextBlockObject(slack.MarkdownType, moreText(total, r.Shown, o), false, false)))
	}
	blocks = append(blocks, slack.NewDividerBlock())
	blocks = append(blocks, mrkdwnSection("socbot_send", truncate(sendText(res), maxSectionText)))
	detail := ""
	if r.Truncated && !o.Ephemeral {
		detail = o.Detail
	}
	blocks = append(blocks, answerActions(res, o.ShareText, detail))

	r.Blocks = blocks
	r.Text = headline
	return r
}

// moreText says where the questions the message does not list are.
func moreText(total, shown int, o answerOpts) string {
	which := fmt.Sprintf("each of the %d questions", total)
	if shown > 0 {
		which = fmt.Sprintf("the other %d question%s", total-shown, plural(total-shown))
	}
	file := "the attached file"
	if o.File != "" {
		file = fileLabel(o.File)
	}
	switch {
	case o.Ephemeral:
		return "The verdict for " + which + ", and why, is in a file that comes with the answer when you use *Share in channel*, or when you send me the questions in a DM."
	case o.Detail != "":
		return "The verdict for " + which + ", and why, is in " + file + "; *Each question in the thread* lists them here, each with its own *Wrong?* button."
	}
	return "The verdict for " + which + ", and why, is in " + file + "."
}

// questionSection is one question's line with a button to mark its verdict
// wrong; the button carries the question's rules (see questionVote).
func questionSection(id string, it triage.Item) *slack.SectionBlock {
	btn := slack.NewButtonBlockElement(actionWrong, questionVote(it), slack.NewTextBlockObject(slack.PlainTextType, "Wrong?", false, false))
	text := slack.NewTextBlockObject(slack.MarkdownType, truncate(questionLine(it), maxSectionText), false, true)
	return slack.NewSectionBlock(text, nil, slack.NewAccessory(btn), slack.SectionBlockOptionBlockID(id))
}

// questionVote is the value of a question's Wrong? button: the rules behind
// its verdict, its report and its id.
func questionVote(it triage.Item) string {
	var rules []string
	for _, e := range it.Evidence {
		if e.Rule != "" && !e.Negated && !slices.Contains(rules, e.Rule) {
			rules = append(rules, e.Rule)
		}
	}
	report := reportOf(it.Verdict)
	if it.Unmatched {
		report = triage.ReportNone
	}
	id := it.ID
	if id == "" {
		id = "?"
	}
	return feedbackValue(rules, report, []string{id})
}

// detailMessages are the per-question messages posted in a thread on request:
// each question with its Wrong? button, detailPerMessage to a message.
func detailMessages(res triage.Result) [][]slack.Block {
	items := res.Items
	if len(items) > maxDetail {
		items = items[:maxDetail]
	}
	var out [][]slack.Block
	for start := 0; start < len(items); start += detailPerMessage {
		end := min(start+detailPerMessage, len(items))
		var blocks []slack.Block
		for i := start; i < end; i++ {
			blocks = append(blocks, questionSection(fmt.Sprintf("socbot_d%d", i), items[i]))
		}
		if end == len(items) && len(items) < len(res.Items) {
			more := len(res.Items) - len(items)
			blocks = append(blocks, slack.NewContextBlock("socbot_detail_more", slack.NewTextBlockObject(slack.MarkdownType,
				fmt.Sprintf("The other %d questions are in the attached file.", more), false, false)))
		}
		out = append(out, blocks)
	}
	return out
}

// mrkdwnSection is a section of mrkdwn, verbatim: Slack's automatic parsing
// would otherwise turn a typed "@channel", "#general" or bare URL from a
// questionnaire into a live mention or link. socbot's own markup (<@U…>,
// <#C…>) still works.
func mrkdwnSection(id, text string) *slack.SectionBlock {
	return slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, text, false, true), nil, nil, slack.SectionBlockOptionBlockID(id))
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// headlineOf is the engine's headline, or one built from the verdicts when the
// engine gives none.
func headlineOf(res triage.Result) string {
	if h := strings.TrimSpace(res.Summary.Headline); h != "" {
		return escapeText(truncate(oneLine(h), headlineChars))
	}
	if len(res.Items) == 0 {
		return "No question found"
	}
	counts := map[string]int{}
	for _, it := range res.Items {
		rep := reportOf(it.Verdict)
		if it.Unmatched { // a model's suggestion is not a rule's verdict
			rep = triage.ReportNone
		}
		counts[rep]++
	}
	var parts []string
	for _, rep := range []string{triage.ReportSOC2, triage.ReportSOC1, triage.ReportBoth, triage.ReportNone} {
		if n := counts[rep]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s: %d", reportLabel(rep), n))
		}
	}
	return strings.Join(parts, " · ")
}

func reportOf(v triage.Verdict) string {
	if v.Report == "" {
		return triage.ReportNone
	}
	return v.Report
}

// questionLine is one question: its id and text, then the verdict.
func questionLine(it triage.Item) string {
	var b strings.Builder
	id := shortID(it.ID)
	if id == "" {
		id = "?"
	}
	fmt.Fprintf(&b, "*%s* %s\n", escapeText(id), escapeText(truncate(oneLine(it.Text), questionChars)))
	b.WriteString("      → ")
	b.WriteString(verdictText(it))
	return b.String()
}

// verdictText is the compact verdict: report and type, categories, criteria or
// SOC 1 areas, artifacts, the deciding words, coverage.
func verdictText(it triage.Item) string {
	v := it.Verdict
	var parts []string
	if v.Unmatched && v.Suggested() {
		parts = append(parts, suggestedText(v))
	} else if v.Unmatched || (reportOf(v) == triage.ReportNone && len(v.Artifacts) == 0) {
		parts = append(parts, "_no rule matched: needs a person_")
	} else {
		rep := reportLabel(reportOf(v))
		if t := typeLabel(v.Type); t != "" && reportOf(v) != triage.ReportNone {
			rep += " " + t
		}
		parts = append(parts, "*"+rep+"*")
		parts = append(parts, verdictFields(v)...)
	}
	if w := decidingWords(v, 4); len(w) > 0 {
		parts = append(parts, "_"+strings.Join(w, ", ")+"_")
	}
	if it.Coverage != "" {
		parts = append(parts, coverageText(it.Coverage, it.CoverageReason))
	}
	if len(it.Controls) > 0 {
		parts = append(parts, "controls: "+escapeText(truncate(triage.CitationText(it.Controls), 160)))
	}
	return strings.Join(parts, " · ")
}

// coverageReasonChars bounds the reason on a question line. A longer one is
// cut at a clause, else a word; the whole reason is in the attached file.
const coverageReasonChars = 240

// coverageText is the coverage status in words, then why.
func coverageText(status, reason string) string {
	label := humanize(status)
	if slices.Contains(triage.AllCoverage, status) {
		label = triage.CoverageLabel(status)
	}
	c := "_" + label + "_"
	if reason = strings.TrimSpace(oneLine(reason)); reason != "" {
		c += ": " + escapeText(truncate(reason, coverageReasonChars))
	}
	return c
}

// decidingWords are the words that made the rules fire (negated evidence
// excluded), quoted, escaped and de-duplicated.
func decidingWords(v triage.Verdict, n int) []string {
	var out []string
	seen := map[string]bool{}
	for _, e := range v.Evidence {
		if e.Negated {
			continue
		}
		for _, m := range e.Matched {
			m = strings.ToLower(oneLine(m))
			if m == "" || seen[m] {
				continue
			}
			seen[m] = true
			out = append(out, "“"+escapeText(truncate(m, 40))+"”")
			if len(out) == n {
				return out
			}
		}
	}
	return out
}

// shortID bounds a question id for display: ids are cells of the
// questionnaire's id column, of any length.
func shortID(id string) string { return truncate(oneLine(id), idChars) }

func idList(ids []string) string {
	const n = 12
	short := make([]string, 0, n)
	for _, id := range limit(ids, n) {
		short = append(short, shortID(id))
	}
	s := escapeText(strings.Join(short, ", "))
	if len(ids) > n {
		s += fmt.Sprintf(" and %d more", len(ids)-n)
	}
	return s
}

func limit(s []string, n int) []string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func labels(vals []string, f func(string) string) string {
	out := make([]string, len(vals))
	for i, v := range vals {
		out[i] = f(v)
	}
	return strings.Join(out, ", ")
}

func reportLabel(r string) string { return escapeText(triage.ReportTitle(r)) }

func typeLabel(t string) string {
	if title := triage.TypeTitle(t); title != "" || t == "" {
		return title
	}
	return escapeText(t)
}

func categoryLabel(c string) string {
	if c == "" {
		return ""
	}
	if _, known := triage.LookupCategory(c); known {
		return triage.CategoryTitle(c)
	}
	return humanize(c)
}

func artifactLabel(a string) string {
	if x, ok := triage.LookupArtifact(a); ok {
		return x.Label
	}
	return humanize(a)
}

func areaLabel(a string) string { return escapeText(triage.AreaLabel(a)) }

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// humanize turns an identifier like access_financial into "Access financial".
func humanize(s string) string {
	s = strings.ReplaceAll(escapeText(s), "_", " ")
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// answerActions are the buttons under every answer: feedback, and Share when
// the answer is private.
func answerActions(res triage.Result, share, detail string) *slack.ActionBlock {
	rules := ruleList(res)
	up := slack.NewButtonBlockElement(actionFeedbackUp, rules, slack.NewTextBlockObject(slack.PlainTextType, "👍 Right", true, false))
	down := slack.NewButtonBlockElement(actionFeedbackDown, rules, slack.NewTextBlockObject(slack.PlainTextType, "👎 Wrong", true, false))
	elems := []slack.BlockElement{up, down}
	if detail != "" {
		elems = append(elems, slack.NewButtonBlockElement(actionDetail, detail, slack.NewTextBlockObject(slack.PlainTextType, "Each question in the thread", false, false)))
	}
	if share != "" {
		b := slack.NewButtonBlockElement(actionShare, share, slack.NewTextBlockObject(slack.PlainTextType, "Share in channel", true, false))
		b.Style = slack.StylePrimary
		elems = append(elems, b)
	}
	return slack.NewActionBlock("socbot_actions", elems...)
}

// ruleList is the button value for feedback: the ids of the rules behind the
// answer (so a 👎 names the rules to look at), what the answer asks for and
// the questions the rules matched, within Slack's value limit (feedback.go).
func ruleList(res triage.Result) string {
	var ids []string
	for _, it := range res.Items {
		for _, e := range it.Evidence {
			if e.Rule != "" && !slices.Contains(ids, e.Rule) {
				ids = append(ids, e.Rule)
			}
		}
	}
	return feedbackValue(ids, answerReport(res), matchedQuestions(res))
}

// shareValue encodes the text to re-triage for the Share button, or "" when it
// does not fit a button value. The text is stored escaped so that no payload
// socbot sends ever holds a live mention, even in a field Slack never renders.
func shareValue(text string) string {
	v := "t:" + escapeText(text)
	if len(v) > maxButtonValue {
		return ""
	}
	return v
}

// noticeBlocks is a one-section message of socbot's own mrkdwn.
func noticeBlocks(text string) []slack.Block {
	return []slack.Block{mrkdwnSection("socbot_notice", text)}
}

// offerBlocks is the react-mode offer: a line and a "Triage" button that
// carries the message's ts.
func offerBlocks(ts string) []slack.Block {
	btn := slack.NewButtonBlockElement(actionTriage, ts, slack.NewTextBlockObject(slack.PlainTextType, "Triage", true, false))
	btn.Style = slack.StylePrimary
	return []slack.Block{
		mrkdwnSection("socbot_offer", "This looks like questionnaire content. Want me to say which SOC report answers each question?"),
		slack.NewActionBlock("socbot_offer_actions", btn),
	}
}

// verdictFields renders a verdict's categories, criteria, SOC 1 areas and
// artifacts, as the parts of a question line.
func verdictFields(v triage.Verdict) []string {
	var parts []string
	if len(v.Categories) > 0 {
		parts = append(parts, labels(v.Categories, categoryLabel))
	}
	if len(v.Criteria) > 0 {
		parts = append(parts, escapeText(strings.Join(limit(v.Criteria, 4), ", ")))
	}
	if len(v.SOC1Areas) > 0 {
		parts = append(parts, labels(limit(v.SOC1Areas, 3), areaLabel))
	}
	if len(v.Artifacts) > 0 {
		parts = append(parts, "send "+labels(v.Artifacts, artifactLabel))
	}
	return parts
}
