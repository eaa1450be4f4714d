package xlsx

import (
	"strconv"

	"brief/report"

	"github.com/xuri/excelize/v2"
)

// rowDecision is a decision as a fact sheet's row gives it, with the
// cells it came from, before their formulas and number formats are
// looked at.
type rowDecision struct {
	id                         string
	review                     report.Review
	reviewCell, correctionCell string // "N14"; "" for a column the sheet lacks
}

// checkCells looks at the cells the decisions of one sheet came from,
// which the row reader sees only as values:
//
//   - A Review or Correction cell that holds a formula gives
//     report.DecisionFormula, with the formula as the correction: brief
//     does not evaluate it, and ApplyReview reports it.
//   - A Correction cell that Excel stored as a date (a number shown in a
//     date format: the analyst typed 2023-06-05 into a cell not formatted
//     as Text) reads as the date it shows, at the precision its format
//     shows (report.ExcelDate), rather than as the serial number.
//
// It reads the sheet whole, so it is called only for a sheet that fits
// in memory (see checkParts).
func checkCells(f *excelize.File, sheet string, ds []rowDecision) {
	date1904 := false
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		date1904 = *props.Date1904
	}
	for i := range ds {
		d := &ds[i]
		for _, c := range []string{d.reviewCell, d.correctionCell} {
			if c == "" {
				continue
			}
			if formula, err := f.GetCellFormula(sheet, c); err == nil && formula != "" {
				d.review = report.Review{Decision: report.DecisionFormula, Correction: "=" + formula, Where: sheetRef(sheet) + "!" + c}
				break
			}
		}
		if d.review.Decision == report.DecisionFormula || d.correctionCell == "" {
			continue
		}
		if date, ok := cellDate(f, sheet, d.correctionCell, d.review.Correction, date1904); ok {
			d.review.Correction = date
		}
	}
}

// cellDate reads a cell whose raw value is a number as the date it shows,
// when its number format is a date format.
func cellDate(f *excelize.File, sheet, cell, raw string, date1904 bool) (string, bool) {
	serial, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		return "", false
	}
	styleID, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		return "", false
	}
	style, err := f.GetStyle(styleID)
	if err != nil || style == nil {
		return "", false
	}
	format := report.ExcelBuiltinDateFormat(style.NumFmt)
	if style.CustomNumFmt != nil {
		format = *style.CustomNumFmt
	}
	return report.ExcelDate(serial, format, date1904)
}
