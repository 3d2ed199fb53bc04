package gazetteer

// What the tests outside the package reach (they use internal/sample,
// which needs the gazetteer).

var NewLineSet = newLineSet

func (s *lineSet) Has(w string) bool            { return s.has(w) }
func (s *lineSet) HasBytes(w []byte) bool       { return s.hasBytes(w) }
func (s *lineSet) All() func(func(string) bool) { return s.all() }

var FoldAccents = foldAccents
