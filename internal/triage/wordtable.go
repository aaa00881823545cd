package triage

import "hash/maphash"

// wordTable finds the form of a question's word (index.forms) with fewer memory
// reads than a map: an open-addressing table whose entries hold the word's bytes
// beside its form, one cache line each, behind a small array of slots that holds a
// few bits of each word's hash. A look-up reads a slot or two and, most often, one
// entry. Words longer than an entry holds are found in a map.
type wordTable struct {
	slots []uint32 // per bucket: tag<<16 | 1+entry, or 0 when empty; linear probing
	ents  []wordEntry
	long  map[string]form
	seed  maphash.Seed
	mask  uint64
}

// wordEntry is one word and its form, in 64 bytes.
type wordEntry struct {
	f   form
	n   uint8 // the word's length
	key [maxTableWord]byte
}

// maxTableWord is the longest word an entry holds.
const maxTableWord = 32

// newWordTable builds the table of forms.
func newWordTable(forms map[string]form) *wordTable {
	wt := &wordTable{long: map[string]form{}, seed: maphash.MakeSeed()}
	size := 16
	for size < 2*len(forms) {
		size *= 2
	}
	wt.slots, wt.mask = make([]uint32, size), uint64(size-1)
	wt.ents = make([]wordEntry, 0, len(forms))
	for w, f := range forms {
		if len(w) > maxTableWord || len(wt.ents) >= 1<<16-1 {
			wt.long[w] = f
			continue
		}
		e := wordEntry{f: f, n: uint8(len(w))}
		copy(e.key[:], w)
		wt.ents = append(wt.ents, e)
		h := maphash.String(wt.seed, w)
		i := h & wt.mask
		for wt.slots[i] != 0 {
			i = (i + 1) & wt.mask
		}
		wt.slots[i] = tag(h)<<16 | uint32(len(wt.ents))
	}
	return wt
}

// tag is the part of a word's hash kept in its slot.
func tag(h uint64) uint32 { return uint32(h>>48) & 0xffff }

// find returns the form of w and whether the table has it.
func (wt *wordTable) find(w string) (form, bool) {
	if len(w) > maxTableWord {
		f, ok := wt.long[w]
		return f, ok
	}
	h := maphash.String(wt.seed, w)
	t := tag(h)
	for i := h & wt.mask; ; i = (i + 1) & wt.mask {
		sl := wt.slots[i]
		if sl == 0 {
			return form{}, false
		}
		if sl>>16 != t {
			continue
		}
		e := &wt.ents[sl&0xffff-1]
		if int(e.n) == len(w) && string(e.key[:e.n]) == w {
			return e.f, true
		}
	}
}
