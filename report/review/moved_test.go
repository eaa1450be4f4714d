package review

import (
	"fmt"
	"maps"
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
	sentDefence  = "The Defence Ministry said 20 people were killed."
	sentTwo      = "Overnight a suicide bomber attacked a police post in Bannu, and on Sunday troops raided a compound in Lakki Marwat."
	sentRaids    = "Troops raided a compound in Lakki Marwat on Sunday and again on Monday."
	sentRaidA    = "On Sunday troops raided a compound in the Lakki Marwat district."
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

func attack(summary, quote string) report.Event { return attackOn("2023-06-04", summary, quote) }

func attackOn(date, summary, quote string) report.Event {
	return report.Event{Date: date, Precision: "day", Summary: summary, Actors: []string{"TTP"},
		Citations: []report.Citation{{Quote: quote}}}
}

// raid is troops' raid in Lakki Marwat on date, reported in quote.
func raid(date, quote string) report.Event {
	return report.Event{Date: date, Precision: "day", Summary: "Troops raid a compound in Lakki Marwat", Actors: []string{"army"},
		Citations: []report.Citation{{Quote: quote}}}
}

// eventBy picks the event whose summary starts with prefix ("?" for none).
func eventBy(prefix string) func(b *report.Brief) string {
	return func(b *report.Brief) string {
		for _, e := range b.Events {
			if strings.HasPrefix(e.Summary, prefix) {
				return e.ID
			}
		}
		return "?"
	}
}

// eventRowOf picks the event whose summary starts with prefix and its
// Timeline row.
func eventRowOf(prefix string) func(b *report.Brief) (string, map[string]string) {
	return func(b *report.Brief) (string, map[string]string) {
		for _, e := range b.Events {
			if strings.HasPrefix(e.Summary, prefix) {
				return e.ID, eventRow(e)
			}
		}
		return "?", nil
	}
}

// rejectedBy is the id of the rejected fact whose text holds s ("?" for none).
func rejectedBy(b *report.Brief, s string) string {
	for _, r := range b.Rejected {
		if strings.Contains(r.Fact, s) {
			return r.ID
		}
	}
	return "?"
}

// figureRow is the row the workbook's Figures sheet shows of f, as
// ReadReview reads it (report.Review.Row): every column the sheet has,
// empty ones too.
func figureRow(f report.Figure) map[string]string {
	return map[string]string{"": "Figures", "low": amountText(f.Low), "high": amountText(f.High),
		"qualifier": f.Qualifier, "kind": string(f.What), "currency": f.Currency, "who": f.Who, "period": f.Period,
		"credited to": f.AttributedTo, "source": f.Citations[0].Source, "quote": f.Citations[0].Quote}
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
		want func(b *report.Brief) string
		// others gives more decisions, of run 1 (first) or run 2 (second).
		others   func(first, second *report.Brief) map[string]report.Review
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
		warnings: []string{"Figures!T2: fact ", "is not in this brief; its decision (reject) is ignored: its row's source is not in this brief, and no figure of its count is credited to \"Hamas\" in the same words", "figures that came close: f", "give the decision again on that fact's row"},
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
		name: "a credit corrected to another source's, the row's source gone: not moved to that source's figure",
		run1: []assemble.Article{hamasA},
		run2: []assemble.Article{movedArticle("sB", "2023-06-07", [][2]string{{"Israel", sentIsrael}, {"", sentOwn}})},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			row := figureRow(b.Figures[0])
			row["credited to"] = "Israel" // as the next workbook shows the corrected figure
			return b.Figures[0].ID, row
		},
		decision: report.Review{Decision: "correct", Correction: "credited_to=Israel", Where: "Figures!U2"},
		want:     func(*report.Brief) string { return "" },
		warnings: []string{"is ignored: its row's credit is a correction"},
	}, {
		name: "a row without its quote: only the credit in the same words",
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
		want:     func(b *report.Brief) string { return rejectedID(b, sentMinistry) },
		warnings: []string{"moves there"},
	}, {
		name: "the row's source gone: \"the ministry\" is not the Defence Ministry",
		run1: []assemble.Article{movedArticle("sA", "2023-06-05", [][2]string{{"the ministry", sentMinistry}})},
		run2: []assemble.Article{movedArticle("sB", "2023-06-07", [][2]string{{"the Defence Ministry", sentDefence}, {"Hamas", sentHamas}})},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			return b.Figures[0].ID, figureRow(b.Figures[0])
		},
		decision: report.Review{Decision: "reject", Where: "Figures!T2"},
		want:     func(*report.Brief) string { return "" },
		warnings: []string{`is ignored: its row's source is not in this brief, and no figure of its count is credited to "the ministry" in the same words (figures that came close: f`, `("the Defence Ministry")`},
	}, {
		name: "the Credited to column removed: the credit is not known, not none",
		run1: []assemble.Article{hamasA},
		run2: []assemble.Article{movedArticle("sB", "2023-06-07", [][2]string{{"Israel", sentIsrael}, {"", sentOwn}})},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			row := figureRow(b.Figures[0])
			delete(row, "credited to")
			return b.Figures[0].ID, row
		},
		decision: report.Review{Decision: "reject", Where: "Figures!T2"},
		want:     func(*report.Brief) string { return "" },
		warnings: []string{"is ignored: its row does not say which source's figure it was"},
	}, {
		name: "a credit worded otherwise inside a split count: the row's count and credit make the old id",
		run1: []assemble.Article{movedArticle("sB", "2023-06-07", [][2]string{{"Hamas", sentHamasB}, {"Israel", sentIsrael}})},
		run2: []assemble.Article{movedArticle("sB", "2023-06-07", [][2]string{{"the Hamas-run ministry", sentHamasB}, {"Israel", sentIsrael}})},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			f := figureBy(b, sentHamasB)
			return f.ID, figureRow(*f)
		},
		decision: report.Review{Decision: "reject", Where: "Figures!T2"},
		want:     func(b *report.Brief) string { return rejectedID(b, sentHamasB) },
		warnings: []string{"moves there"},
	}, {
		name: "two gone rows fit one figure: neither moves",
		run1: []assemble.Article{hamasA},
		run2: []assemble.Article{hamasA, hamasIsraelB},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			return b.Figures[0].ID, figureRow(b.Figures[0])
		},
		decision: report.Review{Decision: "reject", Where: "Figures!T2"},
		others: func(first, _ *report.Brief) map[string]report.Review {
			// A second row of the count credited to Hamas (dup 1).
			f := first.Figures[0]
			return map[string]report.Review{assemble.SplitFigureID(report.FigureKey(f), "Hamas", 1): {Decision: "accept", Where: "Figures!T3", Row: figureRow(f)}}
		},
		want:     func(*report.Brief) string { return "" },
		warnings: []string{"which another gone id's row fits too"},
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
		others: func(_, second *report.Brief) map[string]report.Review {
			return map[string]report.Review{figureBy(second, sentHamas).ID: {Decision: "accept", Where: "Figures!T9"}}
		},
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
		name:     "two events of one sentence, the reviewed one dated otherwise by a new extractor: the review follows it, not its sibling",
		run1:     []assemble.Article{movedArticle("sB", "2023-06-06", nil, attack("Suicide attack on a police post in Bannu", sentTwo), raid("2023-06-04", sentTwo))},
		run2:     []assemble.Article{movedArticle("sB", "2023-06-06", nil, attackOn("2023-06-03", "Suicide attack on a police post in Bannu", sentTwo), raid("2023-06-04", sentTwo))},
		reviewed: eventRowOf("Suicide"),
		decision: report.Review{Decision: "reject", Where: "Timeline!M2"},
		want:     func(b *report.Brief) string { return rejectedBy(b, "Suicide") },
		warnings: []string{"moves there"},
	}, {
		name: "two events of one sentence, a date correction, an earlier report leading the reviewed one",
		run1: []assemble.Article{movedArticle("sB", "2023-06-06", nil, attack("Suicide attack on a police post in Bannu", sentTwo), raid("2023-06-04", sentTwo))},
		run2: []assemble.Article{movedArticle("sB", "2023-06-06", nil, attack("Suicide attack on a police post in Bannu", sentTwo), raid("2023-06-04", sentTwo)),
			movedArticle("sA", "2023-06-05", nil, attack("Suicide attack on the police post in Bannu district", sentAttackA))},
		reviewed: eventRowOf("Suicide"),
		decision: report.Review{Decision: "correct", Correction: "2023-06-03", Where: "Timeline!N2"},
		want:     eventBy("Suicide"),
		warnings: []string{"(correct) moves there"},
	}, {
		name:     "the reviewed event gone, its sentence's other event left: a summary correction does not move to it",
		run1:     []assemble.Article{movedArticle("sB", "2023-06-06", nil, attack("Suicide attack on a police post in Bannu", sentTwo), raid("2023-06-04", sentTwo))},
		run2:     []assemble.Article{movedArticle("sB", "2023-06-06", nil, raid("2023-06-04", sentTwo))},
		reviewed: eventRowOf("Suicide"),
		decision: report.Review{Decision: "correct", Correction: "2023-06-03; summary=Suicide attack on a police post in Bannu", Where: "Timeline!N2"},
		want:     func(*report.Brief) string { return "" },
		warnings: []string{"is ignored: its row's summary is a correction, so which event of its sentence it was is not known (events that came close: e"},
	}, {
		name:     "the reviewed event gone, its sentence's other event left: nor does a rejection",
		run1:     []assemble.Article{movedArticle("sB", "2023-06-06", nil, attack("Suicide attack on a police post in Bannu", sentTwo), raid("2023-06-04", sentTwo))},
		run2:     []assemble.Article{movedArticle("sB", "2023-06-06", nil, raid("2023-06-04", sentTwo))},
		reviewed: eventRowOf("Suicide"),
		decision: report.Review{Decision: "reject", Where: "Timeline!M2"},
		want:     func(*report.Brief) string { return "" },
		warnings: []string{"is ignored: no event quoting its row's sentence is the event its row's summary describes (events that came close: e", "Troops raid"},
	}, {
		name: "two raids of one summary, both dated otherwise: several fit, none moves",
		run1: []assemble.Article{movedArticle("sB", "2023-06-06", nil, raid("2023-06-04", sentRaids), raid("2023-06-05", sentRaids))},
		run2: []assemble.Article{movedArticle("sB", "2023-06-06", nil, raid("2023-06-03", sentRaids), raid("2023-06-05", sentRaids))},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			e := b.Events[slices.IndexFunc(b.Events, func(e report.Event) bool { return e.Date == "2023-06-04" })]
			return e.ID, eventRow(e)
		},
		decision: report.Review{Decision: "reject", Where: "Timeline!M2"},
		want:     func(*report.Brief) string { return "" },
		warnings: []string{"is ignored: its row fits several events quoting its sentence"},
	}, {
		name: "two raids of one summary, an earlier report leading Sunday's: the old date tells them apart",
		run1: []assemble.Article{movedArticle("sB", "2023-06-06", nil, raid("2023-06-04", sentRaids), raid("2023-06-05", sentRaids))},
		run2: []assemble.Article{movedArticle("sB", "2023-06-06", nil, raid("2023-06-04", sentRaids), raid("2023-06-05", sentRaids)),
			movedArticle("sA", "2023-06-05", nil, report.Event{Date: "2023-06-04", Precision: "day", Summary: "Troops raid a compound in the Lakki Marwat district",
				Citations: []report.Citation{{Quote: sentRaidA}}})},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			e := b.Events[slices.IndexFunc(b.Events, func(e report.Event) bool { return e.Date == "2023-06-04" })]
			return e.ID, eventRow(e)
		},
		decision: report.Review{Decision: "reject", Where: "Timeline!M2"},
		want:     func(b *report.Brief) string { return rejectedBy(b, "district") },
		warnings: []string{"moves there"},
	}, {
		name: "a rejected event on the Rejected sheet, an earlier report leading it",
		run1: []assemble.Article{movedArticle("sB", "2023-06-06", nil, attack("Suicide attack on a police post in Bannu", sentAttack))},
		run2: []assemble.Article{movedArticle("sB", "2023-06-06", nil, attack("Suicide attack on a police post in Bannu", sentAttack)),
			movedArticle("sA", "2023-06-05", nil, attack("Suicide attack on the police post in Bannu district", sentAttackA))},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			id := b.Events[0].ID
			ApplyReview(b, map[string]report.Review{id: {Decision: "reject"}})
			return id, rejectedRow(b.Rejected[0])
		},
		decision: report.Review{Decision: "reject", Where: "Rejected!H2"},
		want:     func(b *report.Brief) string { return rejectedBy(b, "Suicide") },
		warnings: []string{"moves there"},
	}, {
		name: "an event whose row's quote was cut to the cell's limit",
		run1: []assemble.Article{movedArticle("sB", "2023-06-06", nil, attack("Suicide attack on a police post in Bannu", sentAttack))},
		run2: []assemble.Article{movedArticle("sB", "2023-06-06", nil, attack("Suicide attack on a police post in Bannu", sentAttack)),
			movedArticle("sA", "2023-06-05", nil, attack("Suicide attack on the police post in Bannu district", sentAttackA))},
		reviewed: func(b *report.Brief) (string, map[string]string) {
			row := eventRow(b.Events[0])
			row["quote"] = sentAttack[:25] + truncatedMark
			return b.Events[0].ID, row
		},
		decision: report.Review{Decision: "reject", Where: "Timeline!M2"},
		want:     func(b *report.Brief) string { return rejectedBy(b, "Suicide") },
		warnings: []string{"moves there"},
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
			if tt.others != nil {
				maps.Copy(decisions, tt.others(first, second))
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

// TestMoved: Moved tells a moved decision's warning, and the line that
// counts more of them, from the others (build --strict fails on those
// alone).
func TestMoved(t *testing.T) {
	first := movedBrief(movedArticle("sA", "2023-06-05", [][2]string{{"Hamas", sentHamas}}))
	second := movedBrief(movedArticle("sA", "2023-06-05", [][2]string{{"Hamas", sentHamas}}),
		movedArticle("sB", "2023-06-07", [][2]string{{"Hamas", sentHamasB}, {"Israel", sentIsrael}}))
	ws := ApplyReview(second, map[string]report.Review{
		first.Figures[0].ID: {Decision: "reject", Where: "Figures!T2", Row: figureRow(first.Figures[0])},
		"fgone":             {Decision: "accept", Where: "Figures!T3"},
	})
	if len(ws) != 2 || !Moved(ws[0]) || Moved(ws[1]) {
		t.Errorf("warnings %q: want a moved one, then one that is not", ws)
	}
	if !Moved("review: " + fmt.Sprintf(warnMoved, 3)) {
		t.Errorf("the line counting more moved decisions is not Moved")
	}
}
