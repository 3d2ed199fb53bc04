// Package cache keeps the facts extracted from each document on disk, keyed
// by a hash of the document's bytes, its name, the lexicon and the kg
// binary itself, so a rebuild re-extracts only new or changed articles and
// gives the same graph as a clean build.
package cache

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"kg/model"
)

// Cache is a folder of extracted facts. It is safe for concurrent use.
type Cache struct {
	dir     string
	version string
	mu      sync.Mutex
	hits    int
	misses  int
}

// Open opens (creating if needed) the cache in dir. salt adds whatever
// else the facts depend on (the lexicon's bytes).
func Open(dir string, salt []byte) (*Cache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("cache %s: %w", dir, err)
	}
	h := sha256.New()
	if exe, err := os.Executable(); err == nil {
		if f, err := os.Open(exe); err == nil {
			io.Copy(h, f)
			f.Close()
		}
	}
	h.Write(salt)
	return &Cache{dir: dir, version: hex.EncodeToString(h.Sum(nil))}, nil
}

// Key is the cache key of a document's bytes under a name.
func (c *Cache) Key(name string, raw []byte) string {
	h := sha256.New()
	h.Write([]byte(c.version))
	h.Write([]byte{0})
	h.Write([]byte(name))
	h.Write([]byte{0})
	h.Write(raw)
	return hex.EncodeToString(h.Sum(nil))
}

func (c *Cache) path(key string) string { return filepath.Join(c.dir, key[:2], key+".facts") }

// Get returns the facts stored under key. A missing or damaged file is a
// miss.
func (c *Cache) Get(key string) (model.Encoded, bool) {
	data, err := os.ReadFile(c.path(key))
	var f model.Encoded
	if err == nil {
		f, err = model.Parse(data)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if err != nil {
		c.misses++
		return model.Encoded{}, false
	}
	c.hits++
	return f, true
}

// Put stores facts under key, atomically.
func (c *Cache) Put(key string, f model.Encoded) error {
	p := c.path(key)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return err
	}
	if _, err := f.WriteTo(tmp); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	tmp.Close()
	return os.Rename(tmp.Name(), p)
}

// Stats returns the hits and misses so far.
func (c *Cache) Stats() (hits, misses int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits, c.misses
}
