// Package extract finds the facts an article reports: figures with whom they
// are credited to, dated events, and actors' stances on the configured
// issues, each with a verbatim quote.
//
// Extraction is a pure function of the article's text, its publication date
// and the configured domain, so results can be cached by content hash and
// computed in parallel.
package extract

import "brief/report"

// Domain is what extraction looks for: the configured actors and issues.
type Domain struct {
	Actors []report.Actor
	Issues []report.Issue
}

// Facts are what one article yields. Every fact carries exactly one
// citation, of the article it came from; merging across articles is done
// by report.Assemble.
type Facts struct {
	Figures []report.Figure
	Events  []report.Event
	Stances []report.Stance
	Timexes []report.Timex
}

// Extractor extracts facts for one domain. It is safe for concurrent use.
type Extractor struct {
	domain Domain
}

// New prepares an Extractor for a domain.
func New(d Domain) *Extractor {
	return &Extractor{domain: d}
}

// Extract reads one article. sourceID is written into every citation;
// published is the article's publication date (possibly only a month or a
// year, or zero when unknown) against which relative dates resolve.
func (x *Extractor) Extract(sourceID, text string, published report.Date) Facts {
	return Facts{}
}
