package xlsx

import (
	"fmt"
	"strings"

	"brief/report"

	"github.com/xuri/excelize/v2"
)

// reviewHelp is the About sheet's "How to review".
var reviewHelp = []string{
	"On the Stances, Timeline and Figures sheets, pick accept, reject or correct in the Review column of a fact's row.",
	"For correct, write the new value in the Correction column:",
	"  Figures: a number or a range, with a qualifier if any: 12000, 8000-12000, about 8000, more than 1.5 million. Other fields as key=value after a semicolon: about 8000; what=killed; who=soldiers; period=in 2022; credited_to=ISPR.",
	"  Stances: a position: " + report.Join(report.Positions, ", ") + ". Or actor=…, issue=… (an issue id).",
	"  Timeline: a date, YYYY, YYYY-MM or YYYY-MM-DD. Or summary=…, precision=week, actors=Pakistan, TTP.",
	"Save the workbook and run: brief build --review FILE.xlsx. Rejected facts leave the brief; corrections replace the extracted values; both are kept when the articles are extracted again, because a fact's ID does not change.",
	"A rejected fact leaves the brief but stays on the Rejected sheet with its decision, so reviewing the next workbook keeps it out; choose accept there to bring it back.",
	"On the Leads sheet (passages where an actor and an issue meet but no position was read), write the position the passage gives in the Position column: the lead becomes a stance in the next build, marked as set in review, and stays one in later reviews. Choose reject to drop a lead.",
	"The Suggested column beside it is a statistical model's guess at the lead's position and how likely the passage is to hold it (support · 0.62: 62%). On US government texts the model had not seen, about one lead in five held a position, and more than half of the leads at 0.3 or above did; the position guessed was right for three in five of them, no more often than support would be. It is never written into Position: read the passage and decide.",
	"A correction typed without a Review choice counts as correct. Deleting a row does not reject its fact: choose reject. Sorting, filtering and adding columns do no harm. A decision about a fact that is no longer in the brief is reported and ignored.",
}

// modelReadHelp is the About sheet's line on stances the stance model
// read, written when the brief has one.
const modelReadHelp = "A stance whose Read by column on the Stances sheet says model was read by the stance model (stance_model in the configuration) where no rule read a position: it is wrong more often than the rules' stances, so check its quote first."

