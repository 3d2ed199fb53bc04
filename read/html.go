package read

import (
	"bytes"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var htmlStart = regexp.MustCompile(`(?is)^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html|<head|<body)`)

// IsHTML reports whether text is a saved web page.
func IsHTML(text string) bool {
	head := text
	if len(head) > 2048 {
		head = head[:2048]
	}
	return htmlStart.MatchString(head)
}

// skipped are elements whose text is never article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Svg: true, atom.Iframe: true,
	atom.Button: true, atom.Select: true, atom.Template: true, atom.Object: true, atom.Menu: true,
}

// blocks are elements that end a line.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Li: true, atom.Br: true, atom.Tr: true, atom.Blockquote: true, atom.Section: true,
	atom.Article: true, atom.Figcaption: true, atom.Dd: true, atom.Dt: true, atom.Pre: true, atom.Td: true,
}

// FromHTML extracts an article from a saved web page: the metadata of its
// head (title, publication date, URL, site name) as a header, then the text
// of its <article> (or <main>, or <body>) without scripts, menus, headers,
// footers and forms, a line per block. The headline is og:title, else the
// first h1, else the page title without the site's name.
func FromHTML(text string) string {
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return ""
	}
	meta := map[string]string{}
	var title, h1 string
	var article, main, body *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if title == "" && n.FirstChild != nil {
					title = strings.TrimSpace(n.FirstChild.Data)
				}
			case atom.H1:
				if h1 == "" {
					h1 = strings.Join(strings.Fields(textOf(n)), " ")
				}
			case atom.Meta:
				k, v := attr(n, "property"), attr(n, "content")
				if k == "" {
					k = attr(n, "name")
				}
				switch strings.ToLower(k) {
				case "article:published_time", "date", "pubdate", "publish-date", "dc.date", "parsely-pub-date":
					set(meta, "published", v)
				case "og:title":
					set(meta, "title", v)
				case "og:site_name":
					set(meta, "outlet", v)
				case "og:url":
					set(meta, "url", v)
				case "author", "article:author":
					set(meta, "author", v)
				}
			case atom.Link:
				if attr(n, "rel") == "canonical" {
					set(meta, "url", attr(n, "href"))
				}
			case atom.Article:
				if article == nil {
					article = n
				}
			case atom.Main:
				if main == nil {
					main = n
				}
			case atom.Body:
				body = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	set(meta, "title", h1)
	set(meta, "title", siteless(title))
	root := article
	if root == nil {
		root = main
	}
	if root == nil {
		root = body
	}
	var b bytes.Buffer
	for _, k := range []string{"title", "published", "url", "outlet", "author"} {
		if v := meta[k]; v != "" {
			b.WriteString(k + ": " + oneLine(v) + "\n")
		}
	}
	if b.Len() > 0 {
		b.WriteString("\n")
	}
	if root != nil {
		var line strings.Builder
		flush := func() {
			if s := strings.Join(strings.Fields(line.String()), " "); s != "" {
				b.WriteString(s + "\n")
			}
			line.Reset()
		}
		var text func(*html.Node)
		text = func(n *html.Node) {
			if n.Type == html.ElementNode && skipped[n.DataAtom] {
				return
			}
			if n.Type == html.TextNode {
				line.WriteString(n.Data)
			}
			if n.Type == html.ElementNode && blocks[n.DataAtom] {
				flush()
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				text(c)
			}
			if n.Type == html.ElementNode && blocks[n.DataAtom] {
				flush()
			}
		}
		text(root)
		flush()
	}
	return b.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func set(m map[string]string, k, v string) {
	if v = strings.TrimSpace(v); v != "" && m[k] == "" {
		m[k] = v
	}
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// textOf returns the text inside n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// siteless drops a site's name after the headline in a page title:
// "Talks resume in Geneva | World News" -> "Talks resume in Geneva".
func siteless(title string) string {
	for _, sep := range []string{" | ", " – ", " — ", " - "} {
		if i := strings.LastIndex(title, sep); i > 0 {
			if site := title[i+len(sep):]; len(strings.Fields(site)) <= 4 && len(strings.Fields(title[:i])) >= 3 {
				return strings.TrimSpace(title[:i])
			}
		}
	}
	return title
}
