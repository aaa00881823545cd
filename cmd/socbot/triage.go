package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/socbot/socbot/internal/llm"
	"github.com/socbot/socbot/internal/questionnaire"
	"github.com/socbot/socbot/internal/split"
	"github.com/socbot/socbot/internal/triage"
)

// maxInput is the largest questionnaire the triage command reads (documented in docs/cli.md).
const maxInput = 10 << 20

// inputError is bad input: the user sees one line and exit code 2.
type inputError struct{ msg string }

func (e *inputError) Error() string { return e.msg }

func runTriage(ctx context.Context, s streams, args []string) error {
	fs := newFlags("triage")
	format := fs.String("format", "", "output format: text, json or jsonl (default text)")
	useLLM := fs.Bool("llm", false, "ask the OpenAI-compatible model (OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL) to summarise and fill gaps")
	out := fs.String("out", "", "write the questionnaire back with answer columns (XLSX in, XLSX out; CSV, DOCX or text in, CSV out)")
	reports := fs.String("reports", "", "report inventory YAML: adds coverage (default $SOC_REPORTS_FILE)")
	if err := parseFlags(fs, reorder(args), s); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return usageErrorf("give one file (or - for standard input)")
	}
	name := "-"
	if fs.NArg() == 1 {
		name = fs.Arg(0)
	}
	if *format == "" {
		*format = "text"
	}
	if *format != "text" && *format != "json" && *format != "jsonl" {
		return usageErrorf("unknown format %q (want text, json or jsonl)", *format)
	}
	if *out != "" && sameFile(name, *out) {
		return usageErrorf("--out %s %w", *out, errOutIsInput)
	}
	inv, _, err := loadReports(*reports, s.err)
	if err != nil {
		return usageError(err)
	}
	eng, err := triage.NewEngine()
	if err != nil {
		return err
	}
	data, err := readInput(name, s.in)
	if err != nil {
		return usageErrorf("%s: %v", displayName(name), err)
	}
	var (
		qs  []triage.Question
		doc *questionnaire.Doc
	)
	if *out != "" || isQuestionnaireFile(name, data) {
		doc, err = questionnaire.ReadContext(ctx, name, bytes.NewReader(data), questionnaire.DefaultLimits())
		if err != nil {
			return usageErrorf("%s: %s", displayName(name), questionnaire.UserMessage(err))
		}
		qs = doc.Questions
	} else {
		if len(data) > maxInput {
			return usageErrorf("%s: larger than the %d MB limit for text", displayName(name), maxInput>>20)
		}
		if qs, err = parseQuestions(data); err != nil {
			return usageErrorf("%s: %v", displayName(name), err)
		}
	}
	pipe := triage.Pipeline{Classifier: eng}
	if inv != nil {
		pipe.Cover = inv.Apply
	}
	if *useLLM {
		if err := withModel(&pipe, s.err); err != nil {
			return usageError(err)
		}
	}
	// Files are long enough for a progress bar; a bar draws only on a terminal.
	bar := newProgress(s.err, "triage")
	var progress func(done, total int)
	if doc != nil {
		progress = bar.update
	}
	res, err := pipe.Run(ctx, qs, progress)
	bar.done()
	if err != nil {
		return usageErrorf("%s: %s", displayName(name), questionnaire.UserMessage(err))
	}
	if *out != "" {
		if err := writeBack(ctx, *out, name, doc, res, s.err); err != nil {
			if errors.Is(err, errOutIsInput) {
				return usageError(err)
			}
			return err
		}
	}
	if err := writeResult(s.out, *format, res, doc); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// reorder moves flags after the file name in front of it, so that
// "socbot triage file.txt --format json" works as people type it.
func reorder(args []string) []string {
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i+1:]...)
			break
		}
		if strings.HasPrefix(a, "-") && a != "-" {
			flags = append(flags, a)
			if !strings.Contains(a, "=") && i+1 < len(args) && takesValue(a) {
				flags = append(flags, args[i+1])
				i++
			}
			continue
		}
		rest = append(rest, a)
	}
	return append(flags, rest...)
}

