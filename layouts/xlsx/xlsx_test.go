package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"brief/internal/golden"
	"brief/report"

	"github.com/xuri/excelize/v2"
)

func TestSheetOrder(t *testing.T) {
	tests := []struct {
		kinds []report.SectionKind
		want  []string
	}{
		{report.SectionKinds, []string{"About", "Stances", "Leads", "Timeline", "Figures", "Sources", "Evidence"}},
		{[]report.SectionKind{"timeline", "figures", "summary", "stances"}, []string{"About", "Timeline", "Figures", "Stances", "Leads", "Sources", "Evidence"}},
		{[]report.SectionKind{"sources"}, []string{"About", "Sources", "Stances", "Leads", "Timeline", "Figures", "Evidence"}},
	}
	for _, tt := range tests {
		b := loadModel(t, "testdata/small.json")
		b.Sections = nil
		for _, k := range tt.kinds {
			b.Sections = append(b.Sections, report.Section{Kind: k, Title: string(k)})
		}
		f := open(t, write(t, b))
		if got := f.GetSheetList(); !slices.Equal(got, tt.want) {
			t.Errorf("sections %v: sheets %v, want %v", tt.kinds, got, tt.want)
		}
	}
}

// tableSpec is what a list sheet must hold.
type tableSpec struct {
	sheet, table string
	header       []string
	rows         int // data rows
}

func specs(b *report.Brief) []tableSpec {
	citations := 0
	for _, f := range b.Figures {
		citations += len(f.Citations)
	}
	for _, e := range b.Events {
		citations += len(e.Citations)
	}
	for _, s := range b.Stances {
		citations += len(s.Citations)
	}
	return []tableSpec{
		{"Stances", "StancesTable", []string{"ID", "Actor", "Issue", "Position", "Date", "Precision", "Speaker", "Note", "Source", "Outlet", "Quote", "Also in notes", "Review", "Correction"}, len(b.Stances)},
		{"Timeline", "TimelineTable", []string{"ID", "Date", "Precision", "Type", "Summary", "Actors", "Figures", "Note", "Source", "Outlet", "Quote", "Also in notes", "Review", "Correction"}, len(b.Events)},
		{"Figures", "FiguresTable", []string{"ID", "Text", "Low", "High", "Qualifier", "Kind", "Currency", "Who", "Period", "Credited to", "Reported", "Precision", "Group", "Conflict", "Note", "Source", "Outlet", "Quote", "Also in notes", "Review", "Correction"}, len(b.Figures)},
		{"Sources", "SourcesTable", []string{"Note", "ID", "Outlet", "Title", "Published", "Precision", "Address", "Reliability", "Syndicated from", "Citations", "File"}, len(b.Sources)},
		{"Evidence", "EvidenceTable", []string{"Fact ID", "Kind", "Fact", "Note", "Source", "Outlet", "Published", "Precision", "Quote"}, citations},
	}
}

func TestTablesHeadersAndPanes(t *testing.T) {
	b := loadModel(t, "testdata/small.json")
	f := open(t, write(t, b))
	for _, s := range specs(b) {
		tables, err := f.GetTables(s.sheet)
		if err != nil || len(tables) != 1 {
			t.Fatalf("%s: tables %v (%v), want one", s.sheet, tables, err)
		}
		tb := tables[0]
		m := regexp.MustCompile(`^A(\d+):([A-Z]+)(\d+)$`).FindStringSubmatch(tb.Range)
		if m == nil || tb.Name != s.table {
			t.Fatalf("%s: table %s over %s", s.sheet, tb.Name, tb.Range)
		}
		header, _ := strconv.Atoi(m[1])
		last, _ := strconv.Atoi(m[3])
		if last-header != s.rows {
			t.Errorf("%s: table %s has %d data rows, want %d", s.sheet, tb.Range, last-header, s.rows)
		}
		if tb.ShowRowStripes == nil || !*tb.ShowRowStripes {
			t.Errorf("%s: table rows are not banded", s.sheet)
		}
		var got []string
		for i := range s.header {
			col, _ := excelize.ColumnNumberToName(i + 1)
			got = append(got, value(t, f, s.sheet, col+m[1]))
		}
		if lastCol, _ := excelize.ColumnNumberToName(len(s.header)); !slices.Equal(got, s.header) || lastCol != m[2] {
			t.Errorf("%s: header %q (to column %s), want %q", s.sheet, got, m[2], s.header)
		}
		panes, err := f.GetPanes(s.sheet)
		if err != nil || !panes.Freeze || panes.YSplit != header {
			t.Errorf("%s: panes %+v (%v), want the rows to %d frozen", s.sheet, panes, err, header)
		}
	}
}

