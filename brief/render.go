package brief

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"strings"

	"kg/graph"
)

var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`, "`", "\\`", "#", `\#`, "|", `\|`)

func md(s string) string { return mdEscaper.Replace(s) }

func (b *Briefing) citeLinks(cs []int) string {
	var out []string
	for _, i := range cs {
		c := b.Cites[i]
		out = append(out, fmt.Sprintf("[\\[%d\\]](#%s)", c.Source, c.ID))
	}
	return strings.Join(out, " ")
}

// Markdown writes the briefing as Markdown. Citations read [n] (the source)
// and link to the quoted sentence, listed after the sources.
func Markdown(w io.Writer, b *Briefing, diagram string) error {
	bw := bufio.NewWriter(w)
	p := func(format string, a ...any) { fmt.Fprintf(bw, format, a...) }
	p("# %s\n\n", md(b.Title))
	p("%s\n", md(intro(b)))
	for _, s := range b.Sections {
		p("\n## %s\n\n", md(s.Title))
		for _, it := range s.Items {
			indent := strings.Repeat("  ", it.Level)
			switch {
			case it.Quote != "":
				p("%s- “%s” — %s %s\n", indent, md(it.Quote), md(it.Who), b.citeLinks(it.Cites))
			case len(it.Cites) > 0:
				p("%s- %s %s\n", indent, md(it.Text), b.citeLinks(it.Cites))
			case s.ID == "positions" && it.Level == 0:
				p("%s- **%s**\n", indent, md(it.Text))
			default:
				p("%s- %s\n", indent, md(it.Text))
			}
		}
		if s.Diagram && diagram != "" {
			p("\n![Diagram of the graph](%s)\n", diagram)
		}
	}
	p("\n### Quoted sentences\n\n")
	for _, c := range b.Cites {
		p("- <a id=\"%s\"></a>%s. [%d] “%s”\n", c.ID, c.ID, c.Source, md(c.Text))
	}
	return bw.Flush()
}

func intro(b *Briefing) string {
	s := fmt.Sprintf("Built from the knowledge graph of %d articles. Every line cites its sources as [n]; each citation leads to the sentence it quotes.", len(b.Sources))
	if b.Since != "" {
		s += " Covers what is new since " + b.Since + "."
	}
	return s
}

type nodeData struct {
	Label    string     `json:"label"`
	Kind     string     `json:"kind"`
	Evidence []quoteRef `json:"evidence"`
}

type quoteRef struct {
	Text   string `json:"text"`
	Source string `json:"source"`
}

// HTML writes the briefing as one self-contained page: inline styles and
// script, the diagram svg inline. Clicking a citation or a node of the
// diagram shows its evidence; "#click=ID" in the address does the same.
// drawn is the graph the diagram shows: the page carries the evidence of
// its nodes only, as no other node can be clicked (a large graph's diagram
// shows a few hundred of its nodes).
func HTML(w io.Writer, b *Briefing, drawn *graph.Graph, svg []byte) error {
	// a source's label: its outlet and date, after its number when cited
	label := func(id, outlet, date string, n int) string {
		l := nonEmpty(outlet, id)
		if date != "" {
			l += ", " + date
		}
		if n > 0 {
			l = fmt.Sprintf("[%d] %s", n, l)
		}
		return l
	}
	// each citation's quote is in the page's list of quoted sentences,
	// which the script reads, with its source's label
	num := map[string]int{}
	cited := make([]string, len(b.Sources)+1) // by Source.N
	for _, s := range b.Sources {
		num[s.ID] = s.N
		cited[s.N] = label(s.ID, s.Outlet, s.Date, s.N)
	}
	data := struct {
		Nodes map[string]nodeData `json:"nodes"`
	}{Nodes: map[string]nodeData{}}
	for _, n := range drawn.Nodes() {
		nd := nodeData{Label: n.Label, Kind: string(n.Kind)}
		for i, ev := range n.Evidence {
			if i == 5 {
				break
			}
			s := drawn.Sources[ev.Doc]
			nd.Evidence = append(nd.Evidence, quoteRef{Text: ev.Text, Source: label(s.ID, s.Outlet, s.Published, num[s.ID])})
		}
		data.Nodes[n.ID] = nd
	}
	var js bytes.Buffer
	enc := json.NewEncoder(&js)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(data); err != nil {
		return err
	}
	s := string(svg)
	if i := strings.Index(s, "<svg"); i >= 0 {
		s = s[i:]
	}
	return page.Execute(w, map[string]any{
		"B":     b,
		"Intro": intro(b),
		"SVG":   template.HTML(s), // our own renderer's output, labels escaped by Graphviz
		"Data":  template.JS(js.String()),
		"Cited": cited,
	})
}