func takesValue(flagName string) bool {
	switch strings.TrimLeft(flagName, "-") {
	case "format", "reports", "out":
		return true
	}
	return false
}

func displayName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}

func readInput(name string, stdin io.Reader) ([]byte, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, errors.Unwrap(err)
		}
		defer f.Close()
		r = f
	}
	// A file may be a workbook up to the questionnaire limit; standard input
	// has one limit, the text limit, whatever it carries.
	limit, what := questionnaire.DefaultLimits().MaxFileSize, "a file"
	if name == "-" {
		limit, what = maxInput, "standard input"
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, &inputError{fmt.Sprintf("larger than the %d MB limit for %s", limit>>20, what)}
	}
	return data, nil
}

// parseQuestions takes a JSON-lines file ({"id","text"} per line) as one question per
// object, and anything else as pasted text for the splitter.
func parseQuestions(data []byte) ([]triage.Question, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &inputError{"the input is empty"}
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, &inputError{"binary data, not text (give a .txt questionnaire or JSON lines)"}
	}
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:firstInvalid(data)], []byte("\n"))
		return nil, &inputError{fmt.Sprintf("line %d: invalid UTF-8 (save the file as UTF-8)", line)}
	}
	if looksLikeJSONLines(data) {
		return parseJSONLines(data)
	}
	qs := split.Split(string(data))
	if len(qs) == 0 {
		return nil, &inputError{"no questions found"}
	}
	return qs, nil
}

// jsonObjectStart is how every JSON-lines question begins: an object whose
// first key is quoted (or an empty object).
var jsonObjectStart = regexp.MustCompile(`^\{\s*["}]`)

// looksLikeJSONLines says whether the first non-blank line opens a JSON
// object; a paste that merely starts with "{" (a "{Company} questionnaire"
// title) is text.
func looksLikeJSONLines(data []byte) bool {
	first := bytes.TrimSpace(data)
	if i := bytes.IndexByte(first, '\n'); i >= 0 {
		first = first[:i]
	}
	return jsonObjectStart.Match(bytes.TrimSpace(first))
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

func parseJSONLines(data []byte) ([]triage.Question, error) {
	var qs []triage.Question
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), maxInput)
	line := 0
	for sc.Scan() {
		line++
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 {
			continue
		}
		var q struct {
			ID      string          `json:"id"`
			Text    string          `json:"text"`
			Section string          `json:"section"`
			Rest    json.RawMessage `json:"labels"` // eval files carry labels: ignored here
		}
		if err := json.Unmarshal(raw, &q); err != nil {
			return nil, &inputError{fmt.Sprintf("line %d: not a JSON object with id and text: %v", line, err)}
		}
		if strings.TrimSpace(q.Text) == "" {
			return nil, &inputError{fmt.Sprintf("line %d: missing \"text\"", line)}
		}
		if q.ID == "" {
			q.ID = fmt.Sprintf("q%d", len(qs)+1)
		}
		qs = append(qs, triage.Question{ID: q.ID, Text: q.Text, Section: q.Section, Line: line})
	}
	if err := sc.Err(); err != nil {
		return nil, &inputError{fmt.Sprintf("line %d: %v", line+1, err)}
	}
	return qs, nil
}

// writeResult prints res in format. doc, when the questions came from a file,
// places each one in its workbook for --format jsonl.
func writeResult(w io.Writer, format string, res triage.Result, doc *questionnaire.Doc) error {
	bw := bufio.NewWriter(w)
	switch format {
	case "jsonl":
		enc := json.NewEncoder(bw)
		for i, it := range res.Items {
			var sheet, cell string
			if doc != nil && len(doc.Questions) == len(res.Items) {
				sheet, cell = doc.Cell(i)
			}
			if err := enc.Encode(jsonlItem(it, sheet, cell)); err != nil {
				return err
			}
		}
	case "json":
		enc := json.NewEncoder(bw)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return err
		}
	default:
		writeText(bw, res)
	}
	return bw.Flush()
}

