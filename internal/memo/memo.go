// Package memo keeps what a function gives for a key, so that it is worked
// out once: a document's name keys and roles, a merge's places and sides.
package memo

// Of returns f(k), kept in *m (made when first needed) the first time it
// is asked. Callers read what it returns and do not change it.
func Of[K comparable, V any](m *map[K]V, k K, f func(K) V) V {
	v, ok := (*m)[k]
	if !ok {
		v = f(k)
		if *m == nil {
			*m = map[K]V{}
		}
		(*m)[k] = v
	}
	return v
}