// writeAbout writes the About sheet: what the brief is, what it counts,
// its key points and how to review it. It is short, so it is written
// cell by cell rather than streamed.
func (wb *workbook) writeAbout() error {
	b, st := wb.b, wb.st
	if err := wb.setPrint(SheetAbout, 0); err != nil {
		return err
	}
	a := &aboutSheet{wb: wb}
	a.put(st.title, cmpOr(b.Meta.Title, report.DefaultTitle))
	if b.Meta.Marking != "" {
		a.put(st.marking, b.Meta.Marking)
	}
	a.skip()
	a.pair("Organisation", b.Meta.Organisation)
	a.pair("Period", report.DescribePeriod(b.Meta.Period))
	a.pair("Configuration", cmpOr(b.Meta.Config, "(none)"))
	if t := generatedTime(b.Meta.Generated); !t.IsZero() {
		a.put(st.bold, "Generated", excelize.Cell{StyleID: st.datetime, Value: t})
	} else {
		a.pair("Generated", b.Meta.Generated)
	}
	for i, s := range b.Sections {
		label := ""
		if i == 0 {
			label = "Sections"
		}
		a.pair(label, fmt.Sprintf("%d. %s (%s)", i+1, s.Title, s.Kind))
	}
	a.skip()
	a.put(st.bold, "Counts")
	citations := 0
	for _, fc := range wb.citations() {
		citations += len(fc.citations)
	}
	conflicts := 0
	for _, g := range b.FigureGroups {
		if g.Conflict {
			conflicts++
		}
	}
	for _, c := range []struct {
		label string
		n     int
	}{
		{"Sources", len(b.Sources)}, {"Stances", len(b.Stances)}, {"Events", len(b.Events)},
		{"Figures", len(b.Figures)}, {"Citations (Evidence rows)", citations},
		{"Matrix cells", len(b.Matrix)}, {"Figure groups", len(b.FigureGroups)},
		{"Figure groups in conflict", conflicts},
	} {
		a.put(st.plain, c.label, c.n)
	}
	if b.Meta.Assessment != "" {
		a.skip()
		a.put(st.bold, "Analyst's assessment")
		a.pair("", "The analyst's own judgement, written by hand; not extracted from the sources.")
		for _, para := range strings.Split(b.Meta.Assessment, "\n\n") {
			a.pair("", strings.Join(strings.Fields(para), " "))
		}
	}
	if len(b.KeyPoints) > 0 {
		a.skip()
		a.put(st.bold, "Key points")
		for _, p := range b.KeyPoints {
			a.pair("•", p)
		}
	}
	a.skip()
	a.put(st.bold, "How to review")
	for _, line := range reviewHelp {
		a.pair("", line)
	}
	if wb.modelRead() {
		a.pair("", modelReadHelp)
	}
	var continued []string // the tables that continue on further sheets
	for _, base := range []string{SheetStances, SheetLeads, SheetTimeline, SheetFigures, SheetSources, SheetRejected, SheetEvidence} {
		switch n := wb.parts[base]; {
		case n == 2:
			continued = append(continued, fmt.Sprintf("%s: the table continues on the sheet %s: Excel allows %d rows on a sheet.",
				base, partName(base, 1), maxSheetRows))
		case n > 2:
			continued = append(continued, fmt.Sprintf("%s: the table continues on the sheets %s to %s: Excel allows %d rows on a sheet.",
				base, partName(base, 1), partName(base, n-1), maxSheetRows))
		}
	}
	if len(wb.linksDropped) > 0 || len(continued) > 0 {
		a.skip()
		a.put(st.bold, "Notes")
		for _, line := range continued {
			a.pair("", line)
		}
		for _, base := range []string{SheetStances, SheetTimeline, SheetFigures, SheetSources, SheetEvidence} {
			for part := range max(wb.parts[base], 1) {
				sheet := partName(base, part)
				if n := wb.linksDropped[sheet]; n > 0 {
					a.pair("", fmt.Sprintf("%s: the last %d links were left out: Excel allows %d links on a sheet.", sheet, n, maxLinks))
				}
			}
		}
	}
	if a.err == nil {
		a.err = wb.f.SetColWidth(SheetAbout, "A", "A", 26)
	}
	if a.err == nil {
		a.err = wb.f.SetColWidth(SheetAbout, "B", "B", aboutTextWidth)
	}
	if a.err != nil {
		return fmt.Errorf("sheet %s: %w", SheetAbout, a.err)
	}
	return nil
}

// aboutSheet writes the About sheet row by row; the first error stops it.
type aboutSheet struct {
	wb  *workbook
	row int
	err error
}

func (a *aboutSheet) skip() { a.row++ }

// pair writes a bold label and a wrapped text, in a row tall enough for
// the text: spreadsheet programs do not all fit a row to wrapped text.
func (a *aboutSheet) pair(label, text string) {
	a.put(a.wb.st.bold, label, excelize.Cell{StyleID: a.wb.st.wrap, Value: text})
	if lines := wrappedLines(text, aboutTextWidth); lines > 1 && a.err == nil {
		a.err = a.wb.f.SetRowHeight(SheetAbout, a.row, float64(lines)*aboutLineHeight)
	}
}

// The About sheet's text column: its width in characters, and the height
// of a line of its text in points.
const (
	aboutTextWidth  = 110
	aboutLineHeight = 15
)

// wrappedLines estimates how many lines text takes in a column of width
// characters, breaking at spaces.
func wrappedLines(text string, width int) int {
	lines := 0
	for _, para := range strings.Split(text, "\n") {
		lines++
		n := 0
		for _, word := range strings.Fields(para) {
			w := len([]rune(word))
			if n > 0 && n+1+w > width {
				lines++
				n = 0
			}
			if n > 0 {
				n++
			}
			n += w
		}
	}
	return lines
}

// put writes a row: the first value in style, later values as cells that
// carry their own style (or plain). Strings are always text cells.
func (a *aboutSheet) put(style int, values ...any) {
	a.row++
	for i, v := range values {
		if a.err != nil {
			return
		}
		s := a.wb.st.plain
		if i == 0 {
			s = style
		}
		if c, ok := v.(excelize.Cell); ok {
			v, s = c.Value, c.StyleID
		}
		cell, _ := excelize.CoordinatesToCellName(i+1, a.row)
		if text, ok := v.(string); ok {
			a.err = a.wb.f.SetCellStr(SheetAbout, cell, cellText(text))
		} else {
			a.err = a.wb.f.SetCellValue(SheetAbout, cell, v)
		}
		if a.err == nil {
			a.err = a.wb.f.SetCellStyle(SheetAbout, cell, cell, s)
		}
	}
}
