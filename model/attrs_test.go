package model

import "testing"

func TestAttrs(t *testing.T) {
	var a Attrs
	if a.Get("role") != "" {
		t.Fatal("empty attrs have a role")
	}
	a.Set("role", "envoy")
	a.Set("country", "qatar")
	a.Set("role", "mediator")
	if len(a) != 2 || a.Get("role") != "mediator" || a.Get("country") != "qatar" || a.Get("date") != "" {
		t.Errorf("attrs %v", a)
	}
}
