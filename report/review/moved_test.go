package review

import (
	"slices"
	"strings"
	"testing"

	"brief/report"
	"brief/report/assemble"
)

// The sentences of the tests below are invented.
const (
	sentHamas    = "Hamas said 20 people were killed in the strike."
	sentHamasB   = "The Hamas-run ministry said 20 people were killed."
	sentIsrael   = "Israel also put the toll at 20 people."
	sentOwn      = "At least 20 people were killed in the strike."
	sentOwnB     = "Twenty people were killed when the strike hit the market."
	sentMinistry = "The ministry said 20 people were killed."
	sentHealth   = "The Health Ministry said 20 people were killed."
	sentInterior = "The Interior Ministry said 20 people were killed."
	sentAttack   = "A suicide bomber attacked a police post in Bannu on Sunday."
	sentAttackA  = "On Sunday a suicide bomber struck the police post in Bannu."
)

// movedArticle is an article of June 2023 giving the figures (each: a
// credit and its sentence) of one count, 20 killed, and the events.
func movedArticle(id, published string, figs [][2]string, events ...report.Event) assemble.Article {
	var f report.Facts
	for _, c := range figs {
		f.Figures = append(f.Figures, report.Figure{Text: "20 people were killed", What: "killed", Who: "people", Low: 20, High: 20,
			AttributedTo: c[0], Citations: []report.Citation{{Source: id, Quote: c[1]}}})
	}
	for _, e := range events {
		e.Citations = []report.Citation{{Source: id, Quote: e.Citations[0].Quote}}
		f.Events = append(f.Events, e)
	}
	f.Stances = []report.Stance{{Actor: "Hamas", Issue: "ceasefire", Position: "support", Citations: []report.Citation{{Source: id, Quote: "Hamas backs a ceasefire, " + id + " said."}}}}
	return assemble.Article{Source: report.Source{ID: id, Path: "sources/" + id + ".md", Title: id, Published: published, Text: "article " + id}, Facts: f}
}

func movedBrief(arts ...assemble.Article) *report.Brief {
	return assemble.Assemble(assemble.Input{
		Meta:     report.Meta{Title: "Moved", Period: report.Period{Label: "2023-06", Start: "2023-06-01", End: "2023-06-30"}},
		Actors:   []report.Actor{{Name: "Hamas"}},
		Issues:   []report.Issue{{ID: "ceasefire", Label: "Ceasefire"}},
		Articles: arts,
	})
}

func attack(summary, quote string) report.Event {
	return report.Event{Date: "2023-06-04", Precision: "day", Summary: summary, Actors: []string{"TTP"},
		Citations: []report.Citation{{Quote: quote}}}
}

// figureRow is the row the workbook's Figures sheet shows of f, as
// ReadReview reads it (report.Review.Row).
func figureRow(f report.Figure) map[string]string {
	row := map[string]string{"": "Figures", "text": f.Text, "low": amountText(f.Low), "high": amountText(f.High),
		"kind": string(f.What), "who": f.Who, "credited to": f.AttributedTo,
		"source": f.Citations[0].Source, "quote": f.Citations[0].Quote}
	for k, v := range row {
		if v == "" && k != "" {
			delete(row, k)
		}
	}
	return row
}

func amountText(v float64) string { return formatAmount(v) }

// eventRow is the row the Timeline sheet shows of e.
func eventRow(e report.Event) map[string]string {
	return map[string]string{"": "Timeline", "precision": string(e.Precision), "summary": e.Summary,
		"source": e.Citations[0].Source, "quote": e.Citations[0].Quote}
}

// rejectedRow is the row the Rejected sheet shows of a fact.
func rejectedRow(r report.Rejected) map[string]string {
	return map[string]string{"": "Rejected", "kind": string(r.Kind), "fact": r.Fact,
		"source": r.Citations[0].Source, "quote": r.Citations[0].Quote}
}

// figureBy returns the figure of b that cites quote, or nil.
func figureBy(b *report.Brief, quote string) *report.Figure {
	for i, f := range b.Figures {
		if slices.ContainsFunc(f.Citations, func(c report.Citation) bool { return c.Quote == quote }) {
			return &b.Figures[i]
		}
	}
	return nil
}

