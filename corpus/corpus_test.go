package corpus_test

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"kg/corpus"
	"kg/internal/built"
	"kg/read"
)

// TestWorkersKeepTheInputOrder: however many workers extract, the result
// holds one document for each input that could be read, in input order,
// the others skipped in input order (a file whose id another file has
// is skipped), each warning is given once, and progress is told once per
// input, counting up.
func TestWorkersKeepTheInputOrder(t *testing.T) {
	files, gz := built.Inputs(t, "../testdata/articles", "../seeds")
	dir := t.TempDir()
	badDate := filepath.Join(dir, "bad-date.txt")
	if err := os.WriteFile(badDate, []byte("title: A headline\npublished: 2025-13-45\n\nHe Lifeng met Scott Bessent in Geneva.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	files = slices.Insert(files, 3, read.Input{Path: filepath.Join(dir, "missing.txt"), Name: "missing.txt"})
	files = slices.Insert(files, 20, read.Input{Path: badDate, Name: "bad-date.txt"})
	files = slices.Insert(files, 40, read.Input{Path: dir, Name: "folder.txt"})
	again := files[10] // a second file of the same id is skipped
	again.Name = "again/" + filepath.Base(again.Name)
	files = append(files, again)
	unread := map[string]bool{"missing.txt": true, "folder.txt": true, again.Name: true}
	var first corpus.Result
	for _, workers := range []int{1, 2, 3, 8} {
		told := 0
		res := corpus.Extract(files, gz, corpus.Options{Workers: workers, Progress: func(done, total int) {
			if told++; done != told || total != len(files) {
				t.Errorf("%d workers: progress %d of %d after %d documents of %d", workers, done, total, told, len(files))
			}
		}})
		if told != len(files) {
			t.Errorf("%d workers: progress told %d times for %d inputs", workers, told, len(files))
		}
		var skipped, read []string
		for _, s := range res.Skipped {
			skipped = append(skipped, s.Path)
		}
		for _, d := range res.Docs {
			read = append(read, d.Decode(0).Source.Path)
		}
		var want []string
		for _, f := range files {
			if !unread[f.Name] {
				want = append(want, f.Name)
			}
		}
		if !slices.Equal(skipped, []string{files[3].Path, files[40].Path, again.Path}) {
			t.Errorf("%d workers: skipped %q", workers, skipped)
		} else if msg := res.Skipped[2].Err.Error(); !strings.Contains(msg, "is already used by "+files[10].Path) {
			t.Errorf("%d workers: the second file of an id is skipped with %q", workers, msg)
		}
		if len(res.Warnings) != 1 || res.Warnings[0].Path != badDate || !strings.Contains(res.Warnings[0].Err.Error(), "not a date") {
			t.Errorf("%d workers: warnings %v, want the bad date's", workers, res.Warnings)
		}
		if res.Read != len(want) || len(read) != len(want) {
			t.Errorf("%d workers: read %d documents, gave %d; want %d", workers, res.Read, len(read), len(want))
		}
		for i := range min(len(read), len(want)) {
			if read[i] != want[i] {
				t.Errorf("%d workers: document %d is %q, want %q", workers, i, read[i], want[i])
				break
			}
		}
		if workers == 1 {
			first = res
		} else if !reflect.DeepEqual(res.Docs, first.Docs) || res.Bytes != first.Bytes {
			t.Errorf("%d workers: the facts differ from one worker's", workers)
		}
	}
}
