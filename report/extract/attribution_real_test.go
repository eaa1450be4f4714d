package extract

import (
	"brief/report"
	"slices"
	"strings"
	"testing"
)

// TestCreditReal checks whom figures are credited to in the shapes of
// real reporting: the nearest reporting frame, a source named after the
// figure, a speaker who told an outlet, and no credit from words that
// only look like a source.
func TestCreditReal(t *testing.T) {
	tests := []struct{ text, want string }{
		// The nearest reporting frame.
		{"According to the XYZ TV channel, the UN's monitoring report estimates 6,000–6,500 fighters in the country.",
			"The UN's monitoring report"},
		{"Residents told an AP reporter that at least 13 people died in the strike.", "Residents"},
		{"Security officials told Dawn that at least 20 terrorists were killed.", "Security officials"},
		{"However, security officials, speaking on condition of anonymity, told Dawn that 20 terrorists were killed.", "security officials"},
		{"But residents and two security sources told the newspaper that at least 17 soldiers were killed.", "residents and two security sources"},
		{"Hamas fighters killed 1,200 people, Israeli officials told Reuters.", "Israeli officials"},
		{"Two officials within the Taliban told Harici on Saturday that 300 fighters had moved.", "Two officials within the Taliban"},
		{"Four soldiers were wounded, a military spokesman told AFP.", "a military spokesman"},
		{"The TTP claimed that 50 people, including 27 women and children, were killed.", "The TTP"},
		// A source named after the figure.
		{"Security forces killed 12 terrorists in North Waziristan: ISPR", "ISPR"},
		{"Twenty civilians were killed in the shelling — health ministry", "health ministry"},
		{"Five soldiers were martyred in the attack - ISPR.", "ISPR"},
		// No credit from words that only look like a source.
		{"For the first time, 30 militants surrendered to the army.", ""},
		{"Acting on credible intelligence, security forces killed 5 terrorists.", ""},
		{"Security forces conducted the operation on credible intelligence and killed 5 terrorists.", ""},
		{"1 fatality reported.", ""},
		{"Twelve people were killed in clashes on the border between Pakistan – Afghanistan", ""},
		{"The army, for the first time, said 30 militants had surrendered.", "The army"},
		{"The ISPR, in a statement, said 12 terrorists were killed.", "The ISPR"},
		{"Credible intelligence reports said 40 fighters had gathered.", ""},
		{"Two officials reported 5 deaths.", "Two officials"},
		{"The attack was the first of its kind, killing 12 people: a grim milestone.", ""},
		{"The EU, which paid 40 million euros for the mission in 2022, said in June that support was under review.", ""},
	}
	am := newActorMatcher(testActors)
	for _, tt := range tests {
		fs := figuresIn(sentence(tt.text), am)
		if len(fs) == 0 {
			t.Errorf("figuresIn(%q): no figure", tt.text)
			continue
		}
		for _, f := range fs {
			if f.AttributedTo != tt.want {
				t.Errorf("figure %q of %q credited to %q, want %q", f.Text, tt.text, f.AttributedTo, tt.want)
			}
		}
	}
}

// TestCreditCarriedReal checks credits carried from the sentence before:
// "he added" is the speaker's, not the outlet he spoke to; "It cites" is
// the report the sentence before names.
func TestCreditCarriedReal(t *testing.T) {
	text := "TTP chief Noor Wali Mehsud told Geo News that talks had failed. “Around 35 to 40 of our men are held,” he added.\n\n" +
		"The UN Monitoring Team's latest report was released on Monday. It cites 6,500 TTP fighters in Afghanistan."
	var sents []Sentence
	for _, p := range []string{"TTP chief Noor Wali Mehsud told Geo News that talks had failed.",
		"“Around 35 to 40 of our men are held,” he added.",
		"The UN Monitoring Team's latest report was released on Monday.", "It cites 6,500 TTP fighters in Afghanistan."} {
		i := strings.Index(text, p)
		sents = append(sents, Sentence{Text: p, Start: i, End: i + len(p), Index: len(sents)})
	}
	want := []string{"TTP chief Noor Wali Mehsud", "TTP chief Noor Wali Mehsud", "", "The UN Monitoring Team's latest report"}
	if got := creditsOf(text, sents); !slices.Equal(got, want) {
		t.Errorf("creditsOf\n got %q\nwant %q", got, want)
	}
}

// TestOwnOutlet checks that an outlet is no source in its own article:
// what "Dawn reported" in Dawn is Dawn's own reporting.
func TestOwnOutlet(t *testing.T) {
	text := "Dawn reported that 12 militants were killed in the raid. Reuters reported that 40 fighters crossed the border."
	f := New(demoDomain).Extract("s1", text, report.Date{Year: 2024, Month: 5, Day: 1})
	if len(f.Figures) != 2 || f.Figures[0].AttributedTo != "Dawn" {
		t.Fatalf("figures %+v: want two, the first credited to Dawn before OwnOutlet", f.Figures)
	}
	OwnOutlet(&f, "Dawn")
	var got []string
	for _, fig := range f.Figures {
		got = append(got, fig.AttributedTo)
	}
	if want := []string{"", "Reuters"}; !slices.Equal(got, want) {
		t.Errorf("credits %q, want %q", got, want)
	}
	for _, outlet := range []string{"The Express Tribune", "express tribune", "Express Tribune (PTI)"} {
		if !sameOutlet("The Express Tribune", outlet) {
			t.Errorf("sameOutlet(%q, %q) = false", "The Express Tribune", outlet)
		}
	}
	if sameOutlet("Reuters", "Dawn") || sameOutlet("", "Dawn") || sameOutlet("the", "The Hindu") {
		t.Error("sameOutlet matches different outlets")
	}
}
