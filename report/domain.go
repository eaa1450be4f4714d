package report

import (
	"maps"
	"slices"
)

// DomainFault is a kind of fault CheckDomain finds.
type DomainFault int

// The faults of a domain: its actors, issues and sections.
const (
	ActorWithoutName    DomainFault = iota + 1 // an actor's name is empty
	ActorTwice                                 // two actors have the same name
	IssueWithoutID                             // an issue's id is empty
	IssueTwice                                 // two issues have the same id
	UnknownWording                             // an issue's wording names no position
	UnknownSectionKind                         // a section's kind is none of SectionKinds
	UnknownSectionActor                        // a section lists an actor no actor names
	UnknownSectionIssue                        // a section lists an issue no issue has as id
)

// DomainFaults lists every DomainFault.
var DomainFaults = []DomainFault{ActorWithoutName, ActorTwice, IssueWithoutID, IssueTwice,
	UnknownWording, UnknownSectionKind, UnknownSectionActor, UnknownSectionIssue}

// DomainProblem is one fault of a domain, for the caller to word in its
// own terms: a configuration's [[actor]] tables, a model's "actors" list.
type DomainProblem struct {
	Fault DomainFault
	// Index is the actor's, issue's or section's place in its list.
	Index int
	// Item is the place of the unknown name in the section's Actors or
	// Issues (UnknownSectionActor, UnknownSectionIssue).
	Item int
	// Value is the name, id, wording's position or section kind at fault.
	Value string
	// Section is the kind of the section that lists an unknown actor or
	// issue.
	Section SectionKind
}

// CheckDomain checks a domain, in the order of its lists: actors, issues,
// then each section. Every actor needs a name and every issue an id, none
// given twice, and an issue's wording only positions of Positions; every
// section a kind of SectionKinds, and its actors and
// issues must be among those given. When derivable, an empty list of
// actors or issues is one to be derived later (a model that lacks them),
// so a section's names are checked only against a list that is given.
func CheckDomain(actors []Actor, issues []Issue, sections []Section, derivable bool) []DomainProblem {
	var problems []DomainProblem
	add := func(p DomainProblem) { problems = append(problems, p) }
	names := make(map[string]bool, len(actors))
	for i, a := range actors {
		switch {
		case a.Name == "":
			add(DomainProblem{Fault: ActorWithoutName, Index: i})
			continue
		case names[a.Name]:
			add(DomainProblem{Fault: ActorTwice, Index: i, Value: a.Name})
		}
		names[a.Name] = true
	}
	ids := make(map[string]bool, len(issues))
	for i, is := range issues {
		for _, p := range slices.Sorted(maps.Keys(is.Wording)) {
			if !slices.Contains(Positions, p) {
				add(DomainProblem{Fault: UnknownWording, Index: i, Value: string(p)})
			}
		}
		switch {
		case is.ID == "":
			add(DomainProblem{Fault: IssueWithoutID, Index: i})
			continue
		case ids[is.ID]:
			add(DomainProblem{Fault: IssueTwice, Index: i, Value: is.ID})
		}
		ids[is.ID] = true
	}
	checkActors := !derivable || len(actors) > 0
	checkIssues := !derivable || len(issues) > 0
	for i, s := range sections {
		if !slices.Contains(SectionKinds, s.Kind) {
			add(DomainProblem{Fault: UnknownSectionKind, Index: i, Value: string(s.Kind)})
		}
		for j, a := range s.Actors {
			if checkActors && !names[a] {
				add(DomainProblem{Fault: UnknownSectionActor, Index: i, Item: j, Value: a, Section: s.Kind})
			}
		}
		for j, id := range s.Issues {
			if checkIssues && !ids[id] {
				add(DomainProblem{Fault: UnknownSectionIssue, Index: i, Item: j, Value: id, Section: s.Kind})
			}
		}
	}
	return problems
}
