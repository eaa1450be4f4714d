package extract

import (
	"testing"

	"brief/report"
)

// TestVerdicts checks positions taken by judging an issue: in a predicate
// after it, or by naming it.
func TestVerdicts(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Iran said the talks were \u201cvery productive\u201d.", "Iran/talks/support"},
		{"Oman said talk of a truce was premature.", "Oman/truce/oppose"},
		{"Iran said the talks were not acceptable.", "Iran/talks/oppose"},
		{"Iran said the talks were not a failure.", ""},
		{"Oman called the truce \u201ca crucial step\u201d on Monday.", "Oman/truce/support"},
		{"Egypt branded the talks a farce.", "Egypt/talks/oppose"},
		{"Iran said those willing to talk would be welcome.", ""},
	} {
		if got := stanceList(New(relativeDomain).Extract("s", tc.text, report.Date{})); got != tc.want {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestPartiesWhoHold checks an issue whose parties are named as it goes on.
func TestPartiesWhoHold(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Talks between Iran and Oman resumed on Monday.", "Iran/talks/support, Oman/talks/support"},
		{"The truce between Egypt and the Houthis has held since May.", "Egypt/truce/support, Houthis/truce/support"},
		{"Talks between Iran and Oman would resume if the strikes stopped.", ""},
	} {
		if got := stanceList(New(relativeDomain).Extract("s", tc.text, report.Date{})); got != tc.want {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
