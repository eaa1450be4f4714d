// Package review applies an analyst's decisions, read back from a reviewed
// workbook, to a brief: accepted facts record the decision, rejected ones
// leave it, corrected ones take the correction; what assembly computed
// from the facts (matrix, figure groups, key points) is brought up to date.
// It imports the model, brief/report, and brief/report/assemble for what it
// re-derives; reading the workbook itself is brief/layouts/xlsx's.
package review