func TestTypedCells(t *testing.T) {
	b := loadModel(t, "testdata/small.json")
	f := open(t, write(t, b))

	isNumber := func(sheet, cell string, want float64) {
		t.Helper()
		if ct := cellType(t, f, sheet, cell); ct != excelize.CellTypeUnset && ct != excelize.CellTypeNumber {
			t.Errorf("%s!%s: type %v, want a number", sheet, cell, ct)
		}
		got, err := strconv.ParseFloat(raw(t, f, sheet, cell), 64)
		if err != nil || got != want {
			t.Errorf("%s!%s = %q, want the number %v", sheet, cell, raw(t, f, sheet, cell), want)
		}
	}
	serial := func(d string) float64 {
		day, err := report.ParseDate(d)
		if err != nil {
			t.Fatal(err)
		}
		// Days since 30 Dec 1899, Excel's day 0 for dates after February 1900.
		return day.First().Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24
	}
	shown := map[string]*regexp.Regexp{
		"day":    regexp.MustCompile(`^\d{1,2} [A-Z][a-z]{2} \d{4}$`),
		"week":   regexp.MustCompile(`^\d{1,2} [A-Z][a-z]{2} \d{4}$`),
		"month":  regexp.MustCompile(`^[A-Z][a-z]{2} \d{4}$`),
		"season": regexp.MustCompile(`^[A-Z][a-z]{2} \d{4}$`),
		"year":   regexp.MustCompile(`^\d{4}$`),
	}
	fig := headerIndex(t, f, "Figures", 1)
	for i, fg := range b.Figures {
		row := strconv.Itoa(i + 2)
		isNumber("Figures", fig["Low"]+row, fg.Low)
		isNumber("Figures", fig["High"]+row, fg.High)
	}
	ev := headerIndex(t, f, "Timeline", 1)
	precisions := map[string]bool{}
	for i, e := range b.Events {
		cell := ev["Date"] + strconv.Itoa(i+2)
		isNumber("Timeline", cell, serial(e.Date))
		if got := value(t, f, "Timeline", cell); !shown[string(e.Precision)].MatchString(got) {
			t.Errorf("Timeline!%s: event dated %s (%s) shows %q", cell, e.Date, e.Precision, got)
		}
		precisions[string(e.Precision)] = true
	}
	if len(precisions) < 4 {
		t.Errorf("test data has events of precisions %v only", precisions)
	}
	src := headerIndex(t, f, "Sources", 1)
	for i, s := range b.Sources {
		cell := src["Published"] + strconv.Itoa(i+2)
		isNumber("Sources", cell, serial(s.Published))
		if want := report.FormatDate(s.Published, ""); value(t, f, "Sources", cell) != want {
			t.Errorf("Sources!%s shows %q, want %q", cell, value(t, f, "Sources", cell), want)
		}
	}
}

