package bot

import (
	"context"
	"time"

	"github.com/slack-go/slack"
)

// upload shares a file in a channel or thread the way Slack's v2 upload
// works, one counted call per step, so socbot_slack_api_calls_total names
// what was called: files.getUploadURLExternal, the POST of the bytes to the
// URL it returned (counted as upload_to_url; it is no Web API method), and
// files.completeUploadExternal, which posts the file. Only the last step
// shows anything to anyone, so only it is never repeated on an unknown
// outcome; perAttempt bounds the transfer of the bytes.
func (b *Bot) upload(ctx context.Context, api *slack.Client, perAttempt time.Duration, f slack.UploadFileParameters) error {
	var u *slack.GetUploadURLExternalResponse
	err := b.call(ctx, "files.getUploadURLExternal", idempotent, func(ctx context.Context) error {
		var err error
		u, err = api.GetUploadURLExternalContext(ctx, slack.GetUploadURLExternalParameters{
			FileName: f.Filename, FileSize: f.FileSize, SnippetType: f.SnippetType,
		})
		return err
	})
	if err != nil {
		return err
	}
	err = b.callWithin(ctx, "upload_to_url", idempotent, perAttempt, func(ctx context.Context) error {
		return api.UploadToURL(ctx, slack.UploadToURLParameters{UploadURL: u.UploadURL, Content: f.Content, Filename: f.Filename})
	})
	if err != nil {
		return err
	}
	return b.call(ctx, "files.completeUploadExternal", once, func(ctx context.Context) error {
		_, err := api.CompleteUploadExternalContext(ctx, slack.CompleteUploadExternalParameters{
			Files:           []slack.FileSummary{{ID: u.FileID, Title: f.Title}},
			Channel:         f.Channel,
			ThreadTimestamp: f.ThreadTimestamp,
		})
		return err
	})
}
