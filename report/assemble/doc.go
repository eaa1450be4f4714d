// Package assemble turns the facts extracted from many articles into one
// brief for a period: it merges facts that several articles report into
// one fact with a citation per article, marks syndicated copies, builds
// the stance matrix as of the period's end, groups figures that count the
// same thing, writes the key points, and completes a model read from JSON
// (Derive). It imports the model, brief/report, and nothing else of the
// module.
package assemble
