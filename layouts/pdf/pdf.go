// Package pdf renders a brief as a PDF document for readers.
package pdf

import (
	"io"

	"brief/report"
)

// Write renders b as a PDF to w.
func Write(w io.Writer, b *report.Brief) error {
	return nil
}
