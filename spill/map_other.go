//go:build !linux

package spill

import "os"

// canMap says facts are spilled: only where the file can be mapped, and
// its pages dropped, is there memory to gain.
const canMap = false

func load(*os.File, int64) ([]byte, error) { panic("spill: not mapped here") }

func drop([]byte) {}
