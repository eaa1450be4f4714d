package corpus

// MaxTOMLDepth is how deeply the arrays and inline tables of a TOML text
// may nest. The TOML decoder's memory grows much faster than the depth
// (3,000 nested inline tables, a 12 KB text, take seconds; 10,000 exhaust
// the memory, which no program can recover from), and no front matter or
// configuration needs more than a few levels.
const MaxTOMLDepth = 32

// TOMLDepth returns how deeply the arrays and inline tables of a TOML text
// nest, outside strings and comments; a table header ("[a]", "[[a]]")
// counts as its brackets. It reads the text once and does not judge it:
// a text that does not parse gets a depth all the same.
func TOMLDepth(text string) int {
	depth, deepest := 0, 0
	for i := 0; i < len(text); i++ {
		switch c := text[i]; c {
		case '#':
			for i < len(text) && text[i] != '\n' {
				i++
			}
		case '"', '\'':
			i = stringEnd(text, i)
		case '[', '{':
			depth++
			deepest = max(deepest, depth)
		case ']', '}':
			depth = max(depth-1, 0)
		}
	}
	return deepest
}

// stringEnd returns the index of the last byte of the TOML string that
// opens at text[i] (a quote): basic or literal, on one line or many.
func stringEnd(text string, i int) int {
	q := text[i]
	multi := i+2 < len(text) && text[i+1] == q && text[i+2] == q
	j := i + 1
	if multi {
		j = i + 3
	}
	for ; j < len(text); j++ {
		switch c := text[j]; {
		case c == '\\' && q == '"':
			j++ // an escaped character
		case c == '\n' && !multi:
			return j // an unclosed string ends with its line
		case c == q && !multi:
			return j
		case c == q && j+2 < len(text) && text[j+1] == q && text[j+2] == q:
			// Up to two more quotes may end the string's content.
			for j+3 < len(text) && text[j+3] == q {
				j++
			}
			return j + 2
		}
	}
	return len(text)
}
