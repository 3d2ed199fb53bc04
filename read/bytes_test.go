package read

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestBytes(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, size int) []byte {
		b := bytes.Repeat([]byte("Talks resumed in Geneva. "), size/25+1)[:size]
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
		return b
	}
	files := map[string][]byte{
		"empty.txt": write("empty.txt", 0),
		"one.txt":   write("one.txt", 1),
		"page.txt":  write("page.txt", 4096),
		"large.txt": write("large.txt", 3<<20+7),
	}
	for name, want := range files {
		got, err := Bytes(filepath.Join(dir, name), 4<<20)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: %d bytes, %v; want %d bytes", name, len(got), err, len(want))
		}
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "folder.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	refused := map[string]string{
		"missing.txt": "no such file or directory",
		"fifo.txt":    "not a regular file",
		"folder.txt":  "not a regular file",
		"large.txt":   "over the 1048576-byte limit",
	}
	for name, want := range refused {
		_, err := Bytes(filepath.Join(dir, name), 1<<20)
		if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), dir) {
			t.Errorf("%s: %v; want %q, without the path", name, err, want)
		}
	}
}
