package suggest

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Write prints a result for people: the issue terms, then the actors,
// each with its evidence and one example. An asterisk marks what Apply
// would write.
func Write(w io.Writer, res *Result) error {
	fmt.Fprintf(w, "%s, %s; %s with a party and a cue that governs no issue term.\n",
		plural(res.Articles, "article"), plural(res.Sentences, "sentence"), plural(res.Gaps, "sentence"))
	if res.Copies > 0 {
		fmt.Fprintf(w, "%s left out as copies of an earlier one (a copy is no second piece of evidence).\n", plural(res.Copies, "article"))
	}
	fmt.Fprintln(w, "Ranked by the articles that show each; * marks what --toml and --write add.")
	fmt.Fprintln(w)
	writeSection(w, "Issue terms (phrases a cue governs where no configured term was found):", res.Terms)
	fmt.Fprintln(w)
	writeSection(w, "Actors (names standing where a party speaks or acts):", res.Actors)
	_, err := fmt.Fprintln(w)
	return err
}

// writeSection prints a title and its suggestions, or "none".
func writeSection(w io.Writer, title string, list []Suggestion) {
	fmt.Fprintln(w, title)
	if len(list) == 0 {
		fmt.Fprintln(w, "  none")
	}
	for _, s := range list {
		writeOne(w, s)
	}
}

// writeOne prints one suggestion in three lines.
func writeOne(w io.Writer, s Suggestion) {
	mark := " "
	if s.Accepted {
		mark = "*"
	}
	var where string
	switch s.Kind {
	case IssueTerm:
		where = fmt.Sprintf("term of issue %s (%s", s.Target, s.Confidence)
		if s.RunnerUp != "" {
			where += "; else " + s.RunnerUp
		}
		where += ")"
	case Unplaced:
		where = "no issue shares its words or neighbours: a new issue?"
	case NewActor:
		where = "new actor"
	default:
		where = fmt.Sprintf("%s of %s", s.Kind, s.Target)
	}
	fmt.Fprintf(w, "%s %-32s %s; %s, %s\n", mark, quote(s.Text), where, plural(s.Articles, "article"), plural(s.Sentences, "sentence"))
	if s.Why != "" {
		fmt.Fprintf(w, "      why: %s\n", s.Why)
	}
	ex := s.Example
	if len(ex) > 160 {
		cut := strings.LastIndexByte(ex[:160], ' ')
		if cut <= 0 {
			cut = 160
			for !utf8.RuneStart(ex[cut]) {
				cut-- // a run of 160 bytes with no space: cut between runes
			}
		}
		ex = ex[:cut] + " …"
	}
	loc := s.File
	if s.Line > 0 {
		loc += fmt.Sprintf(":%d", s.Line)
	}
	fmt.Fprintf(w, "      e.g. %s: %s\n", loc, ex)
}
