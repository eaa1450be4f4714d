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
	texts := map[string][]string{}
	for _, s := range b.Sources {
		texts[s.ID] = append(texts[s.ID], s.Title)
	}
	add := func(cs []report.Citation) {
		for _, c := range cs {
			texts[c.Source] = append(texts[c.Source], c.Quote)
		}
	}
	for _, f := range b.Figures {
		add(f.Citations)
	}
	for _, e := range b.Events {
		add(e.Citations)
	}
	for _, s := range b.Stances {
		add(s.Citations)
	}
	var out []string
	for _, s := range b.Sources {
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
