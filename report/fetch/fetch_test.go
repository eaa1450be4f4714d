package fetch

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"brief/report/corpus"
)

// site serves testdata/site on the loopback interface, with the failures
// the tests need, and counts the requests for each path.
type site struct {
	*httptest.Server
	mu     sync.Mutex
	hits   map[string]int
	status map[string]int // path → status of the last answer
	// slowRelease, when set, is what /slow waits for instead of its timeout.
	block chan struct{}
	// blocked is signalled when a request for /block arrives.
	blocked chan struct{}
}

func newSite(t *testing.T) *site {
	t.Helper()
	s := &site{hits: map[string]int{}, status: map[string]int{}, block: make(chan struct{}), blocked: make(chan struct{}, 1)}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(func() {
		select {
		case <-s.block:
		default:
			close(s.block)
		}
		s.Close()
	})
	return s
}

// pages maps paths to the files served: the feeds and odd pages of
// testdata/site (truce-copy.html: the truce story with no canonical
// address, so that only its text tells it is the same), and the saved
// pages report/corpus reads in its own tests.
var pages = map[string]string{
	"/rss.xml":                       sitePage("rss.xml"),
	"/atom.xml":                      sitePage("atom.xml"),
	"/rdf.xml":                       sitePage("rdf.xml"),
	"/bad.xml":                       sitePage("bad.xml"),
	"/plain.txt":                     sitePage("plain.txt"),
	"/2023/08/14/checkpoint-attack/": sitePage("checkpoint.html"),
	"/syndicated/truce":              sitePage("truce-copy.html"),
	"/news/truce":                    savedPage("01_jsonld.html"),
	"/a":                             savedPage("01_jsonld.html"),
	"/news/talks-off":                savedPage("02_opengraph.html"),
	"/mirror/talks":                  savedPage("02_opengraph.html"),
	"/block":                         savedPage("02_opengraph.html"),
	"/flaky":                         savedPage("03_time.html"),
	"/world/envoy":                   savedPage("05_liveblog.html"),
	"/c":                             savedPage("05_liveblog.html"),
}

