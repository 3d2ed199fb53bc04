package graph

import (
	"hash/maphash"
	"iter"
)

// edgeIndex finds an edge by its ends and type. A map keyed by the three
// strings takes 56 bytes a slot, more room than most edges' own fields
// at a million edges; this one keys a 64-bit hash of them (16 bytes a
// slot), checks the edge it finds, and keeps the rare key whose hash
// another key already has in a second map.
type edgeIndex struct {
	seed   maphash.Seed
	byHash map[uint64]*Edge
	clash  map[edgeKey]*Edge
	// hash, when set, replaces the seeded hash (tests make keys clash)
	hash func(edgeKey) uint64
}

func newEdgeIndex() edgeIndex {
	return edgeIndex{seed: maphash.MakeSeed(), byHash: map[uint64]*Edge{}}
}

func (x *edgeIndex) sum(k edgeKey) uint64 {
	if x.hash != nil {
		return x.hash(k)
	}
	var h maphash.Hash
	h.SetSeed(x.seed)
	h.WriteString(k.from)
	h.WriteByte(0)
	h.WriteString(k.to)
	h.WriteByte(0)
	h.WriteString(string(k.typ))
	return h.Sum64()
}

func (e *Edge) is(k edgeKey) bool { return e.Source == k.from && e.Target == k.to && e.Type == k.typ }

// get returns the edge with key k, or nil.
func (x *edgeIndex) get(k edgeKey) *Edge {
	if e := x.byHash[x.sum(k)]; e != nil && e.is(k) {
		return e
	}
	return x.clash[k] // nil map: nil
}

// put stores e under its key, replacing an edge of the same key, and
// reports whether the key is new.
func (x *edgeIndex) put(e *Edge) bool {
	k := edgeKey{e.Source, e.Target, e.Type}
	if _, ok := x.clash[k]; ok {
		x.clash[k] = e
		return false
	}
	h := x.sum(k)
	switch old := x.byHash[h]; {
	case old == nil:
		x.byHash[h] = e
		return true
	case old.is(k):
		x.byHash[h] = e
		return false
	}
	if x.clash == nil {
		x.clash = map[edgeKey]*Edge{}
	}
	x.clash[k] = e
	return true
}

// remove drops the edge with key k and returns it, or nil if there is none.
func (x *edgeIndex) remove(k edgeKey) *Edge {
	h := x.sum(k)
	if e := x.byHash[h]; e != nil && e.is(k) {
		delete(x.byHash, h)
		return e
	}
	e := x.clash[k]
	delete(x.clash, k)
	return e
}

func (x *edgeIndex) len() int { return len(x.byHash) + len(x.clash) }

// all yields every edge, in no order. Removing edges while ranging is
// allowed.
func (x *edgeIndex) all() iter.Seq[*Edge] {
	return func(yield func(*Edge) bool) {
		for _, e := range x.byHash {
			if !yield(e) {
				return
			}
		}
		for _, e := range x.clash {
			if !yield(e) {
				return
			}
		}
	}
}