// jsonlItem is one line of --format jsonl: the question as --format json has
// it (id, text, section, line), where a workbook holds it (sheet and cell),
// and the verdict fields.
func jsonlItem(it triage.Item, sheet, cell string) any {
	return struct {
		ID      string `json:"id"`
		Text    string `json:"text"`
		Section string `json:"section,omitempty"`
		Line    int    `json:"line,omitempty"`
		Sheet   string `json:"sheet,omitempty"`
		Cell    string `json:"cell,omitempty"`
		triage.Verdict
		Coverage       string            `json:"coverage,omitempty"`
		CoverageReason string            `json:"coverage_reason,omitempty"`
		Send           []string          `json:"send,omitempty"`
		Controls       []triage.Citation `json:"controls,omitempty"`
	}{it.ID, it.Text, it.Section, it.Line, sheet, cell, it.Verdict, it.Coverage, it.CoverageReason, it.Send, it.Controls}
}

func writeText(w io.Writer, res triage.Result) {
	for _, it := range res.Items {
		fmt.Fprintf(w, "%s. %s\n", it.ID, it.Text)
		if it.Section != "" {
			fmt.Fprintf(w, "    section: %s\n", it.Section)
		}
		fmt.Fprintf(w, "    → %s\n", verdictLine(it.Verdict))
		for _, ev := range it.Evidence {
			if len(ev.Matched) == 0 {
				fmt.Fprintf(w, "      · %s: %s\n", ev.Rule, ev.Reason)
				continue
			}
			neg := ""
			if ev.Negated {
				neg = " (negated: not counted)"
			}
			fmt.Fprintf(w, "      · %s%s: \"%s\" — %s\n", ev.Rule, neg, strings.Join(ev.Matched, `", "`), ev.Reason)
		}
		if it.Coverage != "" {
			// The label Slack shows, so the CLI and the bot say the same words.
			line := "    coverage: " + triage.CoverageLabel(it.Coverage)
			if it.CoverageReason != "" {
				line += " — " + it.CoverageReason
			}
			fmt.Fprintln(w, line)
		}
		for _, c := range it.Controls {
			ref := c.Report
			if c.Ref != "" {
				ref += ", " + c.Ref
			}
			flag := ""
			if c.Exception {
				flag = " [exception noted]"
			}
			fmt.Fprintf(w, "    control %s (%s; %s)%s: %s\n", c.ID, ref, strings.Join(c.Criteria, ", "), flag, c.Title)
		}
		fmt.Fprintln(w)
	}
	s := res.Summary
	fmt.Fprintf(w, "Summary: %s\n", s.Headline)
	if s.Narrative != "" {
		fmt.Fprintf(w, "  In short (language model): %s\n", s.Narrative)
	}
	fmt.Fprintf(w, "  %s: %d SOC 2, %d SOC 1, %d both, %d no SOC report, %d unmatched\n",
		plural(s.Total, "question"), s.Counts[triage.ReportSOC2], s.Counts[triage.ReportSOC1], s.Counts[triage.ReportBoth],
		s.Counts[triage.ReportNone], len(s.Unmatched))
	for _, r := range s.Reports {
		fmt.Fprintf(w, "  report: %s\n", r.Text)
	}
	for _, a := range s.Artifacts {
		fmt.Fprintf(w, "  attach: %s (%s)\n", triage.ArtifactLabel(a.Artifact), triage.ShortList(a.Questions))
	}
	if len(s.Unmatched) > 0 {
		fmt.Fprintf(w, "  unmatched (ask the security team): %s\n", triage.ShortList(s.Unmatched))
	}
	if s.Send != nil {
		fmt.Fprintln(w, "What to send:")
		for _, l := range s.Send.Lines() {
			fmt.Fprintf(w, "  %s\n", l)
		}
	}
}

