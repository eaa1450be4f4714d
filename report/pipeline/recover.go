package pipeline

import (
	"fmt"

	"brief/report/corpus"
)

// The functions that read and extract one article. They are variables
// only so that tests can make them panic.
var (
	parseArticle   = corpus.Parse
	extractArticle = extractOne
)

// internalError is the Problem that a panic while handling one article
// becomes: the article is skipped and the run goes on.
func internalError(file, doing string, r any) corpus.Problem {
	return corpus.Problem{
		File:    file,
		Msg:     fmt.Sprintf("internal error while %s: %v; article skipped, please report it", doing, r),
		Skipped: true,
	}
}
