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
	"  Stances: a position: " + strings.Join(report.Positions, ", ") + ". Or actor=…, issue=… (an issue id).",
	"  Timeline: a date, YYYY, YYYY-MM or YYYY-MM-DD. Or summary=…, precision=week, actors=Pakistan, TTP.",
	"Save the workbook and run: brief build --review FILE.xlsx. Rejected facts leave the brief; corrections replace the extracted values; both are kept when the articles are extracted again, because a fact's ID does not change.",
	"A rejected fact is not in the next brief's workbook: keep the file with your decisions and pass it again with --review.",
	"A correction typed without a Review choice counts as correct. A decision about a fact that is no longer in the brief is reported and ignored.",
}

// writeAbout writes the About sheet: what the brief is, what it counts,
// its key points and how to review it.
func (wb *workbook) writeAbout() error {
	b, f, st := wb.b, wb.f, wb.st
	row := 0
	var err error
	put := func(style int, values ...any) {
		row++
		for i, v := range values {
			if err != nil || v == nil {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(i+1, row)
			if s, ok := v.(string); ok {
				err = f.SetCellStr(SheetAbout, cell, cellText(s))
			} else {
				err = f.SetCellValue(SheetAbout, cell, v)
			}
			if err == nil {
				s := style
				if i == 0 && style == st.wrap {
					s = st.bold
				}
				err = f.SetCellStyle(SheetAbout, cell, cell, s)
			}
		}
	}
	put(st.title, cmpOr(b.Meta.Title, "Brief"))
	if b.Meta.Marking != "" {
		put(st.marking, b.Meta.Marking)
	}
	row++
	put(st.wrap, "Organisation", b.Meta.Organisation)
	put(st.wrap, "Period", periodText(b.Meta.Period))
	put(st.wrap, "Configuration", cmpOr(b.Meta.Config, "(none)"))
	if t := generatedTime(b.Meta.Generated); !t.IsZero() {
		put(st.datetime, "Generated", t)
		err = errOr(err, f.SetCellStyle(SheetAbout, fmt.Sprintf("A%d", row), fmt.Sprintf("A%d", row), st.bold))
	} else {
		put(st.wrap, "Generated", b.Meta.Generated)
	}
	for i, s := range b.Sections {
		label := ""
		if i == 0 {
			label = "Sections"
		}
		put(st.wrap, label, fmt.Sprintf("%d. %s (%s)", i+1, s.Title, s.Kind))
	}
	row++
	put(st.bold, "Counts")
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
		put(st.plain, c.label, c.n)
	}
	if len(b.KeyPoints) > 0 {
		row++
		put(st.bold, "Key points")
		for _, p := range b.KeyPoints {
			put(st.wrap, "•", p)
		}
	}
	row++
	put(st.bold, "How to review")
	for _, line := range reviewHelp {
		put(st.wrap, "", line)
	}
	if len(wb.linksDropped) > 0 {
		row++
		put(st.bold, "Notes")
		for _, sheet := range []string{SheetStances, SheetTimeline, SheetFigures, SheetEvidence} {
			if n := wb.linksDropped[sheet]; n > 0 {
				put(st.wrap, "", fmt.Sprintf("%s: the last %d rows do not link to their source: Excel allows %d links on a sheet.", sheet, n, maxLinks))
			}
		}
	}
	if err != nil {
		return fmt.Errorf("sheet %s: %w", SheetAbout, err)
	}
	if err := f.SetColWidth(SheetAbout, "A", "A", 26); err != nil {
		return fmt.Errorf("sheet %s: %w", SheetAbout, err)
	}
	if err := f.SetColWidth(SheetAbout, "B", "B", 110); err != nil {
		return fmt.Errorf("sheet %s: %w", SheetAbout, err)
	}
	return nil
}

func errOr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// periodText describes the period: its label and its dates.
func periodText(p report.Period) string {
	dates := ""
	switch {
	case p.Start != "" && p.End != "":
		dates = report.FormatDate(p.Start, "day") + " – " + report.FormatDate(p.End, "day")
	case p.Start != "":
		dates = "from " + report.FormatDate(p.Start, "day")
	case p.End != "":
		dates = "until " + report.FormatDate(p.End, "day")
	}
	switch {
	case p.Label != "" && dates != "":
		return p.Label + " (" + dates + ")"
	case p.Label != "":
		return p.Label
	case dates != "":
		return dates
	}
	return "whole corpus"
}
