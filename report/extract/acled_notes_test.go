package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/BurntSushi/toml"

	"brief/report"
	"brief/report/corpus"
	"brief/report/extract"
)

// acledNote is one note of testdata/acled16: a short event description in
// the style of ACLED's coders, with the date, precision and fatalities a
// coder would give it.
type acledNote struct {
	ID            string `toml:"id"`
	Country       string `toml:"country"`
	EventType     string `toml:"event_type"`
	SubEventType  string `toml:"sub_event_type"`
	EventDate     string `toml:"event_date"`
	TimePrecision int    `toml:"time_precision"`
	Reported      string `toml:"reported"`
	Fatalities    int    `toml:"fatalities"`
	// FatalitiesStated is false when the note gives no number of dead
	// that a reader could find; nil means true.
	FatalitiesStated *bool  `toml:"fatalities_stated"`
	Note             string `toml:"note"`
}

// acledTally counts what TestACLEDNotes measures, as the ACLED
// judge does: the coded number of dead found as a killed figure, no
// death where the coder coded none, an event on the coded day, and no
// note dropped as page furniture.
type acledTally struct {
	notes, dropped               int
	withDead, deadFound, deadSum int
	noDead, invented             int
	withYear, yearDay            int
	yearless, yearlessDay        int
	numeric, numericDay          int
	typed, typeRight             int
	misses                       []string
}

// minNotes guards against a truncated file.
const minNotes = 100

const months = `(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b`

var (
	yearWord    = regexp.MustCompile(`\b(1[89]|20)\d\d\b`)
	numericDate = regexp.MustCompile(`\b\d{1,2}/\d{1,2}(/\d{2,4})?\b`)
	dayMonth    = regexp.MustCompile(`(?i)\b\d{1,2}(st|nd|rd|th)?(\s*(-|and|&)\s*\d{1,2}(st|nd|rd|th)?)?\s+(of\s+)?` + months + `|` + months + `\s+\d{1,2}\b`)
)

// acledSets are the sets of notes in the style of ACLED's coders, each
// written for this project by an annotator who read the ACLED codebook and
// real news of the events, and who never saw this extractor's code, tests
// or output (see each set's README.md). They stand in for the owner's judge
// of real ACLED notes, which the project may not keep.
var acledSets = []struct {
	name string
	// floors are the least of each score; maxInvented is the most notes
	// without deaths in which a death may be found.
	floors      map[string]float64
	maxInvented int
}{
	// acled16 was sealed until its first contact; acledfix16 then read its
	// misses (not its event types), so it is a development set for deaths and
	// dates, and only its first contact estimates unseen notes.
	//
	// First contact (session 15, on 21e6e90, the session's starting code;
	// the notes were committed before this harness first ran): 202 notes,
	// none dropped; the coded killed number found in 115 of 121 notes that
	// state it (.950); deaths invented in 3 of 58 notes that code none; an
	// event on the coded day in 191 of 194 notes that give the year (.985).
	// The annotator wrote every note with its year, as ACLED's coders do, so
	// no note has only a year-less or numeric date (nine name a second day
	// without its year). Floors sit 0.03 under, and at the first-contact
	// count of invented deaths. Event types (measured from 083fa57 on, no
	// rule tuned on them before): the coder's type on the coded day's event
	// in 129 of 180 notes (.717), by acledType's mapping.
	// after acledfix16: killed 121/121 (1.000), deaths invented in 2 of 58
	// (a claimed toll, a numbered killing a protest was about), coded day
	// 191/194 (.985: three nights coded by their later day). Floors 0.01 under.
	// after types16: who acts on whom decides the kind of violence
	// (events_types.go): type 149 of 180 (.828); the type floor sits 0.02 under.
	{"acled16", map[string]float64{"killed": 0.99, "day_with_year": 0.975, "type": 0.81}, 2},
	// acleddev16 is a development set, written by a second annotator after
	// acled16's first contact: 127 notes with full dates and 71 dated as a
	// short local report would date them, relative to its day (year-less,
	// numeric, two days, ranges).
	//
	// First contact (session 15, on 7f6ed1d, the session's starting
	// extraction code): 198 notes, none dropped; killed 112 of 114 (.982);
	// no death invented in 52 notes; the coded day in 119 of 119 notes with
	// the year, 42 of 42 with a year-less day and month, 24 of 25 with a
	// numeric date (.960). Floors sit 0.03 under. Event types (first
	// measured on 083fa57): 117 of 177 (.661).
	// after acledfix16: killed 114/114, no death invented in 52, the coded day
	// 119/119 with the year, 42/42 year-less, 25/25 numeric. Floors 0.01 under.
	// after types16: type 164 of 177 (.927); the type floor sits 0.02 under.
	{"acleddev16", map[string]float64{"killed": 0.99, "day_with_year": 0.99, "day_yearless": 0.99, "day_numeric": 0.99, "type": 0.90}, 0},
}

