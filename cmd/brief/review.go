package main

import (
	"fmt"

	"brief/report"
)

// applyReview applies an analyst's reviewed workbook to b.
// TODO(xlsx helper): read the workbook with layouts/xlsx.ReadReview and apply with report.ApplyReview.
func applyReview(b *report.Brief, path string) ([]string, error) {
	return nil, fmt.Errorf("--review %s: reading reviews is not built yet", path)
}
