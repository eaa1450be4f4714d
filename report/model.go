package report

import "net/url"

// Brief is the whole structured model of a brief: what the renderers draw and
// what `brief extract` prints as JSON. Its JSON form is the public interface
// described in shared/MODEL.md; fields may be added, none renamed.
type Brief struct {
	// SchemaVersion is the version of this JSON form (SchemaVersion),
	// set on every model brief writes; see docs/model.md.
	SchemaVersion string `json:"schema_version,omitempty"`

	Meta     Meta      `json:"meta"`
	Sections []Section `json:"sections,omitempty"`
	Actors   []Actor   `json:"actors,omitempty"`
	Issues   []Issue   `json:"issues,omitempty"`

	Sources []Source `json:"sources"`
	Figures []Figure `json:"figures"`
	Events  []Event  `json:"events"`
	Stances []Stance `json:"stances"`

	// Matrix is the stance matrix as of the period's end: one cell per
	// actor and issue that has at least one statement.
	Matrix []Cell `json:"matrix,omitempty"`
	// FigureGroups gathers figures that count the same thing, so that
	// different sources' numbers sit side by side and conflicts show.
	FigureGroups []FigureGroup `json:"figure_groups,omitempty"`
	// KeyPoints are the brief's opening lines, computed from the facts.
	KeyPoints []string `json:"key_points,omitempty"`

	// Timexes lists every date expression found; present only when asked
	// for (brief extract --timexes).
	Timexes []Timex `json:"timexes,omitempty"`

	// Rejected lists the facts an analyst rejected in review. They are no
	// part of the brief; they are kept so that the decision carries into
	// the next workbook and is not lost when the analyst reviews that one.
	Rejected []Rejected `json:"rejected,omitempty"`

	// Leads are passages the extractor read without deciding a position:
	// a configured actor and a configured issue meet in one sentence, but
	// no stance of that actor on that issue was decided there. They are
	// no facts; the workbook lists them for an analyst to read, who may
	// give one a position (it becomes a stance in the next build). At most
	// MaxLeads, the most telling first (see assemble); LeadsOmitted counts
	// the rest.
	Leads        []Lead `json:"leads,omitempty"`
	LeadsOmitted int    `json:"leads_omitted,omitempty"`
}

// MaxLeads is the most leads a brief lists, and MaxLeadsPerCell the most
// of one actor on one issue: a desk of ten thousand articles gets a list
// an analyst can work through, spread over the matrix's cells.
const (
	MaxLeads        = 500
	MaxLeadsPerCell = 10
)

// Lead is a sentence in which a configured actor (named in it, or the
// actor of its speaker) and a configured issue meet, but no stance of that
// actor on that issue was decided: a position the extractor may have
// missed, for an analyst to read.
type Lead struct {
	ID     string     `json:"id"` // stable: from actor, issue and the sentence
	Actor  string     `json:"actor"`
	Issue  string     `json:"issue"`
	Reason LeadReason `json:"reason"`
	// Detail says more about the reason in the extractor's words: the cue
	// a rule refused and why ("\"rejected\": negated").
	Detail string `json:"detail,omitempty"`
	// Speaker and SpeakerActor are the sentence's speaker, as a stance
	// has them, when the sentence reports someone's words.
	Speaker      string   `json:"speaker,omitempty"`
	SpeakerActor string   `json:"speaker_actor,omitempty"`
	Citation     Citation `json:"citation"`
	// Suggested is the position the stance model (extract's
	// stancemodel.txt) finds most probable for the lead, no stance aside,
	// and Confidence its probability, rounded to two decimals: a hint for
	// the analyst, who decides. It never becomes a stance by itself.
	Suggested  Position `json:"suggested,omitempty"`
	Confidence float64  `json:"confidence,omitempty"`
	// Review is an analyst's position for the lead that could not be
	// read (a misspelt position), kept so that the next workbook shows it
	// to be put right; a valid one makes the lead a stance instead.
	Review *Review `json:"review,omitempty"`
}

// Facts are what extraction found in one article. Every fact has exactly
// one citation, of that article.
type Facts struct {
	Figures []Figure
	Events  []Event
	Stances []Stance
	Timexes []Timex
	// Leads are the sentences where an actor and an issue meet without a
	// stance (Lead); their ids are set when the brief is assembled.
	Leads []Lead
}

// Rejected is a fact taken out of the brief by an analyst's review.
type Rejected struct {
	ID        string     `json:"id"`
	Kind      FactKind   `json:"kind"` // figure, event or stance
	Fact      string     `json:"fact"` // what the fact said, in one line
	Citations []Citation `json:"citations"`
	Review    *Review    `json:"review,omitempty"`
}

