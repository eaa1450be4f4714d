package extract

import (
	"testing"

	"brief/report"
)

// relativeDomain is an invented domain for sentences whose subject stands
// before a relative or appositive clause.
var relativeDomain = Domain{
	Actors: []report.Actor{
		{Name: "Saudi Arabia"}, {Name: "Iran"}, {Name: "Houthis"}, {Name: "Oman", Aliases: []string{"Muscat"}},
		{Name: "Yemeni government", Aliases: []string{"government of Yemen"}},
		{Name: "Egypt"},
	},
	Issues: []report.Issue{
		{ID: "truce", Label: "Truce", Terms: []string{"truce"}},
		{ID: "talks", Label: "Talks", Terms: []string{"talks"}},
	},
}

func TestRelativeClauses(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Saudi Arabia and Iran, which had sent envoys to both capitals last week, welcomed the truce.",
			"Iran/truce/support, Saudi Arabia/truce/support"},
		{"The government of Yemen, which was not represented in Muscat, criticised the talks.",
			"Yemeni government/talks/oppose"},
		{"Oman, whose envoy spent a week in Sanaa, welcomed the talks.", "Oman/talks/support"},
		{"Egypt, a close ally of Riyadh, rejected the truce.", "Egypt/truce/oppose"},
	} {
		if got := stanceList(New(relativeDomain).Extract("s", tc.text, report.Date{})); got != tc.want {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

func TestRelativeObjects(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Observers doubt the truce Oman and Egypt signed last week.", "Egypt/truce/support, Oman/truce/support"},
		{"Sanaa has seen no talks Iran has always rejected.", "Iran/talks/oppose"},
		{"The truce that Egypt accepted began on Friday.", "Egypt/truce/support"},
	} {
		if got := stanceList(New(relativeDomain).Extract("s", tc.text, report.Date{})); got != tc.want {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

func TestRelativeObjectLists(t *testing.T) {
	text := "Iran accepted the truce that Saudi Arabia, Oman and Norway proposed in May."
	want := "Iran/truce/support, Oman/truce/propose, Saudi Arabia/truce/propose"
	if got := stanceList(New(relativeDomain).Extract("s", text, report.Date{})); got != want {
		t.Errorf("%s\n got  %q\n want %q", text, got, want)
	}
}

func TestGroupPhrase(t *testing.T) {
	text := "Envoys of Saudi Arabia, Oman, Iran and Norway met in Geneva. The four governments called on the Houthis to accept a truce."
	want := "Saudi Arabia/truce/demand, Oman/truce/demand, Iran/truce/demand"
	if got := stanceList(New(relativeDomain).Extract("s", text, report.Date{})); got != want {
		t.Errorf("%s\n got  %q\n want %q", text, got, want)
	}
}