func verdictLine(v triage.Verdict) string {
	if v.Unmatched && v.Suggested() {
		v.Unmatched = false
		return "suggested by the language model: " + verdictLine(v)
	}
	if v.Unmatched {
		return "no rule matched (ask the security team)"
	}
	var parts []string
	parts = append(parts, strings.TrimSpace(triage.ReportTitle(v.Report)+" "+triage.TypeTitle(v.Type)))
	// Categories, areas and artifacts are named as the Slack answer names
	// them; --format json and jsonl keep the ids.
	if len(v.Categories) > 0 {
		parts = append(parts, names(v.Categories, triage.CategoryTitle))
	}
	if len(v.Criteria) > 0 {
		parts = append(parts, strings.Join(v.Criteria, " "))
	}
	if len(v.SOC1Areas) > 0 {
		parts = append(parts, "SOC 1 areas: "+names(v.SOC1Areas, triage.AreaLabel))
	}
	if len(v.Artifacts) > 0 {
		parts = append(parts, "attach: "+names(v.Artifacts, triage.ArtifactLabel))
	}
	return fmt.Sprintf("%s (confidence %.2f)", strings.Join(parts, " · "), v.Confidence)
}

// names joins the names name gives ids, in their order.
func names(ids []string, name func(string) string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = name(id)
	}
	return strings.Join(out, ", ")
}

// withModel adds the optional language model to the pipeline, as the bot
// has it: rule verdicts stay as they are; unmatched questions may get
// suggestions, and the snippet a narrative summary. A model that fails leaves
// the rules-only result.
func withModel(p *triage.Pipeline, stderr io.Writer) error {
	cfg, err := loadLLMConfig()
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	c, err := llm.New(cfg.Config, llm.NewMemoryCache(0), log)
	if err != nil {
		return fmt.Errorf("language model: %w", err)
	}
	if !c.Enabled() {
		return errors.New("--llm needs OPENAI_API_KEY (and OPENAI_BASE_URL for a server other than OpenAI)")
	}
	p.Model = c
	p.ModelDone = func(suggested int, err error) {
		if err != nil {
			fmt.Fprintf(stderr, "socbot triage: language model: %v (showing the rules-only answer)\n", err)
		}
		if suggested > 0 {
			fmt.Fprintf(stderr, "socbot triage: the language model suggested verdicts for %d unmatched questions\n", suggested)
		}
	}
	return nil
}

// isQuestionnaireFile tells office files and other binary formats, which the
// questionnaire reader handles (or refuses with a clear message), from pasted text.
func isQuestionnaireFile(name string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xlsx", ".xlsm", ".xls", ".csv", ".tsv", ".docx", ".doc", ".pdf":
		return true
	}
	for _, magic := range []string{"PK\x03\x04", "\xd0\xcf\x11\xe0", "%PDF"} {
		if bytes.HasPrefix(data, []byte(magic)) {
			return true
		}
	}
	return false
}

// writeBack writes the triaged questionnaire to path, in the format the input allows.
// errOutIsInput refuses to write the answers over the questionnaire they
// came from: a failed or partial write would lose the only copy.
var errOutIsInput = errors.New("is the questionnaire being read; name another file")

// sameFile reports whether out names the existing file in (not standard
// input), through any path, link or letter case the file system equates.
func sameFile(in, out string) bool {
	if in == "-" {
		return false
	}
	a, err := os.Stat(in)
	if err != nil {
		return false
	}
	b, err := os.Stat(out)
	return err == nil && os.SameFile(a, b)
}

