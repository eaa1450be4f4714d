package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// TestEventSummariesQuoted checks that a summary does not stop at a short
// quotation its clause goes on into ("said he was “appalled” by the
// raid", "had been “looted and burned”"): the quoted words and the rest
// of the clause belong to it. The sentences are invented.
func TestEventSummariesQuoted(t *testing.T) {
	sat := report.Date{Year: 2025, Month: 4, Day: 12} // a Saturday
	tests := []struct {
		text string
		want []string // "date|summary"
	}{
		{`The envoy said Friday he was "appalled" by the shelling of the market, whose victims included four children.`,
			[]string{`2025-04-11|The envoy said Friday he was "appalled" by the shelling of the market`}},
		{`Also on Friday, the water board announced that two pumping stations in the north had been "looted and burned," leaving the town without water.`,
			[]string{`2025-04-11|Also on Friday, the water board announced that two pumping stations in the north had been "looted and burned"`}},
		{`On Friday the militia “seized the bridge” near the town.`,
			[]string{`2025-04-11|On Friday the militia “seized the bridge” near the town`}},
	}
	for _, tt := range tests {
		got := dateSummaries(demoDomain, "s1", tt.text, sat)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// TestEventDatelinesAndCredits checks a wire dateline whose place is in
// title case and whose agency follows the date ("Ostby, Apr. 12,
// (NNA/Wire) - "), and a date in a closing "according to" clause, which
// dates the clause it credits: the summary is what happened, not who
// said it. The sentences are invented.
func TestEventDatelinesAndCredits(t *testing.T) {
	sat := report.Date{Year: 2025, Month: 4, Day: 12} // a Saturday
	tests := []struct {
		text string
		want []string // "date|summary"
	}{
		{"Ostby, Apr. 12, (NNA/Wire) - About 40 villagers were killed in fighting near the dam, according to the army on Friday.",
			[]string{"2025-04-11|About 40 villagers were killed in fighting near the dam"}},
		{"Ostby, April 12 (Wire) - Rebels shelled the port on Friday.",
			[]string{"2025-04-11|Rebels shelled the port on Friday"}},
		{"Twelve guards were wounded in the raid on the depot, according to a police statement on Thursday.",
			[]string{"2025-04-10|Twelve guards were wounded in the raid on the depot"}},
		{"Rebels shelled the port - a key hub - on Friday.",
			[]string{"2025-04-11|Rebels shelled the port - a key hub - on Friday"}},
	}
	for _, tt := range tests {
		got := dateSummaries(demoDomain, "s1", tt.text, sat)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// TestEventSummariesLongSubject checks a summary whose clause opens with
// its verb of saying after a long appositive: when the subject does not
// fit, the summary is what was said; and a concessive "though" does not
// open a summary. The sentences are invented.
func TestEventSummariesLongSubject(t *testing.T) {
	sat := report.Date{Year: 2025, Month: 4, Day: 12} // a Saturday
	tests := []struct {
		text string
		want []string // "date|summary"
	}{
		{"The Norland Medics' Union, a group of doctors tracking the war, says at least 12 children and 9 women were among the dead in the shelling late on Friday by the militia on the town of Umra.",
			[]string{"2025-04-11|At least 12 children and 9 women were among the dead in the shelling late on Friday by the militia on the town of Umra"}},
		{`It was not clear when the militia took the bridge, though the group announced on its website Thursday that the bridge "is open to all," suggesting it was taken then.`,
			[]string{`2025-04-10|The group announced on its website Thursday that the bridge "is open to all," suggesting it was taken then`}},
	}
	for _, tt := range tests {
		got := dateSummaries(demoDomain, "s1", tt.text, sat)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// TestEventSummariesParticiple checks a dated clause that opens with a
// participle after a long first clause: it takes the subject back and
// leaves out the clause a subordinator opens after the date. The
// sentences are invented.
func TestEventSummariesParticiple(t *testing.T) {
	sat := report.Date{Year: 2025, Month: 4, Day: 12} // a Saturday
	tests := []struct {
		text string
		want []string // "date|summary"
	}{
		{"Several towns in the north were hit by militia rockets overnight, leaving three dead in Umra on Friday while falling debris from intercepted rockets injured six people in the capital.",
			[]string{"2025-04-11|Several towns in the north were hit by militia rockets overnight, leaving three dead in Umra on Friday"}},
	}
	for _, tt := range tests {
		got := dateSummaries(demoDomain, "s1", tt.text, sat)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// TestEventSummariesQuotedThenSpeaker checks a sentence that is a
// quotation closed with a comma and then its speaker and date: the
// summary is what was quoted, not "He said on Friday". A quotation inside
// the clause still goes on with the clause. The sentences are invented.
func TestEventSummariesQuotedThenSpeaker(t *testing.T) {
	sat := report.Date{Year: 2025, Month: 4, Day: 12} // a Saturday
	tests := []struct {
		text string
		want []string // "date|summary"
	}{
		{`"The militia shelled the market and killed many people there," he said on Friday.`,
			[]string{"2025-04-11|The militia shelled the market and killed many people there"}},
		{`“We think the toll under the ruins is high but there is no way to reach them,” the medic said by phone on Friday.`,
			[]string{"2025-04-11|We think the toll under the ruins is high but there is no way to reach them"}},
		{`The militia "stormed the hamlet of Umra" 40 km north of the town on Friday, a statement from the council said.`,
			[]string{`2025-04-11|The militia "stormed the hamlet of Umra" 40 km north of the town on Friday`}},
	}
	for _, tt := range tests {
		got := dateSummaries(demoDomain, "s1", tt.text, sat)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// TestEventSummariesDatelineDash checks summaries of wire shapes: a dateline
// whose dash is doubled ("Ostby, April 12 –– ") or glued to the story
// ("OSTBY (Wire) -The …"), two phrases fronted before the act ("On April
// 10, at about 4:30 p.m., a missile …"), and a sentence an "according to" opens, whose
// date and participle follow an apposition: the summary is what the
// source reports, with its subject and a quoted object. The sentences
// are invented.
func TestEventSummariesDatelineDash(t *testing.T) {
	sat := report.Date{Year: 2025, Month: 4, Day: 12} // a Saturday
	tests := []struct {
		text string
		want []string // "date|summary"
	}{
		{"OSTBY, April 12 –– The army today said one of its strikes killed seven aid workers.",
			[]string{"2025-04-12|The army today said one of its strikes killed seven aid workers"}},
		{"OSTBY (Wire) -The army on Friday said it had taken back the town of Kalmar.",
			[]string{"2025-04-11|The army on Friday said it had taken back the town of Kalmar"}},
		{"On April 10, at approximately 4:30 p.m., a missile was launched from the coast toward the port, the navy said.",
			[]string{"2025-04-10|On April 10, at approximately 4:30 p.m., a missile was launched from the coast toward the port"}},
		{"According to the Norland Bar, a legal aid group, the militia launched “a cruel raid” against farmers leaving the hamlet, east of the dam, on Friday, leaving 14 farmers dead and others hurt.",
			[]string{"2025-04-11|The militia launched “a cruel raid” against farmers leaving the hamlet on Friday, leaving 14 farmers dead and others hurt"}},
	}
	for _, tt := range tests {
		got := dateSummaries(demoDomain, "s1", tt.text, sat)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// dateSummaries returns the events extracted from text as "date|summary".
func dateSummaries(d Domain, id, text string, published report.Date) []string {
	var out []string
	for _, e := range New(d).Extract(id, text, published).Events {
		out = append(out, e.Date+"|"+e.Summary)
	}
	return out
}
