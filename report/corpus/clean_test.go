package corpus

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// referenceCleaner is the first Cleaner, which ran every rule's regular
// expression on every line: the fast one must decide as it did.
type referenceCleaner struct {
	extra []*regexp.Regexp
}

func newReferenceCleaner(t testing.TB, extra []string) *referenceCleaner {
	c := &referenceCleaner{}
	for _, p := range extra {
		c.extra = append(c.extra, regexp.MustCompile(`(?i)^(?:`+p+`)$`))
	}
	return c
}

func (c *referenceCleaner) clean(body, title string) string {
	var out []string
	seenText := false
	for _, line := range strings.Split(body, "\n") {
		t := strings.TrimSpace(line)
		if t == "" {
			out = append(out, "")
			continue
		}
		if c.isFurniture(t) || (!seenText && title != "" && sameTitle(t, title)) {
			continue
		}
		seenText = true
		out = append(out, strings.TrimRight(line, " \t"))
	}
	var kept []string
	for _, l := range strings.Split(strings.Join(out, "\n"), "\n") {
		if l == "" && (len(kept) == 0 || kept[len(kept)-1] == "") {
			continue
		}
		kept = append(kept, l)
	}
	return strings.TrimSpace(strings.Join(kept, "\n"))
}

func (c *referenceCleaner) isFurniture(t string) bool {
	for _, re := range c.extra {
		if re.MatchString(t) {
			return true
		}
	}
	lower := strings.ToLower(t)
	words := strings.Fields(t)
	sentence := endsSentence(t) && len(words) > maxNavigationWords
	if containsAny(lower, noticePhrases) && (!sentence || containsWord(lower, siteWords)) {
		return true
	}
	if len(words) <= maxNavigationWords && !strings.HasSuffix(t, ".") {
		for _, p := range navigationPhrases {
			if strings.Contains(lower, p) {
				return true
			}
		}
	}
	switch {
	case len(words) == 1 && !endsSentence(t):
		return true
	case isBreadcrumb(t), captionPattern.MatchString(t) && !sentence:
		return true
	case datelinePattern.MatchString(t) && !endsSentence(t):
		return true
	case len(words) <= 4 && strings.Contains(t, "|"):
		return true
	case len(words) <= 4 && isUpper(t):
		return true
	}
	return false
}

// articleTexts returns every article of the repository's test sets and
// the demo's sources.
func articleTexts(t testing.TB) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, root := range []string{"testdata", filepath.Join("..", "extract", "testdata"), filepath.Join("..", "..", "sources")} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || !d.Type().IsRegular() {
				return err
			}
			switch filepath.Ext(path) {
			case ".md", ".txt", ".markdown":
				data, err := os.ReadFile(path)
				if err != nil {
					return err
				}
				out[path] = string(data)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(out) < 50 {
		t.Fatalf("found only %d articles", len(out))
	}
	return out
}

// TestCleanMatchesReference checks, line by line, that the Cleaner drops
// exactly what the regular-expression-per-rule Cleaner dropped, on every
// article of the test sets and on lines made to reach each rule.
func TestCleanMatchesReference(t *testing.T) {
	extra := []string{`Sudan's war in .*`, `(?-i)PTI`, `more on this story`}
	c, err := NewCleaner(extra)
	if err != nil {
		t.Fatal(err)
	}
	ref := newReferenceCleaner(t, extra)
	lines := map[string]bool{}
	for path, text := range articleTexts(t) {
		if got, want := c.Clean(text, "A title"), ref.clean(text, "A title"); got != want {
			t.Errorf("%s: cleaned text differs from the reference's", path)
		}
		for _, l := range strings.Split(text, "\n") {
			lines[strings.TrimSpace(l)] = true
		}
	}
	for _, l := range ruleLines {
		lines[l] = true
	}
	dropped := 0
	for l := range lines {
		if l == "" {
			continue
		}
		got, want := c.isFurniture(l), ref.isFurniture(l)
		if got != want {
			t.Errorf("isFurniture(%q) = %v, the reference says %v", l, got, want)
		}
		if got {
			dropped++
		}
	}
	if dropped < len(ruleLines)/2 {
		t.Errorf("only %d lines dropped: the comparison reached too few rules", dropped)
	}
}

