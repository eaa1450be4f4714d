package extract

import (
	"slices"
	"testing"

	"brief/report"
)

// TestEventSummariesWire checks event summaries and dates in shapes of
// wire copy; the sentences are invented.
func TestEventSummariesWire(t *testing.T) {
	sat := report.Date{Year: 2025, Month: 4, Day: 12} // a Saturday
	tests := []struct {
		text string
		want []string // "date|summary"
	}{
		// The subject of a reported clause, not the reporter, before a
		// clause whose subject stands before an aside.
		{"Omar Haddad, head of the district clinic, wrote on Facebook that seven nurses employed by a charity, including a surgeon, had been killed in the camp since the shelling resumed on Friday.",
			[]string{"2025-04-11|Seven nurses employed by a charity had been killed in the camp since the shelling resumed on Friday"}},
		// A closing clause that only says who spoke, with a long name.
		{"Nine people were killed and 30 injured in a strike on a market in the east, the health ministry in Ostby province said on Friday.",
			[]string{"2025-04-11|Nine people were killed and 30 injured in a strike on a market in the east"}},
		// A clause that reports, with only the date after "that": and
		// what was reported.
		{"The agency reported that on Thursday, one soldier and two civilians were killed after gunmen opened fire on a convoy.",
			[]string{"2025-04-10|The agency reported that on Thursday, one soldier and two civilians were killed after gunmen opened fire on a convoy"}},
		{"It said quoting the army's statement that on Friday night, troops raided a hideout in the hills.",
			[]string{"2025-04-11|It said quoting the army's statement that on Friday night, troops raided a hideout in the hills"}},
		// A clause that opens with its verb of saying takes its subject
		// from before the appositive.
		{"Omar Ali, the ministry's spokesman in Ostby, said in a statement sent to reporters on Friday that 21 people, including 12 civilians, were killed.",
			[]string{"2025-04-11|Omar Ali said in a statement sent to reporters on Friday that 21 people, including 12 civilians, were killed"}},
		// A closing clause that says only who told which outlet when.
		{"A bombing raid on the valley killed four farmers, a member of a local aid group told Radio Norland on Friday.",
			[]string{"2025-04-11|A bombing raid on the valley killed four farmers"}},
		// A dateline with an agency in capitals is no part of the summary.
		{"OSTBY, April 11 (NNA): International donors at a conference on Friday pledged $1.1 billion for the crisis.",
			[]string{"2025-04-11|International donors at a conference on Friday pledged $1.1 billion for the crisis"}},
		// A range of days after "between" gives both its days, as after "on".
		{"Between 7-9 April, the army conducted operations near the border, killing 12 militants.",
			[]string{"2025-04-07|Between 7-9 April, the army conducted operations near the border",
				"2025-04-09|Between 7-9 April, the army conducted operations near the border"}},
		// A count over months between two dates dates no event.
		{"The mission said 900 people were killed between January and March.", nil},
		// A quotation inside the clause a date is in.
		{`The militia "stormed the hamlet of Umra" 40 km north of the town on Friday, a statement from the council said.`,
			[]string{`2025-04-11|The militia "stormed the hamlet of Umra" 40 km north of the town on Friday`}},
		// A fronted span of time before the clause that tells what happened.
		{"Two days after the attack on Thursday, officials said three soldiers had died.",
			[]string{"2025-04-10|Two days after the attack on Thursday, officials said three soldiers had died"}},
		// A clause that opens with an irregular verb in the past takes the
		// subject before the asides.
		{"The war between the army, under its chief, and the militia, led by his former deputy, began last April 15.",
			[]string{"2024-04-15|The war between the army began last April 15"}},
		// An inverted closing attribution that holds the date keeps the
		// clause it reports, not only who spoke.
		{"The militia attacked the village 150 kilometres south of the city, said a Saturday statement from the local committee.",
			[]string{"2025-04-12|The militia attacked the village 150 kilometres south of the city, said a Saturday statement from the local committee"}},
		// The first clause stays the subject when no clause reports.
		{"Amir Khan, the group's foreign minister, proposed talks with the government on Friday.",
			[]string{"2025-04-11|Amir Khan proposed talks with the government on Friday"}},
	}
	for _, tt := range tests {
		got := dateSummaries(demoDomain, "s1", tt.text, sat)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}
