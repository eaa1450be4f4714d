package extract

import "testing"

// TestFigurePersonShapes checks shapes of real reporting around those
// counted: a part named without commas ("50 civilians including children
// were killed"), one person of a trade or rank counted by "a" ("wounding
// a flight attendant"), and a distance at sea that is no count. The
// sentences are invented.
func TestFigurePersonShapes(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"The agency reported that 40 villagers including women were killed and 12 injured.", []string{"40||killed", "12||injured"}},
		{"At least 25 civilians including children were killed in the raid.", []string{"25|at least|killed"}},
		{"Some 60 people including 20 children were killed.", []string{"60|about|killed", "20||killed"}},
		{"Gunmen fired at the aircraft, wounding a flight attendant.", []string{"1||injured"}},
		{"A firefighter was killed when the roof collapsed.", []string{"1||killed"}},
		{"A police sergeant was shot dead at the gate.", []string{"1||killed"}},
		{"The tanker was 40 nautical miles west of the port.", nil},
		{"The convoy stopped 300 yards from the checkpoint.", nil},
	})
}

// TestFigureAnotherOne checks "another" that counts one more person
// without a noun, and the uses of "another" that count no one. The
// sentences are invented.
func TestFigureAnotherOne(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"Gunmen stormed the post, killing one guard and wounding another.", []string{"1||killed", "1||injured"}},
		{"A driver was killed and another wounded in the ambush.", []string{"1||killed", "1||injured"}},
		{"One policeman died and another was injured.", []string{"1||killed", "1||injured"}},
		{"A soldier was killed and another soldier was wounded.", []string{"1||killed", "1||injured"}},
		{"Another 20 people were injured in the blast.", []string{"20||injured"}},
		{"The militias killed one another in the market.", nil},
		{"The rebels attacked another village on Monday.", nil},
		{"Another attack killed 5 soldiers.", []string{"5||killed"}},
	})
}

// TestFigureRescuedCaptives checks that those held and rescued are
// released, while others rescued stay a figure of kind other. The
// sentences are invented.
func TestFigureRescuedCaptives(t *testing.T) {
	checkFigures(t, []struct {
		text string
		want []string
	}{
		{"Special forces rescued four hostages held by the militia since May.", []string{"4||released"}},
		{"Two captives were rescued in the raid on the camp.", []string{"2||released"}},
		{"Twelve people were rescued from the river.", []string{"12||other"}},
	})
}
