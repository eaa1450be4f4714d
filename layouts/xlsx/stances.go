package xlsx

import (
	"slices"
	"strconv"
	"strings"

	"brief/report"
)

// writeStances writes the Stances sheet: the stance matrix as a grid of
// coloured cells (each linked to the stance behind it), a legend, then the
// long form — one row per stance — as a table.
func (wb *workbook) writeStances() error {
	cols := []column{
		{header: headerID, width: 14},
		{header: "Actor", width: 16},
		{header: "Issue", width: 24, wrap: true},
		{header: "Position", width: 13, wrap: true},
		{header: "Date", width: 13},
		{header: "Precision", width: 10},
		{header: "Speaker", width: 20, wrap: true},
		{header: "Note", width: 6},
		{header: "Source", width: 19},
		{header: "Outlet", width: 18},
		{header: "Quote", width: 80, wrap: true},
		{header: "Also in notes", width: 12, wrap: true},
	}
	modelRead := wb.modelRead()
	if modelRead {
		cols = append(cols, column{header: headerReadBy, width: 10})
	}
	actors, issues := wb.matrixAxes()
	for i := 1; i <= len(issues) && i < len(cols); i++ {
		cols[i].width = max(cols[i].width, 16)
	}
	legend := wb.legendRows(issues)
	headerRow := stancesHeaderRow(len(actors), len(legend))
	t, err := wb.newTableSheet(SheetStances, "StancesTable", cols, headerRow, true)
	if err != nil {
		return err
	}
	stanceRow := map[string]string{} // stance id → its first row's first cell, "Stances!A9"
	for i, s := range wb.b.Stances {
		if _, dup := stanceRow[s.ID]; !dup {
			part, row := placeOf(headerRow, i)
			stanceRow[s.ID] = sheetRef(partName(SheetStances, part)) + "!A" + strconv.Itoa(row)
		}
	}
	if err := wb.writeGrid(t, actors, issues, stanceRow, legend); err != nil {
		return err
	}
	if err := t.writeHeader(); err != nil {
		return err
	}
	row := make([]rowCell, 0, len(t.cols))
	for _, s := range wb.b.Stances {
		c := firstCitation(s.Citations)
		note, source, outlet := wb.citedCells(t, 8, c.Source)
		row = append(row[:0],
			wb.text(s.ID),
			wb.text(s.Actor),
			wb.wrapped(wb.issueLabel(s.Issue)),
			textOf(wb.st.positionStyle(s.Position), cellText(wb.positionWord(s.Issue, s.Position))),
			wb.date(s.Date, s.Precision),
			wb.precision(s.Date, s.Precision),
			wb.wrapped(speaker(s)),
			note, source, outlet,
			wb.wrapped(c.Quote),
			wb.wrapped(wb.notes(s.Citations)),
		)
		if modelRead {
			row = append(row, wb.text(string(s.ReadBy)))
		}
		if err := t.addRow(wb.withReview(row, s.Review)); err != nil {
			return err
		}
	}
	return t.close()
}

// headerReadBy is the Stances table's column that says which stances
// the stance model read ("model"); it is there only when one did.
const headerReadBy = "Read by"

// modelRead reports whether the stance model read any of the brief's
// stances.
func (wb *workbook) modelRead() bool {
	return slices.ContainsFunc(wb.b.Stances, func(s report.Stance) bool { return s.ReadBy != "" })
}

// stancesHeaderRow is the row of the Stances table's header, below the
// matrix of actors rows and its legend of legend rows: title, issues,
// actors, legend, blank; or title, "no matrix", blank.
func stancesHeaderRow(actors, legend int) int {
	if actors == 0 {
		return 4
	}
	return 2 + actors + legend + 2
}

// stancesHeaderRow is the row of the Stances sheet's table header.
func (wb *workbook) stancesHeaderRow() int {
	actors, issues := wb.matrixAxes()
	return stancesHeaderRow(len(actors), len(wb.legendRows(issues)))
}

// writeGrid writes the matrix above the long form.
func (wb *workbook) writeGrid(t *tableSheet, actors, issues []string, stanceRow map[string]string, legend [][]rowCell) error {
	title := "Stance matrix: each actor's latest position on each issue"
	if end := wb.b.Meta.Period.End; end != "" {
		title += " as of " + report.FormatDate(end, report.Day)
	}
	if err := t.writeAbove(1, []rowCell{textOf(wb.st.bold, cellText(title))}); err != nil {
		return err
	}
	if len(actors) == 0 {
		return t.writeAbove(2, []rowCell{wb.text("The brief has no stance matrix.")})
	}
	width := func(col int) float64 { // of column col, 0-based
		if col < len(t.cols) {
			return t.cols[col].width
		}
		return 9 // Excel's default
	}
	header := []rowCell{textOf(wb.st.bold, "Actor \\ Issue")}
	lines := 1
	for j, id := range issues {
		label := wb.issueLabel(id)
		if wb.issue(id).Claim {
			label += " (claim)"
		}
		label = cellText(label)
		lines = max(lines, lineCount(label, width(j+1)))
		header = append(header, textOf(wb.st.heading, label))
	}
	if err := t.writeAbove(2, header, rowHeight(lines)); err != nil {
		return err
	}
	cells := map[[2]string]report.Cell{}
	for _, c := range wb.b.Matrix {
		cells[[2]string{c.Actor, c.Issue}] = c
	}
	for i, actor := range actors {
		row := []rowCell{textOf(wb.st.heading, cellText(actor))}
		lines := lineCount(actor, width(0))
		for j, issue := range issues {
			c, ok := cells[[2]string{actor, issue}]
			if !ok {
				row = append(row, rowCell{})
				continue
			}
			text := wb.cellLabel(c)
			lines = max(lines, lineCount(text, width(j+1)))
			row = append(row, textOf(wb.st.positionStyle(c.Position), cellText(text)))
			if len(c.Stances) > 0 {
				if place, ok := stanceRow[c.Stances[0]]; ok {
					t.linkCell(j+2, 3+i, place, cellText(wb.positionWord(c.Issue, c.Position)))
				}
			}
		}
		if err := t.writeAbove(3+i, row, rowHeight(lines)); err != nil {
			return err
		}
	}
	for i, row := range legend {
		if err := t.writeAbove(3+len(actors)+i, row); err != nil {
			return err
		}
	}
	return nil
}

