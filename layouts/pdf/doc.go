// Package pdf renders a brief as a PDF document for readers: key points
// first, a stance matrix, a timeline, a table of reported figures and
// numbered endnotes, each endnote number in the text linking to its entry.
//
// The renderer draws what the model says and computes no facts of its
// own. Its output is deterministic: the same model gives the same bytes.
// Fonts (Liberation Sans and Serif) are embedded from Go modules, so a
// machine with only Go can render a brief; text the fonts cannot draw,
// such as emoji or Arabic script, is replaced by a legible placeholder.
package pdf
