package slacktest

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// File is a file shared in the fake workspace. Its content is served at its
// url_private_download to the bot token only; any other Authorization is
// redirected to a sign-in page, as files.slack.com does.
type File struct {
	ID       string // assigned by AddFile when empty
	Name     string
	Title    string
	Mimetype string
	Filetype string
	// Size is the size the file object reports; AddFile sets it to
	// len(Content) when zero. Set it to lie about the size.
	Size    int
	Content []byte
	// Status, when set, is the HTTP status every download answers with.
	Status int
	// Redirects is how many 302 hops precede the content.
	Redirects int
	// Partial makes the event's file object carry no download URL
	// (file_access "check_file_info"): files.info has it.
	Partial bool
}

// AddFile stores f and returns it with its ID and Size set.
func (s *Server) AddFile(f File) File {
	if f.ID == "" {
		f.ID = "F0FILE" + strconv.FormatInt(s.seq.Add(1), 10)
	}
	if f.Size == 0 {
		f.Size = len(f.Content)
	}
	if f.Title == "" {
		f.Title = f.Name
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.files[f.ID] = f
	return f
}

// FileURL is the url_private_download of file id.
func (s *Server) FileURL(id string) string {
	s.mu.Lock()
	f := s.files[id]
	s.mu.Unlock()
	return s.http.URL + "/files/" + id + "/" + url.PathEscape(f.Name)
}

// FileObject is f as a file object in an event's "files" array.
func (s *Server) FileObject(f File) map[string]any {
	o := map[string]any{"id": f.ID, "name": f.Name, "title": f.Title, "mimetype": f.Mimetype,
		"filetype": f.Filetype, "size": f.Size, "mode": "hosted", "is_external": false}
	if f.Partial {
		o = map[string]any{"id": f.ID, "mode": "hidden_by_limit", "file_access": "check_file_info"}
		return o
	}
	o["url_private"] = s.FileURL(f.ID)
	o["url_private_download"] = s.FileURL(f.ID)
	return o
}

// WithFiles adds files to a message or app_mention event, as Slack does when a
// file is shared with the message. For a message event it sets the
// file_share subtype.
func (s *Server) WithFiles(event map[string]any, files ...File) map[string]any {
	event["files"] = s.fileObjects(files)
	event["upload"] = false
	if event["type"] == "message" {
		event["subtype"] = "file_share"
	}
	return event
}

func (s *Server) fileObjects(files []File) []map[string]any {
	var objs []map[string]any
	for _, f := range files {
		objs = append(objs, s.FileObject(f))
	}
	return objs
}

// fileInfo answers files.info.
func (s *Server) fileInfo(p url.Values) map[string]any {
	s.mu.Lock()
	f, ok := s.files[p.Get("file")]
	s.mu.Unlock()
	if !ok {
		return map[string]any{"ok": false, "error": "file_not_found"}
	}
	f.Partial = false
	return map[string]any{"ok": true, "file": s.FileObject(f), "comments": []any{}, "paging": map[string]any{"count": 0, "total": 0, "page": 1, "pages": 1}}
}

// serveFile serves /files/{id}/{name}: the download of a shared file. Calls
// are recorded as method "download" with the Authorization header in
// Params["authorization"]; Fail("download", …) injects errors.
func (s *Server) serveFile(w http.ResponseWriter, r *http.Request) {
	rest := strings.TrimPrefix(r.URL.Path, "/files/")
	id, _, _ := strings.Cut(rest, "/")
	auth := r.Header.Get("Authorization")
	call := Call{Method: "download", Path: r.URL.Path, At: time.Now(),
		Params: url.Values{"file": {id}, "authorization": {auth}, "hop": {r.URL.Query().Get("hop")}}}

	s.mu.Lock()
	s.addCall(call)
	f, ok := s.files[id]
	var fail *Failure
	if fs := s.failures["download"]; len(fs) > 0 {
		fail = &fs[0]
		s.failures["download"] = fs[1:]
	}
	s.notify()
	s.mu.Unlock()

	switch {
	case fail != nil && fail.Status != 0:
		http.Error(w, http.StatusText(fail.Status), fail.Status)
	case auth != "Bearer "+BotToken:
		http.Redirect(w, r, "/signin?redir="+url.QueryEscape(r.URL.Path), http.StatusFound)
	case !ok:
		http.NotFound(w, r)
	case f.Status != 0:
		http.Error(w, http.StatusText(f.Status), f.Status)
	default:
		hop, _ := strconv.Atoi(r.URL.Query().Get("hop"))
		if hop < f.Redirects {
			http.Redirect(w, r, r.URL.Path+"?hop="+strconv.Itoa(hop+1), http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Header().Set("Content-Length", strconv.Itoa(len(f.Content)))
		s.stream(w, f)
		s.mu.Lock()
		s.streamed[f.ID]++
		s.notify()
		s.mu.Unlock()
	}
}

// stream writes f's content in chunks, counting what the client took, so a
// test can tell a download cut short from one read to the end.
func (s *Server) stream(w http.ResponseWriter, f File) {
	const chunk = 32 << 10
	for off := 0; off < len(f.Content); off += chunk {
		n, err := w.Write(f.Content[off:min(off+chunk, len(f.Content))])
		s.mu.Lock()
		s.served[f.ID] += int64(n)
		s.mu.Unlock()
		if err != nil {
			return
		}
	}
}

// Served is how many bytes of file id the server has written to downloads.
func (s *Server) Served(id string) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.served[id]
}

// WaitStreamed waits until n downloads of file id have ended on the server's
// side (written to the end, or cut off by the client): Served(id) no longer
// grows after that, unless another download starts.
func (s *Server) WaitStreamed(ctx context.Context, id string, n int) error {
	if err := s.wait(ctx, func() bool { return s.streamed[id] >= n }); err != nil {
		return fmt.Errorf("waiting for %d downloads of %s to end: %w", n, id, err)
	}
	return nil
}

// serveSignin is the page an unauthorised download is redirected to.
func (s *Server) serveSignin(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	_, _ = w.Write([]byte("<html><body>Sign in to Fake Workspace</body></html>"))
}
