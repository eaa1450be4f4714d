package extract

import "testing"

// TestFigureNewsShapes checks kinds in shapes of real news copy; the
// sentences are invented.
func TestFigureNewsShapes(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		// A relative clause on those counted stands between them and
		// their verb; its own verb counts when it says what happened.
		{"Four guards who tried to flee the camp were shot dead.", []string{"4||killed"}},
		{"Two farmers who refused to pay the levy were abducted.", []string{"2||abducted"}},
		{"Nine students who had joined the march were arrested by police.", []string{"9||arrested"}},
		{"The three nurses who were injured were taken to Ostby.", []string{"3||injured"}},
		// A trigger used as a modifier yields to the verb that ends it.
		{"At least five kidnapped aid-agency drivers have been killed by the gang.", []string{"5|at least|killed"}},
		{"Eight abducted pupils were freed on Sunday.", []string{"8||released"}},
		{"Three wounded guards were evacuated to Ostby.", []string{"3||injured"}},
		// "as" opens a clause of its own: what it counts is not the dead.
		{"Two people were killed as 9 Norland drones struck a depot in Ostby on Friday.", []string{"2||killed"}},
		// A place after "at", "near", "outside" between those counted and their verb.
		{"Two watchmen at a pumping station had been killed.", []string{"2||killed"}},
		{"Four farmers near the border were wounded by shelling.", []string{"4||injured"}},
		// An item of a list without a number between the trigger and the count.
		{"A strike hit a flat, killing a child, three women and a man.", []string{"3||killed"}},
		// "the injury of".
		{"The blast led to the injury of four guards.", []string{"4||injured"}},
		// "Those killed … included".
		{"Those killed in the raid included 7 policemen and two drivers.", []string{"7||killed", "2||killed"}},
		{"The delegation included 12 ministers.", []string{"12||other"}},
		// A place's long name between those counted and their verb.
		{"At least 40 civilians in the Federal Republic of Norland were killed in May.", []string{"40|at least|killed"}},
		{"Some 300 families in the Democratic Republic of the Ostland have fled.", []string{"300|about|displaced"}},
	})
}