// Meta describes the brief as a document: its title, who issued it, its
// handling marking, the period it covers and when it was generated.
type Meta struct {
	Title        string `json:"title"`
	Organisation string `json:"organisation,omitempty"`
	Marking      string `json:"marking,omitempty"`
	PageSize     string `json:"page_size,omitempty"` // "A4" or "Letter"
	Period       Period `json:"period"`
	Generated    string `json:"generated,omitempty"` // RFC 3339, UTC
	Config       string `json:"config,omitempty"`    // the configuration file used, if any
	// Assessment is the analyst's own assessment, written by hand in the
	// file the configuration names; printed first and marked as the
	// analyst's, never mixed with what the sources say.
	Assessment string `json:"assessment,omitempty"`
}

// Period is the span of publication dates a brief reports on. Empty Start
// and End mean the whole corpus.
type Period struct {
	Label string `json:"label,omitempty"` // e.g. "2023-W23", "whole corpus"
	Start string `json:"start,omitempty"` // YYYY-MM-DD, inclusive
	End   string `json:"end,omitempty"`   // YYYY-MM-DD, inclusive
}

// Section is one configured part of the brief, in the configured order.
type Section struct {
	Kind   SectionKind `json:"kind" toml:"kind"`
	Title  string      `json:"title" toml:"title"`
	Actors []string    `json:"actors,omitempty" toml:"actors"` // stances: which actors, in order; empty means all
	Issues []string    `json:"issues,omitempty" toml:"issues"` // stances: which issues, in order; empty means all
	Chart  bool        `json:"chart,omitempty" toml:"chart"`   // figures, timeline: draw the chart
	// MaxRows caps how many rows of a timeline, figures or sources
	// section the PDF prints: the most significant, with a line saying
	// how many more there are and where (the workbook keeps every row).
	// Nil means the PDF's default; 0 means no cap.
	MaxRows *int `json:"max_rows,omitempty" toml:"max_rows"`
}

// Actor is a party to the conflict as the configuration names it.
type Actor struct {
	Name    string   `json:"name" toml:"name"`
	Aliases []string `json:"aliases,omitempty" toml:"aliases"`
	People  []string `json:"people,omitempty" toml:"people"` // people who speak for it
	// Demonyms are adjectives that name the actor's people or officials
	// ("Afghan" for the Afghan Taliban while they govern Afghanistan);
	// common ones are derived from the name ("Pakistani" from Pakistan).
	Demonyms []string `json:"demonyms,omitempty" toml:"demonyms"`
	// Places are countries or territories whose name stands for the actor
	// when the name acts or speaks ("Afghanistan rejected the charge" is
	// the Taliban's position while they govern it); after a preposition
	// ("in Afghanistan") the name is only a place.
	Places []string `json:"places,omitempty" toml:"places"`
}

// Issue is a question actors take positions on.
type Issue struct {
	ID    string   `json:"id" toml:"id"`
	Label string   `json:"label" toml:"label"`
	Terms []string `json:"terms,omitempty" toml:"terms"`
	// Claim marks an issue that is a statement of fact ("TTP leaders are
	// based in Afghanistan") rather than a course of action: whoever
	// asserts it supports it and whoever rejects it denies it.
	Claim bool `json:"claim,omitempty" toml:"claim"`
	// Wording names how positions on the issue read in the brief, by
	// position: {support = "says so", deny = "denies"}. Positions it
	// leaves out read as ClaimWording (for a claim) or their own word.
	Wording map[Position]string `json:"wording,omitempty" toml:"wording"`
}

// Source is one article: where it came from and how far to trust it.
type Source struct {
	ID          string `json:"id"`
	Path        string `json:"path"`
	Title       string `json:"title"`
	Outlet      string `json:"outlet,omitempty"`
	Published   string `json:"published,omitempty"` // YYYY, YYYY-MM or YYYY-MM-DD
	URL         string `json:"url,omitempty"`
	Reliability string `json:"reliability,omitempty"` // Admiralty grade A–F
	Notes       string `json:"notes,omitempty"`
	// SyndicatedFrom names the id of an earlier source this one copies;
	// such a copy is not independent confirmation.
	SyndicatedFrom string `json:"syndicated_from,omitempty"`

	// Text is the cleaned article body; it is not part of the JSON form.
	Text string `json:"-"`
	// Hash is the hex SHA-256 of the file's bytes.
	Hash string `json:"-"`
}

// Citation ties a fact to a verbatim quote of one source.
type Citation struct {
	Source string `json:"source"`
	Quote  string `json:"quote"`
}

