package graph

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"

	"kg/model"
)

// TestUniqAsWithASet: uniqStrings and uniqArgs give what a set of those
// seen gives (strings sorted, arguments in order, the first of each entity
// and document), on short lists and on lists long enough that uniqArgs
// moves its kept arguments into a map.
func TestUniqAsWithASet(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{0, 1, 3, 16, 17, 40, 200} {
		for range 50 {
			var xs []string
			var as []model.Arg
			for range n {
				xs = append(xs, fmt.Sprint("s", r.IntN(n/2+1)))
				as = append(as, model.Arg{Entity: fmt.Sprint("e", r.IntN(n/3+1)), Evidence: model.Evidence{Doc: fmt.Sprint("d", r.IntN(4)), Start: len(as)}})
			}
			var wantXs []string
			seenX := map[string]bool{}
			for _, x := range xs {
				if !seenX[x] {
					seenX[x] = true
					wantXs = append(wantXs, x)
				}
			}
			sort.Strings(wantXs)
			if got := uniqStrings(xs); !reflect.DeepEqual(got, wantXs) {
				t.Fatalf("uniqStrings(%q) = %q, want %q", xs, got, wantXs)
			}
			var wantAs []model.Arg
			seenA := map[[2]string]bool{}
			for _, a := range as {
				if k := [2]string{a.Entity, a.Evidence.Doc}; !seenA[k] {
					seenA[k] = true
					wantAs = append(wantAs, a)
				}
			}
			if got := uniqArgs(as); !reflect.DeepEqual(got, wantAs) {
				t.Fatalf("uniqArgs of %d arguments: %v, want %v", n, got, wantAs)
			}
		}
	}
}
