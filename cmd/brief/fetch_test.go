package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const fetchTestPage = `<!DOCTYPE html><html><head><title>Talks resume in Doha | Gulf Desk</title>
<meta property="og:site_name" content="Gulf Desk"><meta property="article:published_time" content="2023-06-12T09:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Talks resume in Doha</h1>
<p>Delegations of Pakistan and the Afghan Taliban met in Doha on Monday to discuss the TTP, officials said.</p>
<p>The talks were the first since March, and both sides said they would meet again within a month.</p>
</article><footer>© 2023 Gulf Desk. All rights reserved.</footer></body></html>`

// fetchServer serves a feed of two items (a page and a 404) and a page
// given by address.
func fetchServer(t *testing.T) *httptest.Server {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Header().Set("ETag", `"1"`)
			if r.Header.Get("If-None-Match") == `"1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Write([]byte(`<rss version="2.0"><channel><title>f</title>` +
				`<item><title>Talks resume in Doha</title><link>` + srv.URL + `/doha</link></item>` +
				`<item><title>Gone</title><link>` + srv.URL + `/gone</link></item></channel></rss>`))
		case "/doha", "/by-hand":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			page := fetchTestPage
			if r.URL.Path == "/by-hand" {
				page = strings.ReplaceAll(page, "Doha", "Muscat")
			}
			w.Write([]byte(page))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// fetchWorkspace writes the demo configuration with a feed and a links
// file into a temporary folder with an empty sources folder.
func fetchWorkspace(t *testing.T, feedURL string, links ...string) (cfg, sources string) {
	t.Helper()
	dir := t.TempDir()
	demo, err := os.ReadFile(filepath.Join("..", "..", "config.toml"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(demo) + "\n[fetch]\nlinks = \"links.txt\"\ndelay = \"1ms\"\ntimeout = \"5s\"\n\n[[feed]]\nurl = \"" + feedURL + "\"\nreliability = \"B\"\n"
	cfg = filepath.Join(dir, "config.toml")
	sources = filepath.Join(dir, "sources")
	if err := os.WriteFile(cfg, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "links.txt"), []byte("# by hand\n"+strings.Join(links, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(sources, 0o755); err != nil {
		t.Fatal(err)
	}
	return cfg, sources
}

func runCmd(args ...string) (code int, stdout, stderr string) {
	var out, errs bytes.Buffer
	code = run(context.Background(), args, &env{stdout: &out, stderr: &errs})
	return code, out.String(), errs.String()
}

func TestFetchCommand(t *testing.T) {
	srv := fetchServer(t)
	cfg, sources := fetchWorkspace(t, srv.URL+"/feed.xml")

	code, stdout, stderr := runCmd("fetch", "--config", cfg, srv.URL+"/by-hand")
	if code != exitFailure {
		t.Errorf("exit %d, want %d (one article failed)\n%s", code, exitFailure, stderr)
	}
	paths := strings.Fields(stdout)
	if len(paths) != 2 || !strings.HasSuffix(paths[0], "2023-06-12-talks-resume-in-doha.md") || !strings.HasSuffix(paths[1], "2023-06-12-talks-resume-in-muscat.md") {
		t.Errorf("stdout %q, want the two stored paths", stdout)
	}
	if !strings.Contains(stderr, "article "+srv.URL+"/gone: the server answered 404 Not Found") {
		t.Errorf("stderr does not name the failed article and why:\n%s", stderr)
	}
	data, err := os.ReadFile(filepath.Join(sources, "2023-06-12-talks-resume-in-doha.md"))
	if err != nil || !strings.Contains(string(data), "outlet = \"Gulf Desk\"\npublished = 2023-06-12\n") || strings.Contains(string(data), "All rights reserved") {
		t.Errorf("stored article:\n%s", data)
	}

	// The stored articles load; a second run finds nothing new.
	if code, out, errs := runCmd("check", "--config", cfg); code != exitOK || !strings.Contains(out, "2 articles usable, 0 skipped") {
		t.Errorf("check after fetch: exit %d\n%s%s", code, out, errs)
	}
	code, stdout, stderr = runCmd("fetch", "--config", cfg, "--log-format", "json", srv.URL+"/by-hand")
	if code != exitOK || stdout != "" {
		t.Errorf("second fetch: exit %d, stdout %q\n%s", code, stdout, stderr)
	}
	for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Errorf("--log-format json wrote a line that is not JSON: %q", line)
		}
	}
	if !strings.Contains(stderr, `"unchanged":1`) {
		t.Errorf("the second run did not find the feed unchanged:\n%s", stderr)
	}
}

func TestFetchUsage(t *testing.T) {
	srv := fetchServer(t)
	cfg, _ := fetchWorkspace(t, srv.URL+"/feed.xml")
	release := holdLock(t, filepath.Join(filepath.Dir(cfg), "out"))
	code, _, stderr := runCmd("fetch", "--config", cfg)
	release()
	if code != exitLocked || !strings.Contains(stderr, "another run holds the lock") {
		t.Errorf("fetch while a build holds the lock: exit %d, want %d\n%s", code, exitLocked, stderr)
	}

	// Nothing to fetch is a usage error.
	dir := t.TempDir()
	demo, _ := os.ReadFile(filepath.Join("..", "..", "config.toml"))
	bare := filepath.Join(dir, "config.toml")
	os.WriteFile(bare, demo, 0o644)
	os.Mkdir(filepath.Join(dir, "sources"), 0o755)
	if code, _, stderr := runCmd("fetch", "--config", bare); code != exitUsage || !strings.Contains(stderr, "nothing to fetch") {
		t.Errorf("fetch with nothing to fetch: exit %d\n%s", code, stderr)
	}

	// A missing links file is a configuration error.
	os.Remove(filepath.Join(filepath.Dir(cfg), "links.txt"))
	if code, _, stderr := runCmd("fetch", "--config", cfg); code != exitUsage || !strings.Contains(stderr, "links file") {
		t.Errorf("fetch with a missing links file: exit %d\n%s", code, stderr)
	}
}

func TestSplitAddresses(t *testing.T) {
	tests := []struct {
		args         []string
		flags, addrs int
	}{
		{[]string{"--config", "c.toml", "https://a.example/1", "http://b.example/2"}, 2, 2},
		{[]string{"--quiet", "https://a.example/1"}, 1, 1},
		{[]string{"--config=c.toml", "https://a.example/1"}, 1, 1},
		{[]string{"--sources", "https://odd-folder-name"}, 2, 0},
		{[]string{"--config", "c.toml"}, 2, 0},
	}
	for _, tt := range tests {
		flags, addrs := splitAddresses(tt.args)
		if len(flags) != tt.flags || len(addrs) != tt.addrs {
			t.Errorf("splitAddresses(%q) = %q, %q", tt.args, flags, addrs)
		}
	}
}
