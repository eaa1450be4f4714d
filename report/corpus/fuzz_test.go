package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"brief/report"
)

// The fuzz targets of the article readers: text with a TOML or YAML front
// matter, saved pages, and the cleaner with a user's drop_lines pattern.
// Seeds are in testdata/fuzz.

// checkParsed checks what Parse promises of any input.
func checkParsed(t *testing.T, data []byte, src *report.Source, probs []Problem) {
	t.Helper()
	for _, p := range probs {
		if msg := p.Error(); strings.ContainsAny(msg, "\n\r\x00\x1b") {
			t.Errorf("problem is not one visible line: %q", msg)
		}
	}
	if src == nil {
		skipped := false
		for _, p := range probs {
			skipped = skipped || p.Skipped
		}
		if !skipped {
			t.Errorf("no source and no problem saying it was skipped: %v", probs)
		}
		return
	}
	if sum := sha256.Sum256(data); src.Hash != hex.EncodeToString(sum[:]) {
		t.Errorf("hash %s is not the sha256 of the bytes", src.Hash)
	}
	if strings.TrimSpace(src.Text) == "" {
		t.Errorf("a source with no text: %+v", src)
	}
	for _, field := range []string{src.Title, src.Outlet, src.URL, src.Notes, src.Text} {
		for _, r := range field {
			if isControl(r) && r != '\n' {
				t.Fatalf("control character %U in %q", r, field)
			}
		}
	}
	if src.Published != "" {
		if _, err := report.ParseDate(src.Published); err != nil {
			t.Errorf("published %q: %v", src.Published, err)
		}
	}
	for _, line := range strings.Split(src.Text, "\n") {
		if len(line) > DefaultLineBytes {
			t.Errorf("a line of %d bytes passed the limit", len(line))
		}
	}
}

func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{
		article,
		"---\ntitle: Ceasefire talks\noutlet: Wire\ndate: 2024-05-20T10:00:00Z\nreliability: c\ntags: [a, b]\n---\nDelegations met in Jeddah, the mediators said.\n",
		"+++\npublished = \"2024-05\"\n[params]\nauthor = \"x\"\n+++\nThe army said it had withdrawn.\n",
		"---\ntitle: [unclosed\n...\nText.\n",
		"+++\ntitle = \"x\"\ntitle = \"y\"\n+++\nText said.\n",
		"---\n- a list\n---\nText.\n",
		"\ufeff+++\r\ntitle = \"BOM and CRLF\"\r\n+++\r\nThe army\x00 said\x1b[2J so.\r\n",
		"---\n---\n---\n",
		"+++\n+++\n",
		"---\na: &a [*a]\n---\nAn alias to itself, said the parser.\n",
	} {
		f.Add([]byte(s))
	}
	cleaner := mustCleanerF(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		src, probs := Parse("a.md", data, cleaner)
		checkParsed(t, data, src, probs)
	})
}

func FuzzPage(f *testing.F) {
	for _, s := range []string{
		`<html><head><title>Talks resume | Wire</title><meta property="article:published_time" content="2024-05-12T08:00:00Z"></head><body><article><h1>Talks resume</h1><p>The army and the RSF met in Jeddah on Sunday, mediators said.</p></article></body></html>`,
		`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05","headline":"x"}</script><p>Text of the article, the army said.</p>`,
		`<!-- saved from url=(0044)https://example.org/2024/05/12/talks.html --><p>Text&#0;&#27; said.</p>`,
		`<meta charset="windows-1252"><p>caf` + "\xe9" + ` said.</p>`,
		``,
	} {
		f.Add([]byte(s))
	}
	cleaner := mustCleanerF(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		src, probs := Parse("a.html", data, cleaner)
		checkParsed(t, data, src, probs)
	})
}

func mustCleanerF(f *testing.F) *Cleaner {
	c, err := Options{}.Cleaner()
	if err != nil {
		f.Fatal(err)
	}
	return c
}

// FuzzCleaner cleans a body with a user's drop_lines pattern: the pattern
// is accepted or refused with an error, and cleaning only ever removes
// whole lines (and spaces at their ends).
func FuzzCleaner(f *testing.F) {
	raw := "Home > News > World\nCeasefire collapses\nThe army said 12 people were killed.\n\nPTI |\nSudan's war in pictures\nMediators said talks would go on.\n"
	for _, s := range [][3]string{
		{`Sudan's war in .*`, raw, "Ceasefire collapses"},
		{`PTI`, raw, ""},
		{`a)|(b`, "a line\nb line\n", ""},
		{`(?-i)UPPER`, "UPPER\nupper\n", "x"},
		{`\`, raw, ""},
		{``, "\n\n\n", ""},
	} {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, pattern, body, title string) {
		c, err := Options{DropLines: []string{pattern}}.Cleaner()
		if err != nil {
			if !strings.Contains(err.Error(), "drop_lines") {
				t.Errorf("error %q does not name drop_lines", err)
			}
			return
		}
		in := map[string]bool{"": true}
		for _, l := range strings.Split(body, "\n") {
			in[strings.TrimSpace(l)] = true
		}
		for _, l := range strings.Split(c.Clean(body, title), "\n") {
			if !in[strings.TrimSpace(l)] {
				t.Fatalf("cleaning made a line that was not in the body: %q", l)
			}
		}
	})
}
