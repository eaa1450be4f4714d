package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// setPrint gives a sheet its print settings: landscape, fitted to the
// page's width (as many pages down as it needs), the rows up to
// titleRows repeated on every page, and the handling marking and title
// in the page header, the page number in the footer. It must run before
// the sheet's stream writer is made: the fit-to-page flag is written
// first.
func (wb *workbook) setPrint(sheet string, titleRows int) error {
	fit := true
	if err := wb.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return fmt.Errorf("sheet %s: print settings: %w", sheet, err)
	}
	landscape, one, tall := "landscape", 1, 0
	size := 9 // A4
	if strings.EqualFold(wb.b.Meta.PageSize, "letter") {
		size = 1
	}
	if err := wb.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: &size, Orientation: &landscape, FitToWidth: &one, FitToHeight: &tall,
	}); err != nil {
		return fmt.Errorf("sheet %s: print settings: %w", sheet, err)
	}
	header := "&C&\"-,Bold\"&K961E1E" + headerText(wb.b.Meta.Marking)
	footer := "&L&8" + headerText(wb.b.Meta.Title) + " · " + sheet + "&R&8Page &P of &N"
	if err := wb.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddHeader: header, OddFooter: footer}); err != nil {
		return fmt.Errorf("sheet %s: print settings: %w", sheet, err)
	}
	if titleRows > 0 {
		err := wb.f.SetDefinedName(&excelize.DefinedName{
			Name:     "_xlnm.Print_Titles",
			RefersTo: fmt.Sprintf("'%s'!$%d:$%d", sheet, titleRows, titleRows),
			Scope:    sheet,
		})
		if err != nil {
			return fmt.Errorf("sheet %s: print titles: %w", sheet, err)
		}
	}
	return nil
}

// headerText makes s safe in a page header or footer: an "&" starts a
// code there, so it is doubled, and the text is kept short (Excel allows
// 255 characters for the whole header).
func headerText(s string) string {
	s = cellText(s)
	if r := []rune(s); len(r) > 80 {
		s = string(r[:79]) + "…"
	}
	return strings.ReplaceAll(s, "&", "&&")
}
