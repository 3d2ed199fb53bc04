//go:build unix

package cache

import (
	"errors"
	"os"
	"syscall"
)

// lock holds f for this process alone, or says another holds it.
func lock(f *os.File) error {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return errors.New("in use by another kg process")
	}
	return err
}