// sitePage and savedPage name a file of testdata/site and a saved page of
// report/corpus's testdata.
func sitePage(name string) string  { return filepath.Join("testdata", "site", name) }
func savedPage(name string) string { return filepath.Join("..", "corpus", "testdata", "pages", name) }

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	n := s.hits[r.URL.Path]
	s.mu.Unlock()
	if ua := r.Header.Get("User-Agent"); ua != UserAgent {
		http.Error(w, "no user agent", http.StatusForbidden)
		return
	}
	switch r.URL.Path {
	case "/loop":
		http.Redirect(w, r, "/loop2", http.StatusFound)
		return
	case "/loop2":
		http.Redirect(w, r, "/loop", http.StatusFound)
		return
	case "/slow":
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
		return
	case "/flaky":
		if n == 1 {
			s.record(r, http.StatusServiceUnavailable)
			http.Error(w, "try again", http.StatusServiceUnavailable)
			return
		}
	case "/block":
		s.blocked <- struct{}{}
		select {
		case <-s.block:
		case <-r.Context().Done():
			return
		}
	case "/kill.xml":
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<rss version="2.0"><channel><title>k</title>` +
			`<item><title>a</title><link>` + s.URL + `/a</link></item>` +
			`<item><title>b</title><link>` + s.URL + `/block</link></item>` +
			`<item><title>c</title><link>` + s.URL + `/c</link></item></channel></rss>`))
		return
	case "/report.pdf":
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.4\n%%EOF\n"))
		return
	case "/huge":
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("<p>filler text </p>\n"), 1<<14) // 320 KiB
		for sent := 0; sent < 50<<20; sent += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
		return
	}
	file, ok := pages[r.URL.Path]
	if !ok {
		s.record(r, http.StatusNotFound)
		http.NotFound(w, r)
		return
	}
	data, err := os.ReadFile(file)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	data = bytes.ReplaceAll(data, []byte("{{BASE}}"), []byte(s.URL))
	etag := `"v1-` + file + `"`
	if strings.HasSuffix(file, ".xml") {
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", "Wed, 15 May 2024 00:00:00 GMT")
		if r.Header.Get("If-None-Match") == etag {
			s.record(r, http.StatusNotModified)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
	}
	if strings.HasSuffix(file, ".txt") {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	}
	s.record(r, http.StatusOK)
	w.Write(data)
}

func (s *site) record(r *http.Request, status int) {
	s.mu.Lock()
	s.status[r.URL.Path] = status
	s.mu.Unlock()
}

func (s *site) hitsOf(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// testLimits are tight limits, so that failures come fast.
func testLimits() Limits {
	return Limits{Timeout: 300 * time.Millisecond, MaxBytes: 1 << 20, MaxRedirects: 5, Tries: 3,
		FirstBackoff: 10 * time.Millisecond, HostDelay: time.Millisecond}
}

// existing is a hand-written article already in the sources folder, and
// one whose name the first fetched article would take.
var existing = map[string]string{
	"analyst-notes.md": "+++\ntitle = \"Notes\"\npublished = 2024-05-01\n+++\nThe analyst wrote this by hand about the talks.\n",
	"2024-05-14-army-and-rsf-agree-to-a-three-day-truce-in-el-fasher.md": "+++\ntitle = \"Another story\"\npublished = 2024-05-14\n+++\nA different story that happens to have the same name.\n",
}

func seedFolder(t *testing.T) string {
	dir := t.TempDir()
	for name, text := range existing {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func checkExistingUnchanged(t *testing.T, dir string) {
	t.Helper()
	for name, text := range existing {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || string(data) != text {
			t.Errorf("%s changed or went: %q, %v", name, data, err)
		}
	}
}

func TestRun(t *testing.T) {
	s := newSite(t)
	dir := seedFolder(t)
	now := time.Date(2024, 6, 1, 8, 0, 0, 0, time.UTC)
	opts := Options{
		Dir: dir,
		Feeds: []Feed{
			{URL: s.URL + "/rss.xml", Reliability: "B", Exclude: []*regexp.Regexp{regexp.MustCompile(`(?i)^football`)}},
			{URL: s.URL + "/atom.xml", Outlet: "Atom Wire"},
			{URL: s.URL + "/rdf.xml", Outlet: "Global Wire", Reliability: "C"},
			{URL: s.URL + "/bad.xml"},
			{URL: s.URL + "/nofeed.xml"},
		},
		Links:  []string{s.URL + "/news/truce", "ftp://example.org/x"},
		Client: NewClient(testLimits(), nil),
		Now:    func() time.Time { return now },
	}
	res, err := Run(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}

	// Each failure is reported with its address and a clear reason.
	wantFailures := map[string]string{
		"/report.pdf": "serves a PDF, not a web page",
		"/missing":    "404 Not Found",
		"/loop":       "redirect loop",
		"/slow":       "no complete answer within the timeout (after 3 tries)",
		"/huge":       "larger than the 1 MiB limit",
		"/bad.xml":    "feed",
		"/nofeed.xml": "404 Not Found",
		"ftp:":        "not an http or https address",
	}
	for _, f := range res.Failures {
		matched := false
		for path, msg := range wantFailures {
			if strings.Contains(f.URL, path) {
				matched = true
				if !strings.Contains(f.Error(), msg) {
					t.Errorf("failure %q, want it to say %q", f.Error(), msg)
				}
				delete(wantFailures, path)
			}
		}
		if !matched {
			t.Errorf("unexpected failure: %v", f)
		}
	}
	for path := range wantFailures {
		t.Errorf("no failure reported for %s", path)
	}

	// The stories stored, once each, with the right metadata.
	sources, problems, err := corpus.Load(dir, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Errorf("stored article has a problem: %v", p)
	}
	type meta struct{ outlet, published, url, reliability string }
	want := map[string]meta{
		"Notes":         {"", "2024-05-01", "", ""},
		"Another story": {"", "2024-05-14", "", ""},
		"Army and RSF agree to a three-day truce in El Fasher": {"The Nile Ledger", "2024-05-14", "https://nileledger.example/world/africa/army-rsf-truce-el-fasher-4821", "B"},
		"Pakistan says talks with TTP are off the table":       {"Frontier Post Daily", "2023-06-06", "https://frontierpost.example/news/pakistan-ttp-talks-off-table", "B"},
		"TTP claims attack on checkpoint in North Waziristan":  {"Valley Times", "2023-08-14", s.URL + "/2023/08/14/checkpoint-attack/", "B"},
		"Market reopens in Omdurman":                           {"", "2024-05-30", s.URL + "/plain.txt", "B"},
		"Aid agencies warn of famine in Kordofan":              {"Horn Monitor", "2024-06-03", s.URL + "/flaky", "B"},
		"UN envoy calls for return to Jeddah talks":            {"Global Wire", "2024-04-22", "https://globalwire.example/world/un-envoy-jeddah-talks-sudan", "C"},
	}
	var titles []string
	for _, src := range sources {
		titles = append(titles, src.Title)
		if data, _ := os.ReadFile(filepath.Join(dir, filepath.Base(src.Path))); strings.Contains(string(data), "+++\n"+src.Title+"\n") {
			t.Errorf("%s: the body repeats the title as its first line", src.Path)
		}
		w, ok := want[src.Title]
		if !ok {
			t.Errorf("unexpected article %q in %s", src.Title, src.Path)
			continue
		}
		got := meta{src.Outlet, src.Published, src.URL, src.Reliability}
		if got != w {
			t.Errorf("%s: stored %+v, want %+v", src.Title, got, w)
		}
	}
	if len(sources) != len(want) {
		t.Errorf("folder holds %d articles, want %d (each story once): %q", len(sources), len(want), titles)
	}
	if len(res.Stored) != len(want)-len(existing) {
		t.Errorf("stored %d, want %d: %q", len(res.Stored), len(want)-len(existing), res.Stored)
	}
	checkExistingUnchanged(t, dir)

	// The same story through other addresses was not downloaded twice.
	if n := s.hitsOf("/news/truce"); n != 1 {
		t.Errorf("/news/truce downloaded %d times, want 1", n)
	}
	if n := s.hitsOf("/flaky"); n != 2 {
		t.Errorf("/flaky asked %d times, want 2 (a 503, then the page)", n)
	}
	if n := s.hitsOf("/sport/football"); n != 0 {
		t.Errorf("an excluded item was downloaded")
	}
	for _, p := range []string{"/missing", "/report.pdf"} {
		if n := s.hitsOf(p); n != 1 {
			t.Errorf("%s asked %d times; a permanent failure is not retried", p, n)
		}
	}
	if n := s.hitsOf("/loop") + s.hitsOf("/loop2"); n != 1+testLimits().MaxRedirects {
		t.Errorf("the redirect loop took %d requests, want %d (one chain, not retried)", n, 1+testLimits().MaxRedirects)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

func TestRunTwice(t *testing.T) {
	s := newSite(t)
	dir := seedFolder(t)
	opts := Options{
		Dir:    dir,
		Feeds:  []Feed{{URL: s.URL + "/atom.xml"}, {URL: s.URL + "/rdf.xml"}},
		Links:  []string{s.URL + "/news/talks-off"},
		Client: NewClient(testLimits(), nil),
	}
	first, err := Run(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Failures) > 0 || len(first.Stored) != 3 {
		t.Fatalf("first run stored %q, failures %v; want 3 stored", first.Stored, first.Failures)
	}
	before := map[string]int{}
	for _, p := range []string{"/atom.xml", "/rdf.xml", "/news/talks-off", "/news/truce", "/mirror/talks", "/syndicated/truce", "/world/envoy"} {
		before[p] = s.hitsOf(p)
	}
	second, err := Run(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(second.Stored) != 0 || len(second.Failures) != 0 || second.Unchanged != 2 {
		t.Errorf("second run: stored %q, failures %v, %d feeds unchanged; want nothing new and 2 unchanged", second.Stored, second.Failures, second.Unchanged)
	}
	for p, n := range before {
		after := s.hitsOf(p)
		switch {
		case strings.HasSuffix(p, ".xml") && after != n+1:
			t.Errorf("feed %s asked %d more times, want once", p, after-n)
		case strings.HasSuffix(p, ".xml") && s.status[p] != http.StatusNotModified:
			t.Errorf("feed %s answered %d to the second run, want 304", p, s.status[p])
		case !strings.HasSuffix(p, ".xml") && after != n:
			t.Errorf("page %s downloaded again by the second run", p)
		}
	}
	checkExistingUnchanged(t, dir)
}

func TestParseFeed(t *testing.T) {
	tests := []struct {
		file  string
		links []string
		dates []string
	}{
		{"rss.xml", []string{"{{BASE}}/news/truce", "/news/talks-off", "{{BASE}}/2023/08/14/checkpoint-attack/"}, []string{"2024-05-14", "2023-06-06", ""}},
		{"atom.xml", []string{"{{BASE}}/news/truce?utm_source=atom&utm_medium=feed", "{{BASE}}/mirror/talks", "{{BASE}}/syndicated/truce"}, []string{"2024-05-14", "2023-06-06", "2024-05-14"}},
		{"rdf.xml", []string{"{{BASE}}/world/envoy"}, []string{"2024-04-22"}},
	}
	for _, tt := range tests {
		data, err := os.ReadFile(sitePage(tt.file))
		if err != nil {
			t.Fatal(err)
		}
		const base = "https://wire.example"
		items, err := ParseFeed(bytes.ReplaceAll(data, []byte("{{BASE}}"), []byte(base)))
		if err != nil {
			t.Errorf("%s: %v", tt.file, err)
			continue
		}
		for i, link := range tt.links {
			if i >= len(items) {
				t.Errorf("%s: %d items, want at least %d", tt.file, len(items), len(tt.links))
				break
			}
			date := ""
			if !items[i].Published.IsZero() {
				date = items[i].Published.Format("2006-01-02")
			}
			link = strings.ReplaceAll(link, "{{BASE}}", base)
			if items[i].Link != link || date != tt.dates[i] || items[i].Title == "" {
				t.Errorf("%s item %d = %+v, want link %s, date %q", tt.file, i, items[i], link, tt.dates[i])
			}
		}
	}
	if items, _ := ParseFeed([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">A &amp;amp; B</title><link href="https://x.example/1"/></entry></feed>`)); len(items) != 1 || items[0].Title != "A &amp; B" {
		t.Errorf("escaped Atom title: %+v", items)
	}
	for _, bad := range []string{"", "<html><body>Moved</body></html>", "not xml at all", "<?xml version=\"1.0\"?><rss><channel><item><title>x"} {
		if _, err := ParseFeed([]byte(bad)); err == nil {
			t.Errorf("ParseFeed(%q) took it for a feed", bad)
		}
	}
}

