package extract

import (
	"testing"

	"brief/report"
)

// Session 16 credit rules, each with invented sentences of the shape it
// reads (the shapes come from fresh whole news stories; no sentence here
// is quoted from one).

// TestCreditReportIssuer checks that a report whose issuer a sentence
// names ("X said in a report", "a study published by X") makes a later
// "the report said" or "according to the study" the issuer's, as "the
// statement said" is; a report that names itself ("a new UN report")
// keeps its whole name.
func TestCreditReportIssuer(t *testing.T) {
	tests := []struct {
		text string
		want map[float64]string
	}{
		{"The Norland Monitor said in a report published on Tuesday that 21 villagers were killed.\n\n" +
			"The gunmen rounded up about 30 young men at a market, according to the report.",
			map[float64]string{21: "The Norland Monitor", 30: "The Norland Monitor"}},
		{"Clashes rose in March, according to a study published by the Ostby Peace Institute.\n\n" +
			"Troops killed 156 fighters and arrested 66, the study said.",
			map[float64]string{156: "The Ostby Peace Institute", 66: "The Ostby Peace Institute"}},
		{"Rebels killed at least 131 people, a new UN report said.\n\n" +
			"At least 60 people were kidnapped, according to the report.",
			map[float64]string{131: "a new UN report", 60: "a new UN report"}},
	}
	for _, tt := range tests {
		f := New(Domain{}).Extract("s1", tt.text, report.Date{Year: 2025, Month: 3, Day: 12})
		checkCreditsByValue(t, f.Figures, tt.want)
	}
}

// TestCreditNamedAfterDescription checks that a body named after its
// description ("a think tank, the Norland Institute for Peace Studies
// (NIPS)") is credited with its name, and that a name that runs on
// through a place to its acronym ("the UN Mission in Norland (UNMIN)")
// keeps the place and the acronym.
func TestCreditNamedAfterDescription(t *testing.T) {
	tests := []struct{ text, want string }{
		{"There were 79 attacks last month, according to an Ostby-based think tank, the Norland Institute for Peace Studies (NIPS).",
			"an Ostby-based think tank, the Norland Institute for Peace Studies (NIPS)"},
		{"There were 79 attacks last month, according to a research group, Centre for Conflict and Security Studies (CCSS).",
			"a research group, Centre for Conflict and Security Studies (CCSS)"},
		{"At least 170 people were kidnapped, according to the UN Mission in South Norland (UNMISN).",
			"The UN Mission in South Norland (UNMISN)"},
		{"At least 12 people were killed, according to the regional governor, Ivo Marsh.", "the regional governor, Ivo Marsh"},
	}
	checkCredits(t, tests)
}

// TestCreditAsideBeforeAuxiliary checks that a speaker set before an
// aside is credited when an auxiliary stands between the aside and the
// verb ("the network, a volunteer group, has documented"), as it is
// without one.
func TestCreditAsideBeforeAuxiliary(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The Norland Doctors Network, a volunteer group, has documented nearly 1,500 deaths in the city.", "The Norland Doctors Network"},
		{"Local media, amid rising insecurity, have reported that two soldiers were killed.", "Local media"},
		{"The Norland Doctors Network, a volunteer group, said nearly 1,500 people died in the city.", "The Norland Doctors Network"},
	}
	checkCredits(t, tests)
}

// TestCreditClaimingAfterAct checks that "…, claiming to have killed 14"
// after a group's act credits the group, when the act's verb is
// irregular ("took", "made") and when an opening phrase stands before
// the group.
func TestCreditClaimingAfterAct(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Al-Norland took responsibility for the ambush, claiming to have killed fourteen soldiers.", "Al-Norland"},
		{"Al-Norland claimed responsibility for the ambush, claiming to have killed fourteen soldiers.", "Al-Norland"},
		{"Allied with the front, Al-Norland took responsibility for the ambush in a statement, saying it killed fourteen soldiers.", "Al-Norland"},
		{"Al-Norland made a statement on its radio, saying it killed fourteen soldiers.", "Al-Norland"},
	}
	checkCredits(t, tests)
}

// TestCreditRelativeSpeaker checks that a speaker named before ", who
// said" is credited with what the relative clause reports, and that a
// relative clause that reports nothing credits no one.
func TestCreditRelativeSpeaker(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The raid drew condemnation from the agency's director Ivo Marsh, who said at least 35 children were killed.", "the agency's director Ivo Marsh"},
		{"The raid drew condemnation from Ivo Marsh, who said 35 children were killed and more than 20 others injured.", "Ivo Marsh"},
		{"The raid drew condemnation from Ivo Marsh, who visited the camp where 35 children were killed.", ""},
	}
	checkCredits(t, tests)
}

// TestCreditPersonOfBody checks that a person named with the body they
// speak for and its acronym ("Ivo Marsh of the Norland Liberation Army
// (NLA) said") is credited whole, so that the credit holds the person and
// the body; a body's own name with its acronym keeps the acronym.
func TestCreditPersonOfBody(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Ivo Marsh of the Norland Liberation Army (NLA) said 11 civilians were killed.", "Ivo Marsh of the Norland Liberation Army (NLA)"},
		{"“They bombed two villages and killed 11 people,” Ana Berg of the Ostby Rights Group (ORG) said.", "Ana Berg of the Ostby Rights Group (ORG)"},
		{"The Norland Relief Agency (NRA) said 12 people were killed.", "NRA"},
		{"The Ministry of Health (MOH) said 12 people were killed.", "MOH"},
	}
	checkCredits(t, tests)
}

// TestCreditWhichSaid checks that a body named before ", which said" is
// credited with what the clause reports, in a clause closed by a comma
// too, where the clause is an aside of the sentence.
func TestCreditWhichSaid(t *testing.T) {
	text := "The toll includes 56 deaths in the previous day, according to the ministry, which said 97,590 people have been wounded since the war began on October 7, 2023."
	f := New(Domain{}).Extract("s1", text, report.Date{Year: 2024, Month: 10, Day: 8})
	checkCreditsByValue(t, f.Figures, map[float64]string{56: "the ministry", 97590: "the ministry"})
}

// TestCreditChurchSpeaks checks that a church is a body that speaks, its
// place phrase left out of the credit's start: "The Catholic Church in
// the country says" is the church's, not "the country"'s.
func TestCreditChurchSpeaks(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The Catholic Church in the country says the group has killed about 6,000 civilians since 2013.", "The Catholic Church in the country"},
	}
	checkCredits(t, tests)
}
