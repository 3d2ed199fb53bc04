//go:build !unix

package cache

import "os"

// lock does nothing where there is no flock: one kg process at a time
// should use a cache.
func lock(*os.File) error { return nil }
