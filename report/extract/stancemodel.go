package extract

import (
	"bufio"
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"

	"brief/report"
)

// stanceClasses are the model's classes: no stance, then the positions.
var stanceClasses = append([]report.Position{""}, report.Positions...)

// numStanceClasses is len(stanceClasses), as a constant for the scorer's
// arrays (TestStanceClassCount keeps the two equal).
const numStanceClasses = 7

// stanceModel is a multinomial logistic model over candidate features
// (classifyFeatures): one weight a feature and class.
type stanceModel struct {
	Weights map[string][]float64 // feature → weight per class of stanceClasses
	// Threshold is the least probability of its position at which a
	// candidate the rules left undecided is read as a stance.
	Threshold float64
}

//go:embed stancemodel.txt
var stanceModelText string

// defaultStanceModel is the embedded model, read when first needed.
var defaultStanceModel = sync.OnceValue(func() *stanceModel {
	m, err := parseStanceModel(stanceModelText)
	if err != nil {
		panic("extract: stancemodel.txt: " + err.Error())
	}
	return m
})

// predict returns the most probable position for features f and its
// probability, or "" when no stance is the most probable.
func (m *stanceModel) predict(f []string) (report.Position, float64) {
	return m.decide(m.scores(f))
}

// scores sums the model's weights of features f, one score a class.
func (m *stanceModel) scores(f []string) []float64 {
	z := make([]float64, len(stanceClasses))
	for _, name := range f {
		if w, ok := m.Weights[name]; ok {
			for k := range z {
				z[k] += w[k]
			}
		}
	}
	return z
}

// decide returns the most probable position for class scores z (turned
// into probabilities in place) and its probability; when no stance is
// more probable than any position, the most probable position all the
// same, for the threshold to judge.
func (m *stanceModel) decide(z []float64) (report.Position, float64) {
	p := softmax(z)
	best := 0
	for k := range p {
		if p[k] > p[best] {
			best = k
		}
	}
	if best == 0 {
		best = 1
		for k := 2; k < len(p); k++ {
			if p[k] > p[best] {
				best = k
			}
		}
	}
	return stanceClasses[best], p[best]
}

// probabilities returns the probability of each class for features f.
func (m *stanceModel) probabilities(f []string) []float64 {
	return softmax(m.scores(f))
}

// softmax turns scores into probabilities, in place.
func softmax(z []float64) []float64 {
	top := z[0]
	for _, s := range z {
		top = max(top, s)
	}
	sum := 0.0
	for k, s := range z {
		z[k] = math.Exp(s - top)
		sum += z[k]
	}
	for k := range z {
		z[k] /= sum
	}
	return z
}

// parseStanceModel reads a model in the form formatStanceModel writes.
func parseStanceModel(text string) (*stanceModel, error) {
	m := &stanceModel{Weights: map[string][]float64{}}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(nil, 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if t, ok := strings.CutPrefix(s, "threshold "); ok {
			v, err := strconv.ParseFloat(t, 64)
			if err != nil {
				return nil, fmt.Errorf("line %d: %v", line, err)
			}
			m.Threshold = v
			continue
		}
		name, ws, ok := strings.Cut(s, "\t")
		fields := strings.Fields(ws)
		if !ok || len(fields) != len(stanceClasses) {
			return nil, fmt.Errorf("line %d: want a feature, a tab and %d weights", line, len(stanceClasses))
		}
		w := make([]float64, len(fields))
		for k, fs := range fields {
			v, err := strconv.ParseFloat(fs, 64)
			if err != nil {
				return nil, fmt.Errorf("line %d: %v", line, err)
			}
			w[k] = v
		}
		m.Weights[name] = w
	}
	return m, sc.Err()
}
