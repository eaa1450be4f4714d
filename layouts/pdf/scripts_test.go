package pdf

import (
	"strings"
	"testing"

	"brief/report"
)

// TestScriptWarnings: a source whose title or cited quotes hold a script
// the PDF cannot draw is named with the script; one it can draw is not.
func TestScriptWarnings(t *testing.T) {
	b := &report.Brief{
		Sources: []report.Source{
			{ID: "s1", Path: "sources/beijing.md", Title: "北京 calls for talks"},
			{ID: "s2", Path: "sources/urdu.md", Title: "پاکستان اور افغانستان"},
			{ID: "s3", Path: "sources/hindi.md", Title: "Plain title"},
		},
		Stances: []report.Stance{{ID: "t1", Citations: []report.Citation{{Source: "s3", Quote: "मंत्री ने कहा"}}}},
	}
	got := ScriptWarnings(b)
	if len(got) != 2 || !strings.HasPrefix(got[0], "sources/beijing.md: the PDF cannot draw its Han script") ||
		!strings.HasPrefix(got[1], "sources/hindi.md: the PDF cannot draw its Devanagari script") {
		t.Errorf("warnings %q", got)
	}
}
