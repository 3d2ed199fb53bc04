package spill

// Zero overwrites the file's bytes with zeros. The mapping shows them, as
// it shows the file: a string still pointing into it changes.
func (s *File) Zero() error {
	_, err := s.f.WriteAt(make([]byte, s.size), 0)
	return err
}
