package triage

// Some checks look every word of a line up in a small set of words, on every pass:
// most words are in none, and hashing each costs more than the rest of the check.
// wordShapes tells most of those words apart first by their length and first
// letter alone; only a word that shares both with a member is looked up. It answers
// no question by itself: the set still does.

// maxShapeLen is the longest word length wordShapes tells apart; longer words are
// always looked up.
const maxShapeLen = 23

// wordShapes holds, per word length, a bit per first letter ('a' to 'z', bit 31
// for any other byte) that some member of a set of that length begins with.
type wordShapes [maxShapeLen + 1]uint32

// shapesOf returns the shapes of the keys of set.
func shapesOf[V any](set map[string]V) *wordShapes {
	var ws wordShapes
	for w := range set {
		ws.add(w)
	}
	return &ws
}

// add records the shape of w.
func (ws *wordShapes) add(w string) {
	switch n := len(w); {
	case n == 0:
		ws[0] = 1
	case n <= maxShapeLen:
		ws[n] |= 1 << shapeBit(w[0])
	}
}

// may reports whether w may be a member: false means it is none.
func (ws *wordShapes) may(w string) bool {
	switch n := len(w); {
	case n == 0:
		return ws[0] != 0
	case n > maxShapeLen:
		return true
	default:
		return ws[n]>>shapeBit(w[0])&1 != 0
	}
}

// shapeBit is the bit of wordShapes for a word's first byte.
func shapeBit(c byte) uint {
	if c >= 'a' && c <= 'z' {
		return uint(c - 'a')
	}
	return 31
}