// Figure is a reported number: a count of killed, fighters, attacks, money…
type Figure struct {
	ID           string     `json:"id"`
	Text         string     `json:"text"`
	Low          float64    `json:"low"`
	High         float64    `json:"high"`
	Qualifier    string     `json:"qualifier"` // about, nearly, more than, at least, up to, or empty
	What         FigureKind `json:"what"`
	Who          string     `json:"who"`
	Period       string     `json:"period"`
	AttributedTo string     `json:"attributed_to"`
	// Currency is the ISO 4217 code of a money figure (what = "money"),
	// such as "USD", "PKR" or "EUR"; empty for every other kind.
	Currency  string     `json:"currency,omitempty"`
	Date      string     `json:"date,omitempty"` // when reported: the citing source's publication date
	Citations []Citation `json:"citations"`
	Review    *Review    `json:"review,omitempty"`
}

// Event is something that happened at a date.
type Event struct {
	ID        string    `json:"id"`
	Date      string    `json:"date"` // YYYY, YYYY-MM or YYYY-MM-DD
	Precision Precision `json:"precision"`
	Summary   string    `json:"summary"`
	// Type is the event's kind in EventTypes (ACLED-like), empty when
	// unknown.
	Type   EventType `json:"type,omitempty"`
	Actors []string  `json:"actors"`
	// Figures are the ids of the figures (deaths, injuries …) reported
	// for this event.
	Figures   []string   `json:"figures,omitempty"`
	Citations []Citation `json:"citations"`
	Review    *Review    `json:"review,omitempty"`
}

// Stance is an actor's position on an issue.
type Stance struct {
	ID       string   `json:"id"`
	Actor    string   `json:"actor"`
	Issue    string   `json:"issue"`
	Position Position `json:"position"`
	// Speaker is who stated the position, as the source writes it (a
	// person, an office, a document): "Zabihullah Mujahid", "the foreign
	// ministry spokesperson". SpeakerActor is the configured actor that
	// speaker belongs to, or empty when the speaker is no actor's (an
	// analyst, a journalist, a third party reporting another's position).
	Speaker      string     `json:"speaker,omitempty"`
	SpeakerActor string     `json:"speaker_actor,omitempty"`
	Date         string     `json:"date,omitempty"`
	Precision    Precision  `json:"precision,omitempty"`
	Citations    []Citation `json:"citations"`
	Review       *Review    `json:"review,omitempty"`
	// ReadBy is ReadByModel when the stance model (an opt-in fallback,
	// less precise than the rules) read the stance, empty when the rules
	// did.
	ReadBy Reader `json:"read_by,omitempty"`
}

// Review records an analyst's decision about a fact, read back from a
// reviewed workbook.
type Review struct {
	Decision   Decision `json:"decision"`
	Correction string   `json:"correction,omitempty"`
	Original   string   `json:"original,omitempty"` // the extracted value a correction replaced
	// Where names the workbook cell the decision was read from, such as
	// "Figures!N14", for messages; it is not part of the JSON form.
	Where string `json:"-"`
	// Row is what the workbook row of the decision shows of its fact, by
	// column header in lower case ("credited to", "quote"), and its
	// sheet's name (a continued table's first) under "": review finds by
	// it the fact a row describes when the row's id has gone. Not part of
	// the JSON form.
	Row map[string]string `json:"-"`
}

// Cell is one cell of the stance matrix: an actor's latest known position on
// an issue as of the period's end.
type Cell struct {
	Actor     string     `json:"actor"`
	Issue     string     `json:"issue"`
	Position  Position   `json:"position"`
	Date      string     `json:"date,omitempty"`      // date of the latest statement
	Stances   []string   `json:"stances"`             // ids of the stances behind the cell
	Changed   bool       `json:"changed,omitempty"`   // new or different within the period
	Previous  Position   `json:"previous,omitempty"`  // the position before the period, if it differed
	Conflicts []Position `json:"conflicts,omitempty"` // other positions stated at the same latest date
}

// FigureGroup is a set of figures that count the same thing (same kind and
// who, same period); Conflict is set when their ranges do not overlap.
type FigureGroup struct {
	What     FigureKind `json:"what"`
	Who      string     `json:"who"`
	Period   string     `json:"period"`
	Figures  []string   `json:"figures"`
	Conflict bool       `json:"conflict,omitempty"`
}

// Timex is one date expression found in a source, in TimeML's value form.
type Timex struct {
	Source    string    `json:"source"`
	Text      string    `json:"text"`
	Value     string    `json:"value"`
	Precision Precision `json:"precision"`
}

// WebAddress reports whether s is an http or https address with a host:
// the only addresses the outputs make into links, so that a hostile
// "javascript:" or "file:" address in an article's front matter stays text.
func WebAddress(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
