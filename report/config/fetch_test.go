package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const actor = "\n[[actor]]\nname = \"A\"\n"

func writeConfig(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "c.toml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestFeedKeys(t *testing.T) {
	path := writeConfig(t, `
[fetch]
links = "links.txt"
delay = "5s"

[[feed]]
url = "https://wire.example/rss"
outlet = "Wire"
reliability = "b"
include = ["TTP", "Taliban"]
exclude = ["^Sport"]

[[feed]]
url = "https://other.example/atom.xml"
`+actor)
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Feeds) != 2 || c.Feeds[0].Outlet != "Wire" || c.Feeds[0].Reliability != "B" || len(c.Feeds[0].Include) != 2 {
		t.Errorf("feeds = %+v", c.Feeds)
	}
	if c.Fetch.Links != "links.txt" || c.Fetch.Delay.Duration != 5*time.Second ||
		c.Fetch.Timeout.Duration != 30*time.Second || c.Fetch.MaxPageMB != 8 {
		t.Errorf("[fetch] = %+v (defaults kept for keys left out?)", c.Fetch)
	}
	if re := TitlePatterns(c.Feeds[0].Exclude); len(re) != 1 || !re[0].MatchString("sport: a match") {
		t.Errorf("exclude patterns are not case-insensitive")
	}
}

func TestFeedErrors(t *testing.T) {
	tests := []struct {
		text string
		line int
		want string
	}{
		{"[[feed]]\nurl = \"wire.example/rss\"\n", 2, `url "wire.example/rss" is not an http or https address`},
		{"[[feed]]\nurl = \"https://w.example/\"\nreliability = \"Z\"\n", 3, `reliability "Z"`},
		{"[[feed]]\nurl = \"https://w.example/\"\ninclude = [\"(TTP\"]\n", 3, `include pattern "(TTP"`},
		{"[[feed]]\nurl = \"https://w.example/\"\n[[feed]]\nurl = \"https://w.example/\"\n", 4, "listed twice"}, // the second
		{"[fetch]\ndelay = \"soon\"\n", 2, `"soon" is not a duration`},
		{"[fetch]\nmax_page_mb = 0\n", 2, "max_page_mb = 0"},
		{"[[feed]]\nurl = \"https://w.example/\"\nlang = \"en\"\n", 3, `unknown key "feed.lang"`},
	}
	for _, tt := range tests {
		path := writeConfig(t, tt.text+actor)
		_, err := Load(path)
		var ce *Error
		if !errors.As(err, &ce) || ce.Line != tt.line || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Load(%q) = %v (line %d), want line %d and %q", tt.text, err, lineOf(ce), tt.line, tt.want)
		}
	}
}

func lineOf(e *Error) int {
	if e == nil {
		return -1
	}
	return e.Line
}
