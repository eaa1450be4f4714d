package suggest

import (
	"strings"

	"brief/report/extract/lexicon"
)

// Kind is what a suggestion adds to the configuration.
type Kind string

// The kinds of suggestion.
const (
	IssueTerm Kind = "term"     // a term of an existing issue
	Alias     Kind = "alias"    // another name of an existing actor
	Person    Kind = "person"   // a person who speaks for an existing actor
	Demonym   Kind = "demonym"  // an adjective naming an existing actor's people or officials
	NewActor  Kind = "actor"    // an actor the configuration lacks
	Unplaced  Kind = "unplaced" // a recurring phrase with no issue to give it to
)

// field is the configuration key a kind of suggestion goes into.
func (k Kind) field() string {
	switch k {
	case IssueTerm:
		return "terms"
	case Alias:
		return "aliases"
	case Person:
		return "people"
	case Demonym:
		return "demonyms"
	}
	return ""
}

// Confidence is how sure a suggestion's placement is: which issue a term
// belongs to, or which actor a name stands for. A term is sure of its
// issue when two articles or more show it and three quarters or more of
// the evidence points to that issue (a score of 3 or more: see place);
// likely when half or more does (2 or more); else a guess. What one
// article shows is never sure: its sentence and the sentences beside it
// are one piece of evidence, however lopsided.
type Confidence int

// The levels of confidence, weakest first.
const (
	Guess Confidence = iota
	Likely
	Sure
)

func (c Confidence) String() string {
	return [...]string{"guess", "likely", "sure"}[c]
}

// wordSet is a set of lower-case words.
type wordSet map[string]bool

func setOf(lists ...[]string) wordSet {
	s := wordSet{}
	for _, l := range lists {
		for _, w := range l {
			s[strings.ToLower(w)] = true
		}
	}
	return s
}

var lex = lexicon.Default()

// functionWords never make a term by themselves: articles, pronouns,
// auxiliaries, prepositions, conjunctions and the like.
var functionWords = setOf(strings.Fields(`a an the this that these those its it their they them
	his her he she we us our you your i me my who whom whose which what when where why how
	is are was were be been being am has have had having do does did doing will would shall
	should can could may might must not no nor never n't to of in on at by for from with
	without into onto over under about against between among through during before after
	since until unless while as than then so such also too very more most much many some any
	all both each every either neither other another own same only just even still yet again
	further once here there now if or and but because although though whether up down out off
	away back around per via within upon amid toward towards across behind beyond near
	one two three four five six seven eight nine ten first second third last next new
	mr mrs ms dr s 's`), lex.List("weekdays"), lex.List("eventMonths"))

// genericWords are content words too general to name an issue: the
// parties and their offices, time, place, talk about talk.
var genericWords = setOf(strings.Fields(`people person country countries nation nations state
	states side sides party parties group groups week weeks day days month months year years
	time times today yesterday tomorrow tonight morning evening night way ways part parts thing
	things situation issue issues matter matters effort efforts step steps statement statements
	meeting meetings call calls decision decisions number numbers region regions area areas city
	cities town towns world region international regional national local official officials
	leader leaders president minister ministers spokesman spokesperson spokeswoman government
	governments authorities authority member members community communities position positions
	comment comments remarks report reports news media press conference interview question
	questions answer view views point points case cases kind sort lot lots place places
	term terms level levels order move moves plan plans idea ideas hope hopes need needs
	interest interests concern concerns possible necessary important immediate immediately
	full fully clear clearly strong strongly continued continuing current recent recently
	ongoing early late latest further certain several various many few whole entire total
	told say says said saying added stated noted according asked urged called
	use used uses using make made take taken give given get go come allow allowed continue
	continued keep work help need want seek try ensure provide send bring put set hold held
	operate include including remain become anyone anything someone something everyone`),
	lex.List("roleNouns"), lex.List("roleModifiers"))

// clauseStops end the words a cue governs: a new clause, a report of
// speech, or a cause.
var clauseStops = setOf(strings.Fields(`that which who whom whose while whereas but because
	after before as when if unless until although though since so said says saying told
	according adding noting stating amid despite following`))

// joiners may stand inside a term's phrase between two of its words:
// "withdrawal of troops", "halt the fighting", "pause in fighting",
// "attacks on ships".
var joiners = setOf([]string{"of", "the", "in", "on"})

// orgWords make a run of capitalised words a body rather than a person.
var orgWords = setOf(strings.Fields(`ministry office council forces force army movement group
	front party union nations authority agency department committee commission government
	organization organisation court bank programme program fund alliance coalition command
	administration parliament assembly cabinet police navy guard guards brigade brigades
	battalion division corps service services mission institute center centre association
	league federation community conference secretariat embassy house presidency`))

// mediaWords name outlets, which are credited, not parties.
var mediaWords = setOf(strings.Fields(`news reuters afp ap bbc cnn times post tv television radio
	agency press journal daily herald tribune gazette telegraph guardian jazeera arabiya qahera
	dawn xinhua tass ria interfax x twitter facebook telegram`))

// titleWords are offices and honorifics that stand before a person's
// name and are not part of it.
var titleWords = setOf(strings.Fields(`president prime minister secretary general gen senior
	foreign deputy acting chief spokesperson spokesman spokeswoman ambassador envoy special
	representative commander leader head chairman director sheikh king queen prince emir
	colonel col major maj lieutenant lt captain capt admiral adm brigadier brig defence defense
	interior state affairs chancellor vice former interim supreme mr mrs ms dr
	national security adviser advisor assistant presidential mediator facilitator`),
	lex.List("titleAbbrevs"))

// sentenceOpeners are capitalised at a sentence's start only: never a name.
var sentenceOpeners = setOf(strings.Fields(`the a an this that these those it its in on at
	for from with by after before during since when while however but and or meanwhile
	earlier later also still yet as if although though despite under over about against
	according we they he she his her their our i you there here what why how who which
	last next first second third some many most all both each every one two three`),
	lex.List("weekdays"), lex.List("eventMonths"))

// nameParticles join a person's name ("Khalil al-Hayya").
var nameParticles = setOf(lex.List("nameParticles"))

// roleNouns are the offices that speak for an actor ("spokesman").
var roleNouns = setOf(lex.List("roleNouns"), strings.Fields(`head chief chairman secretary
	commander leader`))

// placeWords make a run of capitalised words a place, not a person.
var placeWords = setOf(strings.Fields(`sea gulf strait ocean river lake island islands city
	province region state district valley mountains coast bay port airport crossing border
	square street road camp strip bank east west north south central`))