// TestACLEDNotes runs the extractor on each set of acledSets. Each note is
// read as a one-line article through the corpus reader, published on the
// day of its news story. ACLED16_MISSES=1 prints the misses;
// ACLED16_NOTES=FILE scores another file of notes in the same form instead.
func TestACLEDNotes(t *testing.T) {
	if p := os.Getenv("ACLED16_NOTES"); p != "" {
		scoreNotes(t, p, nil, 1<<30)
		return
	}
	for _, set := range acledSets {
		t.Run(set.name, func(t *testing.T) {
			scoreNotes(t, filepath.Join("testdata", set.name, "notes.toml"), set.floors, set.maxInvented)
		})
	}
}

// scoreNotes scores one file of notes and fails the scores below floors.
func scoreNotes(t *testing.T, path string, floors map[string]float64, maxInvented int) {
	var file struct {
		Note []acledNote `toml:"note"`
	}
	if _, err := toml.DecodeFile(path, &file); err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	if floors != nil && len(file.Note) < minNotes {
		t.Fatalf("%s has %d notes, want at least %d", path, len(file.Note), minNotes)
	}
	cleaner, err := corpus.NewCleaner(nil)
	if err != nil {
		t.Fatal(err)
	}
	x := extract.New(extract.Domain{})
	var tally acledTally
	for _, n := range file.Note {
		tally.add(x, cleaner, n)
	}
	set := filepath.Base(filepath.Dir(path))
	if os.Getenv("ACLED16_MISSES") != "" {
		for _, m := range tally.misses {
			t.Log(m)
		}
	}
	scores := tally.scores()
	t.Logf("%s: notes=%d dropped=%d killed=%.3f (%d/%d; as a sum %d) invented=%d/%d day_with_year=%.3f (%d/%d) day_yearless=%.3f (%d/%d) day_numeric=%.3f (%d/%d)",
		set, tally.notes, tally.dropped, scores["killed"], tally.deadFound, tally.withDead, tally.deadSum,
		tally.invented, tally.noDead, scores["day_with_year"], tally.yearDay, tally.withYear,
		scores["day_yearless"], tally.yearlessDay, tally.yearless, scores["day_numeric"], tally.numericDay, tally.numeric)
	t.Logf("%s: type=%.3f (%d/%d notes whose coded day has an event)", set, scores["type"], tally.typeRight, tally.typed)
	for k, floor := range floors {
		if scores[k] < floor {
			t.Errorf("%s: %s = %.3f, want ≥ %.3f", set, k, scores[k], floor)
		}
	}
	if tally.dropped > 0 {
		t.Errorf("%s: %d notes dropped as page furniture, want none", set, tally.dropped)
	}
	if tally.invented > maxInvented {
		t.Errorf("%s: deaths invented in %d notes without any, want ≤ %d", set, tally.invented, maxInvented)
	}
}