var page = template.Must(template.New("brief").Funcs(template.FuncMap{
	"cite": func(b *Briefing, i int) Cite { return b.Cites[i] },
	"inc":  func(i int) int { return i + 1 },
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.B.Title}}</title>
<script>window.addEventListener("error", function (e) { document.documentElement.setAttribute("data-errors", (document.documentElement.getAttribute("data-errors") || "") + e.message + ";"); });</script>
<style>
body{font:15px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#0f172a;margin:0;background:#f8fafc}
main{max-width:980px;margin:0 auto;padding:24px 28px 80px;background:#fff}
h1{font-size:26px;margin:0 0 6px}h2{font-size:19px;margin:28px 0 8px;border-bottom:1px solid #e2e8f0;padding-bottom:4px}
.intro{color:#475569}ul{padding-left:20px}li{margin:3px 0}li.l1{margin-left:22px;list-style:circle}
a.cite{font-size:12px;color:#1d4ed8;text-decoration:none;margin-left:2px;cursor:pointer}a.cite:hover{text-decoration:underline}
q{quotes:"“" "”";font-style:italic}.who{color:#475569}
figure{margin:12px 0;border:1px solid #e2e8f0;overflow:auto;max-height:640px}figure svg{max-width:none;height:auto}
#diagram g.node{cursor:pointer}
ol.quotes li{color:#334155;font-size:14px}
#panel{position:fixed;right:16px;bottom:16px;width:380px;max-height:60vh;overflow:auto;background:#fff;border:1px solid #94a3b8;border-radius:8px;box-shadow:0 8px 24px rgba(15,23,42,.18);padding:12px 14px}
#panel h3{margin:0 24px 8px 0;font-size:15px}#panel blockquote{margin:0 0 10px;padding-left:10px;border-left:3px solid #c2410c;font-size:14px}
#panel cite{display:block;font-size:12px;color:#475569;margin-top:2px}#close{position:absolute;right:8px;top:6px;border:0;background:none;font-size:18px;cursor:pointer}
</style>
</head>
<body>
<main>
<h1>{{.B.Title}}</h1>
<p class="intro">{{.Intro}}</p>
{{range .B.Sections}}{{$s := .}}<section id="{{.ID}}">
<h2>{{.Title}}</h2>
{{if eq .ID "sources"}}<ol>{{range .Items}}<li>{{.Text}}</li>{{end}}</ol>
<h3>Quoted sentences</h3>
<ol class="quotes">{{range $.B.Cites}}<li id="{{.ID}}" data-source="{{index $.Cited .Source}}">[{{.Source}}] <q>{{.Text}}</q></li>{{end}}</ol>
{{else}}<ul>{{range .Items}}<li class="l{{.Level}}"{{if .NodeID}} data-node="{{.NodeID}}"{{end}}>{{if .Quote}}<q>{{.Quote}}</q> <span class="who">— {{.Who}}</span>{{else if and (eq $s.ID "positions") (eq .Level 0)}}<strong>{{.Text}}</strong>{{else}}{{.Text}}{{end}}{{range .Cites}}{{$c := cite $.B .}} <a class="cite" href="#{{$c.ID}}" data-cite="{{$c.ID}}">[{{$c.Source}}]</a>{{end}}</li>
{{end}}</ul>{{end}}
{{if .Diagram}}<figure id="diagram">{{$.SVG}}</figure>{{end}}
</section>
{{end}}
</main>
<aside id="panel" hidden><button id="close" aria-label="Close">×</button><div id="panel-body"></div></aside>
<script type="application/json" id="kg-data">{{.Data}}</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var panel = document.getElementById("panel"), body = document.getElementById("panel-body");
  function show(title, quotes) {
    body.textContent = "";
    var h = document.createElement("h3");
    h.textContent = title;
    body.appendChild(h);
    quotes.forEach(function (q) {
      var b = document.createElement("blockquote");
      b.textContent = q.text;
      var c = document.createElement("cite");
      c.textContent = q.source;
      b.appendChild(c);
      body.appendChild(b);
    });
    panel.hidden = false;
    panel.setAttribute("data-shown", title);
  }
  document.getElementById("close").addEventListener("click", function () { panel.hidden = true; });
  document.querySelectorAll("a.cite").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      ev.preventDefault();
      var li = document.getElementById(a.getAttribute("data-cite"));
      if (li) { show("Evidence " + a.textContent, [{ text: li.querySelector("q").textContent, source: li.getAttribute("data-source") }]); }
    });
  });
  function nodeId(g) { var t = g.querySelector("title"); return t ? t.textContent : ""; }
  document.querySelectorAll("#diagram g.node").forEach(function (g) {
    g.addEventListener("click", function (ev) {
      ev.preventDefault();
      var n = data.nodes[nodeId(g)];
      if (n) { show(n.label + " (" + n.kind + ")", n.evidence || []); }
    });
  });
  function fromHash() {
    var m = /^#click=(.+)$/.exec(location.hash);
    if (!m) { return; }
    var id = decodeURIComponent(m[1]);
    var target = Array.prototype.find.call(document.querySelectorAll("#diagram g.node"), function (g) { return nodeId(g) === id; }) ||
      document.querySelector('a.cite[data-cite="' + id.replace(/"/g, "") + '"]');
    if (target) { target.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true })); }
  }
  fromHash();
  window.addEventListener("hashchange", fromHash);
  document.documentElement.setAttribute("data-ready", "yes");
})();
</script>
</body>
</html>
`))
