package clilog

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestFormats(t *testing.T) {
	tests := []struct {
		format string
		quiet  bool
		want   []string // one entry per line: the text, or for JSON the msg
	}{
		{"text", false, []string{"brief: loaded 5 articles", "brief: warning: a.md:3: broken front matter", "brief: error: it failed"}},
		{"text", true, []string{"brief: error: it failed"}},
		{"json", false, []string{"loaded 5 articles", "a.md:3: broken front matter", "it failed"}},
		{"json", true, []string{"it failed"}},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		log, err := New(&buf, tt.format, tt.quiet)
		if err != nil {
			t.Fatal(err)
		}
		log.Info("loaded 5 articles", "articles", 5)
		log.Warn("a.md:3: broken front matter", "file", "a.md", "line", 3)
		log.Error("it failed")
		lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
		if len(lines) != len(tt.want) {
			t.Errorf("%s quiet=%v: got %q, want %d lines", tt.format, tt.quiet, buf.String(), len(tt.want))
			continue
		}
		for i, line := range lines {
			got := line
			if tt.format == "json" {
				var rec map[string]any
				if err := json.Unmarshal([]byte(line), &rec); err != nil {
					t.Errorf("line %q is not a JSON object: %v", line, err)
					continue
				}
				got, _ = rec["msg"].(string)
			}
			if got != tt.want[i] {
				t.Errorf("%s quiet=%v line %d = %q, want %q", tt.format, tt.quiet, i, got, tt.want[i])
			}
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := New(&bytes.Buffer{}, "xml", false); err == nil || !strings.Contains(err.Error(), "text or json") {
		t.Errorf("New(xml) = %v, want an error listing the formats", err)
	}
}

// TestTextCannotBeForged logs messages naming files whose names hold a
// newline, a terminal escape and a right-to-left override: each stays one
// line, with the characters written as escapes.
func TestTextCannotBeForged(t *testing.T) {
	tests := []struct{ msg, want string }{
		{"sources/a.md\nbrief: error: disk full: skipped", `brief: warning: sources/a.md\nbrief: error: disk full: skipped`},
		{"sources/\x1b[2J\x1b]0;pwned\x07.md: undated", `brief: warning: sources/\x1b[2J\x1b]0;pwned\a.md: undated`},
		{"sources/cr\rbrief: ok.md", `brief: warning: sources/cr\rbrief: ok.md`},
		{"sources/\u202edm.exe", `brief: warning: sources/\u202edm.exe`},
		{"sources/\xff\xfe.md", `brief: warning: sources/\xff\xfe.md`},
		{"sources/Gaza – “ceasefire”\tnotes.md", "brief: warning: sources/Gaza – “ceasefire”\tnotes.md"},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		log, err := New(&buf, "text", false)
		if err != nil {
			t.Fatal(err)
		}
		log.Warn(tt.msg)
		if got := buf.String(); got != tt.want+"\n" {
			t.Errorf("logged %q, want %q", got, tt.want+"\n")
		}
	}
}
