package report

import (
	"reflect"
	"strings"
	"testing"
)

// TestCheckDomain: each fault is found where it is, in list order, and a
// derivable domain checks a section's names only against a list given.
func TestCheckDomain(t *testing.T) {
	actors := []Actor{{Name: "A"}, {Name: ""}, {Name: "A"}, {Name: "B"}}
	issues := []Issue{{ID: "x"}, {ID: "x"}, {ID: "", Wording: map[Position]string{"says": "a", Deny: "b", "backs": "c"}}}
	sections := []Section{
		{Kind: SectionStances, Actors: []string{"A", "Z"}, Issues: []string{"y", "x"}},
		{Kind: "chart"},
	}
	tests := []struct {
		name      string
		actors    []Actor
		issues    []Issue
		sections  []Section
		derivable bool
		want      []DomainProblem
	}{
		{"every fault", actors, issues, sections, false, []DomainProblem{
			{Fault: ActorWithoutName, Index: 1},
			{Fault: ActorTwice, Index: 2, Value: "A"},
			{Fault: IssueTwice, Index: 1, Value: "x"},
			{Fault: UnknownWording, Index: 2, Value: "backs"},
			{Fault: UnknownWording, Index: 2, Value: "says"},
			{Fault: IssueWithoutID, Index: 2},
			{Fault: UnknownSectionActor, Index: 0, Item: 1, Value: "Z", Section: SectionStances},
			{Fault: UnknownSectionIssue, Index: 0, Item: 0, Value: "y", Section: SectionStances},
			{Fault: UnknownSectionKind, Index: 1, Value: "chart"},
		}},
		{"derivable with lists given", actors[3:], issues[:1], sections[:1], true, []DomainProblem{
			{Fault: UnknownSectionActor, Index: 0, Item: 0, Value: "A", Section: SectionStances},
			{Fault: UnknownSectionActor, Index: 0, Item: 1, Value: "Z", Section: SectionStances},
			{Fault: UnknownSectionIssue, Index: 0, Item: 0, Value: "y", Section: SectionStances},
		}},
		{"derivable without lists", nil, nil, sections[:1], true, nil},
		{"final without lists", nil, nil, sections[:1], false, []DomainProblem{
			{Fault: UnknownSectionActor, Index: 0, Item: 0, Value: "A", Section: SectionStances},
			{Fault: UnknownSectionActor, Index: 0, Item: 1, Value: "Z", Section: SectionStances},
			{Fault: UnknownSectionIssue, Index: 0, Item: 0, Value: "y", Section: SectionStances},
			{Fault: UnknownSectionIssue, Index: 0, Item: 1, Value: "x", Section: SectionStances},
		}},
		{"a sound domain", actors[3:], issues[:1], []Section{{Kind: SectionStances, Actors: []string{"B"}, Issues: []string{"x"}}}, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CheckDomain(tt.actors, tt.issues, tt.sections, tt.derivable)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("CheckDomain =\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}

// TestDomainWording: Validate words every fault of CheckDomain in the
// model's terms, at the path of the value.
func TestDomainWording(t *testing.T) {
	for _, f := range DomainFaults {
		v := &validator{b: &Brief{}}
		v.domainProblem(DomainProblem{Fault: f, Index: 2, Item: 1, Value: "v"})
		if len(v.problems) != 1 {
			t.Fatalf("fault %d: %d problems, want 1", f, len(v.problems))
		}
		p := v.problems[0]
		if p.Path == "" || !strings.Contains(p.Path, "[2]") || strings.Contains(p.Msg, "not as it should be") {
			t.Errorf("fault %d reads %q at %q, want its own wording at the value's path", f, p.Msg, p.Path)
		}
	}
}
