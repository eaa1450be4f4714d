package xlsx

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"brief/report"
)

// column returns the letter of the column with header name in the row
// that starts the sheet's table.
func headerColumn(t *testing.T, rows [][]string, first, name string) (header, col int) {
	t.Helper()
	header = slices.IndexFunc(rows, func(r []string) bool { return len(r) > 0 && r[0] == first })
	if header < 0 {
		t.Fatalf("no header row starting %q", first)
	}
	col = slices.Index(rows[header], name)
	if col < 0 {
		t.Fatalf("header %q has no %q", rows[header], name)
	}
	return header, col
}

// TestEndnoteColumn checks that every sheet citing sources has a Note
// column holding the number the PDF gives the source: its place in the
// model's list of sources.
func TestEndnoteColumn(t *testing.T) {
	b := loadModel(t, "testdata/small.json")
	f := open(t, write(t, b))
	want := map[string]string{}
	for i, s := range b.Sources {
		if _, dup := want[s.ID]; !dup {
			want[s.ID] = strconv.Itoa(i + 1)
		}
	}
	checked := 0
	for _, sheet := range []struct{ name, first, source string }{
		{SheetStances, "ID", "Source"}, {SheetTimeline, "ID", "Source"}, {SheetFigures, "ID", "Source"},
		{SheetEvidence, "Fact ID", "Source"}, {SheetSources, "Note", "ID"},
	} {
		rows, err := f.GetRows(sheet.name)
		if err != nil {
			t.Fatal(err)
		}
		header, note := headerColumn(t, rows, sheet.first, "Note")
		_, src := headerColumn(t, rows, sheet.first, sheet.source)
		for _, r := range rows[header+1:] {
			if len(r) <= max(note, src) {
				continue
			}
			if r[note] != want[r[src]] {
				t.Errorf("%s: source %s has note %q, want %q", sheet.name, r[src], r[note], want[r[src]])
			}
			checked++
		}
	}
	if checked < len(b.Sources)+len(b.Stances) {
		t.Errorf("checked %d rows only", checked)
	}
}

// TestPrintSettings checks every sheet prints landscape, fitted to the
// page's width, with the marking in the page header, and every table's
// header row repeated on each page.
func TestPrintSettings(t *testing.T) {
	b := loadModel(t, "testdata/small.json")
	f := open(t, write(t, b))
	titles := map[string]bool{}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" {
			titles[dn.Scope] = true
		}
	}
	for _, sheet := range f.GetSheetList() {
		pl, err := f.GetPageLayout(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if pl.Orientation == nil || *pl.Orientation != "landscape" || pl.FitToWidth == nil || *pl.FitToWidth != 1 {
			t.Errorf("%s: page layout %+v, want landscape fitted to one page wide", sheet, pl)
		}
		props, _ := f.GetSheetProps(sheet)
		if props.FitToPage == nil || !*props.FitToPage {
			t.Errorf("%s: fit to page is off", sheet)
		}
		hf, err := f.GetHeaderFooter(sheet)
		if err != nil || !strings.Contains(hf.OddHeader, b.Meta.Marking) || !strings.Contains(hf.OddFooter, "&P") {
			t.Errorf("%s: header %q footer %q, want the marking and page numbers", sheet, hf.OddHeader, hf.OddFooter)
		}
		if sheet != SheetAbout && !titles[sheet] {
			t.Errorf("%s: no repeated header row (Print_Titles)", sheet)
		}
	}
}

var actionWords = regexp.MustCompile(`(?i)\b(support|oppose)`)

// TestClaimWordsInWorkbook makes every issue a claim: then no cell but a
// quote says "support" or "oppose".
func TestClaimWordsInWorkbook(t *testing.T) {
	b := loadModel(t, "testdata/small.json")
	for i := range b.Issues {
		b.Issues[i].Claim = true
	}
	f := open(t, write(t, b))
	for _, sheet := range []string{SheetStances, SheetEvidence} {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		quote := -1
		for i, r := range rows {
			if q := slices.Index(r, "Quote"); q >= 0 {
				quote = q
			}
			for j, v := range r {
				if j == quote || !actionWords.MatchString(v) {
					continue
				}
				if quote >= 0 && i > 0 {
					t.Errorf("%s row %d column %d: %q reads as backing a claim", sheet, i+1, j+1, v)
				}
				if quote < 0 { // the matrix and its legend, above the table
					t.Errorf("%s row %d: matrix cell %q reads as backing a claim", sheet, i+1, v)
				}
			}
		}
	}
	if w := report.PositionWord(b.Issues[0], "support"); w != "says so" {
		t.Errorf("support on a claim reads %q", w)
	}
}
