package xlsx

// writeRejected writes the Rejected sheet: the facts an analyst rejected
// in an earlier review, with the decision filled in. They are not part of
// the brief, but keeping them here means the next review still holds the
// decision; set Review to accept to bring a fact back.
func (wb *workbook) writeRejected() error {
	cols := []column{
		{header: headerID, width: 14},
		{header: "Kind", width: 9},
		{header: "Fact", width: 48, wrap: true},
		{header: "Note", width: 6},
		{header: "Source", width: 19},
		{header: "Outlet", width: 18},
		{header: "Quote", width: 80, wrap: true},
	}
	t, err := wb.newTableSheet(SheetRejected, "RejectedTable", cols, 1, true)
	if err != nil {
		return err
	}
	if err := t.writeHeader(); err != nil {
		return err
	}
	row := make([]rowCell, 0, len(t.cols))
	for _, r := range wb.b.Rejected {
		c := firstCitation(r.Citations)
		note, source, outlet := wb.citedCells(t, 4, c.Source)
		row = append(row[:0],
			wb.text(r.ID),
			wb.text(string(r.Kind)),
			wb.wrapped(r.Fact),
			note, source, outlet,
			wb.wrapped(c.Quote),
		)
		if err := t.addRow(wb.withReview(row, r.Review)); err != nil {
			return err
		}
	}
	return t.close()
}