// legendRows are the matrix's legend: the positions' colours with their
// words on a course of action, and, when a column is a claim, the words
// a claim's positions read as, so that no cell reads as backing a claim.
func (wb *workbook) legendRows(issues []string) [][]rowCell {
	claimIssue, claim, action := report.LegendKinds(wb.b.Issues, issues)
	var rows [][]rowCell
	row := func(label string, word func(p report.Position) string) {
		r := []rowCell{textOf(wb.st.bold, label)}
		for _, p := range report.Positions {
			r = append(r, textOf(wb.st.positionStyle(p), cellText(word(p))))
		}
		rows = append(rows, r)
	}
	if action || !claim {
		row("Legend", func(p report.Position) string { return string(p) })
	}
	if claim {
		row("Legend, (claim) columns", func(p report.Position) string { return report.PositionWord(claimIssue, p) })
	}
	return rows
}

// issue returns the issue with the id, or one with only the id.
func (wb *workbook) issue(id string) report.Issue {
	return report.IssueByID(wb.b.Issues, id)
}

// positionWord is how a position reads on an issue: report.Support on a
// claim reads "says so" (report.ClaimWording).
func (wb *workbook) positionWord(issue string, position report.Position) string {
	return report.PositionWord(wb.issue(issue), position)
}

// speaker names who made a statement: the speaker, marked when it is not
// the actor itself.
func speaker(s report.Stance) string {
	switch {
	case s.Speaker == "":
		return ""
	case s.SpeakerActor == s.Actor:
		return s.Speaker
	case s.SpeakerActor != "":
		return s.Speaker + " (" + s.SpeakerActor + ")"
	}
	return s.Speaker + " (not " + s.Actor + ")"
}

// cellLabel is the text of a matrix cell: the position, other positions
// stated the same day, whether it changed in the period, and its date.
func (wb *workbook) cellLabel(c report.Cell) string {
	lines := []string{wb.positionWord(c.Issue, c.Position)}
	if len(c.Conflicts) > 0 {
		var also []string
		for _, p := range slices.Compact(slices.Sorted(slices.Values(c.Conflicts))) {
			also = append(also, wb.positionWord(c.Issue, p))
		}
		lines = append(lines, "also: "+strings.Join(also, ", "))
	}
	if c.Changed {
		if c.Previous != "" {
			lines = append(lines, "changed, was "+wb.positionWord(c.Issue, c.Previous))
		} else {
			lines = append(lines, "new in period")
		}
	}
	if c.Date != "" {
		lines = append(lines, report.FormatDate(c.Date, ""))
	}
	// One line that wraps: LibreOffice drops the line breaks of a cell
	// that is a link.
	return strings.Join(lines, " · ")
}

// matrixAxes returns the actors and issues of the matrix's rows and
// columns: those the stances section names, in its order, then the
// configured ones, then any other the matrix has; each only if the matrix
// has a cell for it.
func (wb *workbook) matrixAxes() (actors, issues []string) {
	var section report.Section
	for _, s := range wb.b.Sections {
		if s.Kind == report.SectionStances {
			section = s
			break
		}
	}
	hasActor, hasIssue := map[string]bool{}, map[string]bool{}
	var matrixActors, matrixIssues []string
	for _, c := range wb.b.Matrix {
		if !hasActor[c.Actor] {
			hasActor[c.Actor] = true
			matrixActors = append(matrixActors, c.Actor)
		}
		if !hasIssue[c.Issue] {
			hasIssue[c.Issue] = true
			matrixIssues = append(matrixIssues, c.Issue)
		}
	}
	var configuredActors, configuredIssues []string
	for _, a := range wb.b.Actors {
		configuredActors = append(configuredActors, a.Name)
	}
	for _, i := range wb.b.Issues {
		configuredIssues = append(configuredIssues, i.ID)
	}
	actors = pick(hasActor, section.Actors, configuredActors, matrixActors)
	issues = pick(hasIssue, section.Issues, configuredIssues, matrixIssues)
	return actors, issues
}

// pick lists, in order and once each, the names of the lists that keep
// holds.
func pick(keep map[string]bool, lists ...[]string) []string {
	var out []string
	for _, list := range lists {
		for _, name := range list {
			if keep[name] && !slices.Contains(out, name) {
				out = append(out, name)
			}
		}
	}
	return out
}

// issueLabel returns an issue's label, or its id when it has none.
func (wb *workbook) issueLabel(id string) string {
	if label := wb.issueLabels[id]; label != "" {
		return label
	}
	return id
}
