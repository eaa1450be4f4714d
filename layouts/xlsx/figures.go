package xlsx

// writeFigures writes the Figures sheet: one row per reported figure, with
// its group (figures that count the same thing) and whether the group's
// figures conflict.
func (wb *workbook) writeFigures() error {
	cols := []column{
		{header: headerID, width: 14},
		{header: "Text", width: 30, wrap: true},
		{header: "Low", width: 12},
		{header: "High", width: 12},
		{header: "Qualifier", width: 11},
		{header: "Kind", width: 11},
		{header: "Currency", width: 9},
		{header: "Who", width: 18, wrap: true},
		{header: "Period", width: 16, wrap: true},
		{header: "Credited to", width: 22, wrap: true},
		{header: "Reported", width: 13},
		{header: "Precision", width: 10},
		{header: "Group", width: 8},
		{header: "Conflict", width: 9},
		{header: "Note", width: 6},
		{header: "Source", width: 19},
		{header: "Outlet", width: 18},
		{header: "Quote", width: 80, wrap: true},
		{header: "Also in notes", width: 12, wrap: true},
	}
	group := map[string]int{}
	conflict := map[string]bool{}
	for i, g := range wb.b.FigureGroups {
		for _, id := range g.Figures {
			group[id] = i + 1
			conflict[id] = g.Conflict
		}
	}
	t, err := wb.newTableSheet(SheetFigures, "FiguresTable", cols, 1, true)
	if err != nil {
		return err
	}
	if err := t.writeHeader(); err != nil {
		return err
	}
	t.reserveLinks(len(wb.b.Figures)) // one a row
	row := make([]rowCell, 0, len(t.cols))
	for _, f := range wb.b.Figures {
		c := firstCitation(f.Citations)
		var groupCell, conflictCell rowCell
		if n, ok := group[f.ID]; ok {
			groupCell = intOf(0, n)
			conflictCell = wb.text("no")
			if conflict[f.ID] {
				conflictCell = wb.text("yes")
			}
		}
		note, source, outlet := wb.citedCells(t, 15, c.Source)
		row = append(row[:0],
			wb.text(f.ID),
			wb.wrapped(f.Text),
			wb.number(f.Low),
			wb.number(f.High),
			wb.text(f.Qualifier),
			wb.text(string(f.What)),
			wb.text(f.Currency),
			wb.wrapped(f.Who),
			wb.wrapped(f.Period),
			wb.wrapped(f.AttributedTo),
			wb.date(f.Date, ""),
			wb.precision(f.Date, ""),
			groupCell,
			conflictCell,
			note, source, outlet,
			wb.wrapped(c.Quote),
			wb.wrapped(wb.notes(f.Citations)),
		)
		if err := t.addRow(wb.withReview(row, f.Review)); err != nil {
			return err
		}
	}
	return t.close()
}
