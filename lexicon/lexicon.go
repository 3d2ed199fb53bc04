// Package lexicon reads an optional actor dictionary: known people,
// organisations, countries and places with their aliases and dated roles,
// in the spirit of the actor dictionaries of political event coders. Its
// entries teach the extractor names it could not find from cues alone, and
// merge with the entities found in the text.
package lexicon

import (
	"fmt"
	"os"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"kg/gazetteer"
	"kg/model"
)

// Lexicon is a list of known actors.
type Lexicon struct {
	Path   string
	Actors []Actor
}

// Actor is one known actor.
type Actor struct {
	Name    string   `yaml:"name"`
	Kind    string   `yaml:"kind"`
	Aliases []string `yaml:"aliases"`
	Country string   `yaml:"country"` // country key (gazetteer), for organisations and places
	Roles   []Role   `yaml:"roles"`
	Line    int      `yaml:"-"`
}

// Role is a dated role of a person.
type Role struct {
	Title        string `yaml:"title" json:"title"`
	Organization string `yaml:"organization" json:"organization,omitempty"`
	Country      string `yaml:"country" json:"country,omitempty"`
	From         string `yaml:"from" json:"from,omitempty"`
	To           string `yaml:"to" json:"to,omitempty"`
}

var kinds = map[string]model.NodeKind{
	"person": model.Person, "organization": model.Organization, "organisation": model.Organization,
	"country": model.Country, "place": model.Place,
}

// Load reads and checks a lexicon file. Errors name the file and line.
func Load(path string) (*Lexicon, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	return Parse(path, data)
}

// Parse reads a lexicon from YAML bytes.
func Parse(path string, data []byte) (*Lexicon, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("lexicon %s: %w", path, err)
	}
	var raw struct {
		Actors []yaml.Node `yaml:"actors"`
	}
	if err := doc.Decode(&raw); err != nil {
		return nil, fmt.Errorf("lexicon %s: %w", path, err)
	}
	lx := &Lexicon{Path: path}
	for i, n := range raw.Actors {
		var a Actor
		if err := n.Decode(&a); err != nil {
			return nil, fmt.Errorf("lexicon %s: line %d: %w", path, n.Line, err)
		}
		a.Line = n.Line
		a.Name = strings.TrimSpace(a.Name)
		if a.Name == "" {
			return nil, fmt.Errorf("lexicon %s: line %d: actor %d has no name", path, n.Line, i+1)
		}
		if a.Kind == "" {
			a.Kind = "person"
		}
		if _, ok := kinds[strings.ToLower(a.Kind)]; !ok {
			return nil, fmt.Errorf("lexicon %s: line %d: %s: unknown kind %q (person, organization, country, place)", path, n.Line, a.Name, a.Kind)
		}
		for _, r := range a.Roles {
			for _, d := range []string{r.From, r.To} {
				if d == "" {
					continue
				}
				if _, err := time.Parse("2006-01-02", d); err != nil {
					return nil, fmt.Errorf("lexicon %s: line %d: %s: role date %q is not YYYY-MM-DD", path, n.Line, a.Name, d)
				}
			}
		}
		lx.Actors = append(lx.Actors, a)
	}
	return lx, nil
}

// NodeKind returns the node kind of an actor.
func (a Actor) NodeKind() model.NodeKind { return kinds[strings.ToLower(a.Kind)] }

// Names returns the actor's name and aliases.
func (a Actor) Names() []string { return append([]string{a.Name}, a.Aliases...) }

// Gazetteer returns g extended with the lexicon's names and aliases.
func (lx *Lexicon) Gazetteer(g *gazetteer.Gazetteer) *gazetteer.Gazetteer {
	names := map[string]gazetteer.Entry{}
	for _, a := range lx.Actors {
		e := gazetteer.Entry{Kind: a.NodeKind(), Key: gazetteer.Slug(a.Name), Name: a.Name, Country: a.Country}
		switch e.Kind {
		case model.Country:
			if a.Country != "" {
				e.Key = a.Country
			}
		case model.Place:
			e.PlaceType = "place"
		}
		for _, n := range a.Names() {
			names[n] = e
		}
	}
	return g.With(names)
}

// Find returns the actor with the given name or alias.
func (lx *Lexicon) Find(name string) (Actor, bool) {
	for _, a := range lx.Actors {
		for _, n := range a.Names() {
			if strings.EqualFold(n, name) {
				return a, true
			}
		}
	}
	return Actor{}, false
}
