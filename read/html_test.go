package read

import (
	"strings"
	"testing"
)

func TestHTMLHeadline(t *testing.T) {
	tests := []struct {
		page, title string
	}{
		{`<html><head><title>Deal signed in Barbados | World News</title></head><body><article><h1>Venezuela sides <em>sign</em> deal</h1><p>Text.</p></article></body></html>`, "Venezuela sides sign deal"},
		{`<html><head><title>Deal signed in Barbados | World News</title></head><body><p>Text.</p></body></html>`, "Deal signed in Barbados"},
		{`<html><head><meta property="og:title" content="Envoys meet"><title>Other - Site</title></head><body><h1>Headline</h1><p>Text.</p></body></html>`, "Envoys meet"},
		{`<html><head><title>Kyiv - Moscow</title></head><body><p>Text.</p></body></html>`, "Kyiv - Moscow"},
	}
	for _, tt := range tests {
		out := FromHTML(tt.page)
		meta, _ := Header(out)
		if meta["title"] != tt.title {
			t.Errorf("title %q, want %q\n%s", meta["title"], tt.title, out)
		}
		if !strings.Contains(out, "Text.") {
			t.Errorf("body lost: %s", out)
		}
	}
}
