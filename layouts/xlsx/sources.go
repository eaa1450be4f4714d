package xlsx

import (
	"brief/report"
	"fmt"

	"github.com/xuri/excelize/v2"
)

// maxURLChars is the longest address Excel accepts in a hyperlink.
const maxURLChars = 2079

// writeSources writes the Sources sheet: one row per source, in the
// model's order, so that a source's row is its index plus two.
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
	external := 0
	var links []link
	for _, s := range wb.b.Sources {
		address := wb.text(s.URL)
		switch {
		case !report.WebAddress(s.URL) || len(s.URL) > maxURLChars:
		case external == maxLinks:
			wb.linksDropped[SheetSources]++
		default:
			// A link to an address needs a relationship each;
			// excelize's SetCellHyperLink makes one in time linear in
			// those made before, so one placeholder stands for them
			// all and orderedZip writes them (see externalMarker).
			external++
			address = textOf(wb.st.link, cellText(s.URL))
			links = append(links, link{col: 7, row: t.next(), location: s.URL})
		}
		var note rowCell
		if wb.sourceRow[s.ID] == t.next() {
			note = intOf(wb.st.integer, wb.note[s.ID])
		}
		row := []rowCell{
			note,
			wb.text(s.ID),
			wb.text(wb.outlet[s.ID]),
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
	if len(links) > 0 {
		marker := externalMarker(len(wb.external))
		wb.external = append(wb.external, links)
		err := wb.f.SetCellHyperLink(SheetSources, links[0].ref(), marker, "External", excelize.HyperlinkOpts{Tooltip: &marker})
		if err != nil {
			return fmt.Errorf("sheet %s: links: %w", SheetSources, err)
		}
	}
	return t.close()
}
