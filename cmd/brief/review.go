package main

import (
	"fmt"
	"os"

	"brief/layouts/xlsx"
	"brief/report"
)

// applyReview applies the decisions of an analyst's reviewed workbook at
// path to b, and returns ApplyReview's warnings (decisions about facts no
// longer in the brief, corrections that do not parse). A file that cannot
// be read as a review workbook is an error.
func applyReview(b *report.Brief, path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--review: %w", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("--review: %w", err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("--review %s: not a regular file", path)
	}
	decisions, err := xlsx.ReadReview(f, info.Size())
	if err != nil {
		return nil, fmt.Errorf("--review %s: %w", path, err)
	}
	return report.ApplyReview(b, decisions), nil
}
