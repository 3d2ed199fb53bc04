// Package export writes the knowledge graph for other tools: JSON for
// programs and the scorer, DOT for Graphviz, GraphML for Gephi and yEd,
// Mermaid for Markdown. Every writer is deterministic: the same graph gives
// the same bytes. WriteFile makes each output appear whole or not at all.
package export

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// WriteFile writes the output of fn to path atomically: it streams into a
// temporary file in the same folder and renames it over path only when fn
// and the write succeeded, so a failed or interrupted build leaves the
// previous file as it was.
func WriteFile(path string, fn func(io.Writer) error) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	name := tmp.Name()
	w := bufio.NewWriterSize(tmp, 1<<16)
	werr := fn(w)
	if werr == nil {
		werr = w.Flush()
	}
	if werr == nil {
		werr = tmp.Sync()
	}
	if cerr := tmp.Close(); werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(name, 0o644)
	}
	if werr == nil {
		werr = os.Rename(name, path)
	}
	if werr != nil {
		os.Remove(name)
		return fmt.Errorf("write %s: %w", path, werr)
	}
	return nil
}

// WriteBytes writes data to path atomically.
func WriteBytes(path string, data []byte) error {
	return WriteFile(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}
