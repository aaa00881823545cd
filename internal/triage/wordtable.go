package triage

import (
	"hash/maphash"
	"iter"
	"strings"
)

// wordTable holds the forms of the words the index lists (index.forms) and finds a
// question's word with fewer memory reads than a map: an open-addressing table whose
// entries hold the word's bytes beside its form, one cache line each, behind a small
// array of slots that holds a few bits of each word's hash. A look-up reads a slot or
// two and, most often, one entry. Words longer than an entry holds are in a map. The
// entries hold no pointers, so the garbage collector does not read them.
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

// maxTableEntries is the most entries the slots can number; more words go to the map.
const maxTableEntries = 1<<16 - 1

// newWordTable returns an empty table made for about n words.
func newWordTable(n int) *wordTable {
	wt := &wordTable{long: map[string]form{}, seed: maphash.MakeSeed()}
	wt.sizeSlots(n)
	wt.ents = make([]wordEntry, 0, n)
	return wt
}

// sizeSlots makes the slots for n words, at most half of them full.
func (wt *wordTable) sizeSlots(n int) {
	size := 16
	for size < 2*n {
		size *= 2
	}
	wt.slots, wt.mask = make([]uint32, size), uint64(size-1)
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

// set gives w the form f, adding a copy of w when the table lacks it.
func (wt *wordTable) set(w string, f form) {
	if len(w) > maxTableWord {
		wt.setLong(w, f)
		return
	}
	h := maphash.String(wt.seed, w)
	t := tag(h)
	i := h & wt.mask
	for ; wt.slots[i] != 0; i = (i + 1) & wt.mask {
		if sl := wt.slots[i]; sl>>16 == t {
			if e := &wt.ents[sl&0xffff-1]; int(e.n) == len(w) && string(e.key[:e.n]) == w {
				e.f = f
				return
			}
		}
	}
	if len(wt.ents) >= maxTableEntries {
		wt.setLong(w, f)
		return
	}
	e := wordEntry{f: f, n: uint8(len(w))}
	copy(e.key[:], w)
	wt.ents = append(wt.ents, e)
	if 2*len(wt.ents) > len(wt.slots) {
		wt.rehash() // the new entry's slot with the others'
		return
	}
	wt.slots[i] = t<<16 | uint32(len(wt.ents))
}

// setLong gives w, a word the entries do not hold, the form f in the map.
func (wt *wordTable) setLong(w string, f form) {
	if _, ok := wt.long[w]; !ok {
		w = strings.Clone(w)
	}
	wt.long[w] = f
}

// rehash makes the slots anew for the entries, twice as many as they fill.
func (wt *wordTable) rehash() {
	wt.sizeSlots(len(wt.ents))
	for k := range wt.ents {
		e := &wt.ents[k]
		h := maphash.String(wt.seed, bytesToString(e.key[:e.n]))
		i := h & wt.mask
		for wt.slots[i] != 0 {
			i = (i + 1) & wt.mask
		}
		wt.slots[i] = tag(h)<<16 | uint32(k+1)
	}
}

// len returns the number of words in the table.
func (wt *wordTable) len() int { return len(wt.ents) + len(wt.long) }

// all yields every word of the table with its form, in no particular order. The
// word is valid only until the table changes.
func (wt *wordTable) all() iter.Seq2[string, form] {
	return func(yield func(string, form) bool) {
		for k := range wt.ents {
			e := &wt.ents[k]
			if !yield(bytesToString(e.key[:e.n]), e.f) {
				return
			}
		}
		for w, f := range wt.long {
			if !yield(w, f) {
				return
			}
		}
	}
}
