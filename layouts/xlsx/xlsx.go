// Package xlsx renders a brief as an Excel workbook for analysts.
package xlsx

import (
	"io"

	"brief/report"
)

// Write renders b as an .xlsx workbook to w.
func Write(w io.Writer, b *report.Brief) error {
	return nil
}
