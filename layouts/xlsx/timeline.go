package xlsx

import (
	"strings"

	"brief/report"
)

// writeTimeline writes the Timeline sheet: one row per event.
func (wb *workbook) writeTimeline() error {
	cols := []column{
		{header: headerID, width: 14},
		{header: "Date", width: 13},
		{header: "Precision", width: 10},
		{header: "Type", width: 14},
		{header: "Summary", width: 48, wrap: true},
		{header: "Actors", width: 22, wrap: true},
		{header: "Figures", width: 30, wrap: true},
		{header: "Note", width: 6},
		{header: "Source", width: 19},
		{header: "Outlet", width: 18},
		{header: "Quote", width: 80, wrap: true},
		{header: "Also in notes", width: 12, wrap: true},
	}
	t, err := wb.newTableSheet(SheetTimeline, "TimelineTable", cols, 1, true)
	if err != nil {
		return err
	}
	if err := t.writeHeader(); err != nil {
		return err
	}
	t.reserveLinks(len(wb.b.Events)) // one a row
	row := make([]rowCell, 0, len(t.cols))
	for _, e := range wb.b.Events {
		c := firstCitation(e.Citations)
		note, source, outlet := wb.citedCells(t, 8, c.Source)
		row = append(row[:0],
			wb.text(e.ID),
			wb.date(e.Date, e.Precision),
			wb.text(string(e.Precision)),
			wb.text(string(e.Type)),
			wb.wrapped(e.Summary),
			wb.wrapped(strings.Join(e.Actors, ", ")),
			wb.wrapped(wb.eventFigures(e)),
			note, source, outlet,
			wb.wrapped(c.Quote),
			wb.wrapped(wb.notes(e.Citations)),
		)
		if err := t.addRow(wb.withReview(row, e.Review)); err != nil {
			return err
		}
	}
	return t.close()
}

// eventFigures lists the figures reported for an event, each with who
// reported it: "46 killed (Taliban spokesman)".
func (wb *workbook) eventFigures(e report.Event) string {
	if len(e.Figures) == 0 {
		return ""
	}
	if wb.figureByID == nil {
		wb.figureByID = make(map[string]*report.Figure, len(wb.b.Figures))
		ids := keyArena(len(wb.b.Figures), func(i int) string { return wb.b.Figures[i].ID })
		for i := range wb.b.Figures {
			if _, dup := wb.figureByID[ids[i]]; !dup {
				wb.figureByID[ids[i]] = &wb.b.Figures[i]
			}
		}
	}
	var out []string
	for _, id := range e.Figures {
		if f, ok := wb.figureByID[id]; ok {
			out = append(out, report.FigureLine(*f))
		}
	}
	return strings.Join(out, "; ")
}
