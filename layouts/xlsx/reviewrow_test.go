package xlsx

import (
	"bytes"
	"maps"
	"slices"
	"strconv"
	"testing"

	"brief/report"
	"brief/report/review"

	"github.com/xuri/excelize/v2"
)

// TestReadReviewRow: a decision's Row is what its row shows of the fact
// (report.Review.Row) — on the Figures sheet every column of the count
// and the credit, an empty cell as "" — read back from the Figures,
// Timeline and Rejected sheets and from a table's continuation sheet; a
// column the analyst removed has no key (not ""), a header given twice
// keeps its first column, and a Stances row keeps no Row. The facts are
// invented.
func TestReadReviewRow(t *testing.T) {
	cite := func(q string) []report.Citation { return []report.Citation{{Source: "s1", Quote: q}} }
	b := &report.Brief{
		Meta:    report.Meta{Title: "Rows", Generated: generated, Period: report.Period{Label: "2023-06", Start: "2023-06-01", End: "2023-06-30"}},
		Sources: []report.Source{{ID: "s1", Path: "sources/s1.md", Title: "s1", Published: "2023-06-05"}},
		Figures: []report.Figure{
			{Text: "about 20 people were killed", What: "killed", Low: 20, High: 20, Qualifier: "about", Who: "people", Period: "last week",
				AttributedTo: "Hamas", Citations: cite("Hamas said about 20 people were killed last week.")},
			{Text: "300 were wounded", What: "wounded", Low: 300, High: 300, Who: "people", Citations: cite("300 were wounded.")},
		},
		Events: []report.Event{{Date: "2023-06-04", Precision: "day", Summary: "Suicide attack on a police post in Bannu",
			Citations: cite("A suicide bomber attacked a police post in Bannu on Sunday.")}},
		Stances: []report.Stance{{Actor: "Hamas", Issue: "ceasefire", Position: "support", Citations: cite("Hamas backs a ceasefire.")}},
	}
	for i := range b.Figures {
		b.Figures[i].ID = report.FigureID(b.Figures[i])
	}
	b.Events[0].ID = report.FactID("e", b.Events[0].Date, "day", report.Normalise(b.Events[0].Summary))
	b.Stances[0].ID = report.FactID("s", "Hamas", "ceasefire", "support")
	wounded := b.Figures[1]
	review.ApplyReview(b, map[string]report.Review{wounded.ID: {Decision: "reject"}})

	f := open(t, write(t, b))
	for _, sheet := range []string{SheetFigures, SheetTimeline, SheetRejected, SheetStances} {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		header := 0
		for header < len(rows) && !contains(rows[header], headerReview) {
			header++
		}
		setCell(t, f, sheet, columnName(t, rows[header], headerReview)+itoa(header+2), "accept")
	}
	// A continuation of the Figures table, its Credited to given twice.
	if _, err := f.NewSheet("Figures (2)"); err != nil {
		t.Fatal(err)
	}
	for i, v := range []any{headerID, "Kind", "Low", "High", "Qualifier", "Currency", "Who", "Period", "Credited to", "Credited to", "Quote", headerReview,
		"fcontinued", "killed", 7, 7, "", "", "soldiers", "", "army", "police", "Seven soldiers were killed.", "reject"} {
		col, _ := excelize.ColumnNumberToName(i%12 + 1)
		setCell(t, f, "Figures (2)", col+itoa(i/12+1), v)
	}
	decisions, err := ReadReview(readerOf(save(t, f)))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]map[string]string{
		b.Figures[0].ID: {"": SheetFigures, "kind": "killed", "low": "20", "high": "20", "qualifier": "about", "currency": "",
			"who": "people", "period": "last week", "credited to": "Hamas", "source": "s1", "quote": "Hamas said about 20 people were killed last week."},
		b.Events[0].ID: {"": SheetTimeline, "summary": "Suicide attack on a police post in Bannu", "source": "s1",
			"quote": "A suicide bomber attacked a police post in Bannu on Sunday."},
		wounded.ID: {"": SheetRejected, "kind": "figure", "fact": b.Rejected[0].Fact, "source": "s1", "quote": "300 were wounded."},
		"fcontinued": {"": SheetFigures, "kind": "killed", "low": "7", "high": "7", "qualifier": "", "currency": "",
			"who": "soldiers", "period": "", "credited to": "army", "quote": "Seven soldiers were killed."},
		b.Stances[0].ID: nil,
	}
	for id, row := range want {
		d, ok := decisions[id]
		if !ok {
			t.Errorf("no decision read for %s", id)
			continue
		}
		if !maps.Equal(d.Row, row) {
			t.Errorf("%s (%s): Row\n%q\nwant\n%q", id, d.Where, d.Row, row)
		}
	}

	// The Credited to column removed: no key, so no credit is known.
	rows, _ := f.GetRows(SheetFigures)
	if err := f.RemoveCol(SheetFigures, columnName(t, rows[0], "Credited to")); err != nil {
		t.Fatal(err)
	}
	decisions, err = ReadReview(readerOf(save(t, f)))
	if err != nil {
		t.Fatal(err)
	}
	if row := decisions[b.Figures[0].ID].Row; row == nil || row["who"] != "people" {
		t.Errorf("after removing Credited to, Row %q", row)
	} else if v, ok := row["credited to"]; ok {
		t.Errorf("a removed Credited to column reads %q, want no key", v)
	}
}

func contains(cells []string, s string) bool { return slices.Contains(cells, s) }

func itoa(n int) string { return strconv.Itoa(n) }

// readerOf is ReadReview's arguments for a workbook's bytes.
func readerOf(data []byte) (*bytes.Reader, int64) { return bytes.NewReader(data), int64(len(data)) }
