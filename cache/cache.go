// Package cache keeps the facts extracted from each document on disk, keyed
// by a hash of the document's bytes, its name, the lexicon and the kg
// binary itself, so a rebuild re-extracts only new or changed articles and
// gives the same graph as a clean build.
//
// The facts are records appended to one file, facts.pack, which one kg
// process at a time may hold: a file per article cost more to make than to
// extract the article (a full build of 10,000 articles with an empty cache
// took 45% longer than one without).
package cache

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"os"
	"path/filepath"
	"sync"

	"kg/model"
)

// PackName is the file in the cache's folder that holds the facts.
const PackName = "facts.pack"

// A record is a header, then the document's encoded facts (which end with
// a checksum of their own): magic, key, the facts' length, and a checksum
// of those three.
const headerSize = 4 + sha256.Size + 4 + 4

var (
	magic      = [4]byte{'k', 'g', 'f', '1'}
	castagnoli = crc32.MakeTable(crc32.Castagnoli)
)

// Key is the cache key of a document.
type Key [sha256.Size]byte

// span is where a record's facts lie in the pack.
type span struct {
	off int64
	n   uint32
}

// Cache is a folder of extracted facts. It is safe for concurrent use.
type Cache struct {
	dir     string
	version [sha256.Size]byte
	pack    *os.File
	mu      sync.Mutex
	index   map[Key]span
	end     int64 // where the next record goes
	hits    int
	misses  int
}

// Open opens (creating if needed) the cache in dir, and holds it until
// Close. salt adds whatever else the facts depend on (the lexicon's
// bytes).
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
	c := &Cache{dir: dir, index: map[Key]span{}}
	h.Sum(c.version[:0])
	pack, err := os.OpenFile(filepath.Join(dir, PackName), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("cache %s: %w", dir, err)
	}
	c.pack = pack
	if err := lock(pack); err != nil {
		pack.Close()
		return nil, fmt.Errorf("cache %s: %w", dir, err)
	}
	if err := c.load(); err != nil {
		pack.Close()
		return nil, fmt.Errorf("cache %s: %w", dir, err)
	}
	return c, nil
}

// load indexes the pack's records. A record cut short (a build stopped
// while writing it) or a damaged header ends the pack: the next record
// written goes there, over what follows.
func (c *Cache) load() error {
	info, err := c.pack.Stat()
	if err != nil {
		return err
	}
	size := info.Size()
	r := bufio.NewReaderSize(io.NewSectionReader(c.pack, 0, size), 1<<20)
	var head [headerSize]byte
	off := int64(0)
	for {
		if _, err := io.ReadFull(r, head[:]); err != nil {
			break
		}
		n := binary.LittleEndian.Uint32(head[4+sha256.Size:])
		sum := binary.LittleEndian.Uint32(head[headerSize-4:])
		if [4]byte(head[:4]) != magic || crc32.Checksum(head[:headerSize-4], castagnoli) != sum || off+headerSize+int64(n) > size {
			break
		}
		if _, err := r.Discard(int(n)); err != nil {
			break
		}
		c.index[Key(head[4:4+sha256.Size])] = span{off + headerSize, n}
		off += headerSize + int64(n)
	}
	c.end = off
	return nil
}

// Close lets the cache go.
func (c *Cache) Close() error {
	if c == nil {
		return nil
	}
	return c.pack.Close()
}

// Key is the cache key of a document's bytes under a name.
func (c *Cache) Key(name string, raw []byte) Key {
	h := sha256.New()
	h.Write(c.version[:])
	h.Write([]byte{0})
	h.Write([]byte(name))
	h.Write([]byte{0})
	h.Write(raw)
	var k Key
	h.Sum(k[:0])
	return k
}

// Get returns the facts stored under key. Facts that are missing, cannot
// be read or are damaged are a miss.
func (c *Cache) Get(key Key) (model.Encoded, bool) {
	c.mu.Lock()
	at, ok := c.index[key]
	c.mu.Unlock()
	var f model.Encoded
	err := errors.New("not cached")
	if ok {
		data := make([]byte, at.n)
		if _, err = c.pack.ReadAt(data, at.off); err == nil {
			// the record is this binary's (its hash is in the key):
			// its checksum finds damage
			f, err = model.Framed(data)
		}
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

// Put stores facts under key, as a record appended to the pack; a later
// record of the same key takes the place of an earlier one.
func (c *Cache) Put(key Key, f model.Encoded) error {
	if f.Len() > math.MaxUint32 {
		return fmt.Errorf("facts of %d bytes: too large to cache", f.Len())
	}
	rec := make([]byte, headerSize, headerSize+f.Len())
	copy(rec, magic[:])
	copy(rec[4:], key[:])
	binary.LittleEndian.PutUint32(rec[4+sha256.Size:], uint32(f.Len()))
	binary.LittleEndian.PutUint32(rec[headerSize-4:], crc32.Checksum(rec[:headerSize-4], castagnoli))
	rec = f.AppendTo(rec)
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, err := c.pack.WriteAt(rec, c.end); err != nil {
		return err
	}
	c.index[key] = span{c.end + headerSize, uint32(f.Len())}
	c.end += int64(len(rec))
	return nil
}

// Stats returns the hits and misses so far.
func (c *Cache) Stats() (hits, misses int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits, c.misses
}
