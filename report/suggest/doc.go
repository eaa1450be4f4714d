// Package suggest reads a configuration and its articles, runs the
// extractor, and reports what the configuration likely lacks: the words
// the articles use for an issue that no configured term matches, and the
// parties that speak or act in them under names no actor carries. It
// ranks each suggestion by how many articles show it, with one example
// sentence and its file and line, and can write the configuration back
// with the suggestions a user would accept by default (see Accepted),
// each added line commented with its evidence.
//
// It works from the extractor's own reading (extract.Extractor.Parts):
//
//   - An issue word is a phrase after a stance cue ("called for", "urged",
//     "rejected") in a sentence where the extractor found a party and the
//     cue but no issue term: the cue's object noun phrase, or its verb
//     and object. Phrases are grouped by their content words' lemmas, so
//     "withdrawal of troops" and "troops withdrawn" are one suggestion.
//     Each is given to the configured issue it most likely belongs to, by
//     the lemmas it shares with the label and terms, the issues of
//     the sentences around it, and the issues of the other sentences that
//     use its words; how far ahead the winner is says how sure that is:
//     sure when three quarters of the evidence or more points to it and
//     two articles or more show the phrase, likely when half does, else
//     a guess. A phrase one article shows is at most likely.
//   - An actor is a name, a demonym ("Qatari") or an office of a named
//     party ("head of Hamas") that stands where a speaker or the subject
//     of a cue stands and matches no actor, alias, person or demonym. A
//     person named beside an actor's office ("Lawrence Kanyuka, a
//     spokesman for the M23") is proposed as that actor's person, an
//     office or a body after an actor's possessive as its alias, and a
//     country or body with no actor as a new actor.
//
// Suggestions change nothing by themselves: Apply writes them into the
// user's configuration text, in place, leaving every other byte as it was.
package suggest