// writeBack writes the questionnaire doc, read from input, back to path with
// the answer columns; path's extension follows the format written. The file
// appears whole or not at all (see writeFileWhole).
func writeBack(ctx context.Context, path, input string, doc *questionnaire.Doc, res triage.Result, stderr io.Writer) error {
	if doc == nil {
		return errors.New("--out needs a questionnaire file (XLSX, CSV, DOCX or text), not JSON lines")
	}
	var buf bytes.Buffer
	bar := newProgress(stderr, "write")
	ext, err := questionnaire.Write(&buf, doc, res.Items, questionnaire.WriteOptions{Progress: bar.update})
	bar.done()
	if err != nil {
		return fmt.Errorf("write %s: %s", path, questionnaire.UserMessage(err))
	}
	if have := strings.ToLower(filepath.Ext(path)); have != ext {
		path = strings.TrimSuffix(path, filepath.Ext(path)) + ext
		fmt.Fprintf(stderr, "socbot triage: a %s questionnaire is written back as %s: writing %s\n", doc.Kind, ext, path)
	}
	if sameFile(input, path) {
		return fmt.Errorf("--out %s %w", path, errOutIsInput)
	}
	if err := writeFileWhole(ctx, path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	fmt.Fprintf(stderr, "socbot triage: wrote %s (%s)\n", path, doc.Describe())
	return nil
}

// writeChunk is how much writeFileWhole writes between looks at its context.
const writeChunk = 1 << 20

// writeFileWhole writes data to a temporary file beside path and renames it
// to path once it is complete and synced, so that an interrupted or failed
// write (Ctrl-C, a full disk) never leaves a half-written file at path, nor
// replaces a file already there. It stops between chunks when ctx ends, and
// removes the temporary file whenever it does not rename it. A file already
// at path keeps its permissions; a new one gets perm less the umask, as
// os.WriteFile would give it. When path is a symbolic link to a file, the
// file it points to is replaced and the link stays.
func writeFileWhole(ctx context.Context, path string, data []byte, perm os.FileMode) (err error) {
	if err := ctx.Err(); err != nil {
		return err
	}
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	keep := false
	if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() {
		perm, keep = st.Mode().Perm(), true
	}
	f, tmp, err := createTemp(path, perm)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(tmp)
		}
	}()
	for len(data) > 0 {
		if err := ctx.Err(); err != nil {
			return err
		}
		n, err := f.Write(data[:min(len(data), writeChunk)])
		if err != nil {
			return err
		}
		data = data[n:]
	}
	if keep {
		if err := f.Chmod(perm); err != nil {
			return err
		}
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// createTemp makes a new hidden file beside path, named after it, with perm
// less the umask (os.CreateTemp would give 0600 whatever the umask).
func createTemp(path string, perm os.FileMode) (*os.File, string, error) {
	dir, base := filepath.Split(path)
	for range 100 {
		name := filepath.Join(dir, "."+base+"."+strconv.FormatUint(rand.Uint64(), 36)+".tmp")
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, os.ErrExist) {
			continue
		}
		return f, name, err
	}
	return nil, "", fmt.Errorf("make a temporary file beside %s: too many taken names", path)
}

// progress draws a bar on a terminal for long files; elsewhere it stays silent.
type progress struct {
	w     io.Writer
	label string
	on    bool
	last  int
}

func newProgress(w io.Writer, label string) *progress {
	f, ok := w.(*os.File)
	on := false
	if ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			on = true
		}
	}
	return &progress{w: w, label: label, on: on, last: -1}
}

func (p *progress) update(done, total int) {
	if !p.on || total < 200 {
		return
	}
	pct := done * 100 / total
	if pct == p.last {
		return
	}
	p.last = pct
	const width = 30
	fill := pct * width / 100
	fmt.Fprintf(p.w, "\r%-6s [%s%s] %3d%% %d/%d", p.label, strings.Repeat("#", fill), strings.Repeat(" ", width-fill), pct, done, total)
}

func (p *progress) done() {
	if p.on && p.last >= 0 {
		fmt.Fprintln(p.w)
	}
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