// ruleLines reach each rule, and the edges of its literal test.
var ruleLines = []string{
	"Photo: AFP", "PHOTO : Reuters", "(Photo by staff)", "Image: Getty", "A FILE PHOTO of the valley",
	"Used for representational image", "Getty Images", "AFP photo", "REUTERS/Stringer", "Pic/istock",
	"photographs of the valley were shown", "image", "epic/saga", "Reuters said the valley was calm.",
	"Updated on: 06 June,2023", "LAST UPDATED: 6 June", "Published 3 hours ago", "posted", "Modified on 12 May",
	"Posted on May 3 the leaders met and agreed to talk.", "Updatedness", "Mid-day | PTI", "Home / News / World",
	"Sudan's war in pictures", "sudan's WAR in Darfur", "pti", "PTI", "More on this story",
	"Read more", "READ MORE: Pakistan", "Subscribe today", "Accept cookies", "We use cookies to improve the site.",
	"Related stories", "Share on WhatsApp channel", "ASIA", "Ｐｈｏｔｏ: AFP", "Photo\u00a0: AFP", "photo\u2002: AFP",
	"The Kelvin \u212a sign", "Repreſentational image", "Updated\u00a0on: 6 June",
	"Sign \u0130n", "We use coo\u212aies on this site", "CLIC\u212a HERE", "\u0130MAGE: AFP", "read\u00a0more", "READ M\xffORE",
}

// FuzzCleanMatchesReference checks the Cleaner against the reference on
// any text.
func FuzzCleanMatchesReference(f *testing.F) {
	for _, l := range ruleLines {
		f.Add(l)
	}
	f.Add("Headline\n\nPhoto: AFP\nThe text.\r\n\n\n  Indented line  \nMOST READ\n")
	c, _ := NewCleaner([]string{`Sudan's war in .*`})
	ref := newReferenceCleaner(f, []string{`Sudan's war in .*`})
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := c.Clean(text, "Headline"), ref.clean(text, "Headline"); got != want {
			t.Errorf("Clean(%q) = %q, the reference gives %q", text, got, want)
		}
	})
}

// BenchmarkClean cleans the demo's five articles (the seeds corpus) over
// and over; b.SetBytes makes the result a speed in MB/s.
func BenchmarkClean(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("..", "..", "sources", "*.md"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no seeds: %v", err)
	}
	var bodies []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		bodies = append(bodies, string(data))
		size += len(data)
	}
	c, _ := NewCleaner(nil)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, body := range bodies {
			c.Clean(body, "A title")
		}
	}
}

// BenchmarkCleanReference is BenchmarkClean with the first Cleaner, for
// comparison.
func BenchmarkCleanReference(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "sources", "*.md"))
	var bodies []string
	size := 0
	for _, f := range files {
		data, _ := os.ReadFile(f)
		bodies = append(bodies, string(data))
		size += len(data)
	}
	c := newReferenceCleaner(b, nil)
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, body := range bodies {
			c.clean(body, "A title")
		}
	}
}

func containsAny(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// TestCleanerPhrases adds phrases to the shipped lists: each drops the
// lines it should and keeps the sentences, and a Cleaner without them is
// unchanged.
func TestCleanerPhrases(t *testing.T) {
	more := Phrases{
		Navigation: []string{"Listen to this article", "lea también"},
		Notice:     []string{"this page is archived"},
		SiteWords:  []string{"page"},
	}
	tests := []struct {
		line      string
		withMore  bool // dropped with the phrases
		byDefault bool // dropped without them
	}{
		{"Listen to this article", true, false},
		{"LISTEN TO THIS ARTICLE 3 min", true, false},
		{"Lea también: Pakistán", true, false},
		{"Officials said they would listen to this article of the agreement before voting on it.", false, false},
		{"This page is archived and is no longer updated by the staff of our newsroom in Islamabad.", true, false},
		{"This page is archived", true, false},
		{"The ceasefire was archived, officials said, though this page is archived for other reasons today.", true, false},
		{"Read more", true, true},
		{"The TTP said it would resume talks with the government next week in Kabul.", false, false},
	}
	plain, err := NewCleaner(nil)
	if err != nil {
		t.Fatal(err)
	}
	with, err := NewCleanerWith(nil, more)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		if got := with.Clean(tt.line, "") == ""; got != tt.withMore {
			t.Errorf("with the phrases, %q dropped = %v, want %v", tt.line, got, tt.withMore)
		}
		if got := plain.Clean(tt.line, "") == ""; got != tt.byDefault {
			t.Errorf("without them, %q dropped = %v, want %v", tt.line, got, tt.byDefault)
		}
	}
	for _, bad := range []Phrases{{Navigation: []string{""}}, {Notice: []string{"ok", " "}}, {SiteWords: []string{"\t"}}} {
		if _, err := NewCleanerWith(nil, bad); err == nil {
			t.Errorf("NewCleanerWith(%q) = nil error, want one", bad)
		}
	}
}
