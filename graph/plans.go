package graph

import (
	"maps"
	"sort"
	"strings"

	"kg/model"
)

// numberedPlans keeps apart numbered plans of different negotiations that
// share a number: a Gaza "20-point plan" is not a Ukraine "20-point plan".
// Documents of one key are grouped by the countries their articles are
// about (those named at least twice, less those every such article names);
// articles with no such country, or whose countries overlap, stay together.
// The group with the most articles keeps the plain id; each other group's
// plan is named after its main country ("20-point plan (Israel)"). It runs
// before things and returns the labels of the plans it split off.
func (m *merger) numberedPlans(docs map[string][]int, countries map[int]map[string]int) map[string]string {
	labels := map[string]string{}
	ids := make([]string, 0, len(docs))
	for id := range docs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		idx := docs[id]
		if len(idx) < 2 {
			continue
		}
		about := make([]map[string]int, len(idx))
		for k, i := range idx {
			about[k] = maps.Clone(countries[i])
		}
		// countries every article names say nothing about which talks it is
		for c := range about[0] {
			common := true
			for _, a := range about[1:] {
				if a[c] == 0 {
					common = false
				}
			}
			if common {
				for _, a := range about {
					delete(a, c)
				}
			}
		}
		groups := groupByOverlap(about)
		if len(groups) < 2 {
			continue
		}
		name := strings.TrimPrefix(id, "document:plan-") + " plan"
		for _, members := range groups[1:] {
			main := mainCountry(about, members)
			newID := id + "-" + main
			label := name
			if c := m.gz.Country(main); c != nil {
				label += " (" + c.Short() + ")"
			}
			for _, k := range members {
				m.setGlobal(int32(idx[k]), id, newID)
			}
			labels[newID] = label
		}
	}
	return labels
}

// countriesOf counts the mentions of the countries an article names at
// least twice.
func countriesOf(f *model.Facts) map[string]int {
	out := map[string]int{}
	for _, e := range f.Entities {
		if e.Kind == model.Country && !e.Weak && len(e.Mentions) >= 2 {
			out[strings.TrimPrefix(e.ID, "country:")] += len(e.Mentions)
		}
	}
	return out
}

// groupByOverlap joins articles whose country sets overlap; articles with
// none join the first group. Groups come largest first, then in article
// order.
func groupByOverlap(about []map[string]int) [][]int {
	parent := make([]int, len(about))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	// each article joins the first one that named each of its countries:
	// linear in the mentions, not quadratic in the articles
	first := map[string]int{}
	for i := range about {
		for c := range about[i] {
			j, seen := first[c]
			if !seen {
				first[c] = i
				continue
			}
			if a, b := find(i), find(j); a != b {
				parent[max(a, b)] = min(a, b)
			}
		}
	}
	byRoot := map[int][]int{}
	var roots []int
	var empty []int
	for i := range about {
		if len(about[i]) == 0 {
			empty = append(empty, i)
			continue
		}
		r := find(i)
		if byRoot[r] == nil {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], i)
	}
	var groups [][]int
	for _, r := range roots {
		groups = append(groups, byRoot[r])
	}
	sort.SliceStable(groups, func(a, b int) bool { return len(groups[a]) > len(groups[b]) })
	if len(groups) == 0 {
		return [][]int{empty}
	}
	groups[0] = append(groups[0], empty...)
	sort.Ints(groups[0])
	return groups
}

// mainCountry is the country the group's articles name most; ties go to
// the first key in order.
func mainCountry(about []map[string]int, members []int) string {
	total := map[string]int{}
	for _, k := range members {
		for c, n := range about[k] {
			total[c] += n
		}
	}
	best, bestN := "", 0
	for c, n := range total {
		if n > bestN || n == bestN && c < best {
			best, bestN = c, n
		}
	}
	return best
}
