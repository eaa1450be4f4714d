package corpus

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"brief/report"
)

// writeFiles writes name → content under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const article = "+++\ntitle = \"Talks resume\"\npublished = 2024-05-12\n+++\nThe army and the RSF met in Jeddah on Sunday, mediators said.\n"

func TestLimits(t *testing.T) {
	keys := func(n int, form string) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, form, i)
		}
		return b.String()
	}
	limits := Limits{ArticleBytes: 2000, LineBytes: 300, FrontMatterKeys: 10, PageParagraphs: 5}
	tests := []struct {
		name, content string
		want          string // in the problem; "" for an article that loads
	}{
		{"ok.md", article, ""},
		{"big.md", article + strings.Repeat("The talks went on.\n", 200), "3.8 KiB is larger than the largest article read, 2.0 KiB"},
		{"big.html", "<html><body><p>" + strings.Repeat("The talks went on. ", 200) + "</p></body></html>", "larger than the largest article read"},
		{"line.md", article + "\n" + strings.Repeat("word ", 100) + "\n", "line.md:7: a line of 500 bytes is longer than the longest line read, 300 bytes"},
		{"line.html", "<html><body><article><p>" + strings.Repeat("word ", 100) + "</p></article></body></html>", "in the page's text, a line of"},
		{"keys.md", "+++\n" + keys(11, "k%d = 1\n") + "+++\nText of the article, said the army.\n", "keys.md:1: the front matter sets 11 keys, more than the most read, 10"},
		{"keys_yaml.md", "---\n" + keys(11, "k%d: 1\n") + "---\nText of the article, said the army.\n", "the front matter sets 11 keys"},
		{"paragraphs.html", "<html><body><article>" + strings.Repeat("<P>The army said so on Sunday.</p>\n", 6) + "</article></body></html>", "the page has 6 paragraphs, more than the most read, 5"},
		{"five.html", "<html><body><article>" + strings.Repeat("<p class=x>The army and the RSF met in Jeddah on Sunday, mediators said to reporters.</p>", 5) + "<pre>x</pre><param></article></body></html>", ""},
		{"ten_keys.md", "+++\n" + keys(10, "k%d = 1\n") + "+++\nText of the article, said the army.\n", ""},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		writeFiles(t, dir, map[string]string{tt.name: tt.content})
	}
	sources, problems, err := Load(dir, Options{Limits: limits})
	if err != nil {
		t.Fatal(err)
	}
	loaded := map[string]bool{}
	for _, s := range sources {
		loaded[filepath.Base(s.Path)] = true
	}
	for _, tt := range tests {
		var got []string
		for _, p := range problems {
			if filepath.Base(p.File) == tt.name && p.Skipped {
				got = append(got, p.Error())
			}
		}
		switch {
		case tt.want == "" && !loaded[tt.name]:
			t.Errorf("%s not loaded: %q", tt.name, got)
		case tt.want != "" && (loaded[tt.name] || len(got) != 1 || !strings.Contains(got[0], tt.want)):
			t.Errorf("%s: loaded %v, problems %q; want it skipped with %q", tt.name, loaded[tt.name], got, tt.want)
		}
	}
}

func TestLimitsCheck(t *testing.T) {
	if _, err := (Options{Limits: Limits{LineBytes: -1}}).Cleaner(); err == nil || !strings.Contains(err.Error(), "limits.line_bytes") {
		t.Errorf("negative line_bytes: %v", err)
	}
}

