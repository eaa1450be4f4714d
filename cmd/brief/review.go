package main

import (
	"errors"
	"fmt"
	"os"

	"brief/layouts/xlsx"
	"brief/report"
)

// checkReviewFile refuses, before any work is done, a --review path that
// cannot be opened or is not a regular file. Whether it is a review
// workbook is seen only when applyReview reads it.
func checkReviewFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return usageError{fmt.Sprintf("--review %s: %v; pass the reviewed workbook (.xlsx)", path, errors.Unwrap(err))}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return usageError{fmt.Sprintf("--review %s: %v", path, errors.Unwrap(err))}
	}
	if !info.Mode().IsRegular() {
		return usageError{fmt.Sprintf("--review %s: not a regular file; pass the reviewed workbook (.xlsx)", path)}
	}
	return nil
}

// readReview reads the decisions of an analyst's reviewed workbook at
// path, for the pipeline to apply (pipeline.Options.Review). A file that
// cannot be read as a review workbook is an error.
func readReview(path string) (map[string]report.Review, error) {
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
	return decisions, nil
}