// add reads one note as an article and counts what was found.
func (a *acledTally) add(x *extract.Extractor, cleaner *corpus.Cleaner, n acledNote) {
	a.notes++
	data := fmt.Sprintf("+++\npublished = %q\n+++\n%s\n", n.Reported, n.Note)
	src, _ := corpus.Parse("note-"+n.ID+".md", []byte(data), cleaner)
	if src == nil || len(src.Text) < len(n.Note)*9/10 {
		a.dropped++
		a.miss(n, "dropped as page furniture")
		return
	}
	published, _ := report.ParseDate(src.Published)
	f := x.ExtractBy(src.ID, src.Text, src.Outlet, published)
	var killed []report.Figure
	for _, fig := range f.Figures {
		if fig.What == report.Killed && fig.Low > 0 {
			killed = append(killed, fig)
		}
	}
	switch {
	case n.Fatalities > 0 && (n.FatalitiesStated == nil || *n.FatalitiesStated):
		a.withDead++
		if hasCount(killed, n.Fatalities) {
			a.deadFound++
		} else {
			a.miss(n, fmt.Sprintf("killed %d not found (got %s)", n.Fatalities, counts(killed)))
		}
		if sumLow(killed) == float64(n.Fatalities) {
			a.deadSum++
		}
	case n.Fatalities == 0:
		a.noDead++
		if len(killed) > 0 {
			a.invented++
			a.miss(n, "death invented: "+counts(killed))
		}
	}
	if n.TimePrecision != 1 {
		return
	}
	onDay := false
	for _, e := range f.Events {
		if e.Date == n.EventDate && e.Precision == report.Day {
			onDay = true
		}
	}
	if !onDay {
		a.miss(n, "no event on "+n.EventDate)
	}
	if want, ok := acledType(n); ok && onDay {
		a.typed++
		right := false
		for _, e := range f.Events {
			right = right || e.Date == n.EventDate && e.Type == want
		}
		a.typeRight += b2i(right)
		if !right {
			a.miss(n, fmt.Sprintf("no event on %s of type %s", n.EventDate, want))
		}
	}
	if yearWord.MatchString(n.Note) {
		a.withYear++
		a.yearDay += b2i(onDay)
	} else if dayMonth.MatchString(n.Note) {
		a.yearless++
		a.yearlessDay += b2i(onDay)
	}
	if numericDate.MatchString(n.Note) {
		a.numeric++
		a.numericDay += b2i(onDay)
	}
}

func (a *acledTally) miss(n acledNote, why string) {
	a.misses = append(a.misses, fmt.Sprintf("%s (%s, %s): %s\n    %s", n.ID, n.Country, n.EventDate, why, n.Note))
}

func (a *acledTally) scores() map[string]float64 {
	return map[string]float64{
		"killed":        ratio(a.deadFound, a.withDead),
		"day_with_year": ratio(a.yearDay, a.withYear),
		"day_yearless":  ratio(a.yearlessDay, a.yearless),
		"day_numeric":   ratio(a.numericDay, a.numeric),
		"type":          ratio(a.typeRight, a.typed),
	}
}

// acledType is the event type of the model (docs/model.md) that an ACLED
// coder's type and sub-event type name, and whether there is one: the
// strategic developments other than arrests and agreements have none.
func acledType(n acledNote) (report.EventType, bool) {
	switch n.EventType {
	case "Battles":
		return report.Battle, true
	case "Explosions/Remote violence":
		return report.Explosion, true
	case "Violence against civilians":
		return report.ViolenceAgainstCivilians, true
	case "Protests", "Riots":
		return report.Protest, true
	}
	switch n.SubEventType {
	case "Arrests":
		return report.Arrest, true
	case "Agreement":
		return report.Agreement, true
	}
	return "", false
}

// hasCount reports whether a killed figure gives the coded number: its
// value, or the low end of its range, as a coder codes the lowest.
func hasCount(killed []report.Figure, n int) bool {
	for _, f := range killed {
		if f.Low == float64(n) || f.High == float64(n) {
			return true
		}
	}
	return false
}

func sumLow(killed []report.Figure) float64 {
	var s float64
	for _, f := range killed {
		s += f.Low
	}
	return s
}

func counts(figs []report.Figure) string {
	if len(figs) == 0 {
		return "none"
	}
	var s string
	for i, f := range figs {
		if i > 0 {
			s += ", "
		}
		s += strconv.FormatFloat(f.Low, 'f', -1, 64)
		if f.High != f.Low {
			s += "-" + strconv.FormatFloat(f.High, 'f', -1, 64)
		}
	}
	return s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
