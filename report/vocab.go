package report

import (
	"fmt"
	"slices"
	"strings"
)

// The model's closed vocabularies. Each is a named string type whose
// values are the constants below and whose list (Positions, FigureKinds …)
// gives them in order. A value read from outside — a configuration, a
// model's JSON, an analyst's review — is parsed with the type's Parse
// function (or checked by Validate) at that edge; inside, a switch over
// one covers every constant.

// Position is an actor's stance on an issue (Stance.Position).
type Position string

// The positions.
const (
	Support     Position = "support"
	Oppose      Position = "oppose"
	Conditional Position = "conditional"
	Demand      Position = "demand"
	Propose     Position = "propose"
	Deny        Position = "deny"
)

// Positions lists the values of Stance.Position.
var Positions = []Position{Support, Oppose, Conditional, Demand, Propose, Deny}

// ParsePosition reads a position, in any case and with spaces around it.
func ParsePosition(s string) (Position, error) {
	return parse(s, Positions, "position")
}

// Reader is what read a stance from its sentence (Stance.ReadBy): the
// stance model, or the rules when empty.
type Reader string

// The readers other than the rules.
const ReadByModel Reader = "model"

// Readers lists the values of Stance.ReadBy, empty (the rules) aside.
var Readers = []Reader{ReadByModel}

// FigureKind is what a reported figure counts (Figure.What).
type FigureKind string

// The figure kinds. Money takes its currency in Figure.Currency; MoneyUSD
// and MoneyPKR are the older spellings of money in those currencies, still
// read. Released counts hostages, detainees or prisoners set free or
// exchanged.
const (
	Killed      FigureKind = "killed"
	Injured     FigureKind = "injured"
	Attacks     FigureKind = "attacks"
	Fighters    FigureKind = "fighters"
	People      FigureKind = "people"
	Displaced   FigureKind = "displaced"
	Arrested    FigureKind = "arrested"
	Abducted    FigureKind = "abducted"
	Released    FigureKind = "released"
	Troops      FigureKind = "troops"
	Money       FigureKind = "money"
	MoneyUSD    FigureKind = "money_usd"
	MoneyPKR    FigureKind = "money_pkr"
	OtherFigure FigureKind = "other"
)

// FigureKinds lists the values of Figure.What.
var FigureKinds = []FigureKind{Killed, Injured, Attacks, Fighters, People, Displaced,
	Arrested, Abducted, Released, Troops, Money, MoneyUSD, MoneyPKR, OtherFigure}

// ParseFigureKind reads a figure kind, in any case and with spaces around
// it.
func ParseFigureKind(s string) (FigureKind, error) {
	return parse(s, FigureKinds, "figure kind")
}

// Qualifiers lists the values of Figure.Qualifier besides the empty one.
var Qualifiers = []string{"about", "nearly", "more than", "at least", "up to"}

// Precision is how finely a date is known (Event.Precision,
// Stance.Precision, Timex.Precision).
type Precision string

// The precisions, finest first.
const (
	Day    Precision = "day"
	Week   Precision = "week"
	Month  Precision = "month"
	Season Precision = "season"
	Year   Precision = "year"
)

// Precisions lists the values of Event.Precision, finest first.
var Precisions = []Precision{Day, Week, Month, Season, Year}

// ParsePrecision reads a precision, in any case and with spaces around it.
func ParsePrecision(s string) (Precision, error) {
	return parse(s, Precisions, "precision")
}

// EventType is an event's kind (Event.Type), after ACLED's event types and
// CAMEO's root codes (see docs/model.md for the mapping); empty when
// unknown.
type EventType string

// The event types.
const (
	Battle                   EventType = "battle"
	Explosion                EventType = "explosion"
	ViolenceAgainstCivilians EventType = "violence_against_civilians"
	Arrest                   EventType = "arrest"
	Displacement             EventType = "displacement"
	Agreement                EventType = "agreement"
	Statement                EventType = "statement"
	Protest                  EventType = "protest"
	OtherEvent               EventType = "other"
)

// EventTypes lists the values of Event.Type.
var EventTypes = []EventType{Battle, Explosion, ViolenceAgainstCivilians, Arrest,
	Displacement, Agreement, Statement, Protest, OtherEvent}

