package xlsx

import (
	"fmt"
	"strconv"

	"brief/report"
)

// leadsHeaderRow is the row of the Leads table's header, under two lines
// that say what the sheet is and what to do with it.
const leadsHeaderRow = 4

// writeLeads writes the Leads sheet: the passages where an actor and an
// issue meet but the extractor read no position (report.Lead), one a row,
// with the stance model's suggestion, a Position column in which an
// analyst writes the position the passage gives (it becomes a stance in
// the next build; never filled in for them) and the Review column (reject
// drops the lead from later briefs).
func (wb *workbook) writeLeads() error {
	cols := []column{
		{header: headerID, width: 14},
		{header: "Actor", width: 16},
		{header: "Issue", width: 22, wrap: true},
		{header: "Why not read", width: 34, wrap: true},
		{header: "Note", width: 6},
		{header: "Source", width: 19},
		{header: "Outlet", width: 18},
		{header: "Quote", width: 80, wrap: true},
		{header: headerSuggested, width: 16},
	}
	t, err := wb.newTableSheet(SheetLeads, "LeadsTable", cols, leadsHeaderRow, true)
	if err != nil {
		return err
	}
	intro := []string{
		"Passages where an actor and an issue meet but the extractor read no position. To read one, write its position in the Position column",
		"(" + report.Join(report.Positions, ", ") + ") and build again with --review: it becomes a stance, marked as set in review. Reject drops a lead. Suggested is a model's guess and its probability: check it against the passage.",
	}
	if n := wb.b.LeadsOmitted; n > 0 {
		were := "were"
		if n == 1 {
			were = "was"
		}
		intro[1] += fmt.Sprintf(" Listed: the %s most telling (at most %d of an actor on an issue); %s more %s left out.",
			thousands(len(wb.b.Leads)), report.MaxLeadsPerCell, thousands(n), were)
	}
	for i, line := range intro {
		if err := t.writeAbove(1+i, []rowCell{wb.text(line)}); err != nil {
			return err
		}
	}
	if err := t.writeHeader(); err != nil {
		return err
	}
	row := make([]rowCell, 0, len(t.cols))
	for _, l := range wb.b.Leads {
		note, source, outlet := wb.citedCells(t, 5, l.Citation.Source)
		why := l.Reason.Text()
		if l.Detail != "" {
			why += " (" + l.Detail + ")"
		}
		var suggested, position, review rowCell
		if l.Suggested != "" {
			suggested = wb.text(suggestion(l))
		}
		if l.Review != nil {
			position = textOf(wb.st.correction, cellText(l.Review.Correction))
			review = wb.text(string(l.Review.Decision))
		}
		row = append(row[:0],
			wb.text(l.ID),
			wb.text(l.Actor),
			wb.wrapped(wb.issueLabel(l.Issue)),
			wb.wrapped(why),
			note, source, outlet,
			wb.wrapped(l.Citation.Quote),
			suggested, position, review,
		)
		if err := t.addRow(row); err != nil {
			return err
		}
	}
	return t.close()
}

// headerSuggested is the Leads sheet's column of the stance model's
// suggestion, before Position.
const headerSuggested = "Suggested"

// suggestion writes a lead's suggestion as the Suggested column shows it:
// "support · 0.62".
func suggestion(l report.Lead) string {
	return string(l.Suggested) + " · " + strconv.FormatFloat(l.Confidence, 'f', 2, 64)
}

// thousands writes n with commas between its thousands: 4,771.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