func TestURLKey(t *testing.T) {
	same := [][]string{
		{"https://www.example.org/a/b/", "http://example.org/a/b", "https://example.org/a/b?utm_source=rss#top"},
		{"https://example.org/a?id=2&utm_medium=x", "https://example.org/a?id=2"},
	}
	for _, group := range same {
		for _, u := range group[1:] {
			if urlKey(u) != urlKey(group[0]) {
				t.Errorf("urlKey(%q) = %q, urlKey(%q) = %q; want equal", u, urlKey(u), group[0], urlKey(group[0]))
			}
		}
	}
	if urlKey("https://example.org/a?id=2") == urlKey("https://example.org/a?id=3") {
		t.Error("addresses differing in a real parameter compare equal")
	}
}

func TestStoredIsTOML(t *testing.T) {
	// A title with quotes, a backslash and a control character still
	// gives front matter the folder's loader reads back.
	dir := t.TempDir()
	s := newSite(t)
	_ = s
	name := "x.md"
	page := &corpus.Page{Title: "He said \"no\" \\ then\tleft\x01", Outlet: "O", Text: "A sentence of the article, long enough to count."}
	a := stored{page: page, feed: Feed{Reliability: "A"}, fetched: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(a.markdown()), 0o644); err != nil {
		t.Fatal(err)
	}
	sources, problems, err := corpus.Load(dir, corpus.Options{})
	if err != nil || len(sources) != 1 {
		t.Fatalf("Load = %v, %v, %v", sources, problems, err)
	}
	// Control characters are removed on load, a tab read as a space.
	if want := "He said \"no\" \\ then left"; sources[0].Title != want || sources[0].Reliability != "A" {
		t.Errorf("read back %+v", sources[0])
	}
	if slices.ContainsFunc(problems, func(p corpus.Problem) bool { return !strings.Contains(p.Msg, "undated") }) {
		t.Errorf("problems: %v", problems)
	}
}
