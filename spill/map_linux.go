package spill

import (
	"os"
	"syscall"
)

// canMap says facts are spilled: here the file is mapped.
const canMap = true

// load maps the file, read-only: its pages are the kernel's page cache,
// which it can drop and read back.
func load(f *os.File, size int64) ([]byte, error) {
	data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, err
	}
	return data, nil
}

// drop tells the kernel the process need not keep the pages of data: a
// shared mapping of a file reads them back from the file when touched, so
// nothing is lost.
func drop(data []byte) { syscall.Madvise(data, syscall.MADV_DONTNEED) }
