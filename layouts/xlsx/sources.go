package xlsx

import "brief/report"

// maxURLChars is the longest address Excel accepts in a hyperlink.
const maxURLChars = 2079

// writeSources writes the Sources sheet: one row per source, in the
// model's order, so that a source's row is its index plus two (on the
// first sheet: see placeOf).
func (wb *workbook) writeSources() error {
	cols := []column{
		{header: "Note", width: 6},
		{header: headerID, width: 19},
		{header: "Outlet", width: 20},
		{header: "Title", width: 60, wrap: true},
		{header: "Published", width: 13},
		{header: "Precision", width: 10},
		{header: "Address", width: 40},
		{header: "Reliability", width: 11},
		{header: "Syndicated from", width: 15},
		{header: "Citations", width: 10},
		{header: "File", width: 30},
	}
	cites := map[string]int{}
	for _, cs := range wb.citations() {
		for _, c := range cs.citations {
			cites[c.Source]++
		}
	}
	t, err := wb.newTableSheet(SheetSources, "SourcesTable", cols, 1, false)
	if err != nil {
		return err
	}
	if err := t.writeHeader(); err != nil {
		return err
	}
	for i, s := range wb.b.Sources {
		address := wb.text(s.URL)
		if report.WebAddress(s.URL) && len(s.URL) <= maxURLChars && t.linkOut(6, s.URL) {
			address = textOf(wb.st.link, cellText(s.URL))
		}
		info := wb.sources[s.ID]
		var note rowCell
		if info.index == i {
			note = info.note
		}
		row := []rowCell{
			note,
			wb.text(s.ID),
			wb.text(info.outlet),
			wb.wrapped(s.Title),
			wb.date(s.Published, ""),
			wb.precision(s.Published, ""),
			address,
			wb.text(s.Reliability),
			wb.text(s.SyndicatedFrom),
			intOf(wb.st.integer, cites[s.ID]),
			wb.text(s.Path),
		}
		if err := t.addRow(row); err != nil {
			return err
		}
	}
	return t.close()
}
