package extract

import "testing"

// TestFigureWireShapes checks figures in shapes of wire copy on the
// wars of 2023-2025; the sentences are invented.
func TestFigureWireShapes(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		// A part of a toll whose whole has no number.
		{"Many thousands of people have been killed, including up to 9,000 in a single town.", []string{"9000|up to|killed"}},
		{"Scores of people were wounded, including 40 children.", []string{"40||injured"}},
		{"Many have fled, including 2,000 families from the camp.", []string{"2000||displaced"}},
		{"Talks continued, including 3 rounds in Doha.", nil},
	})
}
