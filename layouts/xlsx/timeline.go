package xlsx

import "strings"

// writeTimeline writes the Timeline sheet: one row per event.
func (wb *workbook) writeTimeline() error {
	cols := []column{
		{header: headerID, width: 14},
		{header: "Date", width: 13},
		{header: "Precision", width: 10},
		{header: "Summary", width: 48, wrap: true},
		{header: "Actors", width: 22, wrap: true},
		{header: "Source", width: 11},
		{header: "Outlet", width: 18},
		{header: "Quote", width: 80, wrap: true},
		{header: "Also cited in", width: 14, wrap: true},
	}
	t, err := wb.newTableSheet(SheetTimeline, "TimelineTable", cols, 1, true)
	if err != nil {
		return err
	}
	if err := t.writeHeader(); err != nil {
		return err
	}
	for _, e := range wb.b.Events {
		c := firstCitation(e.Citations)
		row := []any{
			wb.text(e.ID),
			wb.date(e.Date, e.Precision),
			wb.text(e.Precision),
			wb.wrapped(e.Summary),
			wb.wrapped(strings.Join(e.Actors, ", ")),
			wb.sourceCell(t, 5, c.Source),
			wb.text(wb.outlet[c.Source]),
			wb.wrapped(c.Quote),
			wb.wrapped(otherSources(e.Citations)),
		}
		if err := t.addRow(append(row, wb.reviewCells(e.Review)...)); err != nil {
			return err
		}
	}
	return t.close()
}