// TestReviewMovesWithItsFact: a figure reviewed in one run's workbook
// whose id changes in the next run — its number gained a second source
// in one article, so the count's figures take ids from their credits —
// keeps its review when exactly one figure of the count is the one the
// row describes (the row's credit, source and quote), with a warning
// that names both ids; none moves to another source's figure, and a row
// several figures fit moves nowhere and names them. Events whose id
// changes as an earlier report leads them do the same; stances keep
// their ids.
func TestReviewMovesWithItsFact(t *testing.T) {
	hamasA := movedArticle("sA", "2023-06-05", [][2]string{{"Hamas", sentHamas}})
	hamasIsraelB := movedArticle("sB", "2023-06-07", [][2]string{{"the Hamas-run ministry", sentHamasB}, {"Israel", sentIsrael}})
	tests := []struct {
		name       string
		run1, run2 []assemble.Article
		// reviewed picks the run-1 fact reviewed and gives its row.
		reviewed func(b *report.Brief) (id string, row map[string]string)
		decision report.Review
		// want picks the run-2 fact that must hold the review ("" for
		// none), and the warning's words.
		want     func(b *report.Brief) string
		warnings []string
		keepsID  bool // the fact keeps its id in run 2
	}{{
		name: "second source added: the review stays with the Hamas figure",
		run1: []assemble.Article{hamasA},
		run2: []assemble.Article{hamasA, movedArticle("sB", "2023-06-07", [][2]string{{"Hamas", sentHamasB}, {"Israel", sentIsrael}})},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			return b.Figures[0].ID, figureRow(b.Figures[0])
		},
		decision: report.Review{Decision: "reject", Where: "Figures!T2"},
		want:     func(b *report.Brief) string { return rejectedID(b, sentHamas) },
		warnings: []string{"Figures!T2: figure ", "is not in this brief: its row describes figure ", "and its decision (reject) moves there"},
	}, {
		name: "a credit worded otherwise by the new source is the same source",
		run1: []assemble.Article{hamasA},
		run2: []assemble.Article{hamasA, hamasIsraelB},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			return b.Figures[0].ID, figureRow(b.Figures[0])
		},
		decision: report.Review{Decision: "correct", Correction: "about 20", Where: "Figures!U2"},
		want:     func(b *report.Brief) string { return figureBy(b, sentHamas).ID },
		warnings: []string{"its decision (correct) moves there"},
	}, {
		name: "a second source dated earlier: the same",
		run1: []assemble.Article{hamasA},
		run2: []assemble.Article{movedArticle("s0", "2023-06-02", [][2]string{{"Israel", sentIsrael}, {"Hamas", sentHamasB}}), hamasA},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			return b.Figures[0].ID, figureRow(b.Figures[0])
		},
		decision: report.Review{Decision: "accept", Where: "Figures!T2"},
		want: func(b *report.Brief) string {
			for _, f := range b.Figures {
				if f.AttributedTo == "Hamas" || slices.ContainsFunc(f.Citations, func(c report.Citation) bool { return c.Quote == sentHamas }) {
					return f.ID
				}
			}
			return "?"
		},
		warnings: []string{"moves there"},
	}, {
		name: "a figure on no one's authority stays with the uncredited figure",
		run1: []assemble.Article{movedArticle("sA", "2023-06-05", [][2]string{{"", sentOwn}})},
		run2: []assemble.Article{movedArticle("sA", "2023-06-05", [][2]string{{"", sentOwn}}), movedArticle("sB", "2023-06-07", [][2]string{{"Hamas", sentHamasB}, {"", sentOwnB}})},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			return b.Figures[0].ID, figureRow(b.Figures[0])
		},
		decision: report.Review{Decision: "reject", Where: "Figures!T2"},
		want:     func(b *report.Brief) string { return rejectedID(b, sentOwn) },
		warnings: []string{"moves there"},
	}, {
		name: "different credit: the review goes to no other source's figure",
		run1: []assemble.Article{hamasA},
		// The article the review was of has left the brief; the count's
		// figures are another article's, of other credits.
		run2: []assemble.Article{movedArticle("sB", "2023-06-07", [][2]string{{"Israel", sentIsrael}, {"", sentOwn}})},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			return b.Figures[0].ID, figureRow(b.Figures[0])
		},
		decision: report.Review{Decision: "reject", Where: "Figures!T2"},
		want:     func(*report.Brief) string { return "" },
		warnings: []string{"Figures!T2: fact ", "is not in this brief; its decision (reject) is ignored: no figure of its count is credited to \"Hamas\"", "figures that came close: f"},
	}, {
		name: "different credit, the row's own sentence still cited: not moved",
		run1: []assemble.Article{movedArticle("sA", "2023-06-05", [][2]string{{"", sentOwn}})},
		run2: []assemble.Article{movedArticle("sA", "2023-06-05", [][2]string{{"Hamas", sentOwn}}), movedArticle("sB", "2023-06-07", [][2]string{{"Israel", sentIsrael}, {"Hamas", sentHamasB}})},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			return b.Figures[0].ID, figureRow(b.Figures[0])
		},
		decision: report.Review{Decision: "reject", Where: "Figures!T2"},
		want:     func(*report.Brief) string { return "" },
		warnings: []string{"is not in this brief; its decision (reject) is ignored: no figure of its count is uncredited and quotes its row's sentence"},
	}, {
		name: "a corrected credit: which source's figure it was is not known",
		run1: []assemble.Article{hamasA},
		run2: []assemble.Article{hamasA, hamasIsraelB},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			row := figureRow(b.Figures[0])
			row["credited to"] = "Gaza health ministry" // as the next workbook shows the corrected figure
			return b.Figures[0].ID, row
		},
		decision: report.Review{Decision: "correct", Correction: "credited_to=Gaza health ministry", Where: "Figures!U2"},
		want:     func(*report.Brief) string { return "" },
		warnings: []string{"is ignored: its row's credit is a correction"},
	}, {
		name: "ambiguous: two figures of the credit, a row without its quote",
		run1: []assemble.Article{movedArticle("sA", "2023-06-05", [][2]string{{"the ministry", sentMinistry}})},
		run2: []assemble.Article{movedArticle("sA", "2023-06-05", [][2]string{{"the ministry", sentMinistry}}),
			movedArticle("sB", "2023-06-07", [][2]string{{"Health Ministry", sentHealth}, {"Interior Ministry", sentInterior}})},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			row := figureRow(b.Figures[0])
			delete(row, "quote") // a workbook whose Quote column was removed
			delete(row, "source")
			return b.Figures[0].ID, row
		},
		decision: report.Review{Decision: "reject", Where: "Figures!T2"},
		want:     func(*report.Brief) string { return "" },
		warnings: []string{"is ignored: its row fits several figures of its count (figures that came close: f", `("the ministry"), f`, `("Interior Ministry")`},
	}, {
		name: "the same two figures, the row's quote telling them apart",
		run1: []assemble.Article{movedArticle("sA", "2023-06-05", [][2]string{{"the ministry", sentMinistry}})},
		run2: []assemble.Article{movedArticle("sA", "2023-06-05", [][2]string{{"the ministry", sentMinistry}}),
			movedArticle("sB", "2023-06-07", [][2]string{{"Health Ministry", sentHealth}, {"Interior Ministry", sentInterior}})},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			return b.Figures[0].ID, figureRow(b.Figures[0])
		},
		decision: report.Review{Decision: "reject", Where: "Figures!T2"},
		want:     func(b *report.Brief) string { return rejectedID(b, sentMinistry) },
		warnings: []string{"moves there"},
	}, {
		name: "a count no longer split: the figure's own credit",
		run1: []assemble.Article{hamasA, hamasIsraelB},
		run2: []assemble.Article{hamasA},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			f := figureBy(b, sentHamas)
			return f.ID, figureRow(*f)
		},
		decision: report.Review{Decision: "reject", Where: "Figures!T3"},
		want:     func(b *report.Brief) string { return rejectedID(b, sentHamas) },
		warnings: []string{"moves there"},
	}, {
		name: "a rejected figure on the Rejected sheet, its credit in its id",
		run1: []assemble.Article{hamasA, hamasIsraelB},
		run2: []assemble.Article{hamasA},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			id := figureBy(b, sentHamas).ID
			ApplyReview(b, map[string]report.Review{id: {Decision: "reject"}})
			return id, rejectedRow(b.Rejected[0])
		},
		decision: report.Review{Decision: "reject", Where: "Rejected!H2"},
		want:     func(b *report.Brief) string { return rejectedID(b, sentHamas) },
		warnings: []string{"moves there"},
	}, {
		name: "a rejected figure on the Rejected sheet, which shows no credit: not moved",
		run1: []assemble.Article{hamasA},
		run2: []assemble.Article{hamasA, hamasIsraelB},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			ApplyReview(b, map[string]report.Review{b.Figures[0].ID: {Decision: "reject"}})
			return b.Rejected[0].ID, rejectedRow(b.Rejected[0])
		},
		decision: report.Review{Decision: "reject", Where: "Rejected!H2"},
		want:     func(*report.Brief) string { return "" },
		warnings: []string{"is ignored: its row does not say which source's figure it was"},
	}, {
		name: "the new id reviewed by a row of its own: that row's decision stands",
		run1: []assemble.Article{hamasA},
		run2: []assemble.Article{hamasA, hamasIsraelB},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			return b.Figures[0].ID, figureRow(b.Figures[0])
		},
		decision: report.Review{Decision: "reject", Where: "Figures!T2"},
		want:     func(*report.Brief) string { return "" },
		warnings: []string{"which another row reviews"},
	}, {
		name: "an event whose earlier report now leads it",
		run1: []assemble.Article{movedArticle("sB", "2023-06-06", nil, attack("Suicide attack on a police post in Bannu", sentAttack))},
		run2: []assemble.Article{movedArticle("sB", "2023-06-06", nil, attack("Suicide attack on a police post in Bannu", sentAttack)),
			movedArticle("sA", "2023-06-05", nil, attack("Suicide attack on the police post in Bannu district", sentAttackA))},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			return b.Events[0].ID, eventRow(b.Events[0])
		},
		decision: report.Review{Decision: "correct", Correction: "2023-06-03", Where: "Timeline!N2"},
		want: func(b *report.Brief) string {
			if len(b.Events) == 1 && b.Events[0].Date == "2023-06-03" {
				return b.Events[0].ID
			}
			return "?"
		},
		warnings: []string{"Timeline!N2: event ", "its row describes event ", "(correct) moves there"},
	}, {
		name: "a stance keeps its id when a second source gives it",
		run1: []assemble.Article{hamasA},
		run2: []assemble.Article{hamasA, hamasIsraelB},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			return b.Stances[0].ID, map[string]string{"": "Stances"}
		},
		decision: report.Review{Decision: "accept", Where: "Stances!M9"},
		want:     func(b *report.Brief) string { return b.Stances[0].ID },
		keepsID:  true,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first := movedBrief(tt.run1...)
			id, row := tt.reviewed(first)
			d := tt.decision
			d.Row = row
			decisions := map[string]report.Review{id: d}
			second := movedBrief(tt.run2...)
			if tt.name == "the new id reviewed by a row of its own: that row's decision stands" {
				decisions[figureBy(second, sentHamas).ID] = report.Review{Decision: "accept", Where: "Figures!T9"}
			}
			warnings := strings.Join(ApplyReview(second, decisions), "\n")
			for _, w := range tt.warnings {
				if !strings.Contains(warnings, w) {
					t.Errorf("warnings\n%s\nwant them to hold %q", warnings, w)
				}
			}
			if len(tt.warnings) == 0 && warnings != "" {
				t.Errorf("warnings\n%s\nwant none", warnings)
			}
			want := tt.want(second)
			var holders []string
			for _, f := range second.Figures {
				if f.Review != nil && f.Review.Where == d.Where {
					holders = append(holders, f.ID)
				}
			}
			for _, e := range second.Events {
				if e.Review != nil && e.Review.Where == d.Where {
					holders = append(holders, e.ID)
				}
			}
			for _, s := range second.Stances {
				if s.Review != nil && s.Review.Where == d.Where {
					holders = append(holders, s.ID)
				}
			}
			for _, r := range second.Rejected {
				if r.Review != nil && d.Decision == "reject" {
					holders = append(holders, r.ID)
				}
			}
			switch {
			case want == "" && len(holders) > 0:
				t.Errorf("the review moved to %v, want it nowhere", holders)
			case want != "" && !slices.Equal(holders, []string{want}):
				t.Errorf("the review is on %v, want it on %s", holders, want)
			}
			if want != "" && (want == id) != tt.keepsID {
				t.Errorf("run 1's id %s, run 2's %s: want them the same %v", id, want, tt.keepsID)
			}
		})
	}
}

// rejectedID is the id of the rejected fact that cites quote, or "".
func rejectedID(b *report.Brief, quote string) string {
	for _, r := range b.Rejected {
		if slices.ContainsFunc(r.Citations, func(c report.Citation) bool { return c.Quote == quote }) {
			return r.ID
		}
	}
	return "?"
}
