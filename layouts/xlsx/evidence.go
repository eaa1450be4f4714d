package xlsx

import "brief/report"

// factCitations is one fact as the Evidence sheet lists it.
type factCitations struct {
	id        string
	kind      report.FactKind
	fact      string
	citations []report.Citation
}

// citations lists every fact's citations: stances, events, then figures,
// as the sheets come.
func (wb *workbook) citations() []factCitations {
	b := wb.b
	out := make([]factCitations, 0, len(b.Stances)+len(b.Events)+len(b.Figures))
	for _, s := range b.Stances {
		out = append(out, factCitations{s.ID, report.StanceFact, s.Actor + ": " + wb.positionWord(s.Issue, s.Position) + " — " + wb.issueLabel(s.Issue), s.Citations})
	}
	for _, e := range b.Events {
		out = append(out, factCitations{e.ID, report.EventFact, e.Summary, e.Citations})
	}
	for _, f := range b.Figures {
		out = append(out, factCitations{f.ID, report.FigureFact, f.Text, f.Citations})
	}
	return out
}

// writeEvidence writes the Evidence sheet: one row per citation of every
// fact, so that each quote can be checked against its source.
func (wb *workbook) writeEvidence() error {
	cols := []column{
		{header: "Fact ID", width: 14},
		{header: "Kind", width: 8},
		{header: "Fact", width: 40, wrap: true},
		{header: "Note", width: 6},
		{header: "Source", width: 19},
		{header: "Outlet", width: 18},
		{header: "Published", width: 13},
		{header: "Precision", width: 10},
		{header: "Quote", width: 90, wrap: true},
	}
	t, err := wb.newTableSheet(SheetEvidence, "EvidenceTable", cols, 1, false)
	if err != nil {
		return err
	}
	if err := t.writeHeader(); err != nil {
		return err
	}
	// A source's cells are the same on every row that cites it: made
	// once each (the rows far outnumber the sources).
	cellsOf := func(info *sourceInfo) *sourceCells {
		if info.evidence == nil {
			info.evidence = &sourceCells{outlet: wb.text(info.outlet),
				date: wb.date(info.published, ""), precision: wb.precision(info.published, "")}
		}
		return info.evidence
	}
	facts := wb.citations()
	rows := 0
	for _, fc := range facts {
		rows += len(fc.citations)
	}
	t.reserveLinks(rows)              // one a row
	row := make([]rowCell, len(cols)) // written out by addRow before the next row
	for _, fc := range facts {
		id, kind, fact := wb.text(fc.id), wb.text(string(fc.kind)), wb.wrapped(fc.fact)
		for _, c := range fc.citations {
			row[0], row[1], row[2] = id, kind, fact
			if info := wb.sources[c.Source]; info != nil {
				sc := cellsOf(info)
				row[3] = info.note
				row[4] = wb.sourceCellOf(t, 4, info)
				row[5], row[6], row[7] = sc.outlet, sc.date, sc.precision
			} else {
				row[3], row[4], row[5], row[6], row[7] = rowCell{}, wb.text(c.Source), wb.text(""), rowCell{}, rowCell{}
			}
			row[8] = wb.wrapped(c.Quote)
			if err := t.addRow(row); err != nil {
				return err
			}
		}
	}
	return t.close()
}