// ParseEventType reads an event type, in any case and with spaces around
// it.
func ParseEventType(s string) (EventType, error) {
	return parse(s, EventTypes, "event type")
}

// SectionKind is what a section of the brief shows (Section.Kind).
type SectionKind string

// The section kinds, in the order a default brief uses them.
const (
	SectionSummary  SectionKind = "summary"  // key points
	SectionStances  SectionKind = "stances"  // actor × issue matrix
	SectionTimeline SectionKind = "timeline" // dated events
	SectionFigures  SectionKind = "figures"  // reported figures
	SectionSources  SectionKind = "sources"  // numbered endnotes
)

// SectionKinds lists every section kind.
var SectionKinds = []SectionKind{SectionSummary, SectionStances, SectionTimeline, SectionFigures, SectionSources}

// FactKind is which of the model's lists a fact comes from
// (Rejected.Kind).
type FactKind string

// The fact kinds.
const (
	FigureFact FactKind = "figure"
	EventFact  FactKind = "event"
	StanceFact FactKind = "stance"
	// LeadFact is a lead an analyst rejected (no fact, but kept out of
	// the brief as the rejected facts are).
	LeadFact FactKind = "lead"
)

// FactKinds lists every fact kind.
var FactKinds = []FactKind{FigureFact, EventFact, StanceFact, LeadFact}

// LeadReason is why no position was read where an actor and an issue
// meet (Lead.Reason), in the terms of `brief extract --explain`.
type LeadReason string

// The lead reasons, the likeliest missed positions first.
const (
	// LeadCueRefused: the sentence has a cue (a word that shows a
	// position), but a rule refused it: negated, hedged, another's clause
	// (Lead.Detail says which).
	LeadCueRefused LeadReason = "cue_refused"
	// LeadNotJoined: the sentence has a cue, but no rule joins it to
	// this actor and this issue (it gave another actor's or another
	// issue's position, or none).
	LeadNotJoined LeadReason = "not_joined"
	// LeadNoCue: the actor and the issue term only, no cue: the position,
	// if any, is in words the lexicon lacks.
	LeadNoCue LeadReason = "no_cue"
)

// LeadReasons lists the values of Lead.Reason.
var LeadReasons = []LeadReason{LeadCueRefused, LeadNotJoined, LeadNoCue}

// Text is a lead's reason in an analyst's words.
func (r LeadReason) Text() string {
	switch r {
	case LeadCueRefused:
		return "a word showing a position, but a rule set it aside"
	case LeadNotJoined:
		return "a word showing a position, not joined to this actor and issue"
	case LeadNoCue:
		return "no word showing a position"
	}
	return string(r)
}

// Decision is an analyst's verdict on a fact in review (Review.Decision).
type Decision string

// The review decisions.
const (
	DecisionAccept  Decision = "accept"
	DecisionReject  Decision = "reject"
	DecisionCorrect Decision = "correct"
	// DecisionConflict marks a fact given different decisions in different
	// rows of a reviewed workbook; review.ApplyReview reports it and leaves
	// the fact as extracted.
	DecisionConflict Decision = "conflict"
	// DecisionFormula marks a fact whose Review or Correction cell holds
	// a formula, which brief does not evaluate (Review.Correction holds the
	// formula); review.ApplyReview reports it and leaves the fact as
	// extracted.
	DecisionFormula Decision = "formula"
)

// parse reads s, lower-cased and trimmed, as one of a vocabulary's values;
// what names the vocabulary in the error.
func parse[T ~string](s string, values []T, what string) (T, error) {
	v := T(strings.ToLower(strings.TrimSpace(s)))
	if slices.Contains(values, v) {
		return v, nil
	}
	return "", fmt.Errorf("%s %q is not one of %s", what, s, Join(values, ", "))
}

// Join writes a vocabulary's values with sep between them, as
// strings.Join does for strings.
func Join[T ~string](values []T, sep string) string {
	s := make([]string, len(values))
	for i, v := range values {
		s[i] = string(v)
	}
	return strings.Join(s, sep)
}