func TestLinks(t *testing.T) {
	b := loadModel(t, "testdata/small.json")
	f := open(t, write(t, b))
	checked := 0
	for _, sheet := range []string{"Stances", "Timeline", "Figures", "Evidence"} {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		header := slices.IndexFunc(rows, func(r []string) bool { return len(r) > 0 && (r[0] == "ID" || r[0] == "Fact ID") })
		col := slices.Index(rows[header], "Source")
		name, _ := excelize.ColumnNumberToName(col + 1)
		for i := header + 1; i < len(rows); i++ {
			cell := name + strconv.Itoa(i+1)
			ok, target, err := f.GetCellHyperLink(sheet, cell)
			if err != nil || !ok {
				t.Errorf("%s!%s (%s) is not a link (%v)", sheet, cell, rows[i][col], err)
				continue
			}
			to, found := strings.CutPrefix(target, "Sources!")
			if !found || value(t, f, "Sources", to) != rows[i][col] {
				t.Errorf("%s!%s names %s but links to %s", sheet, cell, rows[i][col], target)
			}
			checked++
		}
	}
	if checked < len(b.Stances)+len(b.Events)+len(b.Figures) {
		t.Errorf("checked %d links only", checked)
	}
	for i, s := range b.Sources {
		ok, target, _ := f.GetCellHyperLink("Sources", "G"+strconv.Itoa(i+2))
		if !ok || target != s.URL {
			t.Errorf("Sources!G%d: link %q, want %q", i+2, target, s.URL)
		}
	}
	// Matrix cells link to the stance behind them.
	for _, c := range b.Matrix {
		if len(c.Stances) == 0 {
			continue
		}
		found := false
		for row := 3; row < 3+len(b.Actors) && !found; row++ {
			for col := 2; col < 2+len(b.Issues); col++ {
				cell, _ := excelize.CoordinatesToCellName(col, row)
				ok, target, _ := f.GetCellHyperLink("Stances", cell)
				if ok && value(t, f, "Stances", strings.TrimPrefix(target, "Stances!")) == c.Stances[0] {
					found = true
					break
				}
			}
		}
		if !found {
			t.Errorf("no matrix cell links to stance %s (%s, %s)", c.Stances[0], c.Actor, c.Issue)
		}
	}
}

func TestReviewDropDowns(t *testing.T) {
	b := loadModel(t, "testdata/small.json")
	f := open(t, write(t, b))
	for _, s := range specs(b)[:3] {
		tables, _ := f.GetTables(s.sheet)
		m := regexp.MustCompile(`^A(\d+):[A-Z]+(\d+)$`).FindStringSubmatch(tables[0].Range)
		first, _ := strconv.Atoi(m[1])
		col := headerIndex(t, f, s.sheet, first)["Review"]
		dvs, err := f.GetDataValidations(s.sheet)
		if err != nil || len(dvs) != 1 {
			t.Fatalf("%s: data validations %v (%v), want one rule", s.sheet, dvs, err)
		}
		dv := dvs[0]
		want := fmt.Sprintf("%s%d:%s%s", col, first+1, col, m[2])
		if dv.Type != "list" || dv.Sqref != want || !strings.Contains(dv.Formula1, "accept,reject,correct") {
			t.Errorf("%s: drop-down %s over %s (%s), want list over %s", s.sheet, dv.Type, dv.Sqref, dv.Formula1, want)
		}
	}
}

// hostile quotes: formulas, control characters, a cell too long.
var hostile = []string{
	`=HYPERLINK("http://example.com/x","click me")`,
	"+1+1",
	"-2-2",
	"@SUM(A1:A2)",
	"=1+1\x00\x07\x1b and \r\nnext line\ttab",
	strings.Repeat("Ω long sentence ", 2500),
}

func hostileBrief(t testing.TB) *report.Brief {
	b := loadModel(t, "testdata/small.json")
	for i, q := range hostile {
		b.Events[i].Citations[0].Quote = q
	}
	b.Events[0].Summary = "=cmd|' /C calc'!A0"
	b.Sources[0].Title = "=2*3"
	return b
}

func TestTextNeverFormula(t *testing.T) {
	b := hostileBrief(t)
	data := write(t, b)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	formula := regexp.MustCompile(`<f[ >/]`)
	for _, zf := range zr.File {
		if !strings.HasPrefix(zf.Name, "xl/worksheets/") {
			continue
		}
		rc, _ := zf.Open()
		xml, _ := io.ReadAll(rc)
		rc.Close()
		if loc := formula.FindIndex(xml); loc != nil {
			t.Errorf("%s has a formula: %s", zf.Name, xml[loc[0]:min(loc[1]+80, len(xml))])
		}
	}
	f := open(t, data)
	ev := headerIndex(t, f, "Timeline", 1)
	wantQuote := []string{
		hostile[0], hostile[1], hostile[2], hostile[3],
		"=1+1 and \nnext line\ttab",
	}
	for i, want := range wantQuote {
		cell := ev["Quote"] + strconv.Itoa(i+2)
		if got := value(t, f, "Timeline", cell); got != want {
			t.Errorf("Timeline!%s = %q, want %q", cell, got, want)
		}
		if formula, _ := f.GetCellFormula("Timeline", cell); formula != "" {
			t.Errorf("Timeline!%s has formula %q", cell, formula)
		}
	}
	long := value(t, f, "Timeline", ev["Quote"]+"7")
	if n := utf16Len(long); n != maxCellChars || !strings.HasSuffix(long, truncatedMark) {
		t.Errorf("long quote: %d UTF-16 units ending %q, want %d ending with the mark", n, long[len(long)-20:], maxCellChars)
	}
	if got := value(t, f, "Timeline", ev["Summary"]+"2"); got != b.Events[0].Summary {
		t.Errorf("summary %q, want %q", got, b.Events[0].Summary)
	}
	if got := value(t, f, "Sources", "D2"); got != "=2*3" {
		t.Errorf("title %q, want =2*3 as text", got)
	}
}