// TestReadFileHuge checks that a file over the limit is refused from its
// size, without being read into memory.
func TestReadFileHuge(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.md")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file of 1 GiB: no disk, but reading it would take 1 GiB.
	if err := f.Truncate(1 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	data, prob := ReadFile(path, "huge.md", Limits{})
	runtime.ReadMemStats(&after)
	if data != nil || prob == nil || !strings.Contains(prob.Error(), "huge.md: 1024.0 MiB is larger than the largest article read, 4.0 MiB") || !prob.Skipped {
		t.Fatalf("ReadFile(1 GiB) = %d bytes, %v", len(data), prob)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
		t.Errorf("refusing a 1 GiB file allocated %d bytes", alloc)
	}
}

// manyKeys returns an article whose front matter sets n unknown keys,
// in TOML or YAML.
func manyKeys(n int, yaml bool) []byte {
	var b strings.Builder
	fence, form := "+++", "key%d = \"value\"\n"
	if yaml {
		fence, form = "---", "key%d: value\n"
	}
	b.WriteString(fence + "\n")
	for i := range n {
		fmt.Fprintf(&b, form, i)
	}
	b.WriteString(fence + "\nThe army and the RSF met in Jeddah on Sunday, mediators said.\n")
	return []byte(b.String())
}

// allocated returns the bytes allocated while f runs: a count of the
// work done that, unlike time, does not depend on the machine's load.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestManyFrontMatterKeys feeds front matters of 10,000 and 100,000 keys:
// by default they are skipped in one line; with the limit raised they
// load with a few warning lines; and the work grows linearly with the
// keys (ten times the keys, about ten times the bytes allocated; a search
// of the text for each key's line made it a hundred).
func TestManyFrontMatterKeys(t *testing.T) {
	for _, yaml := range []bool{false, true} {
		t.Run(fmt.Sprintf("yaml=%v", yaml), func(t *testing.T) {
			big := manyKeys(100_000, yaml)
			src, probs := Parse("keys.md", big, mustCleaner(t, Options{}))
			if src != nil || len(probs) != 1 || !strings.Contains(probs[0].Error(), "sets 100000 keys, more than the most read, 100") {
				t.Fatalf("100,000 keys with default limits: source %v, problems %v", src != nil, probs)
			}
			raised := mustCleaner(t, Options{Limits: Limits{FrontMatterKeys: 1 << 20}})
			var work [2]uint64
			for i, n := range []int{10_000, 100_000} {
				data := manyKeys(n, yaml)
				var (
					src   *report.Source
					probs []Problem
				)
				work[i] = allocated(func() {
					s, p := Parse("keys.md", data, raised)
					src, probs = s, p
				})
				// The unknown keys, a line counting the rest, and "undated".
				if src == nil || len(probs) != maxKeyWarnings+2 {
					t.Fatalf("%d keys, limit raised: loaded %v, %d problems, want %d", n, src != nil, len(probs), maxKeyWarnings+2)
				}
				if sum := probs[maxKeyWarnings].Msg; sum != fmt.Sprintf("%d more unknown front matter keys ignored", n-maxKeyWarnings) {
					t.Errorf("summary line = %q", sum)
				}
			}
			if ratio := float64(work[1]) / float64(work[0]); ratio > 20 {
				t.Errorf("10× the keys allocated %.0f× the bytes (%d, %d): not linear", ratio, work[0], work[1])
			}
		})
	}
}

func mustCleaner(t *testing.T, o Options) *Cleaner {
	t.Helper()
	c, err := o.Cleaner()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestKeyLines(t *testing.T) {
	text := "title = \"x\"\n\n# a comment\n\"quoted\" = 1\n[params]\nauthor = \"y\"\n[params.deep]\nsite.name = 2\n"
	want := map[string]int{"title": 1, "quoted": 4, "params": 5, "author": 6, "params.deep": 7, "site.name": 8, "site": 8}
	got := keyLines(text)
	for k, n := range want {
		if got[k] != n {
			t.Errorf("keyLines[%q] = %d, want %d", k, got[k], n)
		}
	}
}

func TestStripControls(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text\twith a tab\n", "plain text\twith a tab\n"},
		{"nul\x00byte", "nulbyte"},
		{"bell\x07 esc\x1b[31mred\x1b[0m", "bell esc[31mred[0m"},
		{"crlf\r\nline\rmac", "crlf\nline\nmac"},
		{"page one\fpage two\vthree", "page one\npage two\nthree"},
		{"del\x7f c1\u009b2J csi", "del c12J csi"},
		{"accents é and “quotes” stay", "accents é and “quotes” stay"},
	}
	for _, tt := range tests {
		if got := StripControls(tt.in); got != tt.want {
			t.Errorf("StripControls(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestControlsRemovedOnLoad checks that no control character of an
// article reaches the source, in any field, as text or page.
func TestControlsRemovedOnLoad(t *testing.T) {
	files := map[string]string{
		"a.md":   "+++\ntitle = \"Talks\x00 resume\x1b[2J\"\noutlet = \"Wire\u009b\"\npublished = 2024-05-12\n+++\nThe army\x00 and the RSF met\x07 in Jeddah on Sunday, mediators said.\x1b]0;title\x07\n",
		"c.md":   "+++\ntitle = \"Escaped\\u0000 \\u001b[2Jtitle\\nsplit\"\nnotes = \"a\\u0007b\"\n+++\nThe army and the RSF met in Jeddah on Sunday, mediators said.\n",
		"d.md":   "---\ntitle: \"YAML\\0 \\e[2Jtitle\"\n---\nThe army and the RSF met in Jeddah on Sunday, mediators said.\n",
		"b.html": "<html><head><title>Talks&#0; resume&#27;</title></head><body><article><p>The army&#1; and the RSF met in Jeddah on Sunday, mediators said to reporters at the venue.</p><p>Mediators\x0b said the talks would go on for a second week.</p></article></body></html>",
	}
	dir := t.TempDir()
	writeFiles(t, dir, files)
	sources, problems, err := Load(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sources) != 4 {
		t.Fatalf("loaded %d sources, want 4; problems %v", len(sources), problems)
	}
	for _, s := range sources {
		s.Path, s.Hash = "", "" // the file's own name and bytes
		js, _ := json.Marshal(s)
		if strings.Contains(string(js), `\u00`) || strings.Contains(string(js), "\u009b") {
			t.Errorf("control character in %s", js)
		}
		if !strings.Contains(s.Text, "The army and the RSF met") {
			t.Errorf("text lost around a control character: %q", s.Text)
		}
	}
}

// TestProblemOneLine loads a file whose name holds a newline and a
// terminal escape: its problem is one line with both written as escapes.
func TestProblemOneLine(t *testing.T) {
	dir := t.TempDir()
	name := "x.md\nbrief: error: forged\x1b[2J.md"
	writeFiles(t, dir, map[string]string{name: "+++\ntitle = \"Undated\"\n+++\nThe army and the RSF met in Jeddah, mediators said.\n"})
	_, problems, err := Load(dir, Options{RelativeTo: dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) != 1 {
		t.Fatalf("problems = %v, want the one for the undated article", problems)
	}
	got := problems[0].Error()
	want := `x.md\nbrief: error: forged\x1b[2J.md: undated`
	if strings.ContainsAny(got, "\n\x1b") || !strings.HasPrefix(got, want) {
		t.Errorf("problem = %q, want it to start %q", got, want)
	}
}

// TestArticleMemory parses the largest article the defaults allow, of
// short paragraphs and with its text on one line: the bytes allocated (an
// upper bound of the memory held) stay a small multiple of its size. (Most
// of it is the cleaner's word lists, one a line.)
func TestArticleMemory(t *testing.T) {
	para := "The army said on Sunday that 12 people were killed in Khartoum, mediators said.\n\n"
	body := strings.Repeat(para, (DefaultArticleBytes-200)/len(para))
	for _, tt := range []struct {
		name, text string
		loads      bool
	}{
		{"paragraphs", body, true},
		{"one line", strings.ReplaceAll(body, "\n", " "), false},
		{"controls", strings.ReplaceAll(body[:len(body)/2], "Sunday", "Sun\x00day"), true},
	} {
		data := []byte("+++\ntitle = \"Big\"\npublished = 2024-05-12\n+++\n" + tt.text)
		cleaner := mustCleaner(t, Options{})
		var (
			src   *report.Source
			probs []Problem
		)
		alloc := allocated(func() {
			s, p := Parse("big.md", data, cleaner)
			src, probs = s, p
		})
		if (src != nil) != tt.loads {
			t.Errorf("%s: loaded %v, want %v (%v)", tt.name, src != nil, tt.loads, probs)
		}
		if ratio := float64(alloc) / float64(len(data)); ratio > 16 {
			t.Errorf("%s: parsing %d bytes allocated %d, %.1f times its size", tt.name, len(data), alloc, ratio)
		} else {
			t.Logf("%s: %d bytes allocated %.1f× its size", tt.name, len(data), ratio)
		}
	}
}

// TestManyParagraphs feeds a page of 10,000 paragraphs, which the page
// reader takes seconds over (its work grows with their square): it is
// refused from a count of its bytes, before it is read as HTML.
func TestManyParagraphs(t *testing.T) {
	page := []byte("<html><body><article>" + strings.Repeat("<p>The army said twelve people were killed on Sunday in the town.</p>", 10_000) + "</article></body></html>")
	cleaner := mustCleaner(t, Options{})
	var (
		src   *report.Source
		probs []Problem
	)
	alloc := allocated(func() { src, probs = Parse("page.html", page, cleaner) })
	if src != nil || len(probs) != 1 || !strings.Contains(probs[0].Error(), "the page has 10000 paragraphs, more than the most read, 3000") {
		t.Fatalf("10,000 paragraphs: loaded %v, problems %v", src != nil, probs)
	}
	if alloc > uint64(len(page)) {
		t.Errorf("refusing the page allocated %d bytes, more than its size %d", alloc, len(page))
	}
}

func TestCap(t *testing.T) {
	var problems []Problem
	for i := range 10_000 {
		problems = append(problems, Problem{File: fmt.Sprintf("s/%05d.md", i), Msg: "undated"})
		if i%1000 == 0 {
			problems = append(problems, Problem{File: fmt.Sprintf("s/%05d.md", i), Line: 2, Msg: "broken", Skipped: true})
		}
	}
	got := Cap(problems, 3)
	var lines []string
	for _, p := range got {
		lines = append(lines, p.Error())
	}
	want := []string{
		"s/00000.md: undated", "s/00000.md:2: broken; article skipped", "s/00001.md: undated", "s/00002.md: undated",
		"9997 more articles: undated", "s/01000.md:2: broken; article skipped", "s/02000.md:2: broken; article skipped",
		"7 more articles: broken; article skipped",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("Cap(…, 3) =\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if len(Cap(problems, 0)) != len(problems) {
		t.Errorf("Cap(…, 0) dropped problems")
	}
}
