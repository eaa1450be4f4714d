// Package htmldate stands in for github.com/markusmobius/go-htmldate in
// brief's build (see the replace directive in brief's go.mod). It has the
// API go-trafilatura uses and finds no date.
//
// brief reads saved pages with go-trafilatura and its date search off
// (report/corpus/html.go: HtmlDateMode Disabled): a page's date comes from
// brief's own ladder (JSON-LD, <meta>, <time>, the address). The real
// package is never called, but linking it runs go-dateparser's
// initialisation of its locale data in every brief process: about 130 ms
// of CPU and 80 MB allocated (45 MB kept) before main starts, a third of
// the time of `brief render` and of the memory of `brief version`.
// Without the replace directive the real package is used and nothing
// else changes.
package htmldate

import (
	"errors"
	"time"

	"golang.org/x/net/html"
)

// Options are go-htmldate's options; this package ignores them.
type Options struct {
	ExtractTime         bool
	UseOriginalDate     bool
	URL                 string
	MinDate             time.Time
	MaxDate             time.Time
	EnableLog           bool
	SkipExtensiveSearch bool
	DeferUrlExtractor   bool
}

// Result is a date found in a page.
type Result struct {
	DateTime    time.Time
	HasTime     bool
	HasTimezone bool
	SrcString   string
}

// IsZero reports whether the result is empty.
func (r Result) IsZero() bool { return r.DateTime.IsZero() }

// ErrNotBuilt is what FromDocument returns.
var ErrNotBuilt = errors.New("htmldate: date search is not built into brief")

// FromDocument finds no date: it returns ErrNotBuilt.
func FromDocument(doc *html.Node, opts Options) (Result, error) {
	return Result{}, ErrNotBuilt
}
