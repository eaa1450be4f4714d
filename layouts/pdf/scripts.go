package pdf

import (
	"fmt"
	"strings"

	"brief/report"
)

// ScriptWarnings names, for each source, the scripts of its title and of
// the quotes the brief cites from it that the PDF cannot draw (they
// print as "[Han script]"), so that the analyst knows which article to
// read in the original.
func ScriptWarnings(b *report.Brief) []string {
	// Only text beyond ASCII can be in a script the PDF cannot draw
	// (MissingScripts looks at nothing below U+0370), so only the sources
	// with such a title or quote have their texts gathered: on a desk of
	// ASCII articles, none.
	marked := map[string]bool{}
	for _, s := range b.Sources {
		if !isASCII(s.Title) {
			marked[s.ID] = true
		}
	}
	eachCitation(b, func(c report.Citation) {
		if !isASCII(c.Quote) {
			marked[c.Source] = true
		}
	})
	if len(marked) == 0 {
		return nil
	}
	texts := map[string][]string{}
	for _, s := range b.Sources {
		if marked[s.ID] {
			texts[s.ID] = append(texts[s.ID], s.Title)
		}
	}
	eachCitation(b, func(c report.Citation) {
		if marked[c.Source] {
			texts[c.Source] = append(texts[c.Source], c.Quote)
		}
	})
	var out []string
	for _, s := range b.Sources {
		if !marked[s.ID] {
			continue
		}
		if scripts := MissingScripts(strings.Join(texts[s.ID], " ")); len(scripts) > 0 {
			where := s.Path
			if where == "" {
				where = s.ID
			}
			out = append(out, fmt.Sprintf("%s: the PDF cannot draw its %s script; it prints as a placeholder (the workbook and the JSON keep the text)",
				where, strings.Join(scripts, " and ")))
		}
	}
	return out
}

// eachCitation calls f with each citation of b's figures, events and
// stances, in that order.
func eachCitation(b *report.Brief, f func(report.Citation)) {
	for _, x := range b.Figures {
		for _, c := range x.Citations {
			f(c)
		}
	}
	for _, x := range b.Events {
		for _, c := range x.Citations {
			f(c)
		}
	}
	for _, x := range b.Stances {
		for _, c := range x.Citations {
			f(c)
		}
	}
}

// isASCII reports whether s is ASCII throughout.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
