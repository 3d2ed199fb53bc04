package graph

import (
	"hash/maphash"
	"iter"
)

// edgeIndex holds the edges, numbered in the order they were put, and
// finds one by its ends and type. A map keyed by the three strings takes
// 56 bytes a slot, more room than most edges' own fields at a million
// edges; this one keys a 64-bit hash of them to the edge's number (12
// bytes a slot, and nothing in it for the collector to trace), checks the
// edge it finds, and keeps the rare key whose hash another key already
// has in a second map.
type edgeIndex struct {
	seed maphash.Seed
	// list holds the edges by number; nil where one was removed
	list   []*Edge
	byHash map[uint64]int32
	clash  map[edgeKey]int32
	// hash, when set, replaces the seeded hash (tests make keys clash)
	hash func(edgeKey) uint64
}

func newEdgeIndex() edgeIndex {
	return edgeIndex{seed: maphash.MakeSeed(), byHash: map[uint64]int32{}}
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
	if i, _ := x.find(k); i >= 0 {
		return x.list[i]
	}
	return nil
}

// slot is where a key the index lacks goes: its hash, and whether
// another key has that hash.
type slot struct {
	hash  uint64
	taken bool
}

// find returns the number of the edge with key k, or -1 and the slot k
// would take: a caller that then adds the edge (insert) hashes and probes
// once.
func (x *edgeIndex) find(k edgeKey) (int32, slot) {
	h := x.sum(k)
	i, ok := x.byHash[h]
	if ok && x.list[i].is(k) {
		return i, slot{}
	}
	if j, in := x.clash[k]; in {
		return j, slot{}
	}
	return -1, slot{h, ok}
}

// insert numbers e, whose key k the index lacks and find gave slot s for.
func (x *edgeIndex) insert(k edgeKey, s slot, e *Edge) int32 {
	i := x.add(e)
	if !s.taken {
		x.byHash[s.hash] = i
		return i
	}
	if x.clash == nil {
		x.clash = map[edgeKey]int32{}
	}
	x.clash[k] = i
	return i
}

// put stores e under its key, in the place of an edge of the same key,
// and returns its number and whether the key is new.
func (x *edgeIndex) put(e *Edge) (int32, bool) {
	k := edgeKey{e.Source, e.Target, e.Type}
	i, at := x.find(k)
	if i >= 0 {
		x.list[i] = e
		return i, false
	}
	return x.insert(k, at, e), true
}

// add numbers a new edge.
func (x *edgeIndex) add(e *Edge) int32 {
	x.list = append(x.list, e)
	return int32(len(x.list) - 1)
}

// remove drops the edge with key k and returns it with its number, or
// nil and -1 if there is none.
func (x *edgeIndex) remove(k edgeKey) (*Edge, int32) {
	h := x.sum(k)
	i, ok := x.byHash[h]
	if ok && x.list[i].is(k) {
		delete(x.byHash, h)
	} else if i, ok = x.clash[k]; ok {
		delete(x.clash, k)
	} else {
		return nil, -1
	}
	e := x.list[i]
	x.list[i] = nil
	return e, i
}

func (x *edgeIndex) len() int { return len(x.byHash) + len(x.clash) }

// all yields every edge, in the order they were put. Removing edges
// while ranging is allowed.
func (x *edgeIndex) all() iter.Seq[*Edge] {
	return func(yield func(*Edge) bool) {
		for _, e := range x.list {
			if e != nil && !yield(e) {
				return
			}
		}
	}
}

// edges yields the edges of the numbers ns.
func (x *edgeIndex) edges(ns []int32) iter.Seq[*Edge] {
	return func(yield func(*Edge) bool) {
		for _, i := range ns {
			if !yield(x.list[i]) {
				return
			}
		}
	}
}