func TestCellText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"=SUM(A1)", "=SUM(A1)"},
		{"a\x00b\x1fc\x7fd", "abcd"},
		{"line\r\nnext\rthird", "line\nnext\nthird"},
		{"tab\tand\nnewline", "tab\tand\nnewline"},
		{"C1 control \u0085 and \uFFFF", "C1 control  and "},
		{"bad \xff utf8", "bad \uFFFD utf8"},
		{"curly “quotes” — dash", "curly “quotes” — dash"},
	}
	for _, tt := range tests {
		if got := cellText(tt.in); got != tt.want {
			t.Errorf("cellText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Astral characters count two UTF-16 units, as Excel counts them.
	long := cellText(strings.Repeat("😀", maxCellChars))
	if n := utf16Len(long); n > maxCellChars || !strings.HasSuffix(long, truncatedMark) {
		t.Errorf("long astral text: %d units, suffix %q", n, long[len(long)-16:])
	}
	exact := strings.Repeat("a", maxCellChars)
	if cellText(exact) != exact {
		t.Errorf("text of exactly %d characters was changed", maxCellChars)
	}
}

func TestReproducible(t *testing.T) {
	b := loadModel(t, "testdata/small.json")
	first, second := write(t, b), write(t, b)
	if !bytes.Equal(first, second) {
		t.Fatalf("two writes of one brief differ (%d and %d bytes)", len(first), len(second))
	}
	zr, err := zip.NewReader(bytes.NewReader(first), int64(len(first)))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := time.Parse(time.RFC3339, generated)
	for _, zf := range zr.File {
		if !zf.Modified.Equal(want) {
			t.Errorf("%s: modified %v, want %v", zf.Name, zf.Modified, want)
		}
	}
	if zr.File[0].Name != "[Content_Types].xml" {
		t.Errorf("first entry %s, want [Content_Types].xml", zr.File[0].Name)
	}
	props, err := open(t, first).GetDocProps()
	if err != nil || props.Created != generated || props.Modified != generated {
		t.Errorf("document properties %+v (%v), want created and modified %s", props, err, generated)
	}
	b.Meta.Generated = "2025-01-01T00:00:00Z"
	if bytes.Equal(first, write(t, b)) {
		t.Error("a different generation time gives the same bytes")
	}
}

func TestEmptyBrief(t *testing.T) {
	b := &report.Brief{Meta: report.Meta{Title: "Nothing this week"}}
	f := open(t, write(t, b))
	for _, s := range specs(b) {
		tables, err := f.GetTables(s.sheet)
		if err != nil || len(tables) != 1 {
			t.Errorf("%s: tables %v (%v), want one", s.sheet, tables, err)
		}
	}
	if got := value(t, f, "Stances", "A2"); got != "The brief has no stance matrix." {
		t.Errorf("Stances!A2 = %q", got)
	}
}

// TestGolden compares every cell of the workbook of testdata/small.json
// with testdata/small.golden; go test -update rewrites it.
func TestGolden(t *testing.T) {
	b := loadModel(t, "testdata/small.json")
	f := open(t, write(t, b))
	var out strings.Builder
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&out, "== %s\n", sheet)
		for r, row := range rows {
			for c, v := range row {
				if v == "" {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				fmt.Fprintf(&out, "%s\t%q\n", cell, v)
			}
		}
	}
	golden.Check(t, "testdata/small.golden", []byte(out.String()))
}

// TestLinkCap writes more links than a sheet may hold: the first ones are
// kept, and the About sheet says how many were left out.
func TestLinkCap(t *testing.T) {
	defer func(n int) { maxLinks = n }(maxLinks)
	maxLinks = 5
	b := loadModel(t, "testdata/small.json")
	f := open(t, write(t, b))
	links := 0
	for row := 2; row <= 71; row++ {
		if ok, _, _ := f.GetCellHyperLink("Evidence", "E"+strconv.Itoa(row)); ok {
			links++
		}
	}
	if links != 5 {
		t.Errorf("Evidence has %d links, want 5", links)
	}
	rows, _ := f.GetRows("About")
	var notes []string
	for _, r := range rows {
		if len(r) > 1 && strings.Contains(r[1], "links were left out") {
			notes = append(notes, r[1])
		}
	}
	want := "Evidence: the last 65 links were left out: Excel allows 5 links on a sheet."
	if !slices.Contains(notes, want) {
		t.Errorf("About notes %q, want %q among them", notes, want)
	}
}

func TestWriteLeavesBriefAlone(t *testing.T) {
	b := hostileBrief(t)
	before, _ := json.Marshal(b)
	write(t, b)
	if after, _ := json.Marshal(b); !bytes.Equal(before, after) {
		t.Error("Write changed the brief")
	}
}

// TestLongMatrixCell writes a matrix cell and an actor name far longer
// than their columns: rows stay within Excel's height limit, and repeated
// conflicting positions are named once.
func TestLongMatrixCell(t *testing.T) {
	b := loadModel(t, "testdata/small.json")
	b.Matrix[0].Conflicts = slices.Repeat([]report.Position{"support", "deny", "oppose"}, 40)
	b.Matrix[0].Actor = strings.Repeat("A very long actor name ", 30)
	b.Stances[0].Actor = b.Matrix[0].Actor
	f := open(t, write(t, b))
	found := false
	for row := 3; row < 3+len(b.Actors)+1; row++ {
		for col := 2; col < 10; col++ {
			cell, _ := excelize.CoordinatesToCellName(col, row)
			if v := value(t, f, "Stances", cell); strings.Contains(v, "also: deny, oppose, support") {
				found = true
			}
		}
		if h, _ := f.GetRowHeight("Stances", row); h > 409 {
			t.Errorf("Stances row %d is %v points high, more than Excel allows", row, h)
		}
	}
	if !found {
		t.Error("no matrix cell names the conflicting positions once each")
	}
}

// TestColumnWidthsInOrder checks the <col> elements of every sheet come in
// column order, as Excel requires, and that wide text columns are wide.
func TestColumnWidthsInOrder(t *testing.T) {
	data := write(t, loadModel(t, "testdata/small.json"))
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	colMin := regexp.MustCompile(`<col min="(\d+)"`)
	for _, zf := range zr.File {
		if !strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
			continue
		}
		rc, _ := zf.Open()
		xml, _ := io.ReadAll(rc)
		rc.Close()
		last := 0
		for _, m := range colMin.FindAllSubmatch(xml, -1) {
			n, _ := strconv.Atoi(string(m[1]))
			if n <= last {
				t.Errorf("%s: <col min=%d> after min=%d", zf.Name, n, last)
			}
			last = n
		}
	}
	f := open(t, data)
	if w, _ := f.GetColWidth("Evidence", "I"); w < 60 {
		t.Errorf("Evidence quote column is %v wide", w)
	}
}

func TestDatesBefore1900AreText(t *testing.T) {
	b := loadModel(t, filepath.Join("testdata", "small.json"))
	b.Events[0].Date, b.Events[0].Precision = "1893-11-12", "day"
	b.Events[1].Date, b.Events[1].Precision = "1893", "year"
	f := open(t, write(t, b))
	rows, err := f.GetRows(SheetTimeline)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, r := range rows[1:] {
		if len(r) > 1 {
			got[r[1]] = true
		}
	}
	for _, want := range []string{"12 Nov 1893", "1893"} {
		if !got[want] {
			t.Errorf("Timeline dates %v lack %q: a date before 1900 must stay text at its precision", got, want)
		}
	}
}
