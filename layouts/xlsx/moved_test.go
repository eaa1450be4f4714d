package xlsx

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"brief/report"
	"brief/report/assemble"
	"brief/report/review"

	"github.com/xuri/excelize/v2"
)

// TestReviewMovesAcrossRuns is the analyst's week: a figure rejected and
// an event corrected in run 1's workbook; in run 2 the figure's number
// gains a second source in one article (so its figures take ids from
// their credits) and an article dated earlier reports the event (whose
// summary, and id, are now that article's). ReadReview gives each
// decision its row, and the decisions reach the figure and the event the
// rows describe, each with a warning naming the old id and the new.
func TestReviewMovesAcrossRuns(t *testing.T) {
	art := func(id, published string, figs [][2]string, event, quote string) assemble.Article {
		var f report.Facts
		for _, c := range figs {
			f.Figures = append(f.Figures, report.Figure{Text: "20 people were killed", What: "killed", Who: "people", Low: 20, High: 20,
				AttributedTo: c[0], Citations: []report.Citation{{Source: id, Quote: c[1]}}})
		}
		if event != "" {
			f.Events = []report.Event{{Date: "2023-06-04", Precision: "day", Summary: event, Actors: []string{"TTP"},
				Citations: []report.Citation{{Source: id, Quote: quote}}}}
		}
		return assemble.Article{Source: report.Source{ID: id, Path: "sources/" + id + ".md", Title: id, Published: published, Text: id}, Facts: f}
	}
	build := func(arts ...assemble.Article) *report.Brief {
		return assemble.Assemble(assemble.Input{Meta: report.Meta{Title: "Moved", Generated: generated,
			Period: report.Period{Label: "2023-06", Start: "2023-06-01", End: "2023-06-30"}}, Articles: arts})
	}
	// Invented sentences.
	a := art("sA", "2023-06-06", [][2]string{{"Hamas", "Hamas said 20 people were killed in the strike on Bannu."}},
		"Suicide attack on a police post in Bannu", "A suicide bomber attacked a police post in Bannu on Sunday.")
	b := art("sB", "2023-06-05", [][2]string{{"Hamas", "Hamas officials said 20 people were killed in Bannu."}, {"Israel", "Israel also put the toll at 20 people."}},
		"Suicide attack on the police post in Bannu district", "On Sunday a suicide bomber struck the police post in Bannu.")

	first := build(a)
	f := open(t, write(t, first))
	for _, set := range []struct{ sheet, col, value string }{
		{SheetFigures, headerReview, "reject"},
		{SheetTimeline, headerReview, "correct"},
		{SheetTimeline, headerCorrection, "2023-06-03"},
	} {
		rows, err := f.GetRows(set.sheet)
		if err != nil {
			t.Fatal(err)
		}
		cell := columnName(t, rows[0], set.col) + "2"
		if err := f.SetCellStr(set.sheet, cell, set.value); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	decisions, err := ReadReview(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	oldFigure, oldEvent := first.Figures[0].ID, first.Events[0].ID
	if row := decisions[oldFigure].Row; row[""] != SheetFigures || row["credited to"] != "Hamas" || row["low"] != "20" || row["source"] != "sA" ||
		!strings.HasPrefix(row["quote"], "Hamas said") {
		t.Errorf("the figure's row reads %q", row)
	}

	var warnings []string
	second := assemble.Assemble(assemble.Input{Meta: first.Meta, Articles: []assemble.Article{a, b},
		Review: func(b *report.Brief) { warnings = review.ApplyReview(b, decisions) }})
	if len(second.Figures) != 1 || len(second.Rejected) != 1 || second.Rejected[0].ID == oldFigure ||
		!slices.ContainsFunc(second.Rejected[0].Citations, func(c report.Citation) bool { return c.Source == "sA" }) {
		t.Errorf("rejected %+v, figures left %+v: want the Hamas figure rejected under its new id", second.Rejected, second.Figures)
	}
	if len(second.Events) != 1 || second.Events[0].ID == oldEvent || second.Events[0].Date != "2023-06-03" {
		t.Errorf("events %+v: want the corrected event under its new id", second.Events)
	}
	all := strings.Join(warnings, "\n")
	for _, w := range []string{
		"figure " + oldFigure + " is not in this brief: its row describes figure ",
		"event " + oldEvent + " is not in this brief: its row describes event " + second.Events[0].ID + ", and its decision (correct) moves there",
	} {
		if !strings.Contains(all, w) {
			t.Errorf("warnings\n%s\nwant them to hold %q", all, w)
		}
	}
}

// columnName is the letter of the column headed name in header.
func columnName(t *testing.T, header []string, name string) string {
	t.Helper()
	i := slices.Index(header, name)
	if i < 0 {
		t.Fatalf("no column %q in %q", name, header)
	}
	col, err := excelize.ColumnNumberToName(i + 1)
	if err != nil {
		t.Fatal(err)
	}
	return col
}
