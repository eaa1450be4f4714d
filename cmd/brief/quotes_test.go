package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/xuri/excelize/v2"

	"brief/report"
)

// plainPDFText is the PDF's text in reading order, its lines joined with
// spaces and poppler's direction marks dropped, or "" without pdftotext
// (outside CI).
func plainPDFText(t *testing.T, path string) string {
	t.Helper()
	needTool(t, "pdftotext")
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	s := strings.Map(func(r rune) rune {
		if r >= '\u202a' && r <= '\u202e' {
			return -1
		}
		return r
	}, string(out))
	return strings.Join(strings.Fields(s), " ")
}

var refList = regexp.MustCompile(`^\s*\[([0-9, ]+)\]`)

// checkQuotes checks every quote the PDF prints with endnote numbers:
// each number is a source whose text holds the quote, and no quote is
// printed under two cells. root is the folder the sources' paths resolve
// against.
func checkQuotes(t *testing.T, pdf string, b *report.Brief, root string) {
	t.Helper()
	text := plainPDFText(t, pdf)
	if text == "" {
		return
	}
	statements := text[strings.Index(text, "Latest statements"):]
	if i := strings.Index(statements, "Timeline"); i > 0 {
		statements = statements[:i]
	}
	sourceText := make([]string, len(b.Sources))
	for i, s := range b.Sources {
		data, err := os.ReadFile(filepath.Join(root, s.Path))
		if err != nil {
			t.Fatal(err)
		}
		sourceText[i] = report.QuoteKey(string(data))
	}
	checked, seen := 0, map[string]bool{}
	for _, s := range b.Stances {
		for _, c := range s.Citations {
			q := strings.Join(strings.Fields(c.Quote), " ")
			if len([]rune(q)) > 420 || seen[q] { // cut when printed; or checked already
				continue
			}
			seen[q] = true
			at := strings.Index(statements, q)
			if at < 0 {
				continue
			}
			if strings.Count(statements, q) > 1 {
				t.Errorf("quote printed under two cells: %.60q…", q)
			}
			if strings.ContainsFunc(q, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) {
				// pdftotext reorders a line that mixes right-to-left text
				// and "[3]" its own way; layouts/pdf checks these notes.
				continue
			}
			m := refList.FindStringSubmatch(statements[at+len(q):])
			if m == nil {
				t.Errorf("quote %.60q… has no endnote numbers after it", q)
				continue
			}
			for _, n := range strings.Split(m[1], ",") {
				k, _ := strconv.Atoi(strings.TrimSpace(n))
				if k < 1 || k > len(b.Sources) || !strings.Contains(sourceText[k-1], report.QuoteKey(c.Quote)) {
					t.Errorf("quote %.60q… cites [%d], whose text does not hold it", q, k)
				}
			}
			checked++
		}
	}
	if checked == 0 {
		t.Error("no printed quote was checked")
	}
}

// checkNumbering checks that the workbook's Note column numbers each
// source as the PDF's endnotes do.
func checkNumbering(t *testing.T, pdf, xlsx string, b *report.Brief) {
	t.Helper()
	text := plainPDFText(t, pdf)
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Sources")
	if err != nil {
		t.Fatal(err)
	}
	note, title := column(t, rows[0], "Note"), column(t, rows[0], "Title")
	for i := 2; i <= len(rows); i++ {
		n, _ := f.GetCellValue("Sources", note+strconv.Itoa(i))
		tt, _ := f.GetCellValue("Sources", title+strconv.Itoa(i))
		k, err := strconv.Atoi(n)
		if err != nil || k < 1 || k > len(b.Sources) || b.Sources[k-1].Title != tt {
			t.Errorf("Sources row %d: note %q for %q", i, n, tt)
			continue
		}
		if text != "" && !strings.Contains(text, n+". ") {
			t.Errorf("the PDF has no endnote %s.", n)
		}
	}
}

// TestQuotesCarryTheirOwnSources builds the demo and renders the
// multi-source fixture, and checks the printed quotes' endnote numbers,
// the one-cell rule and the workbook's numbering against the PDF's.
func TestQuotesCarryTheirOwnSources(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	paths, _ := buildDemo(t, t.TempDir())
	demo := loadModel(t, paths[2])
	checkQuotes(t, paths[0], demo, filepath.Join("..", ".."))
	checkNumbering(t, paths[0], paths[1], demo)

	fixture := filepath.Join("testdata", "fixture")
	code, stdout, stderr := runBrief(t, "render", "--model", filepath.Join(fixture, "model.json"), "--out", t.TempDir())
	if code != 0 {
		t.Fatalf("render: %s", stderr)
	}
	out := strings.Fields(stdout)
	b := loadModel(t, out[2])
	checkQuotes(t, out[0], b, fixture)
	checkNumbering(t, out[0], out[1], b)
	text := plainPDFText(t, out[0])
	for _, want := range []string{
		"— according to a Pakistani official", // a speaker who is not the actor
		"— said by Zabihullah Mujahid",
		"also reported by [1]",
		"— 46 killed (Pakistani officials)", // an event's linked figure
		"Explosion",
	} {
		if text != "" && !strings.Contains(text, want) {
			t.Errorf("fixture PDF lacks %q", want)
		}
	}
}

var actionWord = regexp.MustCompile(`(?i)\b(support|oppose)`)

// TestClaimsReadAsClaims renders the fixture with every issue a claim: no
// word of the PDF says "support" or "oppose" (the fixture's quotes use
// neither).
func TestClaimsReadAsClaims(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "fixture", "model.json"))
	if err != nil {
		t.Fatal(err)
	}
	m := strings.ReplaceAll(string(data), `"label": "Pakistan–TTP talks"}`, `"label": "Pakistan–TTP talks", "claim": true}`)
	m = strings.ReplaceAll(m, `"label": "Afghan Taliban action against the TTP"}`, `"label": "Afghan Taliban action against the TTP", "claim": true}`)
	path := filepath.Join(t.TempDir(), "claims.json")
	if err := os.WriteFile(path, []byte(m), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runBrief(t, "render", "--model", path, "--out", t.TempDir())
	if code != 0 {
		t.Fatalf("render: %s", stderr)
	}
	out := strings.Fields(stdout)
	if text := plainPDFText(t, out[0]); text != "" {
		if w := actionWord.FindAllString(text, -1); len(w) > 0 {
			t.Errorf("a brief of claims prints %q", w)
		}
		if !strings.Contains(text, "Says so") || !strings.Contains(text, "Says not") {
			t.Error("the claim words are missing")
		}
	}
}
